//! Exim's main log marks each delivery attempt with a flag after the
//! message id. The Exim specification's table of flags reads `** delivery
//! failed; address bounced` and `== delivery deferred; temporary problem`,
//! and `=>` and `->` mark deliveries. A deferred line is a delay, as
//! Postfix's `status=deferred` is.

use crate::cards;

use bounce_explainer::{explain, Actor, Reason};
use cards::by_address;

const FAILED: &str = "2026-12-05 10:01:03 1vABCD-000123-AB ** bob@example.net R=dnslookup \
    T=remote_smtp H=mx.example.net [198.51.100.25]: SMTP error from remote mail server after \
    RCPT TO:<bob@example.net>: 550 5.1.1 <bob@example.net>: Recipient address rejected: \
    User unknown in virtual mailbox table";

const DEFERRED: &str = "2026-12-05 10:01:03 1vABCD-000123-AB == carol@example.org R=dnslookup \
    T=remote_smtp defer (-44) H=mx.example.org [203.0.113.9]: SMTP error from remote mail \
    server after RCPT TO:<carol@example.org>: 452 4.2.2 Mailbox full";

#[test]
fn deferred_line_alone_is_delayed() {
    let report = explain(DEFERRED);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let carol = &report.recipients[0];
    assert_eq!(carol.recipient.as_deref(), Some("carol@example.org"));
    assert_eq!(carol.action, "delayed");
    assert_eq!(carol.reason, Reason::MailboxFull);
    assert!(!carol.permanent);
}

#[test]
fn mainlog_flags_each_recipient() {
    let delivered = "2026-12-05 10:01:04 1vABCD-000123-AB => dave@example.com R=dnslookup \
        T=remote_smtp H=mx.example.com [203.0.113.20] C=\"250 2.0.0 Ok: queued as 4F1A2B\"";
    let log = format!(
        "2026-12-05 10:01:02 1vABCD-000123-AB <= alice@example.com H=localhost [127.0.0.1] \
         P=esmtpa S=1234\n{FAILED}\n{DEFERRED}\n{delivered}\n\
         2026-12-05 10:01:04 1vABCD-000123-AB Completed\n"
    );
    let report = explain(&log);
    let bob = by_address(&report.recipients, "bob@example.net");
    assert_eq!(bob.action, "failed");
    assert_eq!(bob.reason, Reason::UserUnknown);
    let carol = by_address(&report.recipients, "carol@example.org");
    assert_eq!(carol.action, "delayed");
    assert!(report.recipients.iter().all(|r| r.recipient.as_deref() != Some("alice@example.com")));
}

#[test]
fn failed_line_alone_is_failed() {
    let report = explain(FAILED);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert_eq!(report.recipients[0].action, "failed");
    assert!(report.recipients[0].permanent);
}

// Exim's routers fail an address before any connection, so the line has no
// SMTP reply: `** bob@example.net: Unrouteable address`.
#[test]
fn unrouted_lines_are_failures() {
    let lines = [
        "2026-12-05 10:01:03 1vABCD-000123-AB ** bob@example.net: Unrouteable address",
        "2026-12-05 10:01:03 1vABCD-000123-AB ** bob@example.net R=dnslookup: all relevant MX \
         records point to non-existent hosts",
        "2026-12-05 10:01:03 1vABCD-000123-AB ** bob@example.net <bob@example.net>: Unrouteable \
         address",
    ];
    for line in lines {
        let report = explain(line);
        assert_eq!(report.recipients.len(), 1, "{line}: {report:#?}");
        let bob = &report.recipients[0];
        assert_eq!(bob.recipient.as_deref(), Some("bob@example.net"), "{line}");
        assert_eq!(bob.action, "failed", "{line}");
        assert_eq!(bob.reason, Reason::HostUnknown, "{line}");
        assert!(bob.permanent, "{line}");
    }
}

// Exim writes `*>` for a delivery that `-N` suppressed: nothing was sent,
// and nothing failed.
#[test]
fn suppressed_line_is_no_card() {
    let suppressed = "2026-12-05 10:01:06 1vABCD-000126-AB *> erin@example.net R=dnslookup \
        T=remote_smtp H=mx.example.net [198.51.100.20] C=\"250 OK\"";
    let report = explain(suppressed);
    assert!(report.recipients.is_empty(), "{report:#?}");

    let log = format!(
        "2026-12-05 10:01:03 1vABCD-000123-AB ** frank@example.net: Unrouteable address\n\
         {DEFERRED}\n{FAILED}\n{suppressed}\n"
    );
    let report = explain(&log);
    let frank = by_address(&report.recipients, "frank@example.net");
    assert_eq!(frank.action, "failed");
    assert_eq!(frank.reason, Reason::HostUnknown);
    let carol = by_address(&report.recipients, "carol@example.org");
    assert_eq!(carol.action, "delayed");
    let bob = by_address(&report.recipients, "bob@example.net");
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert!(report.recipients.iter().all(|r| r.recipient.as_deref() != Some("erin@example.net")));
}

