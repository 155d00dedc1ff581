//! Email service providers' event records in JSON, as their webhooks
//! post them and their dashboards and logs show them: SendGrid, Mailgun,
//! Postmark, SparkPost, Mandrill, Mailjet, Brevo and SMTP2GO. A help desk
//! often gets these instead of a bounce email: the provider received the
//! bounce and reports one event per recipient, with the receiver's reply
//! in a string field.
//!
//! Fields read, from each provider's webhook reference (checked
//! 2026-12-04):
//! - SendGrid: see [`super::sendgrid`].
//! - Mailgun: see [`super::mailgun`], and [`super::mailgun_legacy`] for
//!   its legacy webhooks.
//! - Postmark (<https://postmarkapp.com/developer/webhooks/bounce-webhook>):
//!   `RecordType` `Bounce` or `SpamComplaint`, `Type`, `Email`,
//!   `Details`, `Description`. Its `From` is the sender, never a recipient.
//!   A `Delivery` record
//!   (<https://postmarkapp.com/developer/webhooks/delivery-webhook>) names
//!   the address in `Recipient` and is read as a delivery.
//!   A `Type` that names the event itself, such as `ChallengeVerification`
//!   or `AddressChange`, is kept for the classifier (see
//!   [`crate::knowledge::postmark_types`]).
//! - SparkPost (<https://developers.sparkpost.com/api/webhooks/>):
//!   `msys.message_event` with `type` (`bounce`, `out_of_band`,
//!   `policy_rejection`, `delay`, `delivery`) and another category
//!   object with `type` (`generation_rejection`, `generation_failure`), `rcpt_to`,
//!   `raw_reason`, `bounce_class`, `sending_ip`.
//!
//! Postmark's bounce record has no sending-IP field. Amazon SES's
//! `mail.sourceIp` is the address that submitted the mail to SES, not the
//! one SES sent from, so it is never quoted.
//! - Mandrill (<https://mailchimp.com/developer/transactional/docs/webhooks/>):
//!   `event` (`hard_bounce`, `soft_bounce`, `deferral`, `reject`, and
//!   `delivered` and `spam`, read as a delivery and a complaint) with
//!   `msg.email`, `msg.diag`, `msg.bounce_description` and the replies in
//!   `msg.smtp_events`, each with the `source_ip` it was sent from.
//! - Mailjet and Brevo: see [`super::mailjet_brevo`].
//! - SMTP2GO: see [`super::smtp2go`].
//!
//! A record with `event` and `email` but none of these layouts' own
//! fields, or with an event name that the matching service does not use
//! (see [`super::service_events`]), is read as [`UNKNOWN_LAYOUT`], so
//! that the report names no service it did not come from. The exception
//! is an event with Mailgun's whole layout, which [`super::mailgun`]
//! reads as Mailgun's whatever its name.

use serde_json::Value;

use super::event_sequence;
use super::json::{split_diagnostic_type, text, Object, Record};
use super::mailgun;
use super::mailgun_legacy;
use super::mailjet_brevo;
use super::sendgrid;
use super::service_events;
use super::smtp2go;
use super::unnamed_event;
use super::Failure;
use crate::knowledge::postmark_types::{self, Reading};
use crate::reason::Reason;
use crate::smtp;

/// Reads `object` as one event of a known provider, with the provider's
/// id. Returns `None` for an object of no known shape (so the caller
/// looks inside it), and no failure for a known event that reports no
/// delivery outcome (an open, a click).
pub fn event(object: &Object) -> Option<Record> {
    // Mailgun's webhook wrapper names the service by itself, so the event
    // inside it is Mailgun's whatever its name and fields.
    let inner = mailgun::webhook_event(object);
    // A legacy webhook's event is read as the current event it stands for.
    let legacy = mailgun_legacy::current_event(object);
    let object = inner.or(legacy.as_ref()).unwrap_or(object);
    let (provider, failure) = match inner {
        Some(_) => read_mailgun_webhook(object)?,
        None => read(object)?,
    };
    let mut failure = failure.or_else(|| not_read(object));
    if let Some(failure) = failure.as_mut() {
        failure.event_key = event_sequence::service_key(provider, object);
    }
    Some(Record::new(provider, failure.into_iter().collect()))
}

