//! Extract stage: one [`Failure`] per recipient the bounce reports on.
//!
//! Sources are tried from the most to the least structured: a feedback
//! report, a JSON record (Amazon SES, or a webhook event of SendGrid,
//! Mailgun, Postmark, SparkPost or Mandrill), an auto-reply, RFC 3464
//! delivery-status fields, the human-readable report cut into one block
//! per recipient, and last bare SMTP reply lines. The human-readable text
//! often carries the receiver's whole reply where the DSN fields have a
//! shortened one, so the two are merged. [`mta`] names the software that
//! wrote the bounce.

mod action;
mod amazonses;
mod autoreply;
mod blocks;
mod bounce_words;
mod by_codes;
mod client_session;
mod context;
mod csv_rows;
mod delay;
mod described;
mod dsn;
mod exception_text;
mod exchange_list;
mod exim_log;
mod expanded;
mod failure;
mod feedback;
mod forward_marker;
mod fullwidth;
mod generic;
mod gmail_notice;
mod groupwise_list;
mod host_and_command;
mod json;
mod lead_in;
mod mail_program_words;
mod mailjet_brevo;
mod marks;
mod merge;
mod message_trace;
pub mod mta;
mod notice;
mod paragraph;
mod period;
mod postfix_status;
mod question;
mod queue_listing;
mod quotes;
mod reason_line;
mod recipient_line;
mod recounted;
mod reply_like;
mod reply_lines;
mod reply_table;
mod returned;
mod rule;
mod section;
mod sender_marks;
mod sendgrid;
mod sendmail_log;
mod service_events;
mod signature;
mod smtp2go;
mod stated;
mod suggested;
pub(crate) mod transcript;
mod unknown_recipient_line;
mod unnamed_cap;
mod unnamed_event;
mod webhooks;
mod wrapper;

