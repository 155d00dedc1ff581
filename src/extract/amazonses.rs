//! Amazon SES notifications in JSON, as SNS emails them: a Bounce,
//! Complaint or Delivery object, sometimes escaped inside the SNS
//! envelope's "Message" string, and wrapped at a fixed width with a
//! leading space on each continuation line.
//!
//! The fields read are those of SES's notification contents page
//! (<https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html>,
//! checked 2026-12-04). The crate has no JSON parser in its WASM build, so
//! the few fields needed are matched as text. That is safe because
//! recipient objects contain no nested objects.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::Failure;
use crate::reason::Reason;
use crate::smtp;

static OBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{[^{}]*\}").expect("object pattern is valid"));

/// Extracts the failures of an SES notification, or `None` when `body`
/// contains none.
pub fn parse(body: &str) -> Option<Vec<Failure>> {
    let start = body.find("{")?;
    let json = unwrap(&body[start..]);
    let kind = string_field(&json, "notificationType")?;
    match kind.as_str() {
        "Bounce" => Some(bounced(&json)),
        "Complaint" => Some(listed(&json, "complainedRecipients", Reason::Feedback, "feedback")),
        "Delivery" => Some(delivered(&json)),
        _ => None,
    }
}

/// Undoes the SNS line wrapping and the escaping of an embedded message.
fn unwrap(text: &str) -> String {
    text.replace("\n ", "").replace('\n', "").replace("\\\"", "\"")
}

fn bounced(json: &str) -> Vec<Failure> {
    let Some(list) = array(json, "bouncedRecipients") else {
        return Vec::new();
    };
    OBJECT
        .find_iter(list)
        .map(|object| {
            let object = object.as_str();
            let diagnostic = string_field(object, "diagnosticCode").unwrap_or_default();
            let diagnostic = diagnostic
                .split_once(';')
                .filter(|(kind, _)| kind.len() < 8)
                .map_or(diagnostic.as_str(), |(_, rest)| rest.trim())
                .to_string();
            let codes = smtp::find_codes(&diagnostic);
            Failure {
                recipient: string_field(object, "emailAddress"),
                action: string_field(object, "action"),
                status: string_field(object, "status").or(codes.status),
                reply: codes.reply,
                diagnostic,
                ..Default::default()
            }
        })
        .collect()
}

fn delivered(json: &str) -> Vec<Failure> {
    let response = string_field(json, "smtpResponse").unwrap_or_default();
    let codes = smtp::find_codes(&response);
    let recipients = array(json, "recipients").unwrap_or("");
    recipients
        .split(',')
        .map(|r| r.trim().trim_matches(['"', '[', ']']).to_string())
        .filter(|r| r.contains('@'))
        .map(|recipient| Failure {
            recipient: Some(recipient),
            action: Some("delivered".into()),
            status: codes.status.clone(),
            reply: codes.reply.clone(),
            diagnostic: response.clone(),
            reason: Some(Reason::Delivered),
            ..Default::default()
        })
        .collect()
}

fn listed(json: &str, name: &str, reason: Reason, action: &str) -> Vec<Failure> {
    let list = array(json, name).unwrap_or("");
    let kind = string_field(json, "complaintFeedbackType").unwrap_or_default();
    OBJECT
        .find_iter(list)
        .filter_map(|o| string_field(o.as_str(), "emailAddress"))
        .map(|recipient| Failure {
            recipient: Some(recipient),
            action: Some(action.into()),
            diagnostic: kind.clone(),
            reason: Some(reason),
            ..Default::default()
        })
        .collect()
}

/// Returns the text of the JSON array `"name":[...]`, up to its closing bracket.
fn array<'a>(json: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("\"{name}\"");
    let at = json.find(&key)? + key.len();
    let rest = json[at..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('[')?;
    let end = rest.find(']')?;
    Some(&rest[..end])
}

/// Returns the value of the string field `"name":"value"`, with `\/` unescaped.
fn string_field(json: &str, name: &str) -> Option<String> {
    let key = format!("\"{name}\"");
    let at = json.find(&key)? + key.len();
    let rest = json[at..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].replace("\\/", "/"))
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
}
