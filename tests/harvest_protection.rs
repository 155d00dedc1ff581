//! Directory harvest protection ("Too many invalid recipients"): a block
//! on the sending IP after it tried many unknown addresses, not a sign
//! that this recipient's address does not exist.

use crate::cards::only;
use bounce_explainer::report::Actor;
use bounce_explainer::Reason;

fn postfix_line(reply: &str) -> String {
    format!(
        "<bob@example.net>: host mx.example.net[198.51.100.20] said: {reply} (in reply to RCPT \
         TO command)"
    )
}

const REPLIES: &[&str] = &[
    "550 5.7.1 Too many invalid recipients",
    "452 4.5.3 Too many invalid recipients",
    "421 4.7.0 Too many invalid recipients, try again later",
    "550 5.7.1 Connection rejected: too many unknown recipients from your IP",
    "554 5.7.1 Directory harvest attack detected; too many invalid recipients",
    "421 too many invalid addresses, goodbye (#4.7.1)",
    // A 5.1.1 over the same words is still no unknown address.
    "550 5.1.1 Too many invalid recipients",
];

/// The receiver's count resets, so even after a 5xx reply the message
/// can be sent again later.
#[test]
fn harvest_refusal_is_no_unknown_user() {
    for reply in REPLIES {
        let r = only(&postfix_line(reply));
        assert_eq!(r.reason, Reason::TooManyConn, "{reply}");
        assert_eq!(r.explanation.entry, "harvest-protection/refused", "{reply}");
        assert!(!r.permanent, "{reply}");
        assert_ne!(r.explanation.who_acts, Actor::You, "{reply}");
        let retry = &r.explanation.retry;
        assert!(!retry.contains("fails the same way"), "{retry}");
        let steps = r.explanation.steps.join(" ");
        assert!(steps.contains("Keep this address"), "{steps}");
    }
}

#[test]
fn harvest_4xx_reply_alone_waits() {
    let r = only("421 4.7.0 Too many invalid recipients, try again later");
    assert_eq!(r.reason, Reason::TooManyConn);
    assert!(!r.permanent);
    assert!(r.explanation.retry.starts_with("Temporary"), "{}", r.explanation.retry);
    assert!(!r.explanation.what.contains("does not exist at"), "{}", r.explanation.what);
}

#[test]
fn unknown_recipient_alone_is_still_unknown() {
    let r = only(&postfix_line("550 5.1.1 <bob@example.net>: Recipient unknown"));
    assert_eq!(r.reason, Reason::UserUnknown);
}
