//! Several bounce emails pasted one after another with no mbox `From `
//! lines, or forwarded inline one after another: each bounce is read on
//! its own. A single bounce that carries the returned message, whose
//! header also follows a blank line, is still read as one.

use crate::bounces;

use bounce_explainer::report::NoteLevel;
use bounce_explainer::{explain, Reason, Report};
use bounces::postfix_email;

const TWO_EMAILS: &str = include_str!("fixtures/series/two-emails.txt");
const TWO_FORWARDS: &str = include_str!("fixtures/series/two-forwards.txt");

const SERIES_NOTE: &str = "bounce messages, pasted or forwarded one after another";

fn addresses(report: &Report) -> Vec<&str> {
    report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect()
}

fn has_series_note(report: &Report) -> bool {
    report.notes.iter().any(|n| n.message.contains(SERIES_NOTE))
}

const BOB: &str = "<bob@example.net>: host mx.example.net[198.51.100.25] said: 550 5.1.1\n    \
                   <bob@example.net>: Recipient address rejected: User unknown (in reply to\n    \
                   RCPT TO command)";
const CAROL: &str = "<carol@example.org>: host mx.example.org[203.0.113.9] said: 554 5.7.1\n    \
                     Service unavailable; Client host [192.0.2.10] blocked using\n    \
                     zen.spamhaus.org (in reply to RCPT TO command)";
const DAVE: &str = "<dave@example.com>: host mx.example.com[198.51.100.30] said: 552 5.2.2\n    \
                    Mailbox full (in reply to RCPT TO command)";

#[test]
fn two_emails_both_read() {
    let report = explain(TWO_EMAILS);
    assert_eq!(addresses(&report), ["bob@example.net", "carol@example.org"]);
    assert!(has_series_note(&report), "{:?}", report.notes);
    let bob = &report.recipients[0];
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert_eq!(bob.mbox_index, Some(0));
    let carol = &report.recipients[1];
    assert_eq!(carol.reason, Reason::Blocked);
    assert_eq!(carol.sender_ip.as_deref(), Some("192.0.2.10"));
    assert_eq!(carol.mbox_index, Some(1));
}

#[test]
fn ip_line_counts_whole_text() {
    let report = explain(TWO_EMAILS);
    let carol = &report.recipients[1];
    let line = TWO_EMAILS.lines().position(|l| l.contains("Client host [192.0.2.10]")).unwrap();
    assert_eq!(carol.sender_ip_source.line, Some(line + 1));
}

#[test]
fn two_forwards_both_read() {
    let report = explain(TWO_FORWARDS);
    assert_eq!(addresses(&report), ["bob@example.net", "carol@example.org"]);
    assert!(has_series_note(&report), "{:?}", report.notes);
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
    assert_eq!(report.recipients[1].reason, Reason::Blocked);
    assert_eq!(report.recipients[1].sender_ip.as_deref(), Some("192.0.2.10"));
}

#[test]
fn three_emails_no_blank_between() {
    // A saved .eml ends with its last line, so a second one pasted below
    // it may follow after one blank line or none but the header's own.
    let text = [postfix_email("b1", BOB), postfix_email("b2", CAROL), postfix_email("b3", DAVE)]
        .join("\n");
    let report = explain(&text);
    assert_eq!(addresses(&report), ["bob@example.net", "carol@example.org", "dave@example.com"]);
    assert_eq!(report.recipients[2].reason, Reason::MailboxFull);
}

#[test]
fn outlook_forwards_both_read() {
    let forward = |record: &str| {
        format!(
            "-----Original Message-----\n\
             From: Mail Delivery System <MAILER-DAEMON@mail.example.com>\n\
             Sent: Saturday, December 5, 2026 10:01 AM\n\
             To: alice@example.com\n\
             Subject: Undelivered Mail Returned to Sender\n\
             \n\
             This is the mail system at host mail.example.com.\n\
             \n\
             {record}\n"
        )
    };
    let text = format!("Both of these came back.\n\n{}\n{}", forward(BOB), forward(CAROL));
    let report = explain(&text);
    assert_eq!(addresses(&report), ["bob@example.net", "carol@example.org"]);
}

