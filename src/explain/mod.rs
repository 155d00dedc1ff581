//! Assembles the [`Report`] from the pipeline stages.

mod aggregate_reports;
mod card;
mod concatenated;
#[cfg(test)]
mod consistency_tests;
mod extended_host;
mod forward;
mod forwarder_block;
mod listed_domain;
mod lookalike;
mod mbox;
mod mention;
mod moved;
mod not_read;
mod own_account;
mod parts_cause;
mod period;
mod punycode;
mod receipts;
mod remote_relay;
mod retry;
mod steps;
mod summary;

use crate::classify;
use crate::extract::{self, Failure};
use crate::input;
use crate::knowledge::{blocklists, greylisting, queue_states};
use crate::reason::Reason;
use crate::report::{Actor, InputKind, Note, Recipient, Report, SenderIpSource};
use crate::sender_ip;

use card::{explanation, links};
use retry::Outcome;
use summary::summary;

/// Explains pasted bytes: a reply line, an NDR's text, a raw email, an
/// mbox of several messages, or several bounces pasted one after another.
pub fn explain_bytes(raw: &[u8]) -> Report {
    mbox::explain_messages(raw)
        .or_else(|| concatenated::explain_parts(raw))
        .unwrap_or_else(|| explain_message(raw))
}

/// Explains one input that is read as a whole: anything but an mbox of
/// several messages or several bounces pasted one after another.
fn explain_message(raw: &[u8]) -> Report {
    let decoded = input::decode(raw);
    match decoded.kind {
        Some(InputKind::Empty) => return empty_report(InputKind::Empty, decoded.notes),
        Some(InputKind::Binary) => return empty_report(InputKind::Binary, decoded.notes),
        _ => {}
    }
    let mut extracted = extract::extract(&decoded);
    if aggregate_reports::is_whole_report(&decoded) {
        // A reply code in the report's free text is no failure, so the
        // report is named below instead.
        extracted.failures.clear();
        extracted.json_record = false;
        extracted.mta = None;
    }
    let kind = if extracted.json_record {
        InputKind::JsonRecord
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
    notes.extend(not_read::not_read_note(&extracted.not_read, kind));
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
    let service = extracted.mta.and_then(crate::report::sending_service_name);
    let events = not_read::no_failure_summary(kind, service, &recipients, &extracted.not_read);
    let summary = if let Some((summary, _)) = named_report {
        summary.to_string()
    } else if let Some(events) = events {
        events
    } else if plain_email {
        "This email is not a bounce: it reports no failed delivery.".to_string()
    } else if unreadable {
        "This looks like a bounce, but its failed recipients could not be read.".to_string()
    } else {
        summary(kind, &recipients)
    };
    Report {
        input_kind: kind,
        mta: extracted.mta.map(str::to_string),
        mta_name: service.map(str::to_string),
        summary,
        recipients,
        notes,
    }
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

fn recipient(
    ip_context: &sender_ip::Context,
    failure: &Failure,
    mta: Option<&str>,
    kind: InputKind,
) -> Recipient {
    let verdict = classify::classify(failure, mta, kind);
    // A listed domain, an account's sending limit or a message's content
    // does not depend on the sending IP, so a hint to find it would mislead.
    // A named IP blocklist still needs the address.
    let entry = verdict.matched.entry;
    let domain_listing = crate::knowledge::is_domain_listing(entry);
    // The removal request for a listed domain names the domain, so an
    // address the reply also names (`Client host [ip] blocked using` a
    // domain list) is not one to quote.
    let (sender_ip, mut sender_ip_source) = match domain_listing {
        true => (None, SenderIpSource::default()),
        false => ip_context.resolve(failure, verdict.reason),
    };
    let lower = failure.diagnostic.to_ascii_lowercase();
    let ip_list_named = !domain_listing && !blocklists::named_in(&lower).is_empty();
    if sender_ip.is_none() && crate::knowledge::ip_plays_no_part(entry) && !ip_list_named {
        sender_ip_source.hint = None;
    }
    let action = failure.action.clone().unwrap_or_else(|| default_action(verdict.reason));
    // A reply whose own text rules out a retry is permanent in effect,
    // whatever its 4xx code or the entry's judgement.
    let temporary = match crate::knowledge::retry_statements::says_futile(&failure.diagnostic) {
        true => Some(false),
        false => retry::entry_temporary(verdict.matched.entry),
    };
    let outcome = retry::outcome(failure, verdict.reason, temporary, &action, kind);
    // The knowledge entry's advice has to fit the outcome: a greylisting
    // deferral in a final bounce needs other steps than one still queued.
    let entry = match outcome {
        Outcome::GaveUp => greylisting::after_final_bounce(verdict.matched.entry),
        _ => verdict.matched.entry,
    };
    let entry = remote_relay::for_remote_reply(entry, failure, ip_context.bounce());
    let links = links(entry, &verdict.matched.blocklists, sender_ip.as_deref());
    let mut notes = verdict.notes;
    if let Some(name) = failure.display_name.as_deref().filter(|_| failure.recipient.is_none()) {
        notes.push(Note::info(format!(
            "The bounce names this recipient only as \"{name}\", without an email address."
        )));
    }
    if failure.recipient.is_none() && !failure.addressees.is_empty() {
        notes.push(Note::info(format!(
            "The bounce does not name the failed recipient. The returned message was sent to {}, \
             and the bounce does not say which of them this failure concerns.",
            join_with_and(&failure.addressees)
        )));
    }
    if failure.outside_dsn {
        notes.push(Note::info(
            "The bounce's delivery-status part has no entry for this recipient. \
             This card is read from the failure that the bounce's text part reports.",
        ));
    }
    if failure.recipient.as_deref().is_some_and(|r| r.contains('\u{FFFD}')) {
        notes.push(Note::warning(
            "A letter of the recipient's address could not be decoded and shows as \u{FFFD}: \
             check the address in the original message before acting on it.",
        ));
    }
    if let Some(domain) = listed_domain::find(&failure.diagnostic).filter(|_| domain_listing) {
        notes.push(Note::info(format!(
            "The reply names {domain} as the listed domain. Look that name up with the list: \
             the sending IP address plays no part in this listing."
        )));
    }
    let own_account = own_account::named_account(failure, entry, kind);
    if let Some(address) = own_account.as_deref() {
        notes.push(Note::info(format!(
            "The reply names {address} as the sending account, not as a recipient. \
             The text does not say to whom the message was addressed."
        )));
    }
    notes.extend(forward::auth_note(failure, verdict.reason));
    let forwarder_block =
        forwarder_block::find(ip_context.bounce(), failure, verdict.reason, sender_ip.as_deref());
    notes.extend(forwarder_block.as_ref().and_then(|block| block.note()));
    if let Some(text) = sender_ip::field_disagreement(failure, sender_ip.as_deref()) {
        notes.push(Note::info(text));
    }
    if let Some(text) = ip_context.parts_disagreement(failure, sender_ip.as_deref()) {
        notes.push(Note::warning(text));
    }
    if let Some(text) = parts_cause::disagreement(failure) {
        notes.push(Note::warning(text));
    }
    // The note on a sending server's delay code over a remote reply
    // already states that the message is still queued.
    let delay_noted = classify::notes_wrapper_delay(
        failure.status.as_deref(),
        failure.reply.as_deref(),
        &failure.diagnostic,
    );
    let queue_hold = outcome == Outcome::Delayed && queue_states::is_queue_hold(entry);
    if outcome == Outcome::Delayed && !delay_noted && !queue_hold {
        notes.push(Note::info(
            // Worded for a delay notice, a pasted 4xx line and a log line
            // with status=deferred alike.
            "The message has not failed yet: the sending server is still trying to deliver it.",
        ));
    }
    // A success code (`250`, `2.1.5`) is never a failure's code: it
    // replied to another command, or the text only quotes it.
    let success = |code: &Option<String>| code.as_deref().is_some_and(|c| c.starts_with('2'));
    let failure_code = |code: &Option<String>| {
        code.clone().filter(|_| verdict.reason == Reason::Delivered || !success(code))
    };
    let status = failure_code(&failure.status);
    let reply = failure_code(&failure.reply);
    // A provider rule that matched on the enhanced status code alone gives
    // that code back as its own, which only repeats the status.
    let code = verdict
        .matched
        .code
        .clone()
        .filter(|c| Some(c) != status.as_ref() && Some(c) != reply.as_ref());
    let mut explanation = explanation(entry, verdict.reason, outcome, failure);
    moved::name_new_address(failure, verdict.reason, outcome, &mut explanation);
    // A forward's dead target is for the owner of the address written to.
    if let Some(steps) = forward::dead_target_steps(failure, verdict.reason, explanation.who_acts) {
        explanation.steps = steps;
        explanation.who_acts = Actor::Recipient;
        if let (Some(original), Outcome::Permanent | Outcome::Futile) =
            (forward::original_recipient(failure), outcome)
        {
            explanation.retry = forward::dead_target_retry(&original);
        }
    }
    if let Some(block) = &forwarder_block {
        block.hand_over(&mut explanation, matches!(outcome, Outcome::Permanent | Outcome::Futile));
    }
    let card_fields: Vec<&str> = [failure.remote_mta.as_deref(), failure.recipient.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    extended_host::warn(&failure.diagnostic, &card_fields, &mut notes, &mut explanation.steps);
    Recipient {
        recipient: failure.recipient.clone().filter(|_| own_account.is_none()),
        original_recipient: forward::original_recipient(failure),
        action,
        status,
        reply,
        reason: verdict.reason,
        permanent: matches!(outcome, Outcome::Permanent | Outcome::Futile),
        hard: is_hard(failure, verdict.reason),
        retrying: matches!(outcome, Outcome::Delayed | Outcome::Temporary | Outcome::Futile)
            && !queue_hold,
        held: queue_hold
            || (outcome == Outcome::Permanent && crate::knowledge::auto_replies::is_hold(entry)),
        provider: verdict.provider.map(str::to_string),
        code,
        blocklists: verdict.matched.blocklists.iter().map(|b| b.to_string()).collect(),
        remote_host: failure.remote_mta.clone(),
        smtp_command: failure.command.clone(),
        diagnostic: failure.diagnostic.clone(),
        lookalike_hosts: lookalike::in_recipient(
            &failure.diagnostic,
            failure.recipient.as_deref(),
            failure.remote_mta.as_deref(),
        ),
        sender_ip,
        sender_ip_source,
        explanation,
        links,
        notes,
        mbox_index: None,
    }
}

/// True when the address itself can never receive mail: an unknown user
/// or domain, a moved mailbox, or a domain that accepts no mail at all
/// (a null MX, 521 or 556). A temporary refusal such as 421 4.3.2 during
/// maintenance does not count.
fn is_hard(failure: &Failure, reason: Reason) -> bool {
    if reason.is_hard() {
        return true;
    }
    let temporary = failure.reply.as_deref().is_some_and(|r| r.starts_with('4'))
        || failure.status.as_deref().is_some_and(|s| s.starts_with("4.3."));
    reason == Reason::NotAccept && !temporary
}

fn default_action(reason: Reason) -> String {
    match reason {
        Reason::Delivered => "delivered",
        Reason::Feedback => "feedback",
        Reason::Vacation => "vacation",
        _ => "failed",
    }
    .to_string()
}

#[cfg(test)]
mod tests;
