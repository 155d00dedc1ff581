//! SMTP replies pasted one after another with a short note of the user's
//! own between them: a label (`Second one:`), a comment or a run of
//! letters, on its own line or after a blank line. Each distinct reply
//! still gets its own card, with its own cause, recipient and IP, and the
//! IP's line counts lines of the whole paste.

use bounce_explainer::{explain, Actor, Reason, Recipient, Report};

use crate::cards;

const BLOCK: &str =
    "554 5.7.1 Service unavailable; Client host [198.51.100.4] blocked using zen.spamhaus.org";
const UNKNOWN: &str = "550 5.1.1 User unknown";
const UNKNOWN_CAROL: &str = "550 5.1.1 <carol@example.net>: Recipient address rejected: User unknown in virtual mailbox table";
const FULL: &str = "552 5.2.2 Mailbox full";

/// One card as the user reads it: recipient, cause, IP to quote and the
/// 1-based line the IP was found on.
type Card = cards::Expected<Option<usize>>;

fn ip_line(r: &Recipient) -> Option<usize> {
    r.sender_ip_source.line
}

#[track_caller]
fn check(text: &str, expected: &[Card]) {
    cards::check_cards(text, expected, "IP line", ip_line);
}

fn summaries(report: &Report) -> Vec<(Option<String>, Reason, Option<String>, Option<usize>)> {
    cards::summaries(report, ip_line)
}

const BLOCKED_LINE_1: Card = (None, Reason::Blocked, Some("198.51.100.4"), Some(1));
const UNKNOWN_CARD: Card = (None, Reason::UserUnknown, None, None);
const CAROL_CARD: Card = (Some("carol@example.net"), Reason::UserUnknown, None, None);
const FULL_CARD: Card = (None, Reason::MailboxFull, None, None);

#[test]
fn run_of_letters_between_replies() {
    check(&format!("{BLOCK}\nxx\n{UNKNOWN}\n"), &[BLOCKED_LINE_1, UNKNOWN_CARD]);
    check(&format!("{UNKNOWN}\nxx\n{FULL}\n"), &[UNKNOWN_CARD, FULL_CARD]);
}

#[test]
fn comment_between_replies() {
    for comment in ["this one came back yesterday", "(from the sales list)", "and then"] {
        check(&format!("{BLOCK}\n{comment}\n{UNKNOWN}\n"), &[BLOCKED_LINE_1, UNKNOWN_CARD]);
        check(&format!("{BLOCK}\n\n{comment}\n\n{UNKNOWN}\n"), &[BLOCKED_LINE_1, UNKNOWN_CARD]);
    }
}

#[test]
fn labels_before_each_reply() {
    let text = format!("First one:\n{BLOCK}\n\nSecond one:\n{UNKNOWN_CAROL}\n");
    let blocked_line_2 = (None, Reason::Blocked, Some("198.51.100.4"), Some(2));
    check(&text, &[blocked_line_2, CAROL_CARD]);
}

#[test]
fn label_after_blank_line() {
    check(&format!("{BLOCK}\n\nSecond one:\n{UNKNOWN}\n"), &[BLOCKED_LINE_1, UNKNOWN_CARD]);
    check(&format!("{BLOCK}\n\nSecond one:\n{UNKNOWN_CAROL}\n"), &[BLOCKED_LINE_1, CAROL_CARD]);
}

#[test]
fn notes_around_three_replies() {
    let text =
        format!("Hi,\n\n{BLOCK}\nxx\n{UNKNOWN_CAROL}\n\nthird:\n{FULL}\n\nWhat do these mean?\n");
    let blocked_line_3 = (None, Reason::Blocked, Some("198.51.100.4"), Some(3));
    check(&text, &[blocked_line_3, CAROL_CARD, FULL_CARD]);
}

/// A label directly below a reply introduces the next reply and is no
/// part of the reply above it.
#[test]
fn label_not_in_reply_above() {
    let text = format!("{BLOCK}\nSecond one:\n{UNKNOWN}\n");
    check(&text, &[BLOCKED_LINE_1, UNKNOWN_CARD]);
    let report = explain(&text);
    let first = &report.recipients[0].diagnostic;
    assert!(!first.contains("Second one"), "{first}");
}

/// A mail client wraps a long reply onto the next line, and that line
/// stays part of the reply.
#[test]
fn wrapped_reply_line_kept() {
    let text = format!("550 5.7.1 Message rejected because it\ncontains a virus\n{FULL}\n");
    let report = explain(&text);
    assert_eq!(report.recipients.len(), 2, "{:#?}", summaries(&report));
    let first = &report.recipients[0].diagnostic;
    assert!(first.contains("contains a virus"), "{first}");
    assert_eq!(report.recipients[1].reason, Reason::MailboxFull, "{:#?}", summaries(&report));
}

