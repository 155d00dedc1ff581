//! Retry advice for a pasted Exim address block. Exim lists a failed
//! address with its `SMTP error from remote mail server after ...` line in
//! a bounce, and prefixes that line with `Delay reason:` in a delay
//! warning. So a 4xx block without the prefix is one Exim gave up on, and
//! its Retry line must say that nothing retries it any more, whatever the
//! reason.

use crate::cards::only;
use bounce_explainer::{explain, Actor};

const STOPPED: &str = "stopped retrying";

fn failed_block(command: &str, reply: &str) -> String {
    format!(
        "  hal@example.org\n    host mx.example.org [198.51.100.9]\n    \
         SMTP error from remote mail server after {command}:\n    {reply}\n"
    )
}

/// 4xx replies of several reasons: a rate limit on the sending IP, a
/// listing, a missing PTR record, a full mailbox and a busy server.
const REPLIES: &[&str] = &[
    "451 4.7.1 Temporary rate limit exceeded for 203.0.113.58, try again later",
    "451 4.7.1 Service unavailable; Client host [203.0.113.58] blocked using zen.spamhaus.org",
    "450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.58]",
    "452 4.2.2 Mailbox full",
    "421 4.3.2 Service shutting down, try again later",
];

#[test]
fn failed_block_gave_up() {
    for command in ["MAIL FROM:<news@example.com> SIZE=12345", "RCPT TO:<hal@example.org>"] {
        for reply in REPLIES {
            let r = only(&failed_block(command, reply));
            let retry = &r.explanation.retry;
            assert_eq!(r.action, "failed", "{reply}");
            assert!(!r.permanent, "{reply}");
            assert!(retry.contains(STOPPED), "{reply}: {retry}");
            assert!(!retry.contains("retries on its own"), "{reply}: {retry}");
            assert_ne!(r.explanation.who_acts, Actor::Wait, "{reply}");
        }
    }
}

#[test]
fn older_layout_with_host_after_gave_up() {
    // Older Exim releases put the host on the line after the command.
    let text = "  hal@example.org\n    SMTP error from remote mailer after RCPT TO:<hal@example.org>:\n    \
                host mx.example.org [198.51.100.9]: 451 4.7.1 Temporary rate limit exceeded\n";
    let r = only(text);
    assert!(r.explanation.retry.contains(STOPPED), "{}", r.explanation.retry);
}

#[test]
fn delay_reason_block_still_retried() {
    for reply in REPLIES {
        let text = format!(
            "  hal@example.org\n    host mx.example.org [198.51.100.9]\n    \
             Delay reason: SMTP error from remote mail server after RCPT TO:<hal@example.org>:\n    \
             {reply}\n"
        );
        let r = only(&text);
        let retry = &r.explanation.retry;
        assert_eq!(r.action, "delayed", "{reply}");
        assert!(!retry.contains(STOPPED), "{reply}: {retry}");
    }
}

#[test]
fn quoted_error_phrase_claims_nothing() {
    // The phrase inside a sentence is not Exim's listing.
    let text = "Our relay logged an SMTP error from remote mail server after RCPT TO for \
                <hal@example.org>: 451 4.7.1 Temporary rate limit exceeded, try again later\n";
    let report = explain(text);
    for r in &report.recipients {
        assert!(!r.explanation.retry.contains(STOPPED), "{}", r.explanation.retry);
    }
}
