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
//! The text is read with a JSON parser, not matched by pattern: receivers'
//! replies inside the strings carry brackets and braces (Outlook's
//! `[AM1EUR02FT012...]`, `Client host [192.0.2.1]`), which a bracket count
//! that does not skip strings takes for the end of a list.

use serde_json::{Deserializer, Map, Value};

use super::Failure;
use crate::reason::Reason;
use crate::smtp;

/// Max `{` openings tried as the start of the JSON, so that prose before
/// it (an SNS email's or a forward's) is skipped.
const MAX_STARTS: usize = 16;
/// Max depth of envelopes opened to find the record.
const MAX_DEPTH: usize = 4;

/// Extracts the failures of an SES notification or event record, or
/// `None` when `body` contains none with a recipient in it.
pub fn parse(body: &str) -> Option<Vec<Failure>> {
    let json = unwrap(body);
    let mut failures = Vec::new();
    let starts = json.match_indices('{').map(|(at, _)| at).take(MAX_STARTS);
    for start in starts {
        // A Firehose file contains one record per line, so every value that
        // follows is read too, up to the first text that is not JSON.
        for value in Deserializer::from_str(&json[start..]).into_iter::<Value>() {
            let Ok(value) = value else { break };
            records(&value, MAX_DEPTH, &mut failures);
        }
        if !failures.is_empty() {
            return Some(failures);
        }
    }
    None
}

/// Undoes the SNS email's line wrapping. JSON strings hold no raw line
/// breaks, so outside them a line break is only layout.
fn unwrap(text: &str) -> String {
    text.replace("\n ", "").replace('\n', "")
}

/// Adds the failures of every SES record found in `value`, opening
/// envelopes: objects, arrays, and strings that contain JSON (SNS's
/// `Message`).
fn records(value: &Value, depth: usize, out: &mut Vec<Failure>) {
    if depth == 0 {
        return;
    }
    match value {
        Value::Object(object) => {
            let kind = text(object, "notificationType").or_else(|| text(object, "eventType"));
            if let Some(kind) = kind {
                out.extend(record(object, kind));
                return;
            }
            for inner in object.values() {
                records(inner, depth - 1, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| records(item, depth - 1, out)),
        Value::String(s) if s.trim_start().starts_with('{') => {
            for inner in Deserializer::from_str(s).into_iter::<Value>() {
                let Ok(inner) = inner else { break };
                records(&inner, depth - 1, out);
            }
        }
        _ => {}
    }
}

/// Returns the failures of one record, by its type. Other types (Send,
/// Open, Click, Reject, ...) report no delivery outcome for a recipient.
fn record(object: &Map<String, Value>, kind: &str) -> Vec<Failure> {
    let part = |name: &str| object.get(name).and_then(Value::as_object);
    match kind {
        "Bounce" => part("bounce").map(|b| replies(b, "bouncedRecipients", "failed")),
        "DeliveryDelay" => part("deliveryDelay").map(|d| replies(d, "delayedRecipients", "delayed")),
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
            let diagnostic = text(entry, "diagnosticCode").unwrap_or_default();
            let diagnostic_type = diagnostic
                .split_once(';')
                .map(|(kind, _)| kind.trim().to_ascii_lowercase())
                .filter(|kind| !kind.is_empty() && kind.len() < 8 && !kind.contains(' '));
            let diagnostic = match &diagnostic_type {
                Some(_) => diagnostic.split_once(';').map_or("", |(_, rest)| rest).trim(),
                None => diagnostic.trim(),
            }
            .to_string();
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

/// Returns the objects of the list `name`, skipping other entries.
fn entries<'a>(part: &'a Map<String, Value>, name: &str) -> impl Iterator<Item = &'a Map<String, Value>> {
    part.get(name).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_object)
}

fn text<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    object.get(name).and_then(Value::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

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