/// A line longer than RFC 5322 allows in a message is not the wrapped rest
/// of a reply, so it joins neither card.
#[test]
fn long_run_of_letters_joins_no_reply() {
    let letters = "x".repeat(40_000);
    let text = format!("{BLOCK}\n{letters}\n{UNKNOWN_CAROL}\n");
    check(&text, &[BLOCKED_LINE_1, CAROL_CARD]);
    let report = explain(&text);
    for recipient in &report.recipients {
        assert!(!recipient.diagnostic.contains("xxx"), "{:?}", recipient.recipient);
    }
}

/// The same reply pasted twice is one delivery's, whatever text is
/// between the copies.
#[test]
fn same_reply_twice_one_card() {
    check(&format!("{UNKNOWN}\nagain:\n{UNKNOWN}\n{FULL}\n"), &[UNKNOWN_CARD, FULL_CARD]);
}

/// A paragraph of two lines or more is prose, not a note, so the text is
/// read as before: prose that recounts a reply gets no card for it.
#[test]
fn prose_paragraph_is_no_note() {
    let text = "Last year mail to the shared inbox came back with\n\
                550 5.1.1 user unknown for a week, because the alias table was\n\
                empty after the move, and later with\n\
                552 5.2.2 mailbox full until it was cleaned up.\n";
    let report = explain(text);
    assert!(report.recipients.is_empty(), "{:#?}", summaries(&report));
}

/// A user's notes often run over two short lines ("tried again at
/// 10:05", "same result"), and each reply still gets its own card.
#[test]
fn two_notes_in_a_row() {
    let notes = "tried again at 10:05\nsame result";
    check(&format!("{BLOCK}\n{notes}\n{UNKNOWN}\n"), &[BLOCKED_LINE_1, UNKNOWN_CARD]);
    check(&format!("{UNKNOWN}\n\n{notes}\n\n{FULL}\n"), &[UNKNOWN_CARD, FULL_CARD]);
    let report = explain(&format!("{BLOCK}\n{notes}\n{UNKNOWN}\n"));
    let second = &report.recipients[1].diagnostic;
    assert!(!second.contains("same result"), "{second}");
}

#[test]
fn greeting_and_question_around_replies() {
    let text = format!(
        "Hi,\nthese came back this morning\nany idea what they mean?\n{BLOCK}\n{UNKNOWN_CAROL}\nThanks\nJo\n"
    );
    let blocked_line_4 = (None, Reason::Blocked, Some("198.51.100.4"), Some(4));
    check(&text, &[blocked_line_4, CAROL_CARD]);
}

const BOB_BLOCKED_LINE_3: Card =
    (Some("bob@example.net"), Reason::Blocked, Some("198.51.100.4"), Some(3));

/// A line with only an address between two replies names the recipient
/// of the reply below it, and each reply keeps its own card.
#[test]
fn address_line_between_replies() {
    let named_a = "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown";
    let a_card = (Some("a@example.com"), Reason::UserUnknown, None, None);
    check(&format!("{named_a}\nbob@example.net\n{BLOCK}\n"), &[a_card, BOB_BLOCKED_LINE_3]);
    check(&format!("{UNKNOWN}\nbob@example.net\n{BLOCK}\n"), &[UNKNOWN_CARD, BOB_BLOCKED_LINE_3]);
    let bob_unknown = (Some("bob@example.net"), Reason::UserUnknown, None, None);
    check(&format!("{BLOCK}\nbob@example.net\n{UNKNOWN}\n"), &[BLOCKED_LINE_1, bob_unknown]);
}

#[test]
fn address_line_forms() {
    for line in [
        "<bob@example.net>",
        "bob@example.net:",
        "To: bob@example.net",
        "for bob@example.net",
        "Recipient: <bob@example.net>",
        "- bob@example.net",
        "  bob@example.net",
    ] {
        check(&format!("{UNKNOWN}\n{line}\n{BLOCK}\n"), &[UNKNOWN_CARD, BOB_BLOCKED_LINE_3]);
    }
}

/// When the reply below names its own recipient, the address line is the
/// recipient of the unnamed reply above it.
#[test]
fn address_line_above_named_reply() {
    let text = format!("{BLOCK}\nbob@example.net\n{UNKNOWN_CAROL}\n");
    let bob_blocked = (Some("bob@example.net"), Reason::Blocked, Some("198.51.100.4"), Some(1));
    check(&text, &[bob_blocked, CAROL_CARD]);
}

#[test]
fn address_line_before_each_reply() {
    let text = format!("bob@example.net\n{UNKNOWN}\n\ncarol@example.net\n{FULL}\n");
    let bob_unknown = (Some("bob@example.net"), Reason::UserUnknown, None, None);
    let carol_full = (Some("carol@example.net"), Reason::MailboxFull, None, None);
    check(&text, &[bob_unknown, carol_full]);
}

/// A paste that opens with a reply and ends with an address puts each
/// address below its own reply.
#[test]
fn address_line_after_each_reply() {
    let text = format!("{UNKNOWN}\nbob@example.net\n{FULL}\ncarol@example.net\n");
    let bob_unknown = (Some("bob@example.net"), Reason::UserUnknown, None, None);
    let carol_full = (Some("carol@example.net"), Reason::MailboxFull, None, None);
    check(&text, &[bob_unknown, carol_full]);
}

