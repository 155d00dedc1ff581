//! Postfix's maillog: each delivery agent's line (`postfix/smtp[123]:
//! 6B2C3D4E5F6: to=<dan@example.org>, relay=..., dsn=5.1.1,
//! status=bounced (...)`) is a record that ends at its newline. The
//! bracketed text after `status=` is the attempt's result, so the lines
//! after it (postfix/bounce's notification, qmgr's `removed`, another
//! queue id's attempt) never reach the card's receiver message or codes.

use crate::cards;

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

/// Local, pipe and SMTP agents' lines of completed deliveries, logged
/// between failures: each recipient reads as delivered.
const DELIVERED: &[(&str, &str)] = &[
    (
        "amy@example.com",
        "Dec  5 10:00:01 mail postfix/local[12340]: 1A2B3C4D5E6: to=<amy@example.com>, \
         relay=local, delay=0.1, delays=0.05/0/0/0.05, dsn=2.0.0, status=sent (delivered to mailbox)",
    ),
    (
        "ben@example.com",
        "Dec  5 10:00:02 mail postfix/local[12341]: 2A2B3C4D5E6: to=<ben@example.com>, \
         relay=local, delay=0.1, delays=0.05/0/0/0.05, dsn=2.0.0, \
         status=sent (delivered to command: /usr/bin/procmail)",
    ),
    (
        "hal@example.com",
        "Dec  5 10:00:07 mail postfix/pipe[12352]: AA8B9C0D1E2: to=<hal@example.com>, \
         relay=dovecot, delay=0.2, delays=0.1/0/0/0.1, dsn=2.0.0, \
         status=sent (delivered via dovecot service)",
    ),
    (
        "fay@example.net",
        "Dec  5 10:00:05 mail postfix/smtp[12350]: 8A8B9C0D1E2: to=<fay@example.net>, \
         relay=mx.example.net[198.51.100.20]:25, delay=0.9, delays=0.1/0/0.3/0.5, dsn=2.0.0, \
         status=sent (250 2.0.0 Ok: queued as 4AB12C3D4E)",
    ),
];

#[test]
fn sent_lines_among_failures_delivered() {
    let sent: Vec<&str> = DELIVERED.iter().map(|(_, line)| *line).collect();
    let log =
        format!("{}\n{BOUNCED}\n{DEFERRED}\n{}\n", sent[..2].join("\n"), sent[2..].join("\n"));
    let report = explain(&log);
    assert_eq!(report.recipients.len(), DELIVERED.len() + 2, "{report:#?}");
    for (address, _) in DELIVERED {
        let r = by_address(&report.recipients, address);
        assert_eq!(r.action, "delivered", "{address}");
        assert_eq!(r.reason, Reason::Delivered, "{address}");
        assert!(!r.permanent, "{address}");
    }
    assert_eq!(by_address(&report.recipients, "dan@example.org").action, "failed");
    assert_eq!(by_address(&report.recipients, "erin@example.net").action, "delayed");
}