/// Returns a placeholder for an event of a known layout that names a
/// recipient but reports no outcome read here (an open, a click, an
/// unsubscribe), so that the report can name it rather than drop it.
fn not_read(object: &Object) -> Option<Failure> {
    // SparkPost's event sits one level down, under its category.
    let sparkpost = object.get("msys").and_then(Value::as_object);
    let event = sparkpost.and_then(|m| m.values().find_map(Value::as_object)).unwrap_or(object);
    let kind = ["event", "RecordType", "type"].iter().find_map(|name| text(event, name))?;
    let mandrill = event.get("msg").and_then(Value::as_object);
    let recipient = ["email", "recipient", "rcpt", "rcpt_to", "Email", "Recipient"]
        .iter()
        .find_map(|name| text(event, name))
        .or_else(|| mandrill.and_then(|msg| text(msg, "email")))
        .filter(|address| address.contains('@'))?;
    Some(Failure {
        recipient: Some(recipient.trim().to_string()),
        not_read: Some(kind.trim().to_string()),
        ..Default::default()
    })
}

/// Reads the event a Mailgun webhook posted under `event-data`. An event
/// name Mailgun does not use goes to [`mailgun::unnamed_event`] even
/// without the `delivery-status` object that the layout check needs for
/// a bare event, since the wrapper already shows it is Mailgun's.
fn read_mailgun_webhook(object: &Object) -> Option<(&'static str, Option<Failure>)> {
    let event = text(object, "event");
    let known = event.is_some_and(|kind| service_events::MAILGUN.contains(&kind));
    match text(object, "recipient").filter(|r| r.contains('@')) {
        Some(recipient) if !known => {
            Some(("mailgun", Some(mailgun::unnamed_event(object, event, recipient))))
        }
        _ => read(object),
    }
}

fn read(object: &Object) -> Option<(&'static str, Option<Failure>)> {
    if let Some(message) = object.get("msys").and_then(Value::as_object) {
        // SparkPost files each event under an object named for its
        // category: `message_event` for bounces, delays and deliveries,
        // another for the generation events (`gen_event` in the samples
        // seen). The event's `type` decides, whatever the category's name.
        // NOTE: `gen_event` was not checked against SparkPost's reference.
        let failure = message.values().filter_map(Value::as_object).find_map(sparkpost);
        return Some(("sparkpost", failure));
    }
    if let Some(kind) = text(object, "RecordType") {
        return Some(("postmark", postmark(object, kind)));
    }
    // Mailgun's full layout names the service even where the event's
    // name is not one of Mailgun's, or is missing.
    let event = text(object, "event");
    if !event.is_some_and(|kind| service_events::MAILGUN.contains(&kind)) {
        if let Some(recipient) = mailgun::layout_recipient(object) {
            return Some(("mailgun", Some(mailgun::unnamed_event(object, event, recipient))));
        }
    }
    let kind = event?;
    // The Mandrill, Mailgun, Mailjet, Brevo and SendGrid readers claim
    // only their service's event names, because the fields that recognise
    // those services are common to other services' events.
    if let Some(msg) = object.get("msg").and_then(Value::as_object) {
        if service_events::MANDRILL.contains(&kind) {
            return Some(("mandrill", mandrill(msg, kind)));
        }
        // Another service's event with a `msg` object, unless its own
        // `email` lets the readers below recognise it.
        if let Some(email) = text(msg, "email").filter(|_| !object.contains_key("email")) {
            return Some((UNKNOWN_LAYOUT, unknown_layout(object, kind, email)));
        }
    }
    let recipient = text(object, "recipient").filter(|_| service_events::MAILGUN.contains(&kind));
    if let Some(recipient) = recipient {
        return Some(("mailgun", mailgun::event(object, kind, recipient)));
    }
    if smtp2go::is_smtp2go(object) && !object.contains_key("email") {
        return Some(("smtp2go", smtp2go::smtp2go(object, kind)));
    }
    let email = text(object, "email")?;
    if mailjet_brevo::is_mailjet(object) && service_events::MAILJET.contains(&kind) {
        return Some(("mailjet", mailjet_brevo::mailjet(object, kind, email)));
    }
    if mailjet_brevo::is_brevo(object, kind) && service_events::BREVO.contains(&kind) {
        return Some(("brevo", mailjet_brevo::brevo(object, kind, email)));
    }
    let sendgrid_layout = sendgrid::is_sendgrid(object) || sendgrid::is_sendgrid_drop(kind, object);
    if sendgrid_layout && service_events::SENDGRID.contains(&kind) {
        return Some(("sendgrid", sendgrid::sendgrid(object, kind, email)));
    }
    Some((UNKNOWN_LAYOUT, unknown_layout(object, kind, email)))
}

