//! Mailgun's own codes in a `failed` event's `delivery-status`, which are
//! no SMTP reply codes. Mailgun does not publish a list of them, so each
//! is read as far as a public source shows its meaning:
//! - "Too old" is the description Mailgun gives a message it dropped once
//!   its retry period ran out (its help page "Will Mailgun retry my failed
//!   messages?"). Payloads posted publicly carry code 602 with it, and
//!   sometimes `severity` `temporary` (a user's post on Mailgun's feedback
//!   site). The event is the queue expiry whatever its `reason`.
//! - A bug report of the Zotonic project quotes code 602 with "Failed to
//!   deliver due to bounce. Check email address."
//!   (<https://github.com/zotonic/zotonic/issues/4089>), so the code alone
//!   means expiry only when the event has no other text.
//! - 605, 606 and 607 are Mailgun's suppressions of a previously bounced,
//!   unsubscribed or complained address (Symfony's Mailgun bridge lists
//!   them; Mailgun's help pages explain each message).
//! - 625 is "Poor mailing list quality", a message Mailgun dropped without
//!   sending it (Symfony's Mailgun bridge lists it with the suppressions).
//!
//! Documentation addresses only.

use crate::cards;

use bounce_explainer::{explain, Actor, Reason};
use cards::only;

/// Builds a Mailgun `failed` event for bob@example.net with the given
/// `severity`, optional `reason` and `delivery-status` fields.
fn failed(
    severity: &str,
    reason: Option<&str>,
    code: u32,
    message: &str,
    description: &str,
) -> String {
    let reason = reason.map(|r| format!(r#""reason":"{r}","#)).unwrap_or_default();
    format!(
        r#"{{"signature":{{"timestamp":"1764931200","token":"t","signature":"s"}},
  "event-data":{{"event":"failed","severity":"{severity}",{reason}"log-level":"error",
    "recipient":"bob@example.net","timestamp":1764931200.5,
    "envelope":{{"sender":"alice@example.com","transport":"smtp","targets":"bob@example.net"}},
    "delivery-status":{{"attempt-no":8,"message":"{message}","code":{code},
      "description":"{description}","session-seconds":0.0}}}}}}"#
    )
}

/// Checks that `text` gets Mailgun's queue expiry card, failed and not
/// retried by Mailgun.
fn assert_too_old(text: &str) {
    let report = explain(text);
    assert_eq!(report.mta.as_deref(), Some("mailgun"), "{text}");
    let r = only(text);
    assert_eq!(r.explanation.entry, "mailgun/too-old", "{text}");
    assert_eq!(r.reason, Reason::Expired, "{text}");
    assert_eq!(r.action, "failed", "{text}");
    assert!(!r.retrying, "{text}");
    assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
}

#[test]
fn too_old_without_reason_is_expiry() {
    assert_too_old(&failed("permanent", None, 602, "Too old", ""));
}

#[test]
fn too_old_with_other_reason_is_expiry() {
    assert_too_old(&failed("permanent", Some("generic"), 602, "Too old", ""));
}

#[test]
fn too_old_in_description_is_expiry() {
    assert_too_old(&failed("permanent", None, 602, "", "Too old"));
}

#[test]
fn code_602_without_text_is_expiry() {
    assert_too_old(&failed("permanent", None, 602, "", ""));
}

/// Mailgun gave up, so the event is no delay even when it is marked
/// temporary.
#[test]
fn temporary_too_old_is_expiry() {
    assert_too_old(&failed("temporary", Some("old"), 602, "Too old", ""));
    assert_too_old(&failed("temporary", None, 602, "Too old", ""));
}

/// Code 602 with a bounce's own words is read by those words.
#[test]
fn code_602_with_bounce_text_not_expiry() {
    let text =
        failed("permanent", None, 602, "Failed to deliver due to bounce. Check email address.", "");
    let r = only(&text);
    assert_ne!(r.explanation.entry, "mailgun/too-old");
    assert_ne!(r.reason, Reason::Expired);
    assert_eq!(r.action, "failed");
}

/// A temporary failure with its receiver's reply stays a delay.
#[test]
fn temporary_failure_stays_delay() {
    let text = failed("temporary", Some("generic"), 421, "4.7.0 Try again later", "");
    let r = only(&text);
    assert_eq!(r.action, "delayed");
    assert_ne!(r.explanation.entry, "mailgun/too-old");
}

/// Mailgun's suppression codes, each with the text Mailgun writes and
/// with no text at all.
#[test]
fn suppression_codes_are_suppressed() {
    let cases = [
        (605, "Not delivering to previously bounced address"),
        (606, "Not delivering to unsubscribed address"),
        (607, "Not delivering to a user who marked your messages as spam"),
    ];
    for (code, words) in cases {
        for (message, description) in [("", words), (words, ""), ("", "")] {
            let text = failed("permanent", None, code, message, description);
            let r = only(&text);
            assert_eq!(r.reason, Reason::Suppressed, "{text}");
            assert_eq!(r.explanation.entry, "reason/suppressed", "{text}");
            assert_eq!(r.action, "failed", "{text}");
            assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
            // Mailgun's own code is no reply of a receiving server.
            assert_eq!(r.reply, None, "{text}");
        }
    }
}

/// Mailgun's code 625, with the text Mailgun writes and with none: Mailgun
/// dropped the message for the list's quality and sent nothing, so the
/// sender cleans the list before sending again.
#[test]
fn poor_list_quality_code_625() {
    for (message, description) in [("", "Poor mailing list quality"), ("", "")] {
        let text = failed("permanent", Some("generic"), 625, message, description);
        let report = explain(&text);
        assert_eq!(report.mta.as_deref(), Some("mailgun"), "{text}");
        let r = only(&text);
        assert_eq!(r.explanation.entry, "mailgun/poor-list-quality", "{text}");
        assert_eq!(r.action, "failed", "{text}");
        assert!(!r.retrying, "{text}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
        // Mailgun's own code is no reply of a receiving server.
        assert_eq!(r.reply, None, "{text}");
        let steps = r.explanation.steps.join(" ");
        assert!(steps.contains("invalid addresses"), "{steps}");
        assert!(steps.contains("Mailgun's support"), "{steps}");
        assert!(r.explanation.what.contains("did not send"), "{}", r.explanation.what);
    }
}
