//! Event records of sending services that no reader here knows by name
//! (Postal, MailerSend, Resend and others): an object whose `event` or
//! `type` names a bounce, a failure or a delay. The recipient is read only
//! from fields that name one (`to`, `recipient`, `email`, `rcpt_to`),
//! never from `from`, `sender` or `message_id`, nor from the received
//! bounce message that some events describe beside the message sent. Read as text instead, the
//! first address in the record would be taken, which is often the
//! sender's or the Message-ID.
//!
//! NOTE: the fields are read by their names alone. No service's layout
//! was checked against its reference beyond Resend's top level (`type`
//! and a `data` object, <https://resend.com/docs/webhooks/emails/bounced.md>),
//! so such an event is reported with no service named.

use std::collections::HashSet;

use serde_json::Value;

use super::json::{text, Object, Record};
use super::webhooks::{failure, UNKNOWN_LAYOUT};
use crate::reason::Reason;
use crate::smtp;

/// Field names whose value is the recipient's address, a list of them, or
/// an object with an `email` field (MailerSend's `recipient`).
const RECIPIENT_FIELDS: &[&str] =
    &["to", "recipient", "recipients", "rcpt_to", "email", "email_address", "recipient_email"];

/// Field names whose value may be the receiver's reply, in the order
/// tried when none carries a reply code.
const REPLY_FIELDS: &[&str] = &[
    "output",
    "reason",
    "response",
    "smtp_response",
    "diagnostic",
    "error",
    "message",
    "comment",
    "details",
    "description",
];

/// Nesting levels searched below the event for its fields.
const MAX_DEPTH: usize = 4;

/// The maximum number of recipients taken from one event. The cap keeps
/// an event that lists a whole mailing list from making thousands of
/// cards. The report states how many were left out past it.
pub const MAX_EVENT_RECIPIENTS: usize = 32;

/// The recipients read from one event: the first
/// [`MAX_EVENT_RECIPIENTS`] different addresses, and the different ones
/// past them.
#[derive(Default)]
struct Recipients<'a> {
    taken: Vec<&'a str>,
    left_out: HashSet<&'a str>,
}

impl<'a> Recipients<'a> {
    /// Adds `address` when it looks like one and is not taken yet.
    fn push(&mut self, address: &'a str) {
        let address = address.trim();
        let plausible = address.contains('@') && !address.contains(char::is_whitespace);
        if !plausible || self.taken.contains(&address) {
            return;
        }
        if self.taken.len() < MAX_EVENT_RECIPIENTS {
            self.taken.push(address);
        } else {
            self.left_out.insert(address);
        }
    }

    fn push_email_field(&mut self, object: &'a Object) {
        if let Some(address) = text(object, "email") {
            self.push(address);
        }
    }
}

/// Reads `object` as a bounce, failure or delay event of an unnamed
/// service. Returns `None` when its `event` or `type` names no such
/// outcome. An event with no recipient field gives one failure with no
/// recipient, so that no other address in it is taken for one.
pub(super) fn event(object: &Object) -> Option<Record> {
    let kind = ["event", "type", "event_type"].iter().find_map(|name| text(object, name))?;
    let action = action_of(kind)?;

    let mut found = Recipients::default();
    collect_recipients(object, MAX_DEPTH, &mut found);
    let left_out = found.left_out.len();
    let mut recipients = found.taken;
    let unnamed = recipients.is_empty();
    if unnamed {
        recipients.push("");
    }

    let diagnostic = reply_text(object).unwrap_or_default();

    let soft = kind.to_ascii_lowercase().contains("soft");
    let suppressed = mentions_suppression(object, MAX_DEPTH);
    let failures = recipients
        .iter()
        .map(|recipient| {
            let mut failure = failure(recipient, action, diagnostic, None);
            if unnamed {
                failure.recipient = None;
            }
            failure.soft_bounce = soft;
            if suppressed && failure.reply.is_none() {
                failure.reason = Some(Reason::Suppressed);
            }
            failure
        })
        .collect();
    let mut record = Record::new(UNKNOWN_LAYOUT, failures);
    if left_out > 0 {
        record.recipients_cut.push(left_out);
    }
    Some(record)
}

