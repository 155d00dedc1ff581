//! Bounces pasted one below another with no blank line between them, or
//! below a notice copied without its header. Each bounce gets its own
//! cards, even when two bounces are for the same recipient, and the
//! report states how many bounces the text contains.

use bounce_explainer::{explain, Reason, Report};

const SAME_RECIPIENT: &str = include_str!("fixtures/series/same-rcpt-no-blank.txt");
const PLESK_THEN_COURIER: &str = include_str!("fixtures/series/plesk-then-courier.txt");
const QQ_THEN_163: &str = include_str!("fixtures/series/qq-then-163.txt");
const NETEASE_THEN_QQ: &str = include_str!("fixtures/series/163-then-qq.txt");
const NOTICE_THEN_GROUPWISE: &str = include_str!("fixtures/series/stalwart-blank-groupwise.txt");

/// One card as the user reads it: recipient, cause and IP to quote.
type Card<'a> = (Option<&'a str>, Reason, Option<&'a str>);

fn cards(report: &Report) -> Vec<Card<'_>> {
    report
        .recipients
        .iter()
        .map(|r| (r.recipient.as_deref(), r.reason, r.sender_ip.as_deref()))
        .collect()
}

fn series_note(report: &Report) -> Option<&str> {
    report
        .notes
        .iter()
        .map(|n| n.message.as_str())
        .find(|message| message.contains("bounce messages, pasted or forwarded"))
}

#[test]
fn same_recipient_two_blocks() {
    let report = explain(SAME_RECIPIENT);
    let bob = Some("bob@example.net");
    let expected =
        [(bob, Reason::Blocked, Some("192.0.2.110")), (bob, Reason::Blocked, Some("192.0.2.111"))];
    assert_eq!(cards(&report), expected);
    let note = series_note(&report).unwrap_or_else(|| panic!("{:?}", report.notes));
    assert!(note.contains("holds 2 bounce messages"), "{note}");
}

#[test]
fn same_recipient_like_blank_line() {
    let with_blank = SAME_RECIPIENT.replace(
        "RCPT TO command)\nFrom: MAILER-DAEMON@mail2",
        "RCPT TO command)\n\nFrom: MAILER-DAEMON@mail2",
    );
    assert_ne!(with_blank, SAME_RECIPIENT);
    assert_eq!(cards(&explain(SAME_RECIPIENT)), cards(&explain(&with_blank)));
}

#[test]
fn plesk_then_courier() {
    let report = explain(PLESK_THEN_COURIER);
    let expected = [
        (Some("bob@example.net"), Reason::Blocked, Some("192.0.2.19")),
        (Some("bob@example.net"), Reason::Blocked, Some("192.0.2.17")),
        (Some("carol@example.net"), Reason::UserUnknown, None),
    ];
    assert_eq!(cards(&report), expected);
    assert!(series_note(&report).is_some(), "{:?}", report.notes);
}

#[test]
fn chinese_bounces_either_order() {
    let bob = Some("bob@example.net");
    let blocked = (bob, Reason::Blocked, Some("192.0.2.31"));
    let unknown = (bob, Reason::UserUnknown, None);
    assert_eq!(cards(&explain(QQ_THEN_163)), [blocked, unknown]);
    assert_eq!(cards(&explain(NETEASE_THEN_QQ)), [unknown, blocked]);
}

#[test]
fn headerless_notice_then_email() {
    // The notice above has no header, but it reports failures of its own,
    // so it is not read as a note about the bounce below it.
    let report = explain(NOTICE_THEN_GROUPWISE);
    let expected = [
        (Some("bob@example.net"), Reason::UserUnknown, None),
        (Some("carol@example.net"), Reason::Blocked, Some("192.0.2.12")),
        (Some("bob@example.net"), Reason::Blocked, Some("192.0.2.16")),
        (Some("carol@example.net"), Reason::HostUnknown, None),
    ];
    assert_eq!(cards(&report), expected);
    let note = series_note(&report).unwrap_or_else(|| panic!("{:?}", report.notes));
    assert!(note.contains("holds 2 bounce messages"), "{note}");
}

#[test]
fn header_lines_not_cut() {
    // A bounce's own header has bounce fields on consecutive lines, and
    // none of them opens a second bounce.
    let text = "Return-Path: <>\n\
        From: MAILER-DAEMON@mail1.example.com (Mail Delivery System)\n\
        Subject: Undelivered Mail Returned to Sender\n\
        To: alice@example.com\n\
        \n\
        <bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n";
    let report = explain(text);
    assert_eq!(cards(&report), [(Some("bob@example.net"), Reason::UserUnknown, None)]);
    assert_eq!(series_note(&report), None);
}
