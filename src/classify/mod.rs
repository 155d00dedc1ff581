//! Classify stage: failure -> reason, provider, code and explanation.
//!
//! The reason comes from [`decide`]: phrase tables in a fixed precedence,
//! weighed against the enhanced status code, the reply code and the SMTP
//! command. A reason the bounce format itself states (a feedback report,
//! an auto-reply) comes first, and a matching provider rule overrides the
//! generic decision. The explanation is then picked from the knowledge
//! tables: the provider's entry, else the entry of a blocklist named in
//! the reply, else the reason's when a phrase decided it, else the status
//! or reply code's.

mod cause;
mod client_wrapper;
mod decide;
#[cfg(test)]
mod decide_tests;
mod expiry;
mod first_pass;
mod helo;
mod judge;
mod matcher;
mod mta_hints;
mod provider_reasons;
mod reasons;
mod sending_account;
mod service_entries;
mod status;

use std::borrow::Cow;

use crate::extract::Failure;
use crate::knowledge::{
    self, auto_replies, blocklists, dynamic_ip, feedback_types, greylisting, harvest_protection,
    providers, queue_states, reasons as explained, reply_codes, review_holds,
    sending_account as own_account, service_events, ses_feedback, smtputf8, status_codes,
    tls_required, wordings, Match,
};
use crate::reason::Reason;
use crate::report::{InputKind, Note};

pub use decide::{decide, Basis, Decision, Facts};
pub(crate) use expiry::{last_reply, verdict_codes};
pub use judge::notes_wrapper_delay;
pub(crate) use matcher::in_order;
pub use matcher::normalise;
pub use reasons::names_any_reason;

/// The classifier's verdict on one failure.
#[derive(Debug, Clone)]
pub struct Classification {
    /// The failure reason.
    pub reason: Reason,
    /// The explanation and what picked it.
    pub matched: Match,
    /// Provider id, from a provider rule or from the receiving host.
    pub provider: Option<&'static str>,
    /// Remarks, e.g. a status code that the text contradicts.
    pub notes: Vec<Note>,
}

/// Classifies one failure. `mta` is the family that wrote the bounce,
/// when the extract stage recognised it, and `kind` is what was pasted.
/// Under a sending server's expiry verdict, the remote server's last
/// reply decides when it names a cause, as it would pasted alone.
pub fn classify(failure: &Failure, mta: Option<&str>, kind: InputKind) -> Classification {
    if let Some(last) = expiry::last_reply(failure) {
        let verdict = classify_alone(&last, mta, kind);
        if expiry::names_cause(&verdict, &last) {
            // The notes on the bounce's own codes name the server that wrote them.
            let mut notes = judge::code_notes(
                failure.status.as_deref(),
                failure.reply.as_deref(),
                &failure.diagnostic,
            );
            let Classification { reason, matched, provider, notes: reply_notes } = verdict;
            let new: Vec<Note> = reply_notes.into_iter().filter(|n| !notes.contains(n)).collect();
            notes.extend(new);
            notes.push(expiry::gave_up_note(failure, &last));
            return Classification { reason, matched, provider, notes };
        }
    }
    classify_alone(failure, mta, kind)
}

