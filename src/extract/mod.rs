//! Extract stage: one [`Failure`] per recipient the bounce reports on.
//!
//! Sources are tried from the most to the least structured: a feedback
//! report, a JSON record (Amazon SES, or a webhook event of SendGrid,
//! Mailgun, Postmark, SparkPost or Mandrill), an auto-reply, RFC 3464
//! delivery-status fields, the human-readable report cut into one block
//! per recipient, and last bare SMTP reply lines. The human-readable text
//! often carries the receiver's whole reply where the DSN fields have a
//! shortened one, so the two are merged (`report_text` reads the text
//! and the DSN fields). [`mta`] names the software that wrote the bounce.

mod action;
mod amazonses;
mod autoreply;
mod blocks;
mod bounce_words;
mod by_codes;
mod client_session;
mod closing;
mod context;
mod control_chars;
mod csv_rows;
mod delay;
mod described;
mod dsn;
mod event_sequence;
mod exception_text;
mod exchange_list;
mod exim_log;
mod expanded;
mod failure;
mod failure_sentences;
mod feedback;
mod forward_marker;
mod fullwidth;
mod generic;
mod gmail_notice;
mod groupwise_list;
mod host_and_command;
mod json;
mod lead_in;
mod mail_program_alert;
mod mail_program_words;
mod mailgun;
mod mailgun_legacy;
mod mailjet_brevo;
mod marks;
mod merge;
mod message_trace;
pub mod mta;
mod notice;
mod outlook_task;
mod paragraph;
mod participants;
mod paste_marks;
mod period;
mod postfix_status;
mod question;
mod queue_listing;
mod quotes;
mod reason_line;
mod recipient_line;
mod recounted;
mod reply_addresses;
mod reply_like;
mod reply_lines;
mod reply_table;
mod report_text;
mod returned;
mod rule;
mod run_on;
mod section;
mod sender_marks;
mod sendgrid;
mod sendmail_log;
mod service_events;
mod signature;
mod smtp2go;
mod stated;
mod suggested;
mod superseded_delay;
mod ticket_fields;
mod tracking_list;
pub(crate) mod transcript;
mod unknown_recipient_line;
mod unnamed_cap;
mod unnamed_event;
mod webhooks;
mod wrapper;

use crate::input::Decoded;
pub(crate) use autoreply::is_auto_reply_field;
pub(crate) use bounce_words::has_bounce_words;
pub use forward_marker::{is_forward_marker, names_mail_system};
pub(crate) use mail_program_words::{forward_field, is_field_line, ATTRIBUTION_VERBS};
pub use marks::{has_bounce_marks, is_bounce_field, mentioned_reply};
use section::NotRecipients;
pub(crate) use section::ADDRESS;
pub use section::{
    embedded_dsn, error_section, forwarded_text, has_failure_signs, is_original_marker,
    strip_quote_marks,
};

pub use control_chars::RejectedValue;
pub use dsn::parse_dsn;
pub use failure::{Extracted, Failure};
pub(crate) use suggested::suggested_address;
pub use unnamed_cap::MAX_UNNAMED_REPLIES;
pub use unnamed_event::MAX_EVENT_RECIPIENTS;

/// Reads one JSON object as an Amazon SES record or an email service
/// provider's webhook event.
fn json_record(object: &json::Object) -> Option<json::Record> {
    amazonses::record(object)
        .map(|failures| json::Record::new("amazonses", failures))
        .or_else(|| webhooks::event(object))
        .or_else(|| unnamed_event::event(object))
}