/// qmail and others append the returned message after a marker line; its
/// header is the original message's and starts no second bounce.
#[test]
fn returned_message_stays_one() {
    let returned = "--- Below this line is a copy of the message.\n\n\
                    Return-Path: <>\n\
                    From: MAILER-DAEMON@mail.example.org\n\
                    Subject: failure notice\n\n\
                    Hi Bob\n";
    let text = format!("{}\n{returned}", postfix_email("b1", BOB));
    let report = explain(&text);
    assert_eq!(addresses(&report), ["bob@example.net"]);
    assert!(!has_series_note(&report), "{:?}", report.notes);
}

/// A returned message pasted after the bounce with no marker is the
/// sender's own: its header names no mail system, so it is no cut.
#[test]
fn returned_header_without_marker_stays_one() {
    let returned = "Return-Path: <alice@example.com>\n\
                    From: Alice <alice@example.com>\n\
                    To: bob@example.net\n\
                    Subject: Lunch on Monday\n\n\
                    Hi Bob, are you free on Monday?\n";
    let text = format!("{}\n{returned}", postfix_email("b1", BOB));
    let report = explain(&text);
    assert_eq!(addresses(&report), ["bob@example.net"]);
    assert!(!has_series_note(&report), "{:?}", report.notes);
}

/// A MIME bounce's returned message is a `message/rfc822` part: the header
/// after the part's own header is no cut, even for a bounce of a bounce.
#[test]
fn mime_returned_bounce_stays_one() {
    let text = "\
From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
To: alice@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"

--B1
Content-Type: text/plain; charset=us-ascii

<bob@example.net>: host mx.example.net[198.51.100.25] said: 550 5.1.1
    <bob@example.net>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)

--B1
Content-Type: message/rfc822

Return-Path: <>
From: MAILER-DAEMON@mail.example.org
To: alice@example.com
Subject: Undelivered Mail Returned to Sender

<carol@example.org>: host mx.example.org[203.0.113.9] said: 550 5.1.1 User unknown

--B1--
";
    let report = explain(text);
    assert_eq!(addresses(&report), ["bob@example.net"]);
    assert!(!has_series_note(&report), "{:?}", report.notes);
}

/// A person's note above one forwarded bounce is read with it, as before:
/// a reply the note quotes makes no second card.
#[test]
fn note_above_one_forward_stays_one() {
    let text = "Sam, the IT page says this means:\n\
                421 4.7.0 Try again later\n\
                Can you write to pat@example.org?\n\n\
                ---------- Forwarded message ---------\n\
                From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\
                Subject: Delivery Status Notification (Failure)\n\
                To: <alice@example.com>\n\n\
                Address not found\n\
                Your message wasn't delivered to bob@example.net because the address couldn't be found.\n\n\
                The response from the remote server was:\n\
                550 5.1.1 The email account that you tried to reach does not exist.\n";
    let report = explain(text);
    assert_eq!(addresses(&report), ["bob@example.net"]);
    assert!(!has_series_note(&report), "{:?}", report.notes);
}

/// A series longer than the 512 KB that are scanned is read as an mbox
/// is: the bounces that start past the limit are left out, with a
/// warning, and none is folded into the last bounce read.
#[test]
fn series_past_scan_limit_cut() {
    let mut text = String::new();
    let mut count = 0;
    let mut started_in_limit = 0;
    while text.len() < 700 * 1024 {
        if text.len() < 512 * 1024 {
            started_in_limit += 1;
        }
        let record = format!(
            "<u{count}@example.net>: host mx.example.net[198.51.100.25] said: 550 5.1.1\n    \
             <u{count}@example.net>: Recipient address rejected: User unknown (in reply to\n    \
             RCPT TO command)"
        );
        text.push_str(&postfix_email(&format!("b{count}"), &record));
        text.push('\n');
        count += 1;
    }
    let report = explain(&text);
    assert!(started_in_limit < count);
    assert_eq!(report.recipients.len(), started_in_limit);
    for (i, recipient) in report.recipients.iter().enumerate() {
        assert_eq!(recipient.recipient.as_deref(), Some(format!("u{i}@example.net").as_str()));
        assert_eq!(recipient.mbox_index, Some(i));
    }
    let warned = report.notes.iter().any(|n| {
        n.level == NoteLevel::Warning
            && n.message.contains("512 KB")
            && n.message.contains("not listed")
    });
    assert!(warned, "{:?}", report.notes);
}
