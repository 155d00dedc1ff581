//! An mbox whose messages are large: a returned message with a big
//! attachment before the bounces, or bounces that start far into the
//! file. Each message is read on its own, as the command-line tool reads
//! an mbox file. Where the overall limit leaves messages unread, the note
//! states how many were read.

use bounce_explainer::{explain, Report};

const SCAN_LIMIT: usize = 512 * 1024;

/// Bytes of an mbox that are read, message by message.
const MBOX_LIMIT: usize = 4 * SCAN_LIMIT;

fn bounce(recipient: &str) -> String {
    format!(
        "From MAILER-DAEMON Sat Dec  5 10:00:00 2026\n\
         From: MAILER-DAEMON@mx.example.net\n\
         To: alice@example.org\n\
         Subject: Undelivered Mail Returned to Sender\n\
         \n\
         <{recipient}>: host mx.example.com[198.51.100.2] said: 550 5.1.1 User unknown\n    \
         (in reply to RCPT TO command)\n\n"
    )
}

/// Builds a message whose whole body is a base64 attachment of about
/// `size` bytes.
fn big_message(size: usize) -> String {
    let line = "AAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEA\n";
    format!(
        "From alice@example.org Sat Dec  5 09:00:00 2026\n\
         From: alice@example.org\n\
         To: bob@example.net\n\
         Subject: big file\n\
         MIME-Version: 1.0\n\
         Content-Type: application/octet-stream\n\
         Content-Transfer-Encoding: base64\n\
         \n\
         {}\n",
        line.repeat(size / line.len() + 1)
    )
}

fn notes(report: &Report) -> Vec<&str> {
    report.notes.iter().map(|n| n.message.as_str()).collect()
}

fn has_note(report: &Report, text: &str) -> bool {
    report.notes.iter().any(|n| n.message.contains(text))
}

const RECIPIENTS: [&str; 3] = ["carol@example.com", "dan@example.com", "erin@example.com"];

#[test]
fn bounces_after_big_first_message() {
    let mut text = big_message(SCAN_LIMIT + 10 * 1024);
    for recipient in RECIPIENTS {
        text.push_str(&bounce(recipient));
    }
    let report = explain(&text);
    let read: Vec<&str> = report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect();
    assert_eq!(read, RECIPIENTS, "{:?}", notes(&report));
    assert!(has_note(&report, "The text holds 4 messages in mbox form"), "{:?}", notes(&report));
    assert!(!has_note(&report, "base64"), "{:?}", notes(&report));
    for (index, card) in report.recipients.iter().enumerate() {
        assert_eq!(card.mbox_index, Some(index + 1), "{card:#?}");
    }
}

/// A first message longer than the limit leaves the bounces after it
/// unread: the note counts the one message read, and the bounces are not
/// read as parts of that message.
#[test]
fn first_message_past_limit_is_counted() {
    let mut text = big_message(MBOX_LIMIT + 10 * 1024);
    text.push_str(&bounce(RECIPIENTS[0]));
    let report = explain(&text);
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    assert_eq!(report.summary, "The message that was read reports no delivery failure.");
    assert!(has_note(&report, "only its first message was read"), "{:?}", notes(&report));
    assert!(has_note(&report, "later messages were not read"), "{:?}", notes(&report));
    assert!(!has_note(&report, "base64"), "{:?}", notes(&report));
}
