//! hMailServer's NDR when it finds no server for the recipient's domain.
//! The sentences are its own, from `_HandleNoRecipientServers` in
//! hmailserver/source/Server/SMTP/ExternalDelivery.cpp: "No mail servers
//! appear to exists" (its typo) when the DNS answered but named no mail
//! server, and "The DNS query has failed" when the lookup itself failed.
//! Documentation addresses only.

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
