//! SMTP reply lines pasted one after another, some naming a recipient and
//! some not. Each line is a delivery's own reply, so each gets its own
//! card with its own cause and IP, and a named recipient keeps only the
//! reply that names it.

use bounce_explainer::{explain, Actor, Reason};

use crate::cards;

const BLOCK: &str =
    "554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org";
const UNKNOWN_BOB: &str = "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table";
const FULL: &str = "452 4.2.2 Mailbox full";

/// One card as the user reads it: recipient, cause, IP to quote, who acts.
type Card = cards::Expected<Actor>;

#[track_caller]
fn check(text: &str, expected: &[Card]) {
    cards::check_cards(text, expected, "who acts", |r| r.explanation.who_acts);
}

const BLOCKED: Card = (None, Reason::Blocked, Some("203.0.113.45"), Actor::Admin);
const BOB_UNKNOWN: Card = (Some("bob@example.net"), Reason::UserUnknown, None, Actor::You);
const MAILBOX_FULL: Card = (None, Reason::MailboxFull, None, Actor::Recipient);

#[test]
fn named_line_between_unnamed() {
    check(&format!("{BLOCK}\n{UNKNOWN_BOB}\n{FULL}\n"), &[BLOCKED, BOB_UNKNOWN, MAILBOX_FULL]);
}

#[test]
fn named_line_first_or_last() {
    check(&format!("{UNKNOWN_BOB}\n{BLOCK}\n"), &[BOB_UNKNOWN, BLOCKED]);
    check(&format!("{BLOCK}\n{FULL}\n{UNKNOWN_BOB}\n"), &[BLOCKED, MAILBOX_FULL, BOB_UNKNOWN]);
}

#[test]
fn named_lines_with_blank_lines() {
    check(&format!("{BLOCK}\n\n{UNKNOWN_BOB}\n\n{FULL}\n"), &[BLOCKED, BOB_UNKNOWN, MAILBOX_FULL]);
}

#[test]
fn two_named_around_unnamed() {
    let text = format!("{UNKNOWN_BOB}\n{BLOCK}\n452 4.2.2 <carol@example.net>: Mailbox full\n");
    let carol_full = (Some("carol@example.net"), Reason::MailboxFull, None, Actor::Recipient);
    check(&text, &[BOB_UNKNOWN, BLOCKED, carol_full]);
}

#[test]
fn replies_without_status_codes() {
    let text =
        "554 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org\n\
        550 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n";
    check(text, &[BLOCKED, BOB_UNKNOWN]);
}

#[test]
fn postfix_reason_line_and_reply() {
    let text = format!(
        "<bob@example.net>: host mx.example.net[198.51.100.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\
         {BLOCK}\n"
    );
    check(&text, &[BOB_UNKNOWN, BLOCKED]);
}

#[test]
fn named_multiline_reply_kept_whole() {
    let text = format!(
        "{BLOCK}\n550-5.1.1 <bob@example.net>: The email account that you tried to reach does not exist.\n\
         550 5.1.1 Please check the address and try again.\n"
    );
    check(&text, &[BLOCKED, BOB_UNKNOWN]);
    let report = explain(&text);
    let bob = &report.recipients[1].diagnostic;
    assert!(bob.contains("Please check the address"), "{bob}");
    assert!(!bob.contains("203.0.113.45"), "{bob}");
}

#[test]
fn each_line_keeps_own_ip() {
    let text = format!("{BLOCK}\n550 5.7.1 <bob@example.net>: Client host [198.51.100.9] blocked using bl.spamcop.net\n");
    let bob_blocked =
        (Some("bob@example.net"), Reason::Blocked, Some("198.51.100.9"), Actor::Admin);
    check(&text, &[BLOCKED, bob_blocked]);
}

#[test]
fn same_codes_different_replies() {
    // Postfix refuses every RBL and RHSBL listing with 554 5.7.1 by
    // default, so such replies differ only in their words.
    let text = "554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org\n\
        554 5.7.1 <bob@example.net>: Recipient address rejected: Access denied\n\
        554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using bl.spamcop.net\n";
    let report = explain(text);
    let recipients: Vec<Option<&str>> =
        report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, vec![None, Some("bob@example.net"), None], "{report:#?}");
    let bob = &report.recipients[1];
    assert_eq!(bob.sender_ip, None, "{bob:#?}");
    assert!(!bob.diagnostic.contains("blocked using"), "{}", bob.diagnostic);
    assert!(report.recipients[2].diagnostic.contains("bl.spamcop.net"), "{report:#?}");
}

/// A recipient and a colon before the reply, as a user notes which address
/// got which reply.
const ADDRESS_FIRST_FORMS: &[&str] = &[
    "<bob@example.net>: 550 5.1.1 User unknown",
    "bob@example.net: 550 5.1.1 User unknown",
    "  <bob@example.net>: 550 5.1.1 User unknown",
];

#[test]
fn address_first_line_then_reply() {
    for named in ADDRESS_FIRST_FORMS {
        check(&format!("{named}\n{BLOCK}\n"), &[BOB_UNKNOWN, BLOCKED]);
    }
}

#[test]
fn reply_then_address_first_line() {
    for named in ADDRESS_FIRST_FORMS {
        check(&format!("{BLOCK}\n{named}\n"), &[BLOCKED, BOB_UNKNOWN]);
    }
}

#[test]
fn address_first_multiline_reply() {
    // `550-` marks that the reply goes on, so the next 550 line is bob's.
    let text = format!(
        "<bob@example.net>: 550-5.1.1 User unknown\n550 5.1.1 Check the address\n{BLOCK}\n"
    );
    check(&text, &[BOB_UNKNOWN, BLOCKED]);
    let report = explain(&text);
    let bob = &report.recipients[0].diagnostic;
    assert!(bob.contains("Check the address"), "{bob}");
    assert!(!bob.contains("203.0.113.45"), "{bob}");
}

#[test]
fn address_first_lines_for_two() {
    let text = "<bob@example.net>: 550 5.1.1 User unknown\n\
        carol@example.net: 452 4.2.2 Mailbox full\n";
    let carol_full = (Some("carol@example.net"), Reason::MailboxFull, None, Actor::Recipient);
    check(text, &[BOB_UNKNOWN, carol_full]);
}
