//! Mailjet's and Brevo's (formerly Sendinblue) event records. Both have
//! `event` and `email` as SendGrid's do, so each is recognised by fields
//! of its own.
//!
//! Fields read, from each provider's reference (checked 2026-12-05):
//! - Mailjet's Event API (<https://github.com/mailjet/api-documentation/blob/master/guides/_event-api.md>,
//!   the source of Mailjet's webhook guide):
//!   `event` (`bounce`, `blocked`, `sent`, `spam`), `email`, and on a
//!   bounce `hard_bounce` ("true if error was permanent"), `comment` ("the
//!   raw SMTP error code, including descriptions of the reason for the
//!   bounce"), and Mailjet's own verdict in `error_related_to` and
//!   `error` (`user unknown`, `quota exceeded`, `preblocked`, ...). A
//!   `blocked` event is mail Mailjet did not send. Its `ip` field, on an
//!   open or a click, is the reader's address, so it is never read.
//! - Brevo's transactional webhooks (<https://developers.brevo.com/docs/transactional-webhooks>):
//!   `event` (`hard_bounce`, `soft_bounce`, `deferred`, `blocked`,
//!   `invalid_email`, `error`, `spam`, `delivered`), `email`, `reason`,
//!   and `sending_ip`, the address Brevo sent from.

use serde_json::Value;

use super::json::{text, Object};
use super::webhooks::failure;
use super::Failure;
use crate::reason::Reason;

/// True when `object` has a field of Mailjet's event layout.
pub fn is_mailjet(object: &Object) -> bool {
    const FIELDS: &[&str] =
        &["mj_campaign_id", "mj_contact_id", "mj_message_id", "error_related_to", "hard_bounce"];
    FIELDS.iter().any(|name| object.contains_key(*name))
}

/// True when `object` is a Brevo event: an event name only Brevo uses
/// among the services read here (Mandrill's are read before), or a field
/// of Brevo's layout.
pub fn is_brevo(object: &Object, kind: &str) -> bool {
    const FIELDS: &[&str] =
        &["sending_ip", "message-id", "ts_event", "ts_epoch", "X-Mailin-custom", "mirror_link"];
    matches!(kind, "hard_bounce" | "soft_bounce" | "invalid_email")
        || FIELDS.iter().any(|name| object.contains_key(*name))
}

/// Reads a Mailjet event: a failure for a bounce or a blocked send, a
/// delivery for `sent`, a complaint for `spam`.
pub fn mailjet(object: &Object, kind: &str, email: &str) -> Option<Failure> {
    let error = text(object, "error").map(str::trim).filter(|e| !e.is_empty());
    match kind {
        "bounce" | "blocked" => {}
        "sent" => {
            return Some(failure(
                email,
                "delivered",
                text(object, "smtp_reply").unwrap_or_default(),
                None,
            ))
        }
        "spam" => {
            let mut complaint =
                failure(email, "feedback", text(object, "source").unwrap_or("abuse"), None);
            complaint.reason = Some(Reason::Feedback);
            return Some(complaint);
        }
        _ => return None,
    }
    let comment = text(object, "comment").map(str::trim).filter(|c| !c.is_empty());
    // Without the receiver's reply, Mailjet's `error` is all there is, so
    // it is shown as the diagnostic and decides the cause.
    let mut failure = failure(email, "failed", comment.or(error).unwrap_or_default(), None);
    if comment.is_none() {
        failure.reason = error.and_then(mailjet_error_reason);
    }
    failure.soft_bounce =
        kind == "bounce" && object.get("hard_bounce").and_then(Value::as_bool) == Some(false);
    Some(failure)
}

/// Maps a value of Mailjet's `error` field to a reason, after Mailjet's
/// table "Possible values for errors". `greylisted` and `duplicate in
/// campaign` are left to the text, because no reason fits them.
fn mailjet_error_reason(error: &str) -> Option<Reason> {
    let reason = match error.to_ascii_lowercase().as_str() {
        "user unknown" => Reason::UserUnknown,
        // Mailjet: the account "has been inactive for too long".
        "mailbox inactive" => Reason::Suspend,
        "quota exceeded" => Reason::MailboxFull,
        "invalid domain" | "no mail host" => Reason::HostUnknown,
        "relay/access denied" => Reason::Rejected,
        "sender blocked" => Reason::Blocked,
        "content blocked" => Reason::SpamDetected,
        "policy issue" => Reason::PolicyViolation,
        "system issue" | "protocol issue" => Reason::SystemError,
        "connection issue" => Reason::NetworkError,
        // Mailjet did not send to an address that bounced before.
        "preblocked" => Reason::Suppressed,
        _ => return None,
    };
    Some(reason)
}

/// Reads a Brevo transactional event.
pub fn brevo(object: &Object, kind: &str, email: &str) -> Option<Failure> {
    let action = match kind {
        "hard_bounce" | "soft_bounce" | "blocked" | "invalid_email" | "error" => "failed",
        "deferred" => "delayed",
        "delivered" => "delivered",
        "spam" => "feedback",
        _ => return None,
    };
    let mut failure = failure(email, action, text(object, "reason").unwrap_or_default(), None);
    match kind {
        // Brevo blocks mail to an address on its block list and sends nothing.
        "blocked" => failure.reason = Some(Reason::Suppressed),
        "spam" => failure.reason = Some(Reason::Feedback),
        _ => {}
    }
    failure.soft_bounce = kind == "soft_bounce";
    // Brevo's event names no reply, and its meaning has an entry.
    if matches!(kind, "invalid_email" | "error") {
        failure.event_type = Some(kind.to_string());
    }
    if matches!(kind, "hard_bounce" | "soft_bounce" | "deferred") {
        failure.sending_ip =
            text(object, "sending_ip").map(|ip| (ip.trim().to_string(), "sending_ip".into()));
    }
    Some(failure)
}