/// Classifies one failure from its own text and codes.
fn classify_alone(failure: &Failure, mta: Option<&str>, kind: InputKind) -> Classification {
    let read = read_text(failure);
    let text = read.as_ref();
    let lower = text.to_ascii_lowercase();
    let identified = providers::identify(failure.remote_mta.as_deref(), &lower).map(|p| p.id);
    let facts = Facts {
        text,
        status: failure.status.as_deref(),
        reply: failure.reply.as_deref(),
        command: failure.command.as_deref(),
        action: failure.action.as_deref(),
        remote_host: failure.remote_mta.as_deref(),
        mta,
        pasted: matches!(
            kind,
            InputKind::SmtpReply
                | InputKind::NdrText
                | InputKind::JsonRecord
                | InputKind::CsvExport
        ),
        record: kind == InputKind::JsonRecord,
        diagnostic_type: failure.diagnostic_type.as_deref(),
    };
    let mut notes = judge::code_notes(facts.status, facts.reply, &failure.diagnostic);

    let alert = failure.mail_program_alert.and_then(knowledge::mail_program_alerts::by_id);
    let (reason, matched) = if let Some(entry) = alert {
        // A mail program's own alert names its cause by its number or
        // wording. Server words it quotes without a reply code (`The server
        // responded: ... Send As this sender`) name the cause more exactly
        // when a provider's table has an entry for them.
        let quoted = knowledge::mail_program_alerts::quoted_reply(text)
            .and_then(|words| providers::lookup(words, &words.to_ascii_lowercase(), None));
        match quoted {
            Some(found) => (found.entry.reason, found),
            None => (entry.reason, Match::entry(entry)),
        }
    } else if failure.queue_hold {
        // The queue listing states the hold, and whatever reply the entry
        // quotes is from an attempt before it.
        (Reason::OnHold, Match::entry(&queue_states::HELD_IN_QUEUE))
    } else if let Some(entry) = service_entries::stated_entry(failure, mta) {
        // The sending service's record names the event itself, and its
        // Details may hold no reply to read.
        (entry.reason, Match::entry(entry))
    } else if let Some(reason) = failure.reason {
        // The bounce format decided the reason, but a provider's own
        // explanation of that failure (a Google Groups refusal) is still
        // more specific than the reason's. Non-failures keep their own.
        let found = providers::lookup(text, &lower, failure.remote_mta.as_deref())
            .filter(|_| !reason.is_not_failure());
        // A feedback report's type names what was reported. Only `abuse`
        // is a spam complaint: `not-spam`, `virus`, `fraud`, `other` and
        // `auth-failure` (a failed SPF, DKIM or DMARC check) are not.
        // An SES complaint is about mail the user's own account sent, and
        // it has no Source-IP, so some types get SES's own steps.
        let from_ses = mta == Some("amazonses") && kind == InputKind::JsonRecord;
        let lookup = if from_ses { ses_feedback::lookup } else { feedback_types::lookup };
        let typed = lookup(&lower).filter(|_| reason == Reason::Feedback);
        let own = if let Some(entry) = typed {
            entry
        } else if let Some(held) = auto_replies::lookup(&lower)
            .filter(|_| matches!(mta, Some("vacation" | "list-manager")))
        {
            // An auto-reply that holds the message or is never read.
            held
        } else {
            explained::entry(reason)
        };
        (reason, found.unwrap_or_else(|| Match::entry(own)))
    } else if let Some(entry) = service_entries::dropped_by_service(failure, mta, &facts) {
        // The sending service never sent the message, so the reply-like
        // text is its own reason, not a receiver's refusal.
        (entry.reason, Match::entry(entry))
    } else if let Some(held) = review_holds::lookup(&lower) {
        // A filter's notice that it holds the message and that it needs no
        // resend outranks the words of its rule ("blocked", "spam").
        (held.reason, Match::entry(held))
    } else if let Some(refused) =
        auto_replies::sympa_refusal(failure.diagnostic_type.as_deref(), failure.status.as_deref())
    {
        (refused.reason, Match::entry(refused))
    } else if let Some(found) = providers::lookup(text, &lower, failure.remote_mta.as_deref()) {
        // A receiver habit that only the SMTP command or DSN status shows
        // (Docomo's filter answering "Unknown user" after DATA) outranks
        // the entry's usual reason; the provider's explanation stays.
        let decision = decide(&facts);
        let by_habit = matches!(decision.basis, Basis::Provider);
        (if by_habit { decision.reason } else { found.entry.reason }, found)
    } else if let Some(waiting) = queue_states::retry_wait(&lower) {
        // Exim skipped the attempt, so no receiver replied: its words
        // ("defer", a code in brackets) would otherwise read as a cause.
        (waiting.reason, Match::entry(waiting))
    } else if let Some(found) = greylisting(failure, &lower) {
        // A greylisting deferral only requests a retry. Its 4.7.1 or
        // 4.2.0 status and words such as "rejected" would otherwise read
        // as a block or a spam verdict.
        (found.entry.reason, found)
    } else if let Some(found) = blocklists::lookup(&lower) {
        for closed in blocklists::closed_beside(&lower, &found) {
            notes.push(Note::info(format!(
                "The reply also names {}, a blocklist that has shut down: it needs no removal \
                 request, and the recipient's mail administrator should drop it from the \
                 server's settings.",
                closed.name.trim_end_matches(" (closed)")
            )));
        }
        (found.entry.reason, found)
    } else {
        let decided = decide(&facts);
        let by_sender = sender_suspension(decided, failure, text);
        let decision = by_sender.unwrap_or(decided);
        notes = judge::notes(&decision, facts.status, facts.reply, &failure.diagnostic);
        // An event record with no reply text at all has no reply to lack a code.
        let no_reply = kind == InputKind::JsonRecord && text.trim().is_empty();
        let matched = match by_sender {
            Some(_) => Match::entry(&own_account::SENDER_SUSPENDED),
            None if no_reply && decision.reason == Reason::Undefined => {
                Match::entry(&service_events::EVENT_NO_REPLY)
            }
            None => explanation(&decision, failure),
        };
        match code_alone(&decision, &facts, identified) {
            Some(found) => (found.entry.reason, found),
            None => (decision.reason, matched),
        }
    };

    notes.extend(judge::action_mismatch(facts.action, facts.status));

    let mut blocklists = matched.blocklists.clone();
    for list in blocklists::named_in(&lower) {
        if !blocklists.contains(&list.id) {
            blocklists.push(list.id);
        }
    }
    let provider = matched.provider.or(identified);
    if let Some(note) = claim_note(matched.provider, identified, failure.remote_mta.as_deref()) {
        notes.push(note);
    }
    Classification { reason, matched: Match { blocklists, ..matched }, provider, notes }
}

