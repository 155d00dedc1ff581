//! Mailgun's event records
//! (<https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhook-payloads>):
//! `event` (`failed` with `severity` `permanent` or `temporary`,
//! `delivered`, and `complained`, read as a complaint), the `reason` of a
//! failure (`old` when Mailgun's retry period ran out), `recipient`,
//! `delivery-status` with `code`, `message`, `description` and `mx-host`,
//! and `envelope.sending-ip`. A webhook posts the event under
//! `event-data`, beside a `signature` object.
//!
//! A `code` of 600 or more is Mailgun's own, not a receiving server's
//! reply code. Mailgun publishes no list of them, so only the codes whose
//! meaning public payloads or client libraries show are read (see
//! [`queue_expired`], [`SUPPRESSION_CODES`] and [`POOR_LIST_QUALITY_CODE`]).
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
    // Mailgun has given up on an expired message even where it marks the
    // event temporary.
    let permanent = text(object, "severity") != Some("temporary") || queue_expired(object);
    let action = match kind {
        "failed" if permanent => "failed",
        "failed" => "delayed",
        "rejected" => "failed",
        "delivered" => "delivered",
        "complained" => return Some(complaint(recipient)),
        _ => return None,
    };
    Some(read(object, action, recipient))
}

/// Builds the failure for a `complained` event: the recipient marked the
/// message as spam. The event carries no reply, so its type gives the
/// card, as for SendGrid's `spamreport`.
fn complaint(recipient: &str) -> Failure {
    let mut complaint = failure(recipient, "feedback", "abuse", None);
    complaint.reason = Some(Reason::Feedback);
    complaint.event_type = Some("complained".to_string());
    complaint
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
    let own_code = status_code(object);
    let action = match text(object, "severity") {
        _ if queue_expired(object) => "failed",
        Some("permanent") => "failed",
        Some("temporary") => "delayed",
        _ if own_code.is_some_and(|c| SUPPRESSION_CODES.contains(&c)) => "failed",
        _ if own_code == Some(POOR_LIST_QUALITY_CODE) => "failed",
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
    status_code(object).filter(|c| (200..600).contains(c))
}

/// Returns the `delivery-status.code` of `object`, a number or a string
/// of digits.
fn status_code(object: &Object) -> Option<u64> {
    let code = object.get("delivery-status").and_then(Value::as_object)?.get("code")?;
    code.as_u64().or_else(|| code.as_str().and_then(|c| c.trim().parse().ok()))
}

/// Mailgun's codes for a message it did not send because the address is
/// on one of its suppression lists: 605 "Not delivering to previously
/// bounced address", 606 "Not delivering to unsubscribed address" and
/// 607 "Not delivering to a user who marked your messages as spam", as
/// Symfony's Mailgun bridge lists them
/// (<https://github.com/symfony/symfony/blob/00d3ae98569cf0c9f894bd1960db996504bad64e/src/Symfony/Component/Mailer/Bridge/Mailgun/RemoteEvent/MailgunPayloadConverter.php>).
/// Mailgun's help pages explain each message but name no code.
// NOTE: other public notes swap 606 and 607. Both are suppressions, so
// the card is the same either way.
const SUPPRESSION_CODES: [u64; 3] = [605, 606, 607];

/// Mailgun's code for a message it dropped for poor mailing list quality,
/// which Symfony's Mailgun bridge lists beside the suppression codes.
const POOR_LIST_QUALITY_CODE: u64 = 625;

/// True when `object` reports that Mailgun dropped the message because
/// its retry period ran out: the `reason` `old`, or the description "Too
/// old" that Mailgun's help page on retries names, or the code 602 with
/// no text. Public payloads carry 602 with "Too old", and a user's post on
/// Mailgun's feedback site shows the last event of an expired message as
/// `severity` `temporary` with `reason` `old`.
// NOTE: a bug report of the Zotonic project quotes 602 with "Failed to
// deliver due to bounce. Check email address."
// (<https://github.com/zotonic/zotonic/issues/4089>), so the code alone
// decides only when the event has no text to read instead.
fn queue_expired(object: &Object) -> bool {
    if text(object, "reason").map(str::trim) == Some("old") {
        return true;
    }
    let status = object.get("delivery-status").and_then(Value::as_object);
    let words: Vec<&str> = ["message", "description"]
        .iter()
        .filter_map(|name| status.and_then(|s| text(s, name)))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    if words.iter().any(|w| w.eq_ignore_ascii_case("too old")) {
        return true;
    }
    words.is_empty() && status_code(object) == Some(602)
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
    let suppressed = reason.is_some_and(|r| r.starts_with("suppress-"))
        || status_code(object).is_some_and(|c| SUPPRESSION_CODES.contains(&c));
    if suppressed {
        failure.reason = Some(Reason::Suppressed);
    }
    // A failure's `reason` can name more than its reply does: `old` is
    // Mailgun's own verdict that its retry period ran out, with no reply.
    // An expired message keeps that verdict whatever its `reason`, and so
    // does a message dropped for the list's quality.
    if action == "failed" {
        let expired = queue_expired(object).then_some("old");
        let poor_list = (status_code(object) == Some(POOR_LIST_QUALITY_CODE)).then_some("625");
        failure.event_type = expired.or(poor_list).or(reason).map(str::to_string);
    }
    failure
}
