//! Non-delivery reports pasted with their line breaks lost, as from a chat
//! or a one-line ticket field. Each Postfix `<address>: host ... said:`,
//! each Microsoft 365 `address Remote Server returned '...'`, each Exim
//! `address host ... [IP] SMTP error from remote mail server after` and
//! each Sendmail `<address> (reason: ...)` opens a new recipient's record
//! even inside a line, so each recipient gets its own card with its own
//! reply, as when the breaks are kept.

use bounce_explainer::{explain, Reason};

use crate::cards;
use crate::worst_case::{check, says_cut};

const POSTFIX: &str = "This is the mail system at host mail.example.com. I'm sorry to have to \
    inform you that your message could not be delivered to one or more recipients. \
    <bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.1.1 <bob@example.net>: \
    Recipient address rejected: User unknown (in reply to RCPT TO command) \
    <carol@example.org>: host mx.example.org[198.51.100.21] said: 552 5.2.2 \
    <carol@example.org>: Mailbox full (in reply to RCPT TO command)\n";

const MICROSOFT_365: &str = "Delivery has failed to these recipients or groups: bob@example.net \
    The email address you entered couldn't be found. carol@example.net The recipient's mailbox \
    is full and can't accept messages now. Diagnostic information for administrators: \
    Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com bob@example.net Remote Server \
    returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob@example.net not found by \
    SMTP address lookup' carol@example.net Remote Server returned '554 5.2.2 mailbox full; \
    STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n";

#[test]
fn postfix_one_line_two_cards() {
    let expected: [cards::Expected<Option<String>>; 2] = [
        (Some("bob@example.net"), Reason::UserUnknown, None, Some("5.1.1".to_string())),
        (Some("carol@example.org"), Reason::MailboxFull, None, Some("5.2.2".to_string())),
    ];
    cards::check_cards(POSTFIX, &expected, "status", |r| r.status.clone());
}

#[test]
fn postfix_first_reply_stops_at_next() {
    let report = explain(POSTFIX);
    let bob = cards::by_address(&report.recipients, "bob@example.net");
    assert_eq!(
        bob.diagnostic,
        "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown"
    );
    assert_eq!(bob.remote_host.as_deref(), Some("mx.example.net"));
    let carol = cards::by_address(&report.recipients, "carol@example.org");
    assert_eq!(carol.remote_host.as_deref(), Some("mx.example.org"));
}

#[test]
fn microsoft_365_one_line_two_cards() {
    let expected: [cards::Expected<Option<String>>; 2] = [
        (Some("bob@example.net"), Reason::UserUnknown, None, Some("5.1.10".to_string())),
        (Some("carol@example.net"), Reason::MailboxFull, None, Some("5.2.2".to_string())),
    ];
    cards::check_cards(MICROSOFT_365, &expected, "status", |r| r.status.clone());
    let report = explain(MICROSOFT_365);
    let bob = cards::by_address(&report.recipients, "bob@example.net");
    assert!(!bob.diagnostic.contains("carol"), "{}", bob.diagnostic);
    assert!(!bob.diagnostic.contains("5.2.2"), "{}", bob.diagnostic);
}

const EXIM_INTRO: &str = "This message was created automatically by mail delivery software. A \
    message that you sent could not be delivered to one or more of its recipients. This is a \
    permanent error. The following address(es) failed:";

const EXIM: &str = "This message was created automatically by mail delivery software. A \
    message that you sent could not be delivered to one or more of its recipients. This is a \
    permanent error. The following address(es) failed: bob@example.net host mx.example.net \
    [198.51.100.20] SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550 \
    5.1.1 User unknown carol@example.org host mx.example.org [198.51.100.21] SMTP error from \
    remote mail server after RCPT TO:<carol@example.org>: 552 5.2.2 Mailbox full\n";

const SENDMAIL_INTRO: &str =
    "The original message was received at Mon, 1 Dec 2026 06:00:00 +0000 from host.example.com \
    [192.0.2.10] ----- The following addresses had permanent fatal errors -----";

const SENDMAIL: &str = "----- The following addresses had permanent fatal errors ----- \
    <bob@example.net> (reason: 550 5.1.1 User unknown) <carol@example.org> (reason: 552 5.2.2 \
    Mailbox full) ----- Transcript of session follows ----- ... while talking to \
    mx.example.net.: >>> RCPT To:<bob@example.net> <<< 550 5.1.1 User unknown\n";