/// Returns a provider's entry for an unassigned status code when only the
/// code's class decided the reason, so no word in the reply names a
/// cause. A receiving host of another known provider keeps the generic
/// reading, because the code is then that provider's.
fn code_alone(decision: &Decision, facts: &Facts, identified: Option<&str>) -> Option<Match> {
    let class_only = decision.basis == Basis::Status && decision.reason == Reason::SecurityError;
    let status = decide::preferred_status(facts.status, facts.text).filter(|_| class_only)?;
    let found = providers::lookup_code_alone(&status)?;
    let other_provider = identified.is_some_and(|id| found.provider != Some(id));
    (!other_provider).then_some(found)
}

/// Returns the text the classifier reads: the receiver's reply, then the sending
/// MTA's own lines after it, which may state why it gave up (qmail's `this
/// message has been in the queue too long`).
fn read_text(failure: &Failure) -> Cow<'_, str> {
    match failure.mta_trailer.is_empty() {
        true => Cow::Borrowed(&failure.diagnostic),
        false => Cow::Owned(format!("{} {}", failure.diagnostic, failure.mta_trailer)),
    }
}

/// Returns the greylisting entry when the reply names greylisting. When
/// the text also states that the message expired, the sending server gave
/// up after days of greylisted attempts, so the expiry entry explains it.
fn greylisting(failure: &Failure, lower: &str) -> Option<Match> {
    let found = greylisting::lookup(lower, failure.reply.as_deref())?;
    if reasons::EXPIRED.matches(&normalise(&read_text(failure))) {
        return Some(Match::entry(explained::entry(Reason::Expired)));
    }
    Some(found)
}

/// Warns when a provider was recognised from a code in the text alone
/// while the named receiving host is neither one of that provider's nor
/// one of a provider's whose mail it filters. Anyone can write
/// `BL000010` into a reply, so the text's claim and its links deserve
/// distrust.
fn claim_note(
    coded: Option<&'static str>,
    identified: Option<&'static str>,
    remote_host: Option<&str>,
) -> Option<Note> {
    let provider = providers::by_id(coded?)?;
    let host = remote_host?.split_whitespace().next()?.trim_end_matches('.');
    let named = host.contains('.') && host.bytes().any(|b| b.is_ascii_alphabetic());
    if identified == Some(provider.id) || !named || provider.hosts.is_empty() {
        return None;
    }
    let lower = host.to_ascii_lowercase();
    if providers::handles_mail_at(provider, &lower) {
        return None;
    }
    Some(Note::warning(format!(
        "The text claims to come from {}, but the receiving host {host} is not {}'s. \
         Links shown here come from this tool's own tables, never from the bounce.",
        provider.name, provider.name
    )))
}

/// Returns the decision as a refused sender when it reads a suspended
/// account that the text names by an address other than the recipient's:
/// the other party to the message is its sender.
fn sender_suspension(decision: Decision, failure: &Failure, text: &str) -> Option<Decision> {
    let suspended = decision.reason == Reason::Suspend;
    let other = suspended && sending_account::names_other_account(failure, text);
    other.then_some(Decision { reason: Reason::Rejected, basis: decision.basis })
}

/// True when cPanel's sentence for several causes decided the reason and
/// nothing else in `lower` (normalised) names a missing domain.
fn names_no_cause(decision: &Decision, lower: &str) -> bool {
    let rest = lower.replace(wordings::CPANEL_SENTENCE, "");
    decision.basis == Basis::Phrase(wordings::CPANEL_SENTENCE)
        && !reasons::HOST_UNKNOWN.matches(&rest)
}

