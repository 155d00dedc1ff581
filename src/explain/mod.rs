//! Assembles the [`Report`] from the pipeline stages.

mod aggregate_reports;
mod card;
mod concatenated;
#[cfg(test)]
mod consistency_tests;
mod control_escapes;
mod delay_fold;
mod extended_host;
mod forward;
mod forwarder_block;
mod listed_domain;
mod listed_results;
mod lookalike;
mod lure;
mod mbox;
mod mention;
mod moved;
mod not_read;
mod own_account;
mod parts_cause;
mod period;
mod public_mailbox;
mod punycode;
mod receipts;
mod recipient;
mod remote_relay;
mod reply_links;
mod retry;
mod sender_domain;
mod service_ip;
mod ses_notice;
mod steps;
mod summary;

use crate::extract;
use crate::input;
use crate::report::{InputKind, Note, Recipient, Report};
use crate::sender_ip;

use delay_fold::NoticeOrigin;
use recipient::recipient;
use summary::summary;

/// Explains pasted bytes: a reply line, an NDR's text, a raw email, an
/// mbox of several messages, or several bounces pasted one after another.
pub fn explain_bytes(raw: &[u8]) -> Report {
    // The mark is dropped once here, so that an mbox or a run of bounces
    // is split as it is without one.
    let raw = input::strip_utf8_bom(raw);
    let mut report = mbox::explain_messages(raw)
        .or_else(|| concatenated::explain_parts(raw))
        .unwrap_or_else(|| explain_message(raw));
    control_escapes::escape_controls(&mut report);
    report
}

/// Explains one message of an mbox file that `lines_before` lines of the
/// file precede, so that its line numbers count lines of the whole file,
/// as [`explain_bytes`] counts them for an mbox read whole.
pub fn explain_mbox_message(raw: &[u8], lines_before: usize) -> Report {
    let mut report = explain_bytes(raw);
    mbox::shift_lines(&mut report, lines_before);
    report
}

/// Explains one input that is read as a whole: anything but an mbox of
/// several messages or several bounces pasted one after another.
fn explain_message(raw: &[u8]) -> Report {
    explain_notice(raw).0
}