/// The format id of an event record with `event` and `email` in a layout
/// of no service this module reads.
pub const UNKNOWN_LAYOUT: &str = "json-event";

/// Reads an event of an unknown layout by the words most services use:
/// the event's name for the outcome, and the reply-like text field that
/// [`unnamed_event::reply_text`] picks.
/// No IP field is read, because its meaning (sender or reader) is unknown.
fn unknown_layout(object: &Object, kind: &str, email: &str) -> Option<Failure> {
    let action = match kind.to_ascii_lowercase().as_str() {
        "bounce" | "bounced" | "hard_bounce" | "hardbounce" | "dropped" | "blocked" | "failed"
        | "rejected" => "failed",
        "soft_bounce" | "softbounce" => "failed",
        "deferred" | "deferral" | "delayed" => "delayed",
        "delivered" | "delivery" => "delivered",
        _ => return None,
    };
    let diagnostic = unnamed_event::reply_text(object).unwrap_or_default();
    let mut failure = failure(email, action, diagnostic, None);
    failure.soft_bounce = kind.to_ascii_lowercase().starts_with("soft");
    Some(failure)
}

fn postmark(object: &Object, kind: &str) -> Option<Failure> {
    // The delivery webhook names the address `Recipient`, where the
    // bounce and spam complaint webhooks name it `Email`.
    if kind == "Delivery" {
        let recipient = text(object, "Recipient").or_else(|| text(object, "Email"))?;
        let details = text(object, "Details").unwrap_or_default();
        return Some(failure(recipient, "delivered", details, None));
    }
    let email = text(object, "Email")?;
    let bounce_type = text(object, "Type");
    let reading = bounce_type.map_or(Reading::Reply, postmark_types::reading);
    // Postmark's bounce API lists a spam complaint as a Bounce record
    // whose Type is SpamComplaint.
    let complaint = kind == "SpamComplaint" || matches!(reading, Reading::Complaint);
    match kind {
        "Bounce" | "SpamComplaint" if complaint => {
            let details = text(object, "Details").unwrap_or("abuse");
            let mut complaint = failure(email, "feedback", details, None);
            complaint.reason = Some(Reason::Feedback);
            return Some(complaint);
        }
        "Bounce" => {}
        _ => return None,
    }
    // Some types name an event that is no failure, or whose cause the
    // empty Details cannot show (a challenge, an address change).
    // Transient is Postmark's type for a delay it still retries.
    let action = match (bounce_type, reading) {
        (_, Reading::Explained(entry)) if entry.reason == Reason::Vacation => "vacation",
        (Some("Transient"), _) => "delayed",
        _ => "failed",
    };
    let details = text(object, "Details").filter(|d| !d.trim().is_empty());
    let diagnostic = details.or_else(|| text(object, "Description")).unwrap_or_default();
    let mut failure = failure(email, action, diagnostic, None);
    match reading {
        Reading::Reason(reason) => failure.reason = Some(reason),
        Reading::Explained(entry) => {
            failure.reason = Some(entry.reason);
            failure.event_type = bounce_type.map(str::to_string);
        }
        Reading::Reply | Reading::Complaint => {}
    }
    Some(failure)
}