// A deferral Exim logs without trying a host quotes no reply either.
#[test]
fn unreplied_deferral_is_delayed() {
    let line = "2026-12-05 10:01:04 1vABCD-000124-AB == carol@example.org R=dnslookup \
        T=remote_smtp defer (-53): retry time not reached for any host for 'example.org'";
    let report = explain(line);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let carol = &report.recipients[0];
    assert_eq!(carol.recipient.as_deref(), Some("carol@example.org"));
    assert_eq!(carol.action, "delayed");
    assert!(!carol.permanent);
}

// A main log line ends at its newline: the lines after a `**` or `==`
// line are other records (Exim's `Frozen`, the bounce's own `<=` line,
// another message's delivery), never part of the reply.
#[test]
fn flagged_line_ends_at_newline() {
    let after = "2026-12-05 10:01:03 1vABCD-000123-AB Frozen (delivery error message)\n\
        2026-12-05 10:01:04 1vABCE-000124-AB <= <> R=1vABCD-000123-AB U=Debian-exim P=local S=3456\n\
        2026-12-05 10:01:05 1vABCF-000125-AB => dave@example.com R=dnslookup T=remote_smtp \
        H=mx.example.com [203.0.113.20] C=\"250 2.0.0 Ok: queued as 4F1A2B\"\n";
    let cases = [
        (FAILED, "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table"),
        (DEFERRED, "452 4.2.2 Mailbox full"),
        ("2026-12-05 10:01:03 1vABCD-000123-AB ** bob@example.net: Unrouteable address", "Unrouteable address"),
    ];
    for (line, reply) in cases {
        let log = format!("{line}\n{after}");
        let report = explain(&log);
        let failed: Vec<_> = report.recipients.iter().filter(|r| r.action != "delivered").collect();
        assert_eq!(failed.len(), 1, "{log}: {report:#?}");
        assert_eq!(failed[0].diagnostic, reply, "{log}");
    }
}

// The line's own codes decide, not a reply on a later line.
#[test]
fn later_line_codes_stay_out() {
    let log = "2026-12-05 10:01:03 1vABCD-000123-AB ** bob@example.net: Unrouteable address\n\
        2026-12-05 10:01:04 1vABCE-000124-AB ** carol@example.org R=dnslookup T=remote_smtp \
        H=mx.example.org [203.0.113.9]: SMTP error from remote mail server after RCPT \
        TO:<carol@example.org>: 550 5.7.1 Relaying denied\n";
    let report = explain(log);
    let bob = by_address(&report.recipients, "bob@example.net");
    assert_eq!(bob.reason, Reason::HostUnknown, "{bob:#?}");
    assert_eq!(bob.reply, None);
    assert_eq!(bob.diagnostic, "Unrouteable address");
    let carol = by_address(&report.recipients, "carol@example.org");
    assert_eq!(carol.reply.as_deref(), Some("550"));
    assert_eq!(carol.remote_host.as_deref(), Some("mx.example.org"));
}

// Exim's FAQ (Q0608): "retry time not reached" means an earlier attempt
// failed and Exim waits for the next retry time; the message stays
// queued. Only "retry timeout exceeded" and the wait "after a long
// failure period" are expiry.
#[test]
fn retry_wait_is_no_expiry() {
    let lines = [
        "2026-12-05 10:31:03 1vABCD-000123-AB == bob@example.net R=dnslookup T=remote_smtp \
         defer (-53): retry time not reached for any host for 'example.net'",
        "2026-12-05 10:31:03 1vABCD-000123-AB == bob@example.net routing defer (-51): retry \
         time not reached",
        "2026-12-05 10:31:03 1vABCD-000123-AB == bob@example.net R=local_user T=mail_spool \
         defer (-52): Retry time not yet reached",
    ];
    for line in lines {
        let report = explain(line);
        assert_eq!(report.recipients.len(), 1, "{line}: {report:#?}");
        let bob = &report.recipients[0];
        assert_eq!(bob.action, "delayed", "{line}");
        assert_ne!(bob.reason, Reason::Expired, "{line}");
        assert_eq!(bob.explanation.entry, "queue/exim-retry-wait", "{line}");
        assert!(bob.retrying, "{line}");
        assert!(!bob.explanation.what.contains("gave up"), "{line}");
    }
}