/// Explains one input as [`explain_message`] does, and also returns the
/// notice's origin: the original message it reports on and its date. A
/// series folds a delay notice into the later final one by them.
fn explain_notice(raw: &[u8]) -> (Report, NoticeOrigin) {
    let decoded = input::decode(raw);
    let origin = NoticeOrigin::default();
    match decoded.kind {
        Some(InputKind::Empty) => return (empty_report(InputKind::Empty, decoded.notes), origin),
        Some(InputKind::Binary) => return (empty_report(InputKind::Binary, decoded.notes), origin),
        _ => {}
    }
    let mut extracted = extract::extract(&decoded);
    let origin = delay_fold::notice_origin(&decoded, extracted.forward_depth);
    for failure in extracted.failures.iter_mut().chain(&mut extracted.not_read) {
        failure.cut_long_texts();
        failure.reject_control_chars();
    }
    if aggregate_reports::is_whole_report(&decoded) {
        // A reply code in the report's free text is no failure, so the
        // report is named below instead.
        extracted.failures.clear();
        extracted.json_record = false;
        extracted.mta = None;
    }
    let kind = if extracted.json_record {
        InputKind::JsonRecord
    } else if extracted.mail_program_alert {
        InputKind::MailProgramAlert
    } else if extracted.csv_export && decoded.kind.is_none() {
        InputKind::CsvExport
    } else {
        decoded.kind.unwrap_or(if extracted.failures.is_empty() {
            InputKind::NotBounce
        } else if looks_like_reply_only(&decoded.text) {
            InputKind::SmtpReply
        } else {
            InputKind::NdrText
        })
    };
    let lure = lure::asks_for_sign_in(&decoded);
    if lure {
        extracted.mta = lure::lure_writer(&decoded, extracted.mta);
    }
    let ip_context = sender_ip::Context::forwarded(&decoded, extracted.forward_depth);
    // Failures read from a forwarded bounce are judged as that bounce's,
    // so a bounce email forwarded inline in pasted text is still a final
    // report, as it is pasted alone.
    let bounce_kind = match extracted.forward_depth {
        0 => kind,
        _ => ip_context.bounce().kind.unwrap_or(kind),
    };
    let recipients: Vec<Recipient> = extracted
        .failures
        .iter()
        .map(|f| recipient(&ip_context, f, extracted.mta, bounce_kind))
        .collect();
    let empty_email = recipients.is_empty() && kind == InputKind::Email;
    // A DMARC or TLS report, a read receipt or a recall notice is named,
    // because asking for more of a bounce would mislead.
    let named_report = match kind {
        InputKind::NotBounce => name_report(&decoded),
        InputKind::Email if empty_email => name_report(&decoded),
        _ => None,
    };
    // An email with a bounce's marks whose failures cannot be read is kept
    // apart from an ordinary message: telling the reader it is not a
    // bounce would be wrong. A named report can carry such marks (Outlook
    // sends a recall report from the postmaster) and is still no bounce.
    let unreadable = empty_email
        && named_report.is_none()
        && (extract::has_bounce_marks(&decoded) || decoded.deep_attachment);
    let plain_email = empty_email && !unreadable;
    let kind = if plain_email { InputKind::NotBounce } else { kind };
    let mentioned =
        if kind == InputKind::NotBounce { extract::mentioned_reply(&decoded) } else { Vec::new() };
    let mut notes = decoded.notes;
    add_new_notes(&mut notes, extracted.forward_notes);
    if kind == InputKind::JsonRecord && extracted.mta.is_none() {
        notes.push(Note::info(
            "The event record's layout is not one this tool reads field by field, so its sending service is not named. \
             The recipient was read from the event's `email`, `to` or `recipient` field, never from its \
             sender or Message-ID, and the receiver's reply from a field such as `reason`, `response`, \
             `output` or `error`. Any IP address field was not read.",
        ));
    }
    if extracted.form_encoded {
        notes.push(Note::info(
            "The text is a form-encoded body, as Mailgun's legacy webhooks post one. Its fields \
             were read as the same event in JSON.",
        ));
    }
    let service = extracted.mta.and_then(crate::report::sending_service_name);
    notes.extend(not_read::not_read_note(&extracted.not_read, kind));
    notes.extend(not_read::unknown_name_note(&extracted.not_read, service));
    notes.extend(not_read::recipients_cut_note(&extracted.recipients_cut));
    if extracted.replies_cut > 0 {
        notes.push(summary::replies_cut_note(extracted.replies_cut));
    }
    if unreadable {
        // Why the forwarded bounce could not be read may be in its notes.
        let forwards = std::iter::successors(decoded.nested.as_deref(), |d| d.nested.as_deref());
        add_new_notes(&mut notes, forwards.flat_map(|d| d.notes.iter().cloned()));
    }
    if let Some((_, note)) = &named_report {
        notes.push(note.clone());
    } else if kind == InputKind::NotBounce {
        notes.push(Note::info(
            "No delivery failure was found. Paste the whole bounce message, \
             or the line of it that starts with a three-digit code such as 550.",
        ));
    }
    if !mentioned.is_empty() {
        let source = if plain_email { "email" } else { "text" };
        notes.push(mention::mention_note(source, &mentioned));
    }
    if unreadable && decoded.deep_attachment {
        notes.push(Note::warning(
            "This email has the marks of a bounce, but no failed recipient could be read \
             from it. It holds messages attached inside more than three forwards, and what \
             lies below the third forward was not read. Paste the innermost bounce, or its error lines.",
        ));
    } else if unreadable {
        notes.push(Note::warning(
            "This email has the marks of a bounce, but no failed recipient could be read \
             from it. It may be cut short, or attached inside more than three forwards. \
             Paste the whole original bounce, or its error lines.",
        ));
    }
    let events = not_read::no_failure_summary(kind, service, &recipients, &extracted.not_read);
    // Phishing dressed as a bounce asks for a sign-in through a link.
    // Without a DSN or a mail system's layout its failures are made up,
    // so no card is drawn from them.
    let forged = lure && decoded.dsn.is_none() && extracted.mta.is_none();
    if lure {
        notes.insert(0, lure::warning());
    }
    let recipients = if forged { Vec::new() } else { recipients };
    let summary = if forged {
        lure::SUMMARY.to_string()
    } else if let Some((summary, _)) = named_report {
        summary.to_string()
    } else if let Some(events) = events {
        events
    } else if plain_email {
        "This email is not a bounce: it reports no failed delivery.".to_string()
    } else if unreadable {
        "This looks like a bounce, but its failed recipients could not be read.".to_string()
    } else {
        // A name without an address (Exchange's `'Jane Doe'`) still stands
        // for a recipient, so only cards with neither are counted as replies.
        let replies_only = recipients.iter().all(|r| r.recipient.is_none())
            && extracted.failures.iter().all(|f| f.display_name.is_none());
        summary(kind, &recipients, replies_only, extracted.replies_cut)
    };
    let report = Report {
        input_kind: kind,
        mta: extracted.mta.map(str::to_string),
        mta_name: service.map(str::to_string),
        summary,
        recipients,
        notes,
    };
    (report, origin)
}

/// Returns the summary and note of a report that is not a bounce but is
/// often pasted as one: a DMARC or TLS report, a read receipt or an
/// Outlook recall notice.
fn name_report(decoded: &input::Decoded) -> Option<(&'static str, Note)> {
    if let Some(report) = aggregate_reports::identify(decoded) {
        return Some((aggregate_reports::summary(report), aggregate_reports::note(report)));
    }
    let receipt = receipts::identify(decoded)?;
    Some((receipts::summary(receipt), receipts::note(receipt)))
}

/// Appends each note that `notes` does not contain yet. A forward and
/// the bounce inside it can both be cut short, and one warning is enough.
fn add_new_notes(notes: &mut Vec<Note>, more: impl IntoIterator<Item = Note>) {
    for note in more {
        if !notes.contains(&note) {
            notes.push(note);
        }
    }
}

/// Joins items as a sentence lists them: `550 5.1.1, 452 4.2.2 and
/// 550 5.7.23`.
fn join_with_and(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => items.join(""),
    }
}

fn empty_report(kind: InputKind, notes: Vec<Note>) -> Report {
    let summary = match kind {
        InputKind::Empty => "Nothing to explain yet: paste a bounce or an SMTP error line.",
        _ => "The input is not text, so no bounce could be read from it.",
    };
    Report {
        input_kind: kind,
        mta: None,
        mta_name: None,
        summary: summary.to_string(),
        recipients: Vec::new(),
        notes,
    }
}

/// True when every non-blank line starts with a reply code.
fn looks_like_reply_only(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .all(|l| l.len() >= 3 && l.as_bytes()[..3].iter().all(u8::is_ascii_digit))
}

#[cfg(test)]
mod tests;
