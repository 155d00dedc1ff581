//! Amazon SES notifications and event records in JSON: a Bounce,
//! Complaint, Delivery or DeliveryDelay record, as SES sends it to SNS
//! (email or JSON), Firehose or EventBridge. The record may sit inside an
//! envelope (SNS's `Message` string, EventBridge's `detail` object), and
//! SNS's emails wrap it at a fixed width with a leading space on each
//! continuation line.
//!
//! The fields read are those of SES's notification contents page
//! (<https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html>)
//! and of its event publishing contents page, where the type field is
//! `eventType` rather than `notificationType`
//! (<https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html>),
//! both checked 2026-12-04.
//!
//! [`super::json`] finds the record inside its envelope; this module reads
//! it.

use serde_json::{Map, Value};

use super::event_sequence;
use super::json::{split_diagnostic_type, text, Object};
use super::Failure;
use crate::reason::Reason;
use crate::smtp;

/// Reads `object` as an SES record: `None` when it is not one, else its
/// failures (none for a Send, Open or Click record).
pub fn record(object: &Object) -> Option<Vec<Failure>> {
    let kind = text(object, "notificationType").or_else(|| text(object, "eventType"))?;
    let mut failures = failures(object, kind);
    let key = event_key(object, kind);
    let client_ip = object
        .get("mail")
        .and_then(Value::as_object)
        .and_then(|mail| text(mail, "sourceIp"))
        .map(|ip| ip.trim().to_string());
    for failure in &mut failures {
        failure.event_key = key.clone();
        failure.client_ip = client_ip.clone();
    }
    Some(failures)
}

/// Returns the key by which a record is folded with the other records about
/// its message: `mail.messageId`, and the `timestamp` of the record's own
/// part (`bounce`, `delivery`, `deliveryDelay`, `complaint`), which is
/// when the event happened rather than when the message was sent.
fn event_key(object: &Object, kind: &str) -> Option<event_sequence::EventKey> {
    let part = match kind {
        "Bounce" => "bounce",
        "Delivery" => "delivery",
        "DeliveryDelay" => "deliveryDelay",
        "Complaint" => "complaint",
        _ => return None,
    };
    let mail = object.get("mail").and_then(Value::as_object)?;
    let part = object.get(part).and_then(Value::as_object)?;
    event_sequence::key(
        event_sequence::id_field(mail, "messageId"),
        event_sequence::rfc3339_field(part, "timestamp"),
    )
}

/// Returns the failures of one record, by its type. Other types (Send,
/// Open, Click, Subscription) report no delivery outcome, so each of the
/// message's recipients gets a placeholder saying the record was not read.
fn failures(object: &Map<String, Value>, kind: &str) -> Vec<Failure> {
    let part = |name: &str| object.get(name).and_then(Value::as_object);
    match kind {
        // SES's event types for a message it did not send: "Reject" when
        // it found a virus, "Rendering Failure" when the template could
        // not be filled in. The type names the cause, so it is kept.
        "Reject" | "Rendering Failure" => {
            let (field, detail) =
                if kind == "Reject" { ("reject", "reason") } else { ("failure", "errorMessage") };
            let diagnostic = part(field).and_then(|p| text(p, detail)).unwrap_or_default();
            let failures = destinations(object).map(|recipient| Failure {
                recipient: Some(recipient.to_string()),
                action: Some("failed".into()),
                diagnostic: diagnostic.to_string(),
                dropped_by_service: true,
                event_type: Some(kind.to_string()),
                ..Default::default()
            });
            return failures.collect();
        }
        "Bounce" | "DeliveryDelay" | "Complaint" | "Delivery" => {}
        _ => {
            let not_read = destinations(object).map(|recipient| Failure {
                recipient: Some(recipient.to_string()),
                not_read: Some(kind.to_string()),
                ..Default::default()
            });
            return not_read.collect();
        }
    }
    match kind {
        "Bounce" => part("bounce").map(|b| {
            let mut failures = replies(b, "bouncedRecipients", "failed");
            // SES's own suppression lists: it sent nothing this time.
            if matches!(text(b, "bounceSubType"), Some("Suppressed" | "OnAccountSuppressionList")) {
                failures.iter_mut().for_each(|f| f.reason = Some(Reason::Suppressed));
            }
            failures
        }),
        "DeliveryDelay" => {
            part("deliveryDelay").map(|d| replies(d, "delayedRecipients", "delayed"))
        }
        "Complaint" => part("complaint").map(complained),
        "Delivery" => part("delivery").map(delivered),
        _ => None,
    }
    .unwrap_or_default()
}

/// Returns one failure per entry of a list of recipients with the
/// receiver's reply (`bouncedRecipients`, `delayedRecipients`).
fn replies(part: &Map<String, Value>, list: &str, default_action: &str) -> Vec<Failure> {
    entries(part, list)
        .map(|entry| {
            let (diagnostic_type, diagnostic) =
                split_diagnostic_type(text(entry, "diagnosticCode").unwrap_or_default());
            let codes = smtp::find_codes(&diagnostic);
            let status = text(entry, "status").filter(|s| smtp::is_valid_status(s));
            Failure {
                recipient: text(entry, "emailAddress").map(str::to_string),
                action: Some(text(entry, "action").unwrap_or(default_action).to_ascii_lowercase()),
                status: status.map(str::to_string).or(codes.status),
                reply: codes.reply,
                diagnostic,
                diagnostic_type,
                ..Default::default()
            }
        })
        .collect()
}

