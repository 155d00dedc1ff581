//! A sending service's own refusal to send, read by the reason it gives:
//! SendGrid's `dropped` events, whose `reason` names one of its drop
//! causes, and Brevo's `error` event. Each gets a card whose who-acts and
//! retry fit that cause. Documentation addresses only.

use crate::cards::only;
use bounce_explainer::Actor;

fn sendgrid_drop(reason: &str) -> String {
    format!(
        r#"[{{"email":"bob@example.net","timestamp":1764900000,"event":"dropped","reason":"{reason}","sg_event_id":"a1","sg_message_id":"m1"}}]"#
    )
}

/// Each drop reason in SendGrid's glossary page on drops, its entry and
/// who acts.
const DROPS: &[(&str, &str, Actor)] = &[
    ("Duplicate message", "sendgrid/duplicate-dropped", Actor::Nobody),
    ("Invalid", "sendgrid/invalid-dropped", Actor::You),
    ("Spam Content", "sendgrid/spam-content-dropped", Actor::You),
    ("Invalid SMTPAPI header", "sendgrid/dropped", Actor::Admin),
    ("Unsubscribed Address", "reason/suppressed", Actor::You),
    ("Bounced Address", "reason/suppressed", Actor::You),
    ("Spam Reporting Address", "reason/suppressed", Actor::You),
];

#[test]
fn sendgrid_drop_reasons_explained() {
    for (reason, entry, who) in DROPS {
        let card = only(&sendgrid_drop(reason));
        assert_eq!(card.explanation.entry, *entry, "{reason}: {card:#?}");
        assert_eq!(card.explanation.who_acts, *who, "{reason}");
    }
}

/// SendGrid sends a campaign to an address on several of its lists once,
/// so the dropped copy is no failure and nothing is to be sent again.
#[test]
fn sendgrid_duplicate_not_failure() {
    let card = only(&sendgrid_drop("Duplicate message"));
    assert!(!card.permanent, "{card:#?}");
    assert!(card.explanation.retry.contains("Nothing to retry"), "{}", card.explanation.retry);
}

#[test]
fn brevo_error_sender_invalid() {
    let event = r#"{"event":"error","email":"bob@example.net","id":12345,"date":"2026-12-05 10:00:00","ts":1764900000,"message-id":"<m1@example.com>","ts_event":1764900000,"subject":"Hello","reason":"Sender is not valid"}"#;
    let card = only(event);
    assert_eq!(card.explanation.entry, "brevo/error", "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::You);
    let steps = card.explanation.steps.join(" ").to_ascii_lowercase();
    assert!(steps.contains("sender"), "{steps}");
    assert!(!steps.contains("recipient's server"), "{steps}");
    assert!(card.diagnostic.contains("Sender is not valid"), "{}", card.diagnostic);
}
