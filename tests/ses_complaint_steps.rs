//! An Amazon SES complaint notification carries the receiver's
//! Feedback-Type in `complaintFeedbackType`. SES sends one only about a
//! message that the user's own SES account sent, and the notification
//! has no Source-IP and no copy of the message. So the `virus`, `fraud`
//! and `auth-failure` cards point at the account's own sending (the
//! `mail` object's fields, its credentials and its SES setup) instead of
//! the raw ARF report's "check the Source-IP, maybe someone forged you".
//! The `other` card names the fields the notification carries instead of
//! the report's text, which SES does not pass on.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

/// Builds an SES complaint notification of `feedback_type` about a
/// message from news@example.org to jane@example.com.
fn notification(feedback_type: &str) -> String {
    format!(
        "{{\"notificationType\":\"Complaint\",\"complaint\":{{\"feedbackId\":\"0100-c1\",\
         \"complaintSubType\":null,\"complainedRecipients\":[{{\"emailAddress\":\
         \"jane@example.com\"}}],\"timestamp\":\"2026-12-06T10:00:00.000Z\",\"userAgent\":\
         \"Yahoo!-Mail-Feedback/2.0\",\"complaintFeedbackType\":\"{feedback_type}\"}},\
         \"mail\":{{\"timestamp\":\"2026-12-06T08:59:59.000Z\",\"source\":\"news@example.org\",\
         \"sourceIp\":\"198.51.100.7\",\"sendingAccountId\":\"123456789012\",\
         \"messageId\":\"0100-xyz\",\"destination\":[\"jane@example.com\"]}}}}"
    )
}

#[test]
fn ses_types_get_ses_cards() {
    for (feedback_type, entry) in [
        ("virus", "feedback/ses-virus"),
        ("fraud", "feedback/ses-fraud"),
        ("auth-failure", "feedback/ses-auth-failure"),
        ("Virus", "feedback/ses-virus"),
    ] {
        let card = only(&notification(feedback_type));
        let explanation = &card.explanation;
        assert_eq!(card.recipient.as_deref(), Some("jane@example.com"), "{feedback_type}");
        assert_eq!(card.reason, Reason::Feedback, "{feedback_type}");
        assert_eq!(explanation.entry, entry, "{feedback_type}");
        assert_eq!(explanation.who_acts, Actor::Admin, "{feedback_type}");
        assert!(!card.permanent, "{feedback_type}");
    }
}

#[test]
fn ses_steps_skip_arf_fields() {
    for feedback_type in ["virus", "fraud", "auth-failure"] {
        let card = only(&notification(feedback_type));
        let steps = card.explanation.steps.join(" ");
        assert!(!steps.contains("Source-IP"), "{feedback_type}: {steps}");
        assert!(!steps.contains("forged"), "{feedback_type}: {steps}");
        assert!(!steps.contains("not yours"), "{feedback_type}: {steps}");
        assert!(!steps.contains("Stop sending"), "{feedback_type}: {steps}");
    }
}

#[test]
fn ses_virus_fraud_name_account() {
    for feedback_type in ["virus", "fraud"] {
        let card = only(&notification(feedback_type));
        let explanation = &card.explanation;
        let steps = explanation.steps.join(" ");
        assert!(explanation.why.contains("your own SES account"), "{}", explanation.why);
        assert!(steps.contains("sourceIp"), "{feedback_type}: {steps}");
        assert!(steps.contains("callerIdentity"), "{feedback_type}: {steps}");
        assert!(steps.contains("access keys"), "{feedback_type}: {steps}");
        assert!(steps.contains("Keep the recipient"), "{feedback_type}: {steps}");
    }
}

#[test]
fn ses_auth_failure_names_ses_setup() {
    let card = only(&notification("auth-failure"));
    let steps = card.explanation.steps.join(" ");
    assert!(steps.contains("Easy DKIM"), "{steps}");
    assert!(steps.contains("custom MAIL FROM domain"), "{steps}");
    assert!(!steps.contains("list it in your SPF record"), "{steps}");
}

#[test]
fn ses_abuse_and_not_spam_unchanged() {
    let card = only(&notification("abuse"));
    assert_eq!(card.explanation.entry, "reason/feedback");
    let card = only(&notification("not-spam"));
    assert_eq!(card.explanation.entry, "feedback/not-spam");
}

#[test]
fn ses_event_record_same_card() {
    // Event publishing (to Firehose or EventBridge) names the type in
    // `eventType` rather than `notificationType`.
    let record = notification("fraud").replace("notificationType", "eventType");
    let card = only(&record);
    assert_eq!(card.explanation.entry, "feedback/ses-fraud");
}

/// SES passes on only the type `other`, not the report's text, so the
/// card does not send the reader to a human-readable part. It names what
/// the notification does carry: the complained recipient, the
/// `feedbackId` and the `arrivalDate`.
#[test]
fn ses_other_names_notification_fields() {
    let text = notification("other")
        .replace(r#""userAgent""#, r#""arrivalDate":"2026-12-06T09:00:03.000Z","userAgent""#);
    let card = only(&text);
    let explanation = &card.explanation;
    assert_eq!(card.recipient.as_deref(), Some("jane@example.com"));
    assert_eq!(card.reason, Reason::Feedback);
    assert_eq!(explanation.entry, "feedback/ses-other");
    assert_eq!(explanation.who_acts, Actor::Nobody);
    assert!(!card.permanent);
    let steps = explanation.steps.join(" ");
    assert!(!steps.contains("human-readable"), "{steps}");
    assert!(steps.contains("complainedRecipients"), "{steps}");
    assert!(steps.contains("feedbackId"), "{steps}");
    assert!(steps.contains("arrivalDate"), "{steps}");
    assert!(steps.contains("messageId"), "{steps}");
    assert!(explanation.why.contains("no text of the report"), "{}", explanation.why);
}

/// A complaint with no `complaintFeedbackType` keeps the plain complaint
/// card, which does not request report text either.
#[test]
fn ses_untyped_complaint_plain_card() {
    let text = notification("abuse").replace(r#","complaintFeedbackType":"abuse""#, "");
    assert!(!text.contains("complaintFeedbackType"), "{text}");
    let card = only(&text);
    assert_eq!(card.explanation.entry, "reason/feedback");
    let steps = card.explanation.steps.join(" ");
    assert!(!steps.contains("human-readable"), "{steps}");
    assert!(steps.contains("Stop sending to the complaining address"), "{steps}");
}