/// Extracts the failures from a decoded input.
pub fn extract(decoded: &Decoded) -> Extracted {
    // A bounce forwarded inline in a person's email is read as the bounce
    // pasted alone: the person's header says nothing about its lines.
    if let Some(inner) = decoded.nested.as_deref().filter(|_| decoded.nested_inline) {
        let forwarded = forwarded_failures(inner);
        if !forwarded.failures.is_empty() {
            return forwarded;
        }
    }
    if let Some(failures) = feedback::parse(decoded) {
        return Extracted { mta: Some("feedback"), failures, ..Default::default() };
    }
    let family = mta::detect(decoded);
    if decoded.dsn.is_none() {
        // Mailgun's legacy webhooks post a form body, which is read as the
        // same event in JSON.
        let json = json::records(&decoded.body, &json_record);
        let form_encoded = json.is_none();
        let form_event = || mailgun_legacy::form_event(&decoded.body);
        let record = json.or_else(|| form_event().and_then(|event| webhooks::event(&event)));
        if let Some(record) = record {
            // A layout of no known service is reported with no name.
            let mta = Some(record.format).filter(|f| *f != webhooks::UNKNOWN_LAYOUT);
            let (not_read, failures): (Vec<_>, Vec<_>) =
                record.failures.into_iter().partition(|f| f.not_read.is_some());
            // Opens and clicks are left out, so that an open after the
            // delivery does not take the delivery's place.
            let failures = event_sequence::fold(failures);
            return Extracted {
                mta,
                failures,
                json_record: true,
                form_encoded,
                not_read,
                recipients_cut: record.recipients_cut,
                ..Default::default()
            };
        }
        // A queue listing quotes Postfix's and Sendmail's reasons, so it
        // is read before the family decides anything.
        if let Some(failures) = queue_listing::scan(&decoded.body) {
            return Extracted { mta: family, failures, ..Default::default() };
        }
        if family.is_none() {
            if let Some(failures) = csv_rows::scan(&decoded.body) {
                let (not_read, failures) = failures.into_iter().partition(|f| f.not_read.is_some());
                return Extracted {
                    mta: None,
                    failures,
                    csv_export: true,
                    not_read,
                    ..Default::default()
                };
            }
            let mut filter = NotRecipients::from_headers(decoded);
            filter.add_marked_senders(&decoded.body);
            filter.add_participants(&decoded.body);
            if let Some(failures) = message_trace::scan(&decoded.body, &filter) {
                return Extracted { mta: None, failures, ..Default::default() };
            }
            if let Some((writer, failure)) = autoreply::parse(decoded) {
                // A report flagged auto-replied (Microsoft 365 flags its
                // NDRs so) is a bounce when its body states a failure.
                let read = report_text::read_report(decoded, family);
                if read.failures.iter().any(is_stated_failure) {
                    return read;
                }
                return Extracted {
                    mta: Some(writer),
                    failures: vec![failure],
                    ..Default::default()
                };
            }
        }
    }
    let read = report_text::read_report(decoded, family);
    // An email that mentions an alert is a person's message, and an alert
    // that quotes the server's reply is explained by that reply.
    if read.failures.is_empty() && decoded.kind.is_none() {
        if let Some(failure) = mail_program_alert::scan(&decoded.body) {
            return Extracted {
                failures: vec![failure],
                mail_program_alert: true,
                ..Default::default()
            };
        }
    }
    read
}

/// True when `decoded` reports a failure that names its recipient. With
/// `needs_code`, the failure must also carry a 4xx or 5xx code, as a
/// bounce's text does: a person's account of a failure in prose yields no
/// such failure.
pub fn reports_failure(decoded: &Decoded, needs_code: bool) -> bool {
    let failures = extract(decoded).failures;
    let reported = |f: &Failure| f.recipient.is_some() && (!needs_code || is_stated_failure(f));
    failures.iter().any(reported)
}

/// True when a failure read from a report's text names its recipient and
/// carries a 4xx or 5xx code, as a receiver's reply to that recipient does.
fn is_stated_failure(failure: &Failure) -> bool {
    let failed_code =
        |code: &Option<String>| code.as_deref().is_some_and(|c| c.starts_with(['4', '5']));
    failure.recipient.is_some() && (failed_code(&failure.reply) || failed_code(&failure.status))
}

/// Extracts the failures of a forwarded bounce, `Decoded::nested`, one
/// forward deeper. The forward's reader needs the warnings the bounce
/// would give pasted on its own, such as that it was cut.
pub(super) fn forwarded_failures(nested: &Decoded) -> Extracted {
    let mut inner = extract(nested);
    inner.forward_notes.splice(0..0, nested.notes.iter().cloned());
    inner.forward_depth += 1;
    inner
}

pub(super) fn has_codes(failure: &Failure) -> bool {
    failure.reply.is_some() || failure.status.is_some()
}
