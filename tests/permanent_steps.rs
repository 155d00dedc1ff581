//! A card whose retry line states that no retry will succeed must not list a
//! step that leaves the delivery to the sending server's retries. Network
//! and system errors are the usual case: their generic steps open with
//! "If the failure is temporary, wait".

use crate::cards::only;

fn waits_for_retries(step: &str) -> bool {
    let lower = step.to_ascii_lowercase();
    lower.contains("wait") && lower.contains("retr")
}

/// Network and system errors with a permanent verdict: a 5xx reply, or a
/// 4xx reply whose text rules out a retry.
const PERMANENT: &[&str] = &[
    "554 5.3.0 <rcpt@example.net>: Internal server error, mail system misconfigured",
    "550 5.3.0 Requested action aborted: local error in processing",
    "554 5.4.0 Network error: connection reset by mx.example.net [203.0.113.9]",
    "421 4.4.1 Connection timed out to mx.example.net [203.0.113.9]. Do not retry.",
];

#[test]
fn permanent_network_system_steps() {
    for text in PERMANENT {
        let r = only(text);
        let case = format!("{text} -> {:?} {}", r.reason, r.explanation.entry);
        assert!(r.permanent, "{case}");
        assert!(!r.explanation.steps.is_empty(), "{case}");
        for step in &r.explanation.steps {
            assert!(!waits_for_retries(step), "{case}: {step}");
        }
    }
}

#[test]
fn permanent_network_system_reasons() {
    use bounce_explainer::Reason;
    let reasons: Vec<Reason> = PERMANENT.iter().map(|text| only(text).reason).collect();
    assert!(reasons.contains(&Reason::SystemError), "{reasons:?}");
    assert!(reasons.contains(&Reason::NetworkError), "{reasons:?}");
}

#[test]
fn temporary_network_error_still_waits() {
    let r = only("421 4.4.1 Connection timed out to mx.example.net [203.0.113.9]");
    assert!(!r.permanent, "{r:?}");
    let steps = &r.explanation.steps;
    assert!(steps.iter().any(|s| waits_for_retries(s)), "{steps:?}");
}