/// True when only unknown-user words, in a reply to no known SMTP
/// command, made the decision a filter. Sisimai names that case
/// `filtered`, reading it as a refusal after DATA, and the reason keeps
/// its name. But nothing in the bounce shows that the address passed
/// RCPT, so the explanation follows the reply's words: the address does
/// not exist. The same reply pasted alone, or in a bounce that names RCPT
/// TO, reads the same.
fn unknown_user_unplaced(decision: &Decision, failure: &Failure, lower: &str) -> bool {
    let Basis::Phrase(hit) = decision.basis else { return false };
    failure.command.is_none()
        && reasons::find(Reason::Filtered, lower).is_none()
        && reasons::find(Reason::UserUnknown, lower) == Some(hit)
}

/// Picks the knowledge entry for a decision. An MTA's known wording of
/// the same reason comes first, then the reason's own entry when the text
/// decided it, then the status code's and the reply code's entries. The
/// reason's entry is the last resort.
fn explanation(decision: &Decision, failure: &Failure) -> Match {
    let lower = normalise(&read_text(failure));
    let decided = |entry: &&knowledge::Entry| entry.reason == decision.reason;
    if let Some(entry) = tls_required::lookup(&lower).filter(decided) {
        return Match::entry(entry);
    }
    if let Some(entry) = smtputf8::lookup(&lower).filter(decided) {
        return Match::entry(entry);
    }
    if let Some(entry) = wordings::lookup(&lower).filter(decided) {
        return Match::entry(entry);
    }
    if let Some(entry) = harvest_protection::lookup(&lower).filter(decided) {
        return Match::entry(entry);
    }
    if decision.reason == Reason::PolicyViolation && reasons::BANNED_ATTACHMENT.matches(&lower) {
        return Match::entry(&wordings::ATTACHMENT_BLOCKED);
    }
    if decision.reason == Reason::NetworkError && reasons::ROUTING_LOOP.matches(&lower) {
        return Match::entry(&status_codes::ROUTING_LOOP);
    }
    if decision.reason == Reason::NetworkError && reasons::CONNECTION_DROP.matches(&lower) {
        return Match::entry(&status_codes::CONNECTION_DROP);
    }
    if decision.reason == Reason::Speeding && lower.contains(own_account::FAILURE_LIMIT_WORDS) {
        return Match::entry(&own_account::FAILURE_LIMIT);
    }
    if decision.reason == Reason::Speeding && reasons::SENDING_QUOTA.matches(&lower) {
        return Match::entry(&own_account::SENDING_LIMIT);
    }
    if decision.reason == Reason::Rejected && reasons::SENDER_SUSPENDED.matches(&lower) {
        return Match::entry(&own_account::SENDER_SUSPENDED);
    }
    if decision.reason == Reason::Rejected && reasons::ACCOUNT_HOLD.matches(&lower) {
        return Match::entry(&own_account::ACTIVITY_HOLD);
    }
    if decision.reason == Reason::HostUnknown && names_no_cause(decision, &lower) {
        return Match::entry(&wordings::CPANEL_UNSPECIFIED);
    }
    if decision.reason == Reason::SystemError && reasons::SPF_TEMPERROR.matches(&lower) {
        return Match::entry(&wordings::SPF_TEMPERROR);
    }
    if decision.reason == Reason::Blocked && helo::rejects_helo_name(&lower) {
        return Match::entry(&wordings::HELO_NAME_REJECTED);
    }
    if decision.reason == Reason::Blocked && reasons::DYNAMIC_ADDRESS.find(&lower).is_some() {
        return Match::entry(&dynamic_ip::REFUSED);
    }
    if decision.reason == Reason::Filtered && unknown_user_unplaced(decision, failure, &lower) {
        return Match::entry(explained::entry(Reason::UserUnknown));
    }
    let reason_entry = explained::entry(decision.reason);
    let has_reason_entry = !std::ptr::eq(reason_entry, &knowledge::UNKNOWN);
    if matches!(decision.basis, Basis::Phrase(_)) && has_reason_entry {
        return Match::entry(reason_entry);
    }
    // When the DNS answer states that the domain does not exist, the
    // reason's entry tells so. The X.4.4 entry, for the code Postfix
    // reports beside it, only states that no route was found.
    let name_missing = reasons::NAME_DOES_NOT_EXIST.matches(&lower);
    if decision.reason == Reason::HostUnknown && name_missing && has_reason_entry {
        return Match::entry(reason_entry);
    }
    // The reply code's entry still serves when the status code's entry
    // gives another reason (`450 4.2.1 ... mailbox unavailable`).
    let by_code = failure
        .status
        .as_deref()
        .and_then(status_codes::lookup)
        .filter(decided)
        .or_else(|| failure.reply.as_deref().and_then(reply_codes::lookup).filter(decided));
    Match::entry(by_code.unwrap_or(reason_entry))
}
