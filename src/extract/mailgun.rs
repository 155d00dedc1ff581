//! Mailgun's event records
//! (<https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhook-payloads>):
//! `event` (`failed` with `severity` `permanent` or `temporary`,
//! `delivered`), the `reason` of a failure (`old` when Mailgun's retry
//! period ran out), `recipient`, `delivery-status` with `code`,
//! `message`, `description` and `mx-host`, and `envelope.sending-ip`.
//! A webhook posts the event under `event-data`, beside a `signature`
//! object.
//!
//! An event whose name Mailgun does not use, or that has none, is still
//! Mailgun's when its layout is: a `recipient`, a `delivery-status` object
//! with Mailgun's fields, and a `severity` or `log-level`. Its outcome is
//! then read from the severity or the reply code, and the card notes that
//! the event's name was not one of Mailgun's. When neither states an
//! outcome, no failure is made up: the report names the event and states
//! why it has no card.

use serde_json::Value;

use super::json::{text, Object};
use super::webhooks::failure;
use super::Failure;
use crate::reason::Reason;

/// Reads an event whose name `kind` is one of Mailgun's. Returns no
/// failure for an event that reports no delivery outcome (an open).
pub(super) fn event(object: &Object, kind: &str, recipient: &str) -> Option<Failure> {
    let permanent = text(object, "severity") != Some("temporary");
    let action = match kind {
        "failed" if permanent => "failed",
        "failed" => "delayed",
        "rejected" => "failed",
        "delivered" => "delivered",
        _ => return None,
    };
    Some(read(object, action, recipient))
}

/// Returns the recipient of `object` when it has Mailgun's event layout,
/// whatever its `event` name: a `recipient` address, a `delivery-status`
/// object with a `code`, `message` or `description`, and a `severity` or
/// `log-level`. The hyphenated `delivery-status` with these fields is
/// Mailgun's own, so other services' events are not claimed.
pub(super) fn layout_recipient(object: &Object) -> Option<&str> {
    let recipient = text(object, "recipient").filter(|r| r.contains('@'))?;
    let status = object.get("delivery-status").and_then(Value::as_object)?;
    let has_status_field =
        ["code", "message", "description"].iter().any(|f| status.contains_key(*f));
    let has_level = text(object, "severity").is_some() || text(object, "log-level").is_some();
    (has_status_field && has_level).then_some(recipient)
}

/// Returns the event of a Mailgun webhook: the `event-data` object beside
/// a `signature` object with Mailgun's `timestamp`, `token` and
/// `signature` fields, as the webhook reference shows them.
pub(super) fn webhook_event(object: &Object) -> Option<&Object> {
    let signature = object.get("signature").and_then(Value::as_object)?;
    let signed = ["timestamp", "token", "signature"].iter().all(|f| signature.contains_key(*f));
    signed.then(|| object.get("event-data").and_then(Value::as_object)).flatten()
}

/// Reads an event of Mailgun's layout whose name `event` Mailgun does not
/// use, or that has none. Among the webhook reference's sample payloads
/// only the `failed` event has `severity`, so it decides the outcome, and
/// without it the reply code does. When neither states one, returns a
/// failure with `not_read` set, so that the report names the event rather
/// than make up a failure or drop it.
pub(super) fn unnamed_event(object: &Object, event: Option<&str>, recipient: &str) -> Failure {
    let event = event.unwrap_or_default().trim().to_string();
    let code = reply_code(object);
    let action = match text(object, "severity") {
        Some("permanent") => "failed",
        Some("temporary") => "delayed",
        _ if code.is_some_and(|c| c >= 500) => "failed",
        _ if code.is_some_and(|c| c >= 400) => "delayed",
        _ => {
            return Failure {
                recipient: Some(recipient.trim().to_string()),
                not_read: Some(event.clone()),
                unknown_event: Some(event),
                ..Default::default()
            }
        }
    };
    let mut failure = read(object, action, recipient);
    failure.unknown_event = Some(event);
    failure
}

/// Returns the `delivery-status.code` of `object` when it is a reply code.
fn reply_code(object: &Object) -> Option<u64> {
    let status = object.get("delivery-status").and_then(Value::as_object)?;
    status.get("code").and_then(Value::as_u64).filter(|c| (200..600).contains(c))
}

fn read(object: &Object, action: &str, recipient: &str) -> Failure {
    let status = object.get("delivery-status").and_then(Value::as_object);
    let field = |name: &str| status.and_then(|s| text(s, name)).filter(|t| !t.trim().is_empty());
    let message = field("message").or_else(|| field("description")).unwrap_or_default();
    // The reply code is a number of its own, which the message text
    // usually leaves out (`5.1.1 The email account ... does not exist`).
    let code = reply_code(object);
    let diagnostic = match code {
        Some(code) if !message.trim_start().starts_with(&code.to_string()) => {
            format!("{code} {message}")
        }
        _ => message.to_string(),
    };
    let mut failure = failure(recipient, action, &diagnostic, None);
    failure.remote_mta = field("mx-host").map(str::to_string);
    let envelope = object.get("envelope").and_then(Value::as_object);
    failure.sending_ip = envelope
        .and_then(|e| text(e, "sending-ip"))
        .map(|ip| (ip.trim().to_string(), "envelope.sending-ip".into()));
    let reason = text(object, "reason").map(str::trim);
    // `suppress-bounce`, `suppress-unsubscribe`, `suppress-complaint`:
    // Mailgun did not send to an address on its suppression lists.
    if reason.is_some_and(|r| r.starts_with("suppress-")) {
        failure.reason = Some(Reason::Suppressed);
    }
    // A failure's `reason` can name more than its reply does: `old` is
    // Mailgun's own verdict that its retry period ran out, with no reply.
    if action == "failed" {
        failure.event_type = reason.map(str::to_string);
    }
    failure
}
