//! SendGrid's event records. They have only `event` and `email` in common
//! with other services' events, so SendGrid's are recognised by fields of
//! their own or by one of SendGrid's drop reasons.
//!
//! Fields read, from SendGrid's event reference
//! (<https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event>,
//! checked 2026-12-04): `event` (`bounce`, `dropped`, `deferred`,
//! `delivered`, and `spamreport`, read as a complaint), `email`, `reason`
//! or `response`, `status`, and on a
//! bounce or deferral `ip`, the address SendGrid sent from (on an open or
//! a click it is the reader's address instead).

use super::json::{text, Object};
use super::webhooks::failure;
use super::Failure;
use crate::reason::Reason;

/// True when `object` has a field of SendGrid's event layout beyond the
/// `event` and `email` that other services' events have too.
pub(super) fn is_sendgrid(object: &Object) -> bool {
    const FIELDS: &[&str] = &[
        "smtp-id",
        "bounce_classification",
        "type",
        "status",
        "ip",
        "tls",
        "attempt",
        "response",
        "category",
    ];
    object.keys().any(|key| key.starts_with("sg_") || FIELDS.contains(&key.as_str()))
}

/// True for a `dropped` event whose `reason` is one of SendGrid's own drop
/// reasons. Exports and forwarded alerts often keep only `email`, `event`,
/// `reason` and `timestamp`, which no other field then marks as SendGrid's.
pub(super) fn is_sendgrid_drop(kind: &str, object: &Object) -> bool {
    let reason = text(object, "reason").unwrap_or_default().trim().to_ascii_lowercase();
    kind == "dropped"
        && (SENDGRID_DROP_REASONS.contains(&reason.as_str())
            || SENDGRID_SUPPRESSIONS.contains(&reason.as_str())
            || reason.starts_with("spam content"))
}

/// SendGrid's `reason` values for a drop that no suppression list caused,
/// from its "Drops" glossary page (<https://docs.sendgrid.com/glossary/drops>).
/// "Spam Content" is matched as a prefix because events add "(if spam
/// checker app enabled)".
///
/// NOTE: "Recipient List over Package Quota" is not on the glossary page
/// opened; it is from a help-desk page that lists SendGrid's drop reasons
/// (<https://support.gosweetspot.com/hc/en-us/articles/115003545572>).
const SENDGRID_DROP_REASONS: &[&str] =
    &["invalid smtpapi header", "invalid", "recipient list over package quota"];

/// Reads a SendGrid event: its outcome, reply, status, sending IP and
/// suppression list.
pub(super) fn sendgrid(object: &Object, kind: &str, email: &str) -> Option<Failure> {
    let action = match kind {
        "bounce" | "dropped" | "blocked" => "failed",
        "deferred" => "delayed",
        "delivered" => "delivered",
        // The recipient marked the message as spam, and the event carries
        // no reply: the event's type gives the card.
        "spamreport" => {
            let mut complaint = failure(email, "feedback", "abuse", None);
            complaint.reason = Some(Reason::Feedback);
            complaint.event_type = Some(kind.to_string());
            return Some(complaint);
        }
        _ => return None,
    };
    let diagnostic =
        text(object, "reason").or_else(|| text(object, "response")).unwrap_or_default();
    let mut failure = failure(email, action, diagnostic, text(object, "status"));
    // A dropped message was never sent, so no address sent it.
    failure.dropped_by_service = kind == "dropped";
    if matches!(kind, "bounce" | "blocked" | "deferred") {
        failure.sending_ip = text(object, "ip").map(|ip| (ip.trim().to_string(), "ip".into()));
    }
    // SendGrid drops mail to addresses on its suppression lists and names
    // the list as the reason.
    if kind == "dropped"
        && SENDGRID_SUPPRESSIONS.contains(&diagnostic.to_ascii_lowercase().as_str())
    {
        failure.reason = Some(Reason::Suppressed);
    }
    Some(failure)
}

/// SendGrid's `reason` for mail dropped because of a suppression list.
const SENDGRID_SUPPRESSIONS: &[&str] =
    &["bounced address", "unsubscribed address", "spam reporting address", "unsubscribed group"];
