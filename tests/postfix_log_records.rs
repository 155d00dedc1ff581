//! Postfix's maillog: each delivery agent's line (`postfix/smtp[123]:
//! 6B2C3D4E5F6: to=<dan@example.org>, relay=..., dsn=5.1.1,
//! status=bounced (...)`) is a record that ends at its newline. The
//! bracketed text after `status=` is the attempt's result, so the lines
//! after it (postfix/bounce's notification, qmgr's `removed`, another
//! queue id's attempt) never reach the card's receiver message or codes.

mod cards;

use bounce_explainer::{explain, Reason};
use cards::by_address;

const BOUNCED: &str = "Dec  5 10:00:03 mail postfix/smtp[12347]: 6B2C3D4E5F6: \
    to=<dan@example.org>, relay=mx.example.org[198.51.100.9]:25, delay=1.2, \
    delays=0.1/0/0.6/0.5, dsn=5.1.1, status=bounced (host mx.example.org[198.51.100.9] \
    said: 550 5.1.1 <dan@example.org>: Recipient address rejected: User unknown (in reply \
    to RCPT TO command))";

const DEFERRED: &str = "Dec  5 10:00:04 mail postfix/smtp[12349]: 7A8B9C0D1E2: \
    to=<erin@example.net>, relay=none, delay=30, delays=0.1/0/30/0, dsn=4.4.1, \
    status=deferred (connect to mx.example.net[203.0.113.5]:25: Connection timed out)";

const AFTER: &str = "Dec  5 10:00:03 mail postfix/bounce[12348]: 6B2C3D4E5F6: sender \
    non-delivery notification: 8C9D0E1F2A3\n\
    Dec  5 10:00:03 mail postfix/qmgr[999]: 6B2C3D4E5F6: removed\n";

#[test]
fn bounced_line_ends_at_newline() {
    let log = format!("{BOUNCED}\n{AFTER}");
    let report = explain(&log);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let dan = &report.recipients[0];
    assert_eq!(
        dan.diagnostic,
        "550 5.1.1 <dan@example.org>: Recipient address rejected: User unknown"
    );
    assert_eq!(dan.reason, Reason::UserUnknown);
    assert_eq!(dan.action, "failed");
}

// A line without a reply keeps its own words and takes no codes from a
// reply on the next line.
#[test]
fn deferred_line_takes_no_later_codes() {
    let log = format!("{DEFERRED}\n{BOUNCED}\n{AFTER}");
    let report = explain(&log);
    let erin = by_address(&report.recipients, "erin@example.net");
    assert_eq!(erin.diagnostic, "connect to mx.example.net[203.0.113.5]:25: Connection timed out");
    assert_eq!(erin.reply, None);
    assert_eq!(erin.status.as_deref(), Some("4.4.1"));
    assert_eq!(erin.action, "delayed");
    let dan = by_address(&report.recipients, "dan@example.org");
    assert_eq!(dan.reply.as_deref(), Some("550"));
    assert!(!dan.diagnostic.contains("postfix/"), "{:?}", dan.diagnostic);
}
