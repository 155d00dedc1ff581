//! Folds a sending service's events about one message to one address into
//! the latest of them. A webhook batch or an event log lists every step of
//! a delivery (SendGrid's `deferred` then `delivered`, SES's
//! `DeliveryDelay` then `Bounce`), and reading each step as a recipient of
//! its own would show a "still retrying" card beside the delivery that
//! ended it, and count the address once per event.
//!
//! Events are grouped by address (compared without case) and the
//! service's message id, so two messages to the same address stay apart.
//! An event without a message id or a time is never folded, because
//! nothing then shows which message it is about or which step came last.
//!
//! The message id and time fields, from each service's webhook reference
//! or its published sample payloads (opened 2026-12-06):
//! - SendGrid: `sg_message_id` and `timestamp` in Unix seconds
//!   (<https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event>).
//! - Mailgun: `message.headers.message-id` and `timestamp`
//!   (<https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhook-payloads>).
//! - Postmark: `MessageID`, and `BouncedAt` or `DeliveredAt` in ISO 8601
//!   (<https://postmarkapp.com/email-webhooks>,
//!   <https://postmarkapp.com/developer/webhooks/delivery-webhook>).
//! - Brevo: `message-id`, and `ts_event`, the time of the event in Unix
//!   seconds, where `ts_epoch` is when the message was sent
//!   (<https://developers.brevo.com/docs/transactional-webhooks>).
//! - Mandrill: the event's `_id`, "the unique identifier of the message",
//!   and its `ts` (Mandrill's sample webhook payload, as telegraf's
//!   Mandrill input documents it).
//! - SparkPost: `message_id` and `timestamp` of the event object.
//! - Amazon SES: `mail.messageId` and the `timestamp` of the record's own
//!   part, read in [`super::amazonses`].
//!
//! NOTE: Mailjet's `MessageID` and `time`, SMTP2GO's `email_id` and
//! `time`, and SparkPost's `timestamp` as a string of Unix seconds are
//! taken from the payload samples in those services' references cited in
//! [`super::webhooks`], which were not opened again for this module.

use serde_json::Value;

use super::json::{text, Object};
use super::Failure;

/// The service's id of the message an event is about, and the event's
/// time in seconds since the Unix epoch.
#[derive(Debug, Clone, PartialEq)]
pub struct EventKey {
    pub message_id: String,
    pub time: f64,
}

/// Builds the key of an event from its message id and its time, or
/// returns `None` when either is missing or empty.
pub fn key(message_id: Option<String>, time: Option<f64>) -> Option<EventKey> {
    let message_id = message_id.map(|id| id.trim().to_string()).filter(|id| !id.is_empty())?;
    Some(EventKey { message_id, time: time? })
}

/// Reads the key of one event of `service` (a format id of
/// [`super::webhooks`]), from the fields each service's webhook reference
/// names: the message id, and the event's own time (not the time the
/// message was sent).
pub fn service_key(service: &str, object: &Object) -> Option<EventKey> {
    let (message_id, time) = match service {
        "sendgrid" => (id_field(object, "sg_message_id"), epoch_field(object, "timestamp")),
        "mailgun" => {
            let headers = object
                .get("message")
                .and_then(Value::as_object)
                .and_then(|message| message.get("headers"))
                .and_then(Value::as_object);
            (headers.and_then(|h| id_field(h, "message-id")), epoch_field(object, "timestamp"))
        }
        "postmark" => {
            let time = ["BouncedAt", "DeliveredAt"].iter().find_map(|n| rfc3339_field(object, n));
            (id_field(object, "MessageID"), time)
        }
        "sparkpost" => {
            // The event sits under its category object, as in the reader.
            let msys = object.get("msys").and_then(Value::as_object)?;
            let event = msys.values().find_map(Value::as_object)?;
            (id_field(event, "message_id"), epoch_field(event, "timestamp"))
        }
        // The event's `ts`, since `msg.ts` is when the message was sent.
        "mandrill" => (id_field(object, "_id"), epoch_field(object, "ts")),
        "mailjet" => {
            let id = id_field(object, "MessageID").or_else(|| id_field(object, "mj_message_id"));
            (id, epoch_field(object, "time"))
        }
        "brevo" => {
            // Not `ts_epoch`, which is when the message was sent.
            let time = epoch_field(object, "ts_event").or_else(|| epoch_field(object, "ts"));
            (id_field(object, "message-id"), time)
        }
        "smtp2go" => (id_field(object, "email_id"), rfc3339_field(object, "time")),
        _ => return None,
    };
    key(message_id, time)
}

