//! The text of a Domino (Lotus Notes) non-delivery report, pasted without
//! its header: "Your message ... was not delivered to: ... because:" and
//! the router's sentence `Error transferring to HOST; SMTP Protocol
//! Returned a Permanent Error 550 ...`. That sentence introduces the
//! receiving server's reply, as Exchange's `Remote Server returned` does,
//! so the reply is a report and not a person's account of a failure.

use bounce_explainer::{explain, Actor, Reason};

/// Domino's report body around one `because:` reason.
fn domino_body(reason: &str) -> String {
    format!(
        "Your message\n\n  Subject: Quarterly figures\n\nwas not delivered to:\n\n  \
         bob@example.net\n\nbecause:\n\n  {reason}\n"
    )
}

#[test]
fn permanent_error_block_read() {
    let text = domino_body(
        "Error transferring to mx.example.net; SMTP Protocol Returned a Permanent Error 554 \
         5.7.1 Service unavailable; Client host [192.0.2.41] blocked using zen.spamhaus.org",
    );
    let report = explain(&text);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(card.reason, Reason::Blocked);
    assert_eq!(card.explanation.who_acts, Actor::Admin);
    assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.41"));
}

#[test]
fn permanent_error_unknown_user_read() {
    let text = domino_body(
        "Error transferring to mx.example.net; SMTP Protocol Returned a Permanent Error 550 \
         5.1.1 <bob@example.net>... User unknown",
    );
    let report = explain(&text);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(card.reason, Reason::UserUnknown);
    assert_eq!(card.explanation.who_acts, Actor::You);
}

/// The router's sentence alone, as a help-desk agent copies it from the
/// report, is read too.
#[test]
fn router_sentence_alone_read() {
    let text =
        "Error transferring to mx.example.net; SMTP Protocol Returned a Permanent Error 550 \
                5.1.1 Unknown Recipient\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
}

/// A person who writes that the server returned an error last week is
/// still telling a story, not pasting a report.
#[test]
fn person_recounting_error_not_read() {
    let text = "Hi,\n\nlast week the old relay gave us a permanent error 550 5.1.1 for two test \
                mailboxes, but it works now.\n\nThanks\n";
    let report = explain(text);
    assert!(report.recipients.is_empty(), "{report:#?}");
}

/// Domino's report body listing `recipients` above one `because:` reason.
fn domino_list(recipients: &[String], reason: &str) -> String {
    let listed: String = recipients.iter().map(|r| format!("  {r}\n")).collect();
    format!(
        "Your message\n\n  Subject: Quarterly figures\n\nwas not delivered to:\n\n{listed}\n\
         because:\n\n  {reason}\n"
    )
}

/// Only the lines under `was not delivered to:` name recipients, as in
/// Sisimai's Domino reader. The address in the `because:` sentence is
/// part of the reason.
#[test]
fn reason_address_not_a_recipient() {
    let listed = ["ana@example.net".to_string(), "bo@example.net".to_string()];
    let text = domino_list(&listed, "User u (u@example.net) not listed in Domino Directory");
    let report = explain(&text);
    let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, [Some("ana@example.net"), Some("bo@example.net")], "{report:#?}");
    for card in &report.recipients {
        assert_eq!(card.reason, Reason::UserUnknown, "{card:#?}");
    }
}

/// One listed recipient whose reason names a different address gets the
/// reason, and the other address gets no card.
#[test]
fn reason_other_address_joins_listed() {
    let listed = ["bob@example.net".to_string()];
    let text = domino_list(&listed, "User Bob (robert@example.net) not listed in Domino Directory");
    let report = explain(&text);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
}

/// A long list gives one card per listed address, each with the shared
/// reason.
#[test]
fn long_list_one_card_each() {
    let listed: Vec<String> = (0..500).map(|i| format!("u{i}@example.net")).collect();
    let text = domino_list(&listed, "User u (u@example.net) not listed in Domino Directory");
    let report = explain(&text);
    assert_eq!(report.recipients.len(), listed.len(), "{:#?}", report.recipients.last());
    let last = report.recipients.last().expect("cards");
    assert_eq!(last.recipient.as_deref(), Some("u499@example.net"));
    assert!(report.recipients.iter().all(|r| r.reason == Reason::UserUnknown));
}