fn complained(part: &Map<String, Value>) -> Vec<Failure> {
    let kind = text(part, "complaintFeedbackType").unwrap_or_default();
    entries(part, "complainedRecipients")
        .map(|entry| Failure {
            recipient: text(entry, "emailAddress").map(str::to_string),
            action: Some("feedback".into()),
            diagnostic: kind.to_string(),
            reason: Some(Reason::Feedback),
            ..Default::default()
        })
        .collect()
}

fn delivered(part: &Map<String, Value>) -> Vec<Failure> {
    let response = text(part, "smtpResponse").unwrap_or_default();
    let codes = smtp::find_codes(response);
    let recipients = part.get("recipients").and_then(Value::as_array);
    recipients
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|recipient| Failure {
            recipient: Some(recipient.to_string()),
            action: Some("delivered".into()),
            status: codes.status.clone(),
            reply: codes.reply.clone(),
            diagnostic: response.to_string(),
            reason: Some(Reason::Delivered),
            ..Default::default()
        })
        .collect()
}

/// Returns the addresses of `mail.destination`, the message's recipients.
fn destinations(object: &Map<String, Value>) -> impl Iterator<Item = &str> {
    let mail = object.get("mail").and_then(Value::as_object);
    let list = mail.and_then(|m| m.get("destination")).and_then(Value::as_array);
    list.into_iter().flatten().filter_map(Value::as_str).filter(|a| a.contains('@'))
}

/// Returns the objects of the list `name`, skipping other entries.
fn entries<'a>(
    part: &'a Map<String, Value>,
    name: &str,
) -> impl Iterator<Item = &'a Map<String, Value>> {
    part.get(name).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_object)
}

#[cfg(test)]
mod tests {
    use super::super::json::Record;
    use super::*;

    fn parse(body: &str) -> Option<Vec<Failure>> {
        let read = |o: &Object| record(o).map(|f| Record::new("amazonses", f));
        super::super::json::records(body, &read).map(|found| found.failures)
    }

    #[test]
    fn bounce_notification() {
        let body = r#"{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"a@example.org","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]}}"#;
        let failures = parse(body).unwrap();
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].recipient.as_deref(), Some("a@example.org"));
        assert_eq!(failures[0].reply.as_deref(), Some("550"));
        assert_eq!(failures[0].diagnostic, "550 5.1.1 user unknown");
        assert_eq!(failures[0].diagnostic_type.as_deref(), Some("smtp"));
    }

    #[test]
    fn cut_record_keeps_whole_entries() {
        let whole = r#"{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"a@example.org","diagnosticCode":"smtp; 550 5.1.1 unknown [mx.example.org]"},{"emailAddress":"b@example.org","diagnosticCode":"smtp; 554 5.7.1 Client host [192.0.2.1] blocked"}],"timestamp":"2026-12-04T10:00:00.000Z"}}"#;
        for cut in
            [whole.len() - 20, whole.find("b@example").unwrap(), whole.find("}],").unwrap() + 3]
        {
            let failures = parse(&whole[..cut]).unwrap();
            assert_eq!(failures[0].recipient.as_deref(), Some("a@example.org"), "cut at {cut}");
            assert!(failures.iter().all(|f| f.diagnostic.contains("5.")), "cut at {cut}");
        }
        let failures = parse(&whole[..whole.len() - 20]).unwrap();
        assert_eq!(failures.len(), 2);
        assert_eq!(failures[1].diagnostic, "554 5.7.1 Client host [192.0.2.1] blocked");
        assert_eq!(parse(&whole[..whole.find("b@example").unwrap()]).unwrap().len(), 1);
        assert!(parse(&whole[..whole.find("a@example").unwrap()]).is_none());
    }

    #[test]
    fn wrapped_complaint() {
        let body = "{\"notificationType\":\"Complaint\",\"complaint\":{\"complainedRecipients\":[{\"emailAddress\":\"a@exam\n ple.org\"}]}}";
        let failures = parse(body).unwrap();
        assert_eq!(failures[0].recipient.as_deref(), Some("a@example.org"));
        assert_eq!(failures[0].reason, Some(Reason::Feedback));
    }

    #[test]
    fn delivery_notification() {
        let body = r#"{"notificationType":"Delivery","delivery":{"recipients":["a@example.org"],"smtpResponse":"250 2.6.0 Message received"}}"#;
        let failures = parse(body).unwrap();
        assert_eq!(failures[0].status.as_deref(), Some("2.6.0"));
        assert_eq!(failures[0].reason, Some(Reason::Delivered));
    }

    #[test]
    fn delay_event_is_delayed() {
        let body = r#"{"eventType":"DeliveryDelay","deliveryDelay":{"delayType":"MailboxFull","expirationTime":"2026-12-05T10:00:00.000Z","delayedRecipients":[{"emailAddress":"a@example.org","status":"4.2.2","diagnosticCode":"smtp; 452 4.2.2 Mailbox full [mx1.example.org]"}]}}"#;
        let failures = parse(body).unwrap();
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].action.as_deref(), Some("delayed"));
        assert_eq!(failures[0].reply.as_deref(), Some("452"));
        assert!(failures[0].diagnostic.ends_with("[mx1.example.org]"));
    }

    #[test]
    fn other_events_give_none() {
        assert!(parse(r#"{"eventType":"Open","open":{"ipAddress":"192.0.2.1"}}"#).is_none());
        assert!(parse(r#"{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"#).is_none());
        assert!(parse("no json here {").is_none());
    }
}
