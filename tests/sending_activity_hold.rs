//! A sending provider's temporary hold on the sender's own account after
//! unusual sending, such as Zoho Mail's "550 5.4.6 Unusual sending
//! activity detected". The 5.4.6 is the registry's routing loop, but the
//! words speak of the account: the sender acts, and a resend works once
//! the hold ends. A 5.4.6 that speaks of a loop stays a loop.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

const HOLDS: &[&str] = &[
    "550 5.4.6 Unusual sending activity detected. Please try after sometime.",
    "Unable to send message;Reason:550 5.4.6 Unusual sending activity detected.",
    "<bob@example.net>: host smtp.zoho.com[203.0.113.30] said: 550 5.4.6 Unusual sending \
     activity detected. Please try after sometime. (in reply to RCPT TO command)",
];

#[test]
fn activity_hold_is_own_account() {
    for text in HOLDS {
        let rcpt = only(text);
        assert_eq!(rcpt.explanation.entry, "wording/activity-hold", "{text}");
        assert_eq!(rcpt.explanation.who_acts, Actor::You, "{text}");
        assert_ne!(rcpt.reason, Reason::NetworkError, "{text}");
    }
}

#[test]
fn activity_hold_resend_later() {
    for text in HOLDS {
        let rcpt = only(text);
        assert!(!rcpt.permanent, "{text}");
        let retry = &rcpt.explanation.retry;
        assert!(retry.contains("again later"), "{text}: {retry}");
        assert!(!rcpt.explanation.what.contains("loop"), "{text}");
    }
}

#[test]
fn loop_5_4_6_stays_loop() {
    for text in [
        "550 5.4.6 Routing loop detected",
        "554 5.4.6 Too many hops: unusual sending activity from a mail loop",
    ] {
        let rcpt = only(text);
        assert_eq!(rcpt.reason, Reason::NetworkError, "{text}");
        assert_ne!(rcpt.explanation.entry, "wording/activity-hold", "{text}");
    }
}
