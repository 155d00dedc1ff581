//! A recipient's line pasted on its own with a stage-less unknown-user
//! wording and no reply code: GroupWise's list entry without the list's
//! heading, or `address: user not found`. Each gives one card for that
//! address: unknown recipient, the sender acts, permanent. A sentence that
//! only mentions an address and such words gives none.

use bounce_explainer::{explain, Actor, Reason};

const WORDINGS: &[&str] =
    &["user not found", "no such user", "unknown user", "user unknown", "mailbox not found"];

#[test]
fn lone_recipient_line_one_card() {
    for words in WORDINGS {
        for line in [
            format!("dan@example.net ({words})"),
            format!("dan@example.net: {words}"),
            format!("<dan@example.net>: {words}"),
            format!("<dan@example.net> ({words})"),
            format!("\tdan@example.net ({words})"),
        ] {
            let report = explain(&line);
            assert_eq!(report.recipients.len(), 1, "one card for {line:?}");
            let r = &report.recipients[0];
            assert_eq!(r.recipient.as_deref(), Some("dan@example.net"), "{line:?}");
            assert_eq!(r.reason, Reason::UserUnknown, "{line:?}");
            assert_eq!(r.explanation.who_acts, Actor::You, "{line:?}");
            assert!(r.permanent, "{line:?}");
            assert!(r.explanation.retry.starts_with("Permanent"), "{line:?}");
        }
    }
}

#[test]
fn address_in_prose_no_card() {
    for text in [
        "I wrote to dan@example.net: user not found came back, why?",
        "Our newsletter to dan@example.net (user not found last week) is paused.",
        "dan@example.net: please tell me why I got user not found",
    ] {
        let report = explain(text);
        assert!(report.recipients.is_empty(), "no card for {text:?}");
    }
}