#[test]
fn retry_timeout_is_expiry() {
    let lines = [
        "2026-12-05 10:31:03 1vABCD-000123-AB ** bob@example.net R=dnslookup T=remote_smtp: \
         retry timeout exceeded",
        "2026-12-05 10:31:03 1vABCD-000123-AB ** bob@example.net R=dnslookup T=remote_smtp: \
         retry time not reached for any host after a long failure period",
    ];
    for line in lines {
        let report = explain(line);
        let bob = &report.recipients[0];
        assert_eq!(bob.action, "failed", "{line}");
        assert_eq!(bob.reason, Reason::Expired, "{line}");
        assert!(!bob.retrying, "{line}");
    }
}

// A user who pastes a log line often cuts the message id, and sometimes
// the flag with it. Exim's own `defer (-53)` still marks a deferral.
#[test]
fn deferral_without_message_id() {
    let lines = [
        "2026-12-05 10:00:00 bob@example.net R=dnslookup T=remote_smtp defer (-53): retry time \
         not reached for any host",
        "2026-12-05 10:00:00 == bob@example.net R=dnslookup T=remote_smtp defer (-53): retry \
         time not reached for any host",
        "2026-12-05 10:00:00 1vABCD-000123-AB bob@example.net R=dnslookup T=remote_smtp defer \
         (-53): retry time not reached for any host",
        "2026-12-05 10:00:00.123 +0100 [4711] == <bob@example.net> R=dnslookup T=remote_smtp \
         defer (-53): retry time not reached for any host for 'example.net'",
    ];
    for line in lines {
        let report = explain(line);
        assert_eq!(report.recipients.len(), 1, "{line}: {report:#?}");
        let bob = &report.recipients[0];
        assert_eq!(bob.recipient.as_deref(), Some("bob@example.net"), "{line}");
        assert_eq!(bob.action, "delayed", "{line}");
        assert_eq!(bob.explanation.entry, "queue/exim-retry-wait", "{line}");
        assert_eq!(bob.explanation.who_acts, Actor::Wait, "{line}");
        assert!(bob.retrying, "{line}");
        assert!(!bob.permanent, "{line}");
    }
}

#[test]
fn failure_without_message_id() {
    let reply = "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in \
                 virtual mailbox table";
    let line = format!(
        "2026-12-05 10:00:00 ** bob@example.net R=dnslookup T=remote_smtp H=mx.example.net \
         [198.51.100.25]: SMTP error from remote mail server after RCPT TO:<bob@example.net>: \
         {reply}"
    );
    // The next record is no part of the reply.
    let log = format!("{line}\n2026-12-05 10:00:01 Frozen (delivery error message)\n");
    for text in [line.as_str(), log.as_str()] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}: {report:#?}");
        let bob = &report.recipients[0];
        assert_eq!(bob.recipient.as_deref(), Some("bob@example.net"), "{text}");
        assert_eq!(bob.action, "failed", "{text}");
        assert_eq!(bob.reason, Reason::UserUnknown, "{text}");
        assert_eq!(bob.explanation.who_acts, Actor::You, "{text}");
        assert!(bob.permanent, "{text}");
        assert_eq!(bob.diagnostic, reply, "{text}");
    }

    let unrouted = "2026-12-05 10:00:00 ** bob@example.net: Unrouteable address";
    let report = explain(unrouted);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let bob = &report.recipients[0];
    assert_eq!(bob.action, "failed");
    assert_eq!(bob.reason, Reason::HostUnknown);
    assert!(bob.permanent);
}

// Without the id, the `==` flag alone makes a 4xx reply a delay rather
// than a failure.
#[test]
fn deferred_reply_without_message_id() {
    let line = DEFERRED.replace("1vABCD-000123-AB ", "");
    let report = explain(&line);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let carol = &report.recipients[0];
    assert_eq!(carol.recipient.as_deref(), Some("carol@example.org"));
    assert_eq!(carol.action, "delayed");
    assert_eq!(carol.reason, Reason::MailboxFull);
    assert_eq!(carol.diagnostic, "452 4.2.2 Mailbox full");
    assert!(!carol.permanent);
}

#[test]
fn suppressed_line_without_message_id() {
    let line = "2026-12-05 10:01:06 *> erin@example.net R=dnslookup T=remote_smtp \
                H=mx.example.net [198.51.100.20] C=\"250 OK\"";
    let report = explain(line);
    assert!(report.recipients.is_empty(), "{report:#?}");
}
