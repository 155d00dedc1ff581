//! The notes for event records and CSV rows that name a recipient but were
//! not read as a failure: an open, a click or an unsubscribe in a batch of
//! webhook events, a delivered row in an export, and the recipients of an
//! event past the cap on those read from one event. Without them the
//! summary's count of recipients would silently leave them out.

use crate::extract::{Failure, MAX_EVENT_RECIPIENTS};
use crate::reason::Reason;
use crate::report::{InputKind, Note, Recipient};

use super::join_with_and;

/// Max events or rows the note names one by one.
const MAX_NAMED: usize = 5;

/// Builds the note for `not_read`, each with its recipient and `not_read`
/// set, from an input of `kind`. Returns `None` when there are none.
pub(super) fn not_read_note(not_read: &[Failure], kind: InputKind) -> Option<Note> {
    if not_read.is_empty() {
        return None;
    }
    let count = not_read.len();
    let csv = kind == InputKind::CsvExport;
    let named: Vec<String> =
        not_read.iter().take(MAX_NAMED).map(|failure| describe(failure, csv)).collect();
    let rest = count - named.len();
    let more = if rest > 0 { format!(" and {rest} more") } else { String::new() };
    let list = format!("{}{more}", join_with_and(&named));
    let one = count == 1;
    let (noun, verb) = if one { ("", "was") } else { ("s", "were") };
    let message = if csv {
        let cause = if one { "it gives" } else { "they give" };
        format!(
            "{count} row{noun} naming a recipient {verb} not read, because {cause} neither \
             a reply nor a bounce type: {list}. Such a row is usually a delivery, or a send \
             the service held back."
        )
    } else {
        let cause = if one { "its type reports" } else { "their types report" };
        format!(
            "{count} event{noun} naming a recipient {verb} not read, because {cause} no \
             delivery failure: {list}. Opens, clicks and unsubscribes are not bounces."
        )
    };
    Some(Note::info(message))
}

/// Builds the note for the recipients left out of the event records that
/// listed more than [`MAX_EVENT_RECIPIENTS`], given how many each left
/// out. Returns `None` when no event was cut.
pub(super) fn recipients_cut_note(cut: &[usize]) -> Option<Note> {
    let left_out: usize = cut.iter().sum();
    if left_out == 0 {
        return None;
    }
    let lead = match cut {
        [one] => format!(
            "The event record lists {} recipients. Only the first {MAX_EVENT_RECIPIENTS} get a \
             card",
            MAX_EVENT_RECIPIENTS + one
        ),
        _ => format!(
            "{} event records list more than {MAX_EVENT_RECIPIENTS} recipients each. Only the \
             first {MAX_EVENT_RECIPIENTS} of each get a card",
            cut.len()
        ),
    };
    let verb = if left_out == 1 { "was" } else { "were" };
    Some(Note::warning(format!(
        "{lead}, so {left_out} {verb} left out. Look the others up in the sending service's \
         log, or paste the event again with only them listed to see them explained."
    )))
}

/// Builds the card's note for an event read by its service's layout
/// although its `event` name, `event` (empty when missing), is not one
/// the service `mta` uses.
pub(super) fn unknown_event_note(event: &str, mta: Option<&str>) -> Note {
    let service =
        mta.and_then(crate::report::sending_service_name).unwrap_or("the sending service");
    let name = match event {
        "" => "The event record has no `event` name".to_string(),
        _ => format!("The event name `{event}` is not one of {service}'s event types"),
    };
    Note::info(format!(
        "{name}. Its fields are laid out as {service}'s are, so it was read as {service}'s \
         event: the outcome from its `severity` or reply code, and the reply from its \
         `delivery-status`. Check the event in {service}'s log if the card looks wrong."
    ))
}

/// Returns `` `open` for bob@example.net `` for an event, or the address
/// alone for a CSV row.
fn describe(failure: &Failure, csv: bool) -> String {
    let recipient = failure.recipient.as_deref().unwrap_or("no address");
    match failure.not_read.as_deref() {
        Some(event) if !csv => format!("`{event}` for {recipient}"),
        _ => recipient.to_string(),
    }
}

/// Returns the summary of a sending service's event records of which none
/// reports a failure: only opens, clicks, deliveries and the like.
/// Returns `None` when any recipient failed or the input is no record.
pub(super) fn no_failure_summary(
    kind: InputKind,
    service: Option<&str>,
    recipients: &[Recipient],
    not_read: &[Failure],
) -> Option<String> {
    let delivered_only = recipients.iter().all(|r| r.reason == Reason::Delivered);
    if kind != InputKind::JsonRecord || not_read.is_empty() || !delivered_only {
        return None;
    }
    let count = recipients.len() + not_read.len();
    let service = service.unwrap_or("the sending service");
    let records = if count == 1 { "event record" } else { "event records" };
    Some(format!(
        "Read {count} {records} of {service}: they report no delivery failure, only \
         events such as deliveries, opens or clicks."
    ))
}
