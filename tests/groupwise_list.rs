//! GroupWise Internet Agent notices list each failed recipient on an
//! indented line with the reply or GroupWise's own words in parentheses.
//! Every listed address gets a card, and the card's text is what the
//! parentheses contain.

use bounce_explainer::{explain, Actor, Reason, Recipient, Report};

const BLOCK_AND_HOST: &str = include_str!("fixtures/groupwise/list-block-and-host.txt");
const WITHOUT_CODES: &str = include_str!("fixtures/groupwise/list-without-codes.txt");

fn card<'a>(report: &'a Report, address: &str) -> &'a Recipient {
    report
        .recipients
        .iter()
        .find(|r| r.recipient.as_deref() == Some(address))
        .unwrap_or_else(|| panic!("no card for {address}: {report:#?}"))
}

#[test]
fn block_and_unknown_host() {
    let report = explain(BLOCK_AND_HOST);
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    let bob = card(&report, "bob@example.net");
    assert_eq!(bob.reason, Reason::Blocked);
    assert_eq!(bob.sender_ip.as_deref(), Some("192.0.2.16"));
    assert_eq!(bob.explanation.who_acts, Actor::Admin);
    let carol = card(&report, "carol@example.net");
    assert_eq!(carol.reason, Reason::HostUnknown);
    assert_eq!(carol.explanation.who_acts, Actor::You);
}

#[test]
fn diagnostic_without_closing_parenthesis() {
    let report = explain(BLOCK_AND_HOST);
    let bob = card(&report, "bob@example.net");
    assert!(bob.diagnostic.ends_with("bl.spamcop.net"), "{}", bob.diagnostic);
    let carol = card(&report, "carol@example.net");
    assert_eq!(carol.diagnostic, "host not found");
}

#[test]
fn unknown_user_and_host() {
    let report = explain(WITHOUT_CODES);
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    let carol = card(&report, "carol@example.net");
    assert_eq!(carol.reason, Reason::HostUnknown);
    let dan = card(&report, "dan@example.net");
    assert_eq!(dan.reason, Reason::UserUnknown);
    assert_eq!(dan.explanation.who_acts, Actor::You);
}

#[test]
fn list_pasted_without_header() {
    let text = "The message that you sent was undeliverable to the following:\n\
        \tdan@example.net (user not found)\n\
        \terin@example.net (552 5.2.2 Mailbox full)\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    assert_eq!(card(&report, "dan@example.net").reason, Reason::UserUnknown);
    let erin = card(&report, "erin@example.net");
    assert_eq!(erin.reason, Reason::MailboxFull);
    assert_eq!(erin.diagnostic, "552 5.2.2 Mailbox full");
}