/// Returns the text of the field in `object`, or in an object nested in
/// it, that is the receiver's reply: the first field with a reply code,
/// else the first that may describe the failure, in [`REPLY_FIELDS`]
/// order.
pub(super) fn reply_text(object: &Object) -> Option<&str> {
    let mut replies = Vec::new();
    collect_replies(object, MAX_DEPTH, &mut replies);
    replies.iter().find(|reply| smtp::has_reply_code(reply)).or_else(|| replies.first()).copied()
}

/// Maps an event name such as `MessageDeliveryFailed`, `email.bounced` or
/// `activity.hard_bounced` to the DSN action it reports.
fn action_of(kind: &str) -> Option<&'static str> {
    let kind = kind.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|word| kind.contains(word));
    if has(&["bounce", "fail", "reject", "dropped", "blocked"]) {
        Some("failed")
    } else if has(&["delay", "defer"]) {
        Some("delayed")
    } else {
        None
    }
}

fn collect_recipients<'a>(object: &'a Object, depth: usize, out: &mut Recipients<'a>) {
    if depth == 0 {
        return;
    }
    for (name, value) in object {
        let named = RECIPIENT_FIELDS.contains(&name.to_ascii_lowercase().as_str());
        match value {
            Value::String(address) if named => out.push(address),
            Value::Array(items) if named => {
                for item in items {
                    match item {
                        Value::String(address) => out.push(address),
                        Value::Object(inner) => out.push_email_field(inner),
                        _ => {}
                    }
                }
            }
            Value::Object(inner) if is_received_bounce(inner) => {}
            Value::Object(inner) => {
                if named {
                    out.push_email_field(inner);
                }
                collect_recipients(inner, depth - 1, out);
            }
            _ => {}
        }
    }
}

/// True when `object` describes the bounce message that the sender's
/// side received: Postal's `bounce` object has `direction` `incoming`
/// (<https://docs.postalserver.io/developer/webhooks>), and a bounce's
/// `from` is a mail system such as MAILER-DAEMON. Its `to` is the
/// sender's own return path, not a failed recipient.
fn is_received_bounce(object: &Object) -> bool {
    let incoming = text(object, "direction").is_some_and(|d| d.eq_ignore_ascii_case("incoming"));
    let from_mail_system = text(object, "from").is_some_and(is_mail_system_address);
    incoming || from_mail_system
}

/// True for a MAILER-DAEMON or postmaster address, with or without a
/// display name (`Mail Delivery System <MAILER-DAEMON@example.net>`).
fn is_mail_system_address(from: &str) -> bool {
    let address = from.rsplit('<').next().unwrap_or(from);
    let local = address.split('@').next().unwrap_or("").trim().to_ascii_lowercase();
    matches!(local.as_str(), "mailer-daemon" | "postmaster")
}

fn collect_replies<'a>(object: &'a Object, depth: usize, out: &mut Vec<&'a str>) {
    if depth == 0 {
        return;
    }
    for name in REPLY_FIELDS {
        if let Some(reply) = text(object, name).filter(|t| !t.trim().is_empty()) {
            out.push(reply);
        }
    }
    for value in object.values() {
        if let Value::Object(inner) = value {
            collect_replies(inner, depth - 1, out);
        }
    }
}

/// True when a field's value is `suppressed`, as a `bounce.subType` is
/// for a send that the service stopped because the address bounced
/// before (Amazon SES names that case the same way).
fn mentions_suppression(object: &Object, depth: usize) -> bool {
    depth > 0
        && object.values().any(|value| match value {
            Value::String(s) => s.eq_ignore_ascii_case("suppressed"),
            Value::Object(inner) => mentions_suppression(inner, depth - 1),
            _ => false,
        })
}
