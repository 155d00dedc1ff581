//! Reply codes and status codes of different classes: a 4xx or 5xx reply
//! is never reported as delivered, and a contradiction gets a note.

use crate::cards::only;
use bounce_explainer::{Reason, Recipient};

fn notes_contradiction(recipient: &Recipient) -> bool {
    recipient.notes.iter().any(|n| n.message.contains("contradict"))
}

#[test]
fn failure_reply_with_success_status() {
    let recipient = only("550 2.0.0 <rcpt@example.net>: ok");
    assert_ne!(recipient.reason, Reason::Delivered);
    assert_eq!(recipient.action, "failed");
    assert!(recipient.permanent);
    assert!(notes_contradiction(&recipient), "{:?}", recipient.notes);

    let recipient = only("451 2.0.0 <rcpt@example.net>: try again later");
    assert_ne!(recipient.reason, Reason::Delivered);
    assert!(!recipient.permanent);
    assert!(notes_contradiction(&recipient), "{:?}", recipient.notes);
}

#[test]
fn temporary_reply_with_permanent_status() {
    let recipient = only("450 5.1.1 <rcpt@example.net>: Recipient address rejected: User unknown");
    assert_eq!(recipient.action, "failed");
    assert!(!recipient.permanent, "the 4xx reply decides the retry");
    assert!(
        recipient.explanation.retry.starts_with("Temporary"),
        "{}",
        recipient.explanation.retry
    );
}

#[test]
fn success_reply_with_failure_status() {
    let recipient = only("250 5.1.1 <rcpt@example.net>: Recipient address rejected: User unknown");
    assert_ne!(recipient.reason, Reason::Delivered);
    assert_eq!(recipient.action, "failed");
    assert!(recipient.permanent);
    assert!(notes_contradiction(&recipient), "{:?}", recipient.notes);
}

#[test]
fn success_codes_stay_delivered() {
    let recipient = only("250 2.0.0 Ok: queued as 4F2A1C0E3B");
    assert_eq!(recipient.reason, Reason::Delivered);
    assert!(!notes_contradiction(&recipient), "{:?}", recipient.notes);
}