fn sparkpost(event: &Object) -> Option<Failure> {
    let kind = text(event, "type")?;
    let action = match kind {
        "bounce"
        | "out_of_band"
        | "policy_rejection"
        | "generation_rejection"
        | "generation_failure" => "failed",
        "delay" => "delayed",
        "delivery" => "delivered",
        _ => return None,
    };
    let recipient = text(event, "rcpt_to").or_else(|| text(event, "raw_rcpt_to"))?;
    let diagnostic =
        text(event, "raw_reason").or_else(|| text(event, "reason")).unwrap_or_default();
    let mut failure = failure(recipient, action, diagnostic, None);
    // SparkPost's "messages attempted" FAQ: these three events mean it did
    // not generate or queue the message (a sending limit, an unconfigured
    // sending domain, a suppression, a template error). Its bounce classes
    // 25 "Admin Failure" and 26 "Smart Send Suppression" mean its own
    // policies failed the message, so no receiver was asked either.
    let class = text(event, "bounce_class").map(str::trim);
    let own_event =
        matches!(kind, "policy_rejection" | "generation_rejection" | "generation_failure");
    failure.dropped_by_service = own_event || matches!(class, Some("25" | "26"));
    // The FAQ: a generation failure "typically occurs when there is an
    // error parsing the template", which has an entry of its own. A
    // generation rejection is typically a suppression, read from its reason.
    if kind == "generation_failure" {
        failure.event_type = Some(kind.to_string());
    }
    if class == Some("26") {
        failure.reason = Some(Reason::Suppressed);
    }
    if !failure.dropped_by_service {
        failure.sending_ip =
            text(event, "sending_ip").map(|ip| (ip.trim().to_string(), "sending_ip".into()));
    }
    Some(failure)
}

fn mandrill(msg: &Object, kind: &str) -> Option<Failure> {
    let email = text(msg, "email")?;
    let action = match kind {
        "hard_bounce" | "soft_bounce" | "reject" => "failed",
        "deferral" => "delayed",
        "delivered" => return Some(failure(email, "delivered", "", None)),
        // The recipient marked the message as spam.
        "spam" => {
            let mut complaint = failure(email, "feedback", "abuse", None);
            complaint.reason = Some(Reason::Feedback);
            return Some(complaint);
        }
        _ => return None,
    };
    // The last reply of the delivery attempts, then the bounce's own.
    let attempts = msg.get("smtp_events").and_then(Value::as_array);
    let last = |name: &str| {
        attempts.and_then(|events| {
            events.iter().rev().find_map(|e| e.as_object().and_then(|e| text(e, name)))
        })
    };
    let diagnostic = text(msg, "diag")
        .or(last("diag"))
        .or_else(|| text(msg, "bounce_description"))
        .unwrap_or_default();
    let mut failure = failure(email, action, diagnostic, None);
    failure.sending_ip =
        last("source_ip").map(|ip| (ip.trim().to_string(), "smtp_events.source_ip".into()));
    // Mandrill's `reject`: the address is on its rejection (suppression)
    // list, so nothing was sent.
    if kind == "reject" {
        failure.reason = Some(Reason::Suppressed);
    }
    Some(failure)
}

/// Builds the failure for one event, taking the codes from the reply.
pub(super) fn failure(
    recipient: &str,
    action: &str,
    diagnostic: &str,
    status: Option<&str>,
) -> Failure {
    let (diagnostic_type, diagnostic) = split_diagnostic_type(diagnostic);
    let codes = smtp::find_codes(&diagnostic);
    let status = status.filter(|s| smtp::is_valid_status(s)).map(str::to_string);
    Failure {
        recipient: Some(recipient.trim().to_string()),
        action: Some(action.to_string()),
        status: status.or(codes.status),
        reply: codes.reply,
        diagnostic,
        diagnostic_type,
        reason: (action == "delivered").then_some(Reason::Delivered),
        ..Default::default()
    }
}
