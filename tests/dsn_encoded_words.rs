//! Delivery-status fields written as RFC 2047 encoded words
//! (`=?utf-8?B?...?=`, `=?utf-8?Q?...?=`), as some MTAs write them: the
//! card names the decoded address and reads the decoded reply.

use crate::cards;

use bounce_explainer::{explain, Actor, Reason, Report};
use cards::by_address;

fn fixture(name: &str) -> Report {
    let path = format!("{}/tests/fixtures/dsn/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    explain(&text)
}

/// Asserts bob's card for the Spamhaus block of 192.0.2.150.
fn assert_blocked_bob(report: &Report) {
    let bob = by_address(&report.recipients, "bob@example.net");
    assert_eq!(bob.reason, Reason::Blocked);
    assert_eq!(bob.reply.as_deref(), Some("554"));
    assert_eq!(bob.status.as_deref(), Some("5.7.1"));
    assert_eq!(bob.sender_ip.as_deref(), Some("192.0.2.150"));
    assert_eq!(bob.blocklists, ["spamhaus"]);
    assert_eq!(bob.explanation.who_acts, Actor::Admin);
    assert!(!bob.diagnostic.contains("=?"), "{}", bob.diagnostic);
}

/// Asserts carol's card for an unknown mailbox: the sender checks the
/// address and does not retry.
fn assert_unknown_carol(report: &Report) {
    let carol = by_address(&report.recipients, "carol@example.org");
    assert_eq!(carol.reason, Reason::UserUnknown);
    assert_eq!(carol.reply.as_deref(), Some("550"));
    assert_eq!(carol.status.as_deref(), Some("5.1.1"));
    assert_eq!(carol.explanation.who_acts, Actor::You);
    assert!(carol.hard);
    assert!(!carol.diagnostic.contains("=?"), "{}", carol.diagnostic);
}

#[test]
fn encoded_final_recipient_decoded() {
    let report = fixture("encoded-final-recipient.eml");
    assert_eq!(report.recipients.len(), 2, "{:?}", report.recipients);
    assert!(report.recipients.iter().all(|r| !r.recipient.as_deref().unwrap_or("").contains("=?")));
    // Bob's address is a B word, Carol's a Q word with `=40` for `@`.
    assert_blocked_bob(&report);
    assert_unknown_carol(&report);
    let carol = by_address(&report.recipients, "carol@example.org");
    assert_eq!(carol.original_recipient, None, "the same address, decoded");
}

#[test]
fn encoded_diagnostic_code_decoded() {
    let report = fixture("encoded-diagnostic-code.eml");
    assert_eq!(report.recipients.len(), 2, "{:?}", report.recipients);
    // Bob's reply is one Q word, Carol's two B words folded onto two lines.
    assert_blocked_bob(&report);
    assert_unknown_carol(&report);
    let carol = by_address(&report.recipients, "carol@example.org");
    assert!(carol.diagnostic.contains("Recipient address rejected"), "{}", carol.diagnostic);
}