/// Returns the field `name` of `object` as a string id, whether the
/// service writes it as a string or as a number (Mailjet's `MessageID`).
pub fn id_field(object: &Object, name: &str) -> Option<String> {
    match object.get(name)? {
        Value::String(id) => Some(id.clone()),
        Value::Number(id) => Some(id.to_string()),
        _ => None,
    }
}

/// Returns the field `name` of `object` as seconds since the Unix epoch:
/// a number, or a string of one (SparkPost writes `"1454442600"`).
pub fn epoch_field(object: &Object, name: &str) -> Option<f64> {
    match object.get(name)? {
        Value::Number(seconds) => seconds.as_f64(),
        Value::String(seconds) => seconds.trim().parse().ok(),
        _ => None,
    }
    .filter(|seconds: &f64| seconds.is_finite())
}

/// Returns the RFC 3339 date-time field `name` of `object` (SES's
/// `2016-01-27T14:59:38.237Z`, Postmark's `2019-11-05T16:33:54.9070259-05:00`)
/// as seconds since the Unix epoch.
pub fn rfc3339_field(object: &Object, name: &str) -> Option<f64> {
    rfc3339_seconds(text(object, name)?)
}

/// Parses an RFC 3339 date-time to seconds since the Unix epoch. Returns
/// `None` for any other form.
fn rfc3339_seconds(value: &str) -> Option<f64> {
    let value = value.trim();
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = value.get(range)?;
        digits.bytes().all(|b| b.is_ascii_digit()).then(|| digits.parse().ok())?
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    let separators = value.as_bytes();
    if separators.get(4) != Some(&b'-')
        || separators.get(7) != Some(&b'-')
        || !matches!(separators.get(10), Some(b'T' | b't' | b' '))
        || !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
    {
        return None;
    }
    let rest = &value[19..];
    let fraction_len =
        rest.strip_prefix('.').map_or(0, |r| 1 + r.bytes().take_while(u8::is_ascii_digit).count());
    let fraction: f64 = match fraction_len {
        0 => 0.0,
        _ => format!("0{}", &rest[..fraction_len]).parse().ok()?,
    };
    let offset = match &rest[fraction_len..] {
        "Z" | "z" => 0,
        zone if zone.len() == 6 && matches!(zone.as_bytes()[0], b'+' | b'-') => {
            // `get`, not indexing: a multi-byte letter in the zone would
            // put a slice boundary inside it.
            let hours: i64 = zone.get(1..3)?.parse().ok()?;
            let minutes: i64 = zone.get(4..6)?.parse().ok()?;
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            sign * (hours * 3600 + minutes * 60)
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset;
    Some(seconds as f64 + fraction)
}

/// Returns the number of days from 1970-01-01 to a date of the proleptic
/// Gregorian calendar (Howard Hinnant's `days_from_civil` algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let shifted_month = (month + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Keeps, for each address and message, the event with the latest time,
/// and sets its `earlier_events` to the number of events folded into it.
/// Equal times keep the event listed last. Each kept event takes the
/// place of the first event of its group, so the order of addresses stays
/// the input's. Events without a key pass through unchanged.
pub fn fold(failures: Vec<Failure>) -> Vec<Failure> {
    let mut kept: Vec<Failure> = Vec::with_capacity(failures.len());
    for failure in failures {
        let same_group = |other: &Failure| match (&failure.event_key, &other.event_key) {
            (Some(key), Some(other_key)) => {
                key.message_id == other_key.message_id
                    && same_address(&failure.recipient, &other.recipient)
            }
            _ => false,
        };
        let Some(slot) = kept.iter_mut().find(|other| same_group(other)) else {
            kept.push(failure);
            continue;
        };
        let folded = slot.earlier_events + 1;
        let later = |f: &Failure| f.event_key.as_ref().map_or(f64::MIN, |k| k.time);
        if later(&failure) >= later(slot) {
            *slot = failure;
        }
        slot.earlier_events = folded;
    }
    kept
}

fn same_address(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.trim().eq_ignore_ascii_case(b.trim()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(recipient: &str, action: &str, message_id: &str, time: f64) -> Failure {
        Failure {
            recipient: Some(recipient.to_string()),
            action: Some(action.to_string()),
            event_key: key(Some(message_id.to_string()), Some(time)),
            ..Default::default()
        }
    }

    fn actions(failures: &[Failure]) -> Vec<(&str, &str, usize)> {
        let mut rows = Vec::new();
        for f in failures {
            rows.push((
                f.recipient.as_deref().unwrap(),
                f.action.as_deref().unwrap(),
                f.earlier_events,
            ));
        }
        rows
    }

    #[test]
    fn fold_keeps_latest_event() {
        let failures = vec![
            event("a@example.net", "delayed", "m1", 10.0),
            event("a@example.net", "delivered", "m1", 20.0),
            event("b@example.net", "delivered", "m2", 30.0),
            event("b@example.net", "delayed", "m2", 10.0),
            event("c@example.net", "delayed", "m3", 10.0),
        ];
        let folded = fold(failures);
        assert_eq!(
            actions(&folded),
            [
                ("a@example.net", "delivered", 1),
                ("b@example.net", "delivered", 1),
                ("c@example.net", "delayed", 0)
            ]
        );
    }

    #[test]
    fn fold_keeps_messages_apart() {
        let failures = vec![
            event("a@example.net", "delayed", "m1", 10.0),
            event("A@Example.net", "failed", "m1", 20.0),
            event("a@example.net", "delivered", "m2", 30.0),
        ];
        let folded = fold(failures);
        assert_eq!(
            actions(&folded),
            [("A@Example.net", "failed", 1), ("a@example.net", "delivered", 0)]
        );
    }

    #[test]
    fn fold_leaves_events_without_key() {
        let mut first = event("a@example.net", "delayed", "m1", 10.0);
        first.event_key = None;
        let second = event("a@example.net", "delivered", "m1", 20.0);
        assert_eq!(fold(vec![first, second]).len(), 2);
    }

    #[test]
    fn equal_times_keep_last_listed() {
        let failures = vec![
            event("a@example.net", "delayed", "m1", 10.0),
            event("a@example.net", "failed", "m1", 10.0),
        ];
        assert_eq!(actions(&fold(failures)), [("a@example.net", "failed", 1)]);
    }

    #[test]
    fn rfc3339_forms() {
        assert_eq!(rfc3339_seconds("1970-01-01T00:00:00Z"), Some(0.0));
        let with_fraction = rfc3339_seconds("2016-01-27T14:59:38.237Z").unwrap();
        assert!((with_fraction - 1_453_906_778.237).abs() < 1e-6, "{with_fraction}");
        assert_eq!(rfc3339_seconds("2019-11-05T16:33:54-05:00"), Some(1_572_989_634.0));
        assert_eq!(rfc3339_seconds("2019-11-05T21:33:54Z"), Some(1_572_989_634.0));
        assert_eq!(rfc3339_seconds("Tue, 5 Nov 2019 16:33:54"), None);
        assert_eq!(rfc3339_seconds("2019-13-05T16:33:54Z"), None);
    }

    #[test]
    fn rfc3339_zone_with_letter() {
        // Six bytes, with a two-byte letter across the minutes' start.
        assert_eq!(rfc3339_seconds("2019-11-05T16:33:54+00\u{e9}0"), None);
        assert_eq!(rfc3339_seconds("2019-11-05T16:33:54+\u{e9}:00"), None);
    }
}
