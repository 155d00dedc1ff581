//! One failed recipient's card: the classifier's verdict, its
//! explanation, the IP address to quote and the retry outcome, put
//! together from one extracted failure.

use super::card::{explanation, links};
use super::retry::{self, Outcome};
use super::{
    extended_host, forward, forwarder_block, join_with_and, listed_domain, listed_results,
    lookalike, moved, not_read, own_account, parts_cause, public_mailbox, remote_relay,
    reply_links, service_ip, ses_notice,
};
use crate::classify;
use crate::extract::Failure;
use crate::knowledge::{blocklists, greylisting, queue_states};
use crate::reason::Reason;
use crate::report::{Actor, InputKind, Note, Recipient, SenderIpSource};
use crate::sender_ip;

/// Builds the card of one extracted failure.
pub(super) fn recipient(
    ip_context: &sender_ip::Context,
    failure: &Failure,
    mta: Option<&str>,
    kind: InputKind,
) -> Recipient {
    // A reply that lists every recipient's result is read by this
    // recipient's entry alone, but the card still quotes all of it.
    let whole_reply = failure.diagnostic.clone();
    let own_result = listed_results::own_result(failure);
    let failure = own_result.as_ref().map_or(failure, |own| &own.failure);
    let verdict = classify::classify(failure, mta, kind);
    // A listed domain, an account's sending limit or a message's content
    // does not depend on the sending IP, so a hint to find it would mislead.
    // A named IP blocklist still needs the address.
    let entry = verdict.matched.entry;
    let domain_listing = crate::knowledge::is_domain_listing(entry);
    // The removal request for a listed domain names the domain, so an
    // address the reply also names (`Client host [ip] blocked using` a
    // domain list) is not one to quote.
    // A mail program's alert names the user's own servers, never a
    // sending IP that a receiver blocked.
    let alert = failure.mail_program_alert.is_some();
    let (sender_ip, mut sender_ip_source) = match domain_listing || alert {
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
    notes.extend(own_result.as_ref().map(|own| own.note.clone()));
    for rejected in &failure.rejected {
        notes.push(Note::warning(format!(
            "The bounce gives the {} as \"{}\". It contains control characters (shown as \
             ⟨U+…⟩), which no valid address or host name contains, so this card leaves it out.",
            rejected.field, rejected.escaped
        )));
    }
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
    if failure.earlier_events > 0 {
        let count = failure.earlier_events;
        let (events, verb) = if count == 1 { ("event", "was") } else { ("events", "were") };
        notes.push(Note::info(format!(
            "{count} earlier {events} about the same message to this address {verb} folded into \
             this card, which shows the latest event by its time."
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
    if let Some(listed) = listed_domain::find(&failure.diagnostic).filter(|_| domain_listing) {
        notes.push(Note::info(listed_domain::note_text(&listed)));
    }
    let own_account = own_account::named_account(failure, entry, kind);
    if let Some(address) = own_account.as_deref() {
        notes.push(Note::info(format!(
            "The reply names {address} as the sending account, not as a recipient. \
             The text does not say to whom the message was addressed."
        )));
    }
    if let Some(event) = failure.unknown_event.as_deref() {
        notes.push(not_read::unknown_event_note(event, mta));
    }
    notes.extend(ses_notice::missing_reply_note(failure, mta, kind));
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
    // A bounce email states its finality itself, so only pasted text
    // needs the note.
    if outcome == Outcome::GaveUp
        && kind != InputKind::Email
        && retry::assumed_final(failure, verdict.reason)
    {
        notes.push(Note::info(
            "The text does not say whether the sending server gave up or is still retrying. \
             This card reads it as a returned message's line, after which nothing is retried. \
             If it comes from a delay notice, one that says delivery will be retried, the \
             message is still queued: paste the whole notice.",
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
    // Only an IP listing is the service's, because a listed domain is
    // the sender's own.
    if !domain_listing {
        let ip_listed = !verdict.matched.blocklists.is_empty()
            || crate::knowledge::providers::is_own_ip_list(entry);
        let (ip, client_ip) = (sender_ip.as_deref(), failure.client_ip.as_deref());
        service_ip::hand_over(&mut explanation, mta, ip_listed, ip, client_ip);
    }
    let card_fields: Vec<&str> = [failure.remote_mta.as_deref(), failure.recipient.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    extended_host::warn(&failure.diagnostic, &card_fields, &mut notes, &mut explanation.steps);
    notes.extend(reply_links::note(&whole_reply, &links));
    let recipient = failure
        .recipient
        .as_deref()
        .filter(|_| own_account.is_none())
        .map(super::punycode::lowercase_a_label_domain);
    let mailbox_provider = public_mailbox::provider_of(recipient.as_deref());
    if let Some(address) = recipient.as_deref().filter(|_| mailbox_provider.is_some()) {
        notes.extend(public_mailbox::note(address, explanation.who_acts, verdict.reason));
    }
    Recipient {
        recipient,
        original_recipient: forward::original_recipient(failure)
            .map(|address| super::punycode::lowercase_a_label_domain(&address)),
        action,
        status,
        reply,
        reason: verdict.reason,
        permanent: matches!(outcome, Outcome::Permanent | Outcome::Futile),
        hard: is_hard(failure, verdict.reason),
        // A refusal at submission leaves nothing in
        // any server's queue.
        retrying: matches!(outcome, Outcome::Delayed | Outcome::Temporary | Outcome::Futile)
            && !queue_hold
            && !(outcome == Outcome::Temporary
                && crate::knowledge::sending_account::is_submission_refusal(entry)),
        held: queue_hold
            || (outcome == Outcome::Permanent && crate::knowledge::auto_replies::is_hold(entry)),
        provider: verdict.provider.map(str::to_string),
        mailbox_provider: mailbox_provider.map(str::to_string),
        code,
        blocklists: verdict.matched.blocklists.iter().map(|b| b.to_string()).collect(),
        remote_host: failure.remote_mta.clone(),
        smtp_command: failure.command.clone(),
        diagnostic: whole_reply,
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
