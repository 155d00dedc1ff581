//! A timed-out connection: a 4xx reply pasted on its own is a network
//! failure the sending server retries, and a bounce that gave up after
//! timeouts had a temporary cause, so its advice never calls it permanent.

use crate::cards::only;
use bounce_explainer::{Actor, Reason, Recipient};

/// True when a step advises sending the message again.
fn says_resend(r: &Recipient) -> bool {
    r.explanation.steps.iter().any(|s| s.to_ascii_lowercase().contains("send the message again"))
}

#[test]
fn pasted_451_timeout_is_temporary_network_error() {
    for line in ["451 4.4.1 Connection timed out\n", "441 4.4.1 No answer from host\n"] {
        let r = only(line);
        assert_eq!(r.reason, Reason::NetworkError, "{line}");
        assert!(!r.permanent, "{line}");
        assert_eq!(r.explanation.who_acts, Actor::Wait, "{line}");
        assert!(r.explanation.retry.contains("retries on its own"), "{}", r.explanation.retry);
        assert!(!says_resend(&r), "{:?}", r.explanation.steps);
    }
}

#[test]
fn expired_after_timeouts_can_be_sent_later() {
    let r = only(
        "This is the mail system at host mail.example.com.\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients. It's attached below.\n\n\
         <bob@example.net>: delivery temporarily suspended: connect to\n    \
         mx.example.net[198.51.100.20]:25: Connection timed out\n",
    );
    assert_eq!(r.reason, Reason::Expired);
    assert!(!r.permanent);
    let retry = &r.explanation.retry;
    assert!(retry.contains("temporary"), "{retry}");
    assert!(retry.contains("again later"), "{retry}");
    assert!(!retry.contains("fails the same way"), "{retry}");
}

#[test]
fn stated_expiry_with_timeout_stays_expired() {
    let r =
        only("421 4.4.7 Message expired: unable to deliver in 840 minutes. Connection timed out\n");
    assert_eq!(r.reason, Reason::Expired);
    assert!(!r.permanent);
    // The steps tell the reader to resend, and the retry line agrees.
    assert!(says_resend(&r));
    assert!(!r.explanation.retry.contains("fails the same way"), "{}", r.explanation.retry);
}

/// A Postfix log line of a deferred delivery: each step appears once, and
/// the receiver's message is the bracketed text, not the log's fields.
#[test]
fn deferred_log_line_reads_cleanly() {
    for (to, text) in [
        ("eve@example.org", "connect to mx.example.org[198.51.100.5]:25: Connection timed out"),
        ("dan@example.net", "conversation with mx.example.net[203.0.113.7] timed out while receiving the initial server greeting"),
    ] {
        let line = format!(
            "Dec  4 10:00:02 mail postfix/smtp[1234]: 3F2A1C0125: to=<{to}>, relay=none, \
             delay=300, delays=0.1/0/300/0, dsn=4.4.1, status=deferred ({text})\n"
        );
        let r = only(&line);
        let steps = &r.explanation.steps;
        for (i, step) in steps.iter().enumerate() {
            assert!(!steps[..i].contains(step), "repeated step {step:?} in {steps:?}");
        }
        assert_eq!(r.diagnostic, text, "{line}");
    }
}

/// Postfix's line pasted on its own states no delay, and a returned
/// message lists it the same way, so it reads as final. The cause was
/// temporary, so the card allows a later resend and never calls it
/// permanent.
#[test]
fn pasted_codeless_timeout_reads_final() {
    let line = "<bob@example.net>: delivery temporarily suspended: connect to \
                mx.example.net[198.51.100.20]:25: Connection timed out\n";
    let r = only(line);
    assert_eq!(r.reason, Reason::NetworkError, "{}", r.diagnostic);
    assert!(!r.retrying, "{r:#?}");
    assert!(!r.permanent, "{r:#?}");
    assert_ne!(r.explanation.who_acts, Actor::Wait);
    let retry = &r.explanation.retry;
    assert!(retry.contains("stopped retrying"), "{retry}");
    assert!(retry.contains("again later can work"), "{retry}");
}
