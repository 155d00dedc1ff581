//! Bounces longer than the 512 KB that are scanned. The entry the cut goes
//! through must not become a recipient or a card of its own, wherever the
//! cut falls: in its first line, in a folded line, or on a line end. A
//! bounce forwarded as an attachment and cut gets the same warning as a
//! pasted one.

use crate::forwards;

use bounce_explainer::{explain, Report};
use forwards::{as_file, as_rfc822};

const SCAN_LIMIT: usize = 512 * 1024;

/// Builds a Postfix entry for `recipient` on one line.
fn one_line_entry(recipient: &str) -> String {
    format!(
        "<{recipient}>: host mx.example.org[198.51.100.9] said: 554 5.7.1 Service unavailable; \
         Client host [203.0.113.45] blocked using zen.spamhaus.org (in reply to RCPT TO command)\n"
    )
}

/// Builds the same entry folded as Postfix folds it, over four lines.
fn folded_entry(recipient: &str) -> String {
    format!(
        "<{recipient}>: host mx.example.org[198.51.100.9] said: 554 5.7.1\n    \
         Service unavailable; Client host [203.0.113.45] blocked using\n    \
         zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.45\n    \
         (in reply to RCPT TO command)\n"
    )
}

/// Repeats `entry` past the scan limit, after `shift` blank lines so that
/// the cut falls at another point of an entry for each shift.
fn past_limit(shift: usize, entry: impl Fn(usize) -> String) -> String {
    let mut text = "\n".repeat(shift);
    let mut i = 0;
    while text.len() < SCAN_LIMIT + 10_000 {
        text.push_str(&entry(i));
        i += 1;
    }
    text
}

fn says_cut(report: &Report) -> bool {
    report.notes.iter().any(|n| n.message.contains("only its first"))
}

/// Checks that every card is the Spamhaus block with its IP, as a single
/// entry gives it.
fn assert_every_card_whole(report: &Report, single: &Report, label: &str) {
    assert!(says_cut(report), "{label}: {:?}", report.notes);
    for r in &report.recipients {
        assert_eq!(r.reason, single.recipients[0].reason, "{label}: {:?}", r.recipient);
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.45"), "{label}: {:?}", r.recipient);
    }
}

#[test]
fn same_recipient_cut_gives_one_card() {
    for (name, entry) in
        [("one line", one_line_entry as fn(&str) -> String), ("folded", folded_entry)]
    {
        let single = explain(&entry("bob@example.org"));
        let length = entry("bob@example.org").len();
        for shift in (0..length).step_by(11) {
            let label = format!("{name}, shift {shift}");
            let report = explain(&past_limit(shift, |_| entry("bob@example.org")));
            assert_eq!(report.recipients.len(), 1, "{label}: {:#?}", report.recipients);
            assert_every_card_whole(&report, &single, &label);
        }
    }
}

#[test]
fn many_recipients_cut_leaves_no_fragment() {
    for (name, entry) in
        [("one line", one_line_entry as fn(&str) -> String), ("folded", folded_entry)]
    {
        let single = explain(&entry("bob@example.org"));
        for shift in [0, 61, 143] {
            let label = format!("{name}, shift {shift}");
            let report = explain(&past_limit(shift, |i| entry(&format!("user{i}@example.org"))));
            assert!(report.recipients.len() > 1_000, "{label}: {} cards", report.recipients.len());
            assert_every_card_whole(&report, &single, &label);
        }
    }
}

#[test]
fn email_body_cut_leaves_no_fragment() {
    let single = explain(&folded_entry("bob@example.org"));
    for shift in [0, 71] {
        let label = format!("shift {shift}");
        let body = past_limit(shift, |i| folded_entry(&format!("user{i}@example.org")));
        let email = format!(
            "From: MAILER-DAEMON@mail.example.com\nTo: sender@example.com\n\
             Subject: Undelivered Mail Returned to Sender\n\n{body}"
        );
        let report = explain(&email);
        assert!(report.recipients.len() > 1_000, "{label}: {} cards", report.recipients.len());
        assert_every_card_whole(&report, &single, &label);
    }
}

/// Builds a Postfix bounce email with one record, then text past the scan
/// limit, then a record for late@example.net that lies past it.
fn long_bounce() -> String {
    let filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n";
    format!(
        "Return-Path: <>\n\
         From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\n\
         This is the mail system at host mail.example.com.\n\n\
         {}\n{}\n{}",
        folded_entry("early@example.net"),
        filler.repeat(SCAN_LIMIT / filler.len() + 100),
        folded_entry("late@example.net")
    )
}

/// A forwarded bounce cut at the limit gets the warning a pasted one
/// gets, in each layout a mail program sends it.
#[test]
fn forwarded_bounce_cut_is_noted() {
    let bounce = long_bounce();
    let layouts = [
        ("pasted", bounce.clone()),
        ("message/rfc822", as_rfc822(&bounce)),
        ("base64 file", as_file("application/octet-stream", &bounce)),
        ("text/plain file", as_file("text/plain", &bounce)),
        (
            "base64 file in base64 file",
            as_file("application/octet-stream", &as_file("application/octet-stream", &bounce)),
        ),
    ];
    for (label, text) in layouts {
        let report = explain(&text);
        let recipients: Vec<_> =
            report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect();
        assert_eq!(recipients, ["early@example.net"], "{label}");
        assert!(says_cut(&report), "{label}: {:?}", report.notes);
    }
}
