//! A temporary 4xx reply whose own text states that retrying will not
//! succeed. The sending server may keep retrying, but the advice must not
//! tell anyone to wait for it, whatever tag or provider the reply has.

use crate::cards::only;
use bounce_explainer::Actor;

const FUTILE: &[&str] = &[
    "421 4.7.0 Messages from 203.0.113.40 will be permanently deferred; Retrying will NOT succeed.",
    "421 4.7.0 [TSS04] Messages from 203.0.113.40 permanently deferred; Retrying will NOT succeed. \
     See https://postmaster.yahooinc.com/error-codes",
    "421 4.7.0 [TSS11] All messages from 203.0.113.40 will be permanently deferred; Retrying will NOT \
     succeed. See https://postmaster.yahooinc.com/error-codes",
    "451 4.7.1 Service unavailable, client host [198.51.100.7] blocked; retrying will not help",
    "450 4.7.1 Message refused by local policy, do not retry",
    "421 4.7.0 Sending host 192.0.2.15 is rejected. Please don't retry.",
];

#[test]
fn futile_replies_are_permanent() {
    for text in FUTILE {
        let r = only(text);
        assert!(r.permanent, "{text}");
    }
}

#[test]
fn futile_replies_name_a_party() {
    for text in FUTILE {
        let r = only(text);
        assert_ne!(r.explanation.who_acts, Actor::Wait, "{text}");
    }
}

#[test]
fn futile_replies_advise_no_waiting() {
    for text in FUTILE {
        let r = only(text);
        let retry = &r.explanation.retry;
        assert!(!retry.starts_with("Temporary"), "{text}: {retry}");
        for step in &r.explanation.steps {
            assert!(
                !step.to_ascii_lowercase().contains("let the sending server retry"),
                "{text}: {step}"
            );
        }
    }
}

/// A deferral that only limits when to retry still waits for the retry.
#[test]
fn timed_retry_limit_still_waits() {
    for text in [
        "421 4.7.0 Too many connections, do not retry for 5 minutes",
        "451 4.7.1 Greylisted, do not retry before 300 seconds",
    ] {
        let r = only(text);
        assert!(!r.permanent, "{text}");
    }
}