#[test]
fn exim_one_line_two_cards() {
    let expected: [cards::Expected<Option<String>>; 2] = [
        (Some("bob@example.net"), Reason::UserUnknown, None, Some("5.1.1".to_string())),
        (Some("carol@example.org"), Reason::MailboxFull, None, Some("5.2.2".to_string())),
    ];
    cards::check_cards(EXIM, &expected, "status", |r| r.status.clone());
    let report = explain(EXIM);
    let bob = cards::by_address(&report.recipients, "bob@example.net");
    assert!(!bob.diagnostic.contains("carol"), "{}", bob.diagnostic);
    assert!(!bob.diagnostic.contains("5.2.2"), "{}", bob.diagnostic);
}

#[test]
fn sendmail_one_line_two_cards() {
    let expected: [cards::Expected<Option<String>>; 2] = [
        (Some("bob@example.net"), Reason::UserUnknown, None, Some("5.1.1".to_string())),
        (Some("carol@example.org"), Reason::MailboxFull, None, Some("5.2.2".to_string())),
    ];
    cards::check_cards(SENDMAIL, &expected, "status", |r| r.status.clone());
    let report = explain(SENDMAIL);
    let bob = cards::by_address(&report.recipients, "bob@example.net");
    assert!(!bob.diagnostic.contains("5.2.2"), "{}", bob.diagnostic);
    let carol = cards::by_address(&report.recipients, "carol@example.org");
    assert!(!carol.diagnostic.contains("bob"), "{}", carol.diagnostic);
    assert!(!carol.diagnostic.contains("5.1.1"), "{}", carol.diagnostic);
}

#[test]
fn one_record_after_prose() {
    let text = "Your message could not be delivered. <bob@example.net>: host \
        mx.example.net[198.51.100.20] said: 550 5.1.1 <bob@example.net>: User unknown \
        (in reply to RCPT TO command)\n";
    let card = cards::only(text);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(card.reason, Reason::UserUnknown);
    assert_eq!(card.diagnostic, "550 5.1.1 <bob@example.net>: User unknown");
}

#[test]
fn ten_thousand_records_one_line() {
    let postfix = |i: usize| {
        format!(
            "<user{i}@example.org>: host mx.example.org[198.51.100.10] said: 550 5.1.1 \
             <user{i}@example.org>: User unknown (in reply to RCPT TO command)"
        )
    };
    check_ten_thousand("Your message could not be delivered.", postfix);
}

#[test]
fn ten_thousand_exim_records_one_line() {
    let exim = |i: usize| {
        format!(
            "user{i}@example.org host mx.example.org [198.51.100.10] SMTP error from remote \
             mail server after RCPT TO:<user{i}@example.org>: 550 5.1.1 User unknown"
        )
    };
    check_ten_thousand(EXIM_INTRO, exim);
}

#[test]
fn ten_thousand_sendmail_records_one_line() {
    let sendmail = |i: usize| format!("<user{i}@example.org> (reason: 550 5.1.1 User unknown)");
    check_ten_thousand(SENDMAIL_INTRO, sendmail);
}

/// Checks the report on 10,000 records from `record` joined on one line
/// after `intro`.
fn check_ten_thousand(intro: &str, record: impl Fn(usize) -> String) {
    // Time is measured with the release CLI (scripts/linearity.mjs), not
    // here. The line of over a megabyte is cut at the scan limit, and the
    // records before the cut each get their own card, in order. The cut
    // may fall inside the last record's reply, so that card's cause is
    // not checked.
    let records: Vec<String> = (0..10_000).map(record).collect();
    let text = format!("{intro} {}\n", records.join(" "));
    let report = explain(&text);
    check(&report);
    assert!(report.recipients.len() > 1_000, "{} cards", report.recipients.len());
    assert!(says_cut(&report), "{:?}", report.notes);
    let last = report.recipients.len() - 1;
    for (i, card) in report.recipients.iter().enumerate() {
        assert_eq!(card.recipient, Some(format!("user{i}@example.org")));
        if i < last {
            assert_eq!(card.reason, Reason::UserUnknown, "card {i}: {}", card.diagnostic);
        }
    }
}
