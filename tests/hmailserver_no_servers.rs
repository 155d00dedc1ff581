//! hMailServer's NDR when it finds no server to deliver to. The sentences
//! are its own, from `_HandleNoRecipientServers` in
//! hmailserver/source/Server/SMTP/ExternalDelivery.cpp: "No mail servers
//! appear to exists" (its typo) when the DNS answered but named no mail
//! server, "The DNS query has failed" when the lookup itself failed, and
//! "The host specified as SMTP relay server could not be found" when its
//! own relay setting names a host that does not resolve. Each is read in
//! the NDR and pasted alone. Documentation addresses only.

use bounce_explainer::{explain, Actor, Reason, Recipient};

/// Builds hMailServer's NDR for bob@example.net with `details` as the
/// indented lines under the address.
fn ndr(details: &str) -> String {
    format!(
        "Your message did not reach some or all of the intended recipients.\n\n   \
         Sent: Mon, 01 Jan 2024 10:00:00 +0000\n   Subject: Quote\n\n\
         The following recipient(s) could not be reached:\n\nbob@example.net\n\
         {details}\n\nhMailServer\n"
    )
}

fn only_card(text: &str) -> Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.recipients);
    report.recipients.into_iter().next().unwrap()
}

#[test]
fn no_mail_servers_is_unknown_domain() {
    let input =
        ndr("   Error Type: SMTP\n   Error Description: No mail servers appear to exists for the \
         recipient's address.\n   Additional information: Please check that you have not \
         misspelled the recipient's email address.");
    let card = only_card(&input);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(card.reason, Reason::HostUnknown, "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::You, "{card:#?}");
}

#[test]
fn failed_dns_query_is_network_error() {
    let input =
        ndr("   Error Type: SMTP\n   Error Description: Unable to find the recipient's email \
         server. The DNS query has failed.");
    let card = only_card(&input);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(card.reason, Reason::NetworkError, "{card:#?}");
    assert_ne!(card.explanation.who_acts, Actor::You, "{card:#?}");
}

const RELAY_NOT_FOUND: &str = "The host specified as SMTP relay server could not be found. \
                               Please contact your server administrator.";

/// Checks that the card sends the sender's administrator to the relay
/// setting, not the reader to the recipient's domain.
fn assert_relay_setting(card: &Recipient, text: &str) {
    assert_eq!(card.explanation.entry, "relay-host/not-found", "{text}: {card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{text}");
    let steps = card.explanation.steps.join(" ").to_lowercase();
    assert!(steps.contains("relay host name"), "{text}: {steps}");
    assert!(!steps.contains("typo"), "{text}: {steps}");
}

#[test]
fn relay_host_not_found_names_relay_setting() {
    let input = ndr(&format!("   Error Type: SMTP\n   Error Description: {RELAY_NOT_FOUND}"));
    let card = only_card(&input);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_relay_setting(&card, &input);
}

#[test]
fn relay_sentence_pasted_alone_gets_card() {
    for text in [RELAY_NOT_FOUND.to_string(), format!("   Error Description: {RELAY_NOT_FOUND}")] {
        assert_relay_setting(&only_card(&text), &text);
    }
}

#[test]
fn no_server_sentences_pasted_alone() {
    let cases = [
        (
            "Error Description: No mail servers appear to exists for the recipient's address.",
            Reason::HostUnknown,
        ),
        (
            "Unable to find the recipient's email server. The DNS query has failed.",
            Reason::NetworkError,
        ),
    ];
    for (text, reason) in cases {
        assert_eq!(only_card(text).reason, reason, "{text}");
    }
}