/// An address below a note, as in the user's signature, names no reply.
#[test]
fn signature_address_names_no_reply() {
    let text = format!("{BLOCK}\n{UNKNOWN}\n\n--\nJo Smith\nHelp desk\njo@example.org\n");
    check(&text, &[BLOCKED_LINE_1, UNKNOWN_CARD]);
    let text = format!("{UNKNOWN}\n{FULL}\nThanks\njo@example.org\n");
    check(&text, &[UNKNOWN_CARD, FULL_CARD]);
}

/// A help-desk agent's own paragraph between pasted replies: more lines
/// in a row than a label or a comment, none with an address or a code.
const NOTES_PARAGRAPH: &str = "Customer says all three were sent on Monday morning.\n\
    She thinks our server is blocked or on a spam list,\n\
    but the other two went out fine last week\n\
    so I am not sure what happened here.\n\
    Can you have a look?";

fn unknown_named(address: &str) -> String {
    format!(
        "550 5.1.1 <{address}>: Recipient address rejected: User unknown in virtual mailbox table"
    )
}

/// Checks that no card's reply quotes the agent's paragraph.
#[track_caller]
fn check_notes_left_out(text: &str) {
    for recipient in &explain(text).recipients {
        let diagnostic = &recipient.diagnostic;
        assert!(!diagnostic.contains("Customer says"), "{:?}: {diagnostic}", recipient.recipient);
        assert!(!diagnostic.contains("spam list"), "{:?}: {diagnostic}", recipient.recipient);
    }
}

#[test]
fn notes_paragraph_between_named_replies() {
    let text = format!(
        "{}\n{NOTES_PARAGRAPH}\n{}\n{}\n",
        unknown_named("anna@example.net"),
        unknown_named("bob@example.net"),
        unknown_named("carol@example.net")
    );
    let expected: Vec<Card> = ["anna@example.net", "bob@example.net", "carol@example.net"]
        .into_iter()
        .map(|address| (Some(address), Reason::UserUnknown, None, None))
        .collect();
    check(&text, &expected);
    check_notes_left_out(&text);
    for anna in explain(&text).recipients.iter().take(1) {
        assert_eq!(anna.explanation.who_acts, Actor::You);
        assert!(anna.permanent);
        assert!(
            anna.explanation.steps[0].contains("typing errors"),
            "{:?}",
            anna.explanation.steps
        );
    }
}

#[test]
fn notes_paragraph_between_unnamed_replies() {
    let text = format!("{BLOCK}\n{NOTES_PARAGRAPH}\n{UNKNOWN}\n{FULL}\n");
    check(&text, &[BLOCKED_LINE_1, UNKNOWN_CARD, FULL_CARD]);
    check_notes_left_out(&text);
}

/// The paragraph may come before an address line that names the next
/// reply's recipient, and the reply above it keeps its card.
#[test]
fn notes_paragraph_before_address_line() {
    let spam = "550 5.7.1 Message rejected as spam";
    let text = format!(
        "{UNKNOWN}\n{NOTES_PARAGRAPH}\nbob@example.net\n{FULL}\ncarol@example.net\n{spam}\n"
    );
    let bob_full = (Some("bob@example.net"), Reason::MailboxFull, None, None);
    let carol_spam = (Some("carol@example.net"), Reason::SpamDetected, None, None);
    check(&text, &[UNKNOWN_CARD, bob_full, carol_spam]);
    check_notes_left_out(&text);
}

/// An address line between two replies that each name their own
/// recipient still names a recipient. Its cause is not stated, so its
/// card states that and sends the sender to the mail administrator.
#[test]
fn lone_address_line_reported() {
    let text = format!(
        "{}\ndave@example.net\n{}\n",
        unknown_named("anna@example.net"),
        unknown_named("carol@example.net")
    );
    let report = explain(&text);
    let found: Vec<Option<&str>> =
        report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(
        found,
        [Some("anna@example.net"), Some("dave@example.net"), Some("carol@example.net")]
    );
    let dave = &report.recipients[1];
    assert_eq!(dave.reason, Reason::Undefined);
    assert_eq!(dave.explanation.entry, "generic/unknown");
    assert_eq!(dave.explanation.who_acts, Actor::Admin);
    assert_eq!(dave.sender_ip, None);
    assert!(
        !dave.diagnostic.contains("550"),
        "anna's or carol's reply is not dave's: {}",
        dave.diagnostic
    );
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
    assert_eq!(report.recipients[2].reason, Reason::UserUnknown);
}

/// An address line next to the reply that names the same recipient adds
/// no card.
#[test]
fn address_line_repeating_reply_recipient() {
    let text = format!(
        "bob@example.net\n{}\n{}\n",
        unknown_named("bob@example.net"),
        unknown_named("carol@example.net")
    );
    let bob = (Some("bob@example.net"), Reason::UserUnknown, None, None);
    check(&text, &[bob, CAROL_CARD]);
}
