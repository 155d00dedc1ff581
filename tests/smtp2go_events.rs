//! SMTP2GO's webhook events, read by the fields its webhook reference
//! lists (<https://developers.smtp2go.com/docs/webhooks-1>): `event`,
//! `rcpt` for the recipient, `bounce` (`hard` or `soft`), `host` for the
//! receiving server and `message` for its reply. A `reject` event is mail
//! SMTP2GO did not send to an address on its suppression list.

use crate::cards;

use bounce_explainer::{explain, Actor, InputKind, Reason};
use cards::card_for;

/// Reads a fixture under tests/fixtures/webhooks.
fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/webhooks/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn smtp2go_events_named_smtp2go() {
    let report = explain(&fixture("smtp2go-events.json"));
    assert_eq!(report.input_kind, InputKind::JsonRecord);
    assert_eq!(report.mta.as_deref(), Some("smtp2go"));
    assert_eq!(report.mta_name.as_deref(), Some("SMTP2GO"));
    let recipients: Vec<_> =
        report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect();
    // The open event reports no delivery outcome.
    assert_eq!(
        recipients,
        ["bob@example.net", "carol@example.org", "dave@example.com", "erin@example.net"]
    );
}

#[test]
fn smtp2go_hard_bounce_reads_reply() {
    let bob = card_for(&fixture("smtp2go-events.json"), "bob@example.net");
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert_eq!(bob.reply.as_deref(), Some("550"));
    assert_eq!(bob.status.as_deref(), Some("5.1.1"));
    assert_eq!(bob.remote_host.as_deref(), Some("mx.example.net"));
    assert_eq!(bob.explanation.who_acts, Actor::You);
    assert!(bob.permanent);
    // The receiving server's address is not the one a removal request quotes.
    assert!(bob.sender_ip.is_none(), "{:?}", bob.sender_ip);
}

#[test]
fn smtp2go_soft_bounce_full_mailbox() {
    let carol = card_for(&fixture("smtp2go-events.json"), "carol@example.org");
    assert_eq!(carol.reason, Reason::MailboxFull);
    assert_eq!(carol.explanation.who_acts, Actor::Recipient);
    assert_eq!(carol.remote_host.as_deref(), Some("mx1.example.org"));
}

#[test]
fn smtp2go_reject_is_suppression() {
    let dave = card_for(&fixture("smtp2go-events.json"), "dave@example.com");
    assert_eq!(dave.reason, Reason::Suppressed);
    assert!(dave.sender_ip.is_none(), "{:?}", dave.sender_ip);
}

#[test]
fn smtp2go_delivered_is_success() {
    let erin = card_for(&fixture("smtp2go-events.json"), "erin@example.net");
    assert_eq!(erin.reason, Reason::Delivered);
}

#[test]
fn smtp2go_single_event_names_recipient() {
    let text = r#"{"event":"bounce","rcpt":"bob@example.net","bounce":"hard",
        "host":"mx.example.net [198.51.100.9]","context":"RCPT TO:<bob@example.net>",
        "message":"550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown"}"#;
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
}