use crate::input::Decoded;
use crate::reason::Reason;
pub(crate) use autoreply::is_auto_reply_field;
pub(crate) use bounce_words::has_bounce_words;
use context::{
    add_local_report, add_tried_for, failed_recipients_header, mark_postfix_own, summary_text,
    widen_from_transcript,
};
use described::describes_reply;
pub use forward_marker::{is_forward_marker, names_mail_system};
pub(crate) use mail_program_words::{forward_field, is_field_line, ATTRIBUTION_VERBS};
use marks::{bounce_by_words_only, looks_like_bounce, states_failure};
pub use marks::{has_bounce_marks, is_bounce_field, mentioned_reply};
use recounted::{is_recounted, is_set_off, recounts_past};
use reply_like::{is_reply_like, reads_as_smtp_reply};
use reply_table::{is_reply_code_list, is_reply_table};
use rule::states_rule;
use section::NotRecipients;
pub use section::{error_section, forwarded_text, is_original_marker, strip_quote_marks};

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
        if let Some(record) = json::records(&decoded.body, &json_record) {
            // A layout of no known service is reported with no name.
            let mta = Some(record.format).filter(|f| *f != webhooks::UNKNOWN_LAYOUT);
            let (not_read, failures) =
                record.failures.into_iter().partition(|f| f.not_read.is_some());
            return Extracted {
                mta,
                failures,
                json_record: true,
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
            if let Some(failures) = message_trace::scan(&decoded.body, &filter) {
                return Extracted { mta: None, failures, ..Default::default() };
            }
            if let Some((writer, failure)) = autoreply::parse(decoded) {
                // A report flagged auto-replied (Microsoft 365 flags its
                // NDRs so) is a bounce when its body states a failure.
                let read = read_report(decoded, family);
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
    read_report(decoded, family)
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

/// Extracts the failures from the text of a report, its delivery-status
/// fields and a bounce nested in it, once the structured sources that
/// [`extract`] tries first have found none.
fn read_report(decoded: &Decoded, family: Option<&'static str>) -> Extracted {
    let report = section::error_section(&decoded.body);
    let unquoted = section::unquote(report);
    // A program's stack trace after a mail library's exception is none
    // of the reply's lines.
    let unframed = exception_text::clean(unquoted.as_ref());
    let ascii = fullwidth::ascii_marks(unframed.as_ref());
    let section = ascii.as_ref();
    let mut filter = NotRecipients::from_headers(decoded);
    filter.add_marked_senders(section);
    // Reply lines pasted one after another are each a delivery's own,
    // whether or not they name a recipient.
    let (mut from_text, mut replies_cut) = reply_lines::scan(section, &filter);
    // Exchange's and GroupWise's lists name each recipient on a line of
    // its own, so they take precedence over the blocks cut at addresses.
    let mut listed = false;
    if from_text.is_empty() {
        from_text = exchange_list::scan(section, &filter);
        listed = !from_text.is_empty();
    }
    if from_text.is_empty() {
        from_text = groupwise_list::scan(section, &filter);
        listed = !from_text.is_empty();
    }
    if from_text.is_empty() {
        from_text = blocks::scan(section, &filter);
    }
    if from_text.is_empty() {
        filter.skip_system = false;
        from_text = blocks::scan(section, &filter);
    }
    // A number such as `450` opening a sentence of an ordinary message is
    // not a reply: without the marks of a bounce, a reply counts only when
    // its text reads as one.
    let bounce = looks_like_bounce(decoded, family, section);
    // In a person's email, a reply counts only when it is set off from the
    // prose, as a forwarded or pasted reply is.
    let person = !bounce && decoded.header("From").is_some() && decoded.dsn.is_none();
    // Pasted prose that states a rule with a code (`will reject mail with
    // 550 5.7.1 if SPF fails`) describes a reply rather than reporting one.
    // So does prose that recounts what a server returned at a past time,
    // or that hedges, reports or states a policy around a code.
    let mut placed_as_reply = by_codes::cached_by_codes(
        |f: &Failure| {
            let placed = if person { is_set_off(f, section) } else { !states_rule(f, section) };
            placed && !recounts_past(f, section) && !describes_reply(f, section)
        },
        true,
    );
    let mut reads = |f: &Failure| {
        is_reply_like(f, section) && reads_as_smtp_reply(f, section) && placed_as_reply(f)
    };
    let counts = |f: &Failure| has_codes(f) && (bounce || reads(f));
    // A list of codes with their textbook meanings, or of the replies a
    // server gives for each case, explains replies and reports none.
    let code_list = is_reply_code_list(section) || is_reply_table(decoded, family, section);
    if code_list || (!bounce && !from_text.iter().any(counts)) {
        from_text.clear();
        replies_cut = 0;
    }
    if from_text.is_empty() && !code_list {
        (from_text, replies_cut) = generic::scan_counting_cut(section);
        from_text.retain(|f| bounce || reads(f));
    }
    // A list of recipients is an MTA's own structure, not prose.
    if !listed && bounce_by_words_only(decoded, family, section) {
        // A reply recounted inside a sentence of pasted prose is the
        // writer's account, as it is in a person's email.
        // So is a reply in a sentence that states a rule.
        let mut in_prose = by_codes::cached_by_codes(
            |f: &Failure| {
                is_recounted(f, section)
                    || states_rule(f, section)
                    || recounts_past(f, section)
                    || describes_reply(f, section)
            },
            false,
        );
        from_text.retain(|f| states_failure(f, section) && !in_prose(f));
    }
    // A notice whose sending server could not reach the receiver, or found
    // no such domain, states the failure in a fixed sentence without a
    // reply code. In a bounce email that sentence may sit apart from the
    // recipient's block.
    // Gmail's own notice may carry only its own sentence after the label,
    // with no reply code, so its heading and label mark the failure.
    if from_text.is_empty() && !code_list {
        from_text = gmail_notice::scan(section, &filter);
    }
    if from_text.is_empty() && !code_list {
        from_text = notice::scan(section, &filter);
    } else if !from_text.iter().any(has_codes) {
        notice::add_statement(section, &mut from_text);
    }

    // A client's own session transcript pairs each reply with the command
    // it responds to, which the readers above, made for reports, cannot do.
    if let Some(session) = client_session::scan(section) {
        from_text = session;
        replies_cut = 0;
    }
    exim_log::apply(section, &mut from_text);
    sendmail_log::apply(section, &mut from_text);

    if family == Some("postfix") {
        mark_postfix_own(&mut from_text);
    }
    postfix_status::add(&mut from_text);

    let dsn = decoded.dsn.as_deref().or_else(|| {
        // Only a report or plain text carries its own fields in the text.
        // In a multipart/mixed message they belong to an attached or
        // forwarded message, which the decode stage keeps as `nested`.
        let content_type = decoded.header("Content-Type").unwrap_or("").to_ascii_lowercase();
        let own = content_type.is_empty()
            || content_type.starts_with("multipart/report")
            || content_type.starts_with("text/");
        own.then(|| section::embedded_dsn(&decoded.body)).flatten()
    });
    let from_dsn = dsn.map(parse_dsn).unwrap_or_default();
    // Replies left out past the cap were read from the text alone, so
    // they count only when no text failure was dropped or replaced and
    // the DSN does not name the recipients.
    if !from_dsn.is_empty() || from_text.is_empty() {
        replies_cut = 0;
    }
    let mut failures = if from_dsn.is_empty() {
        from_text
    } else {
        merge::merge_text(from_dsn, &from_text, decoded.cut_short)
    };
    if failures.iter().all(|f| f.recipient.is_none()) {
        failures = failed_recipients_header(decoded, failures, section);
    }
    if failures.is_empty() {
        if let Some(nested) = decoded.nested.as_deref().filter(|_| !decoded.nested_inline) {
            // A bounce forwarded as an attachment: the report is inside.
            let inner = forwarded_failures(nested);
            if !inner.failures.is_empty() {
                return inner;
            }
        }
        // A bounce that states its failure only in prose still concerns
        // the returned message's addressees.
        let bounce = decoded.dsn.is_some() || looks_like_bounce(decoded, family, section);
        if bounce && !returned::addressees(decoded, report).is_empty() {
            failures.push(Failure { diagnostic: summary_text(report), ..Default::default() });
        }
    }
    // A failure the text states without naming the recipient concerns
    // the returned message's addressee, when there is only one.
    if !failures.is_empty() && failures.iter().all(|f| f.recipient.is_none()) {
        returned::assign(&mut failures, returned::addressees(decoded, report));
    }
    if transcript::has_transcript(&decoded.body) {
        // NOTE: recipients past MAX_READS keep the reason line as it is.
        for failure in failures.iter_mut().take(transcript::MAX_READS) {
            widen_from_transcript(&decoded.body, failure);
            add_local_report(&decoded.body, failure);
        }
    }
    action::mark_local_deliveries(&mut failures);
    delay::mark(decoded, section, &mut failures);
    action::apply(section, &mut failures);
    stated::apply(family, &mut failures);
    add_tried_for(decoded, section, &mut failures);
    for failure in failures.iter_mut().filter(|f| f.reason.is_none()) {
        // RFC 3464: `relayed` and `expanded` are successes too, handed on
        // to a system without DSNs or to a list's members.
        let success =
            matches!(failure.action.as_deref(), Some("delivered" | "relayed" | "expanded"));
        let success = success || is_success_reply(failure, section);
        if success {
            failure.reason = Some(Reason::Delivered);
        }
    }
    Extracted { mta: family, failures, replies_cut, ..Default::default() }
}

/// Extracts the failures of a forwarded bounce, `Decoded::nested`, one
/// forward deeper. The forward's reader needs the warnings the bounce
/// would give pasted on its own, such as that it was cut.
fn forwarded_failures(nested: &Decoded) -> Extracted {
    let mut inner = extract(nested);
    inner.forward_notes.splice(0..0, nested.notes.iter().cloned());
    inner.forward_depth += 1;
    inner
}

/// True when a failure is a 2xx reply without a status code (`251 User
/// not local; will forward to <...>`, `252 Cannot VRFY user, but will
/// accept message`), which RFC 5321 makes a positive completion. Text
/// that states a failure around it ("was not delivered") only quotes it.
fn is_success_reply(failure: &Failure, section: &str) -> bool {
    let reply = failure.reply.as_deref().unwrap_or("");
    reply.starts_with('2')
        && failure.status.is_none()
        && failure.action.is_none()
        && !reply_like::has_failure_wording(section)
}

pub(super) fn has_codes(failure: &Failure) -> bool {
    failure.reply.is_some() || failure.status.is_some()
}
