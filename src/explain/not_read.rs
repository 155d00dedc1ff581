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
/// Events read by a layout whose name the service does not use get
/// [`unknown_name_note`] instead.
pub(super) fn not_read_note(not_read: &[Failure], kind: InputKind) -> Option<Note> {
    let not_read: Vec<&Failure> = not_read.iter().filter(|f| f.unknown_event.is_none()).collect();
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

/// Builds the note for the events in `not_read` that the layout of the
/// service named `service` recognised although their `event` name is not
/// one of its own, and that state no failure. Returns `None` when there
/// are none.
pub(super) fn unknown_name_note(not_read: &[Failure], service: Option<&str>) -> Option<Note> {
    let unknown: Vec<&Failure> = not_read.iter().filter(|f| f.unknown_event.is_some()).collect();
    if unknown.is_empty() {
        return None;
    }
    let service = service.unwrap_or("the sending service");
    let count = unknown.len();
    let named: Vec<String> =
        unknown.iter().take(MAX_NAMED).map(|failure| describe(failure, false)).collect();
    let more = match count - named.len() {
        0 => String::new(),
        rest => format!(" and {rest} more"),
    };
    let list = format!("{}{more}", join_with_and(&named));
    let message = match unknown.as_slice() {
        [one] => {
            let name = match one.unknown_event.as_deref() {
                Some("") => "It".to_string(),
                _ => format!("Its name is not one of {service}'s event types, and it"),
            };
            format!(
                "An event laid out as {service}'s gets no card: {list}. {name} states no \
                 delivery failure: no `severity` of `permanent` or `temporary`, and no 4xx or \
                 5xx reply code. Look the event up in {service}'s log to see what it reports."
            )
        }
        _ => format!(
            "{count} events laid out as {service}'s get no card: {list}. Their names are \
             missing or not among {service}'s event types, and they state no delivery failure: \
             no `severity` of `permanent` or `temporary`, and no 4xx or 5xx reply code. Look the \
             events up in {service}'s log to see what they report."
        ),
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
        Some("") if !csv => format!("no `event` name for {recipient}"),
        Some(event) if !csv => format!("`{event}` for {recipient}"),
        _ => recipient.to_string(),
    }
}

/// Returns the summary of a sending service's event records of which none
/// reports a failure: only opens, clicks, deliveries and the like, or
/// events of the service's layout whose name it does not use.
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
    let unknown: Vec<&str> = not_read.iter().filter_map(|f| f.unknown_event.as_deref()).collect();
    let (records, reports) =
        if count == 1 { ("event record", "it reports") } else { ("event records", "they report") };
    if unknown.len() == count {
        let names = match unknown.as_slice() {
            [""] => "it has no `event` name".to_string(),
            [_] => format!("its name is not one of {service}'s event types"),
            _ => format!("their names are missing or not among {service}'s event types"),
        };
        return Some(format!(
            "Read {count} {records} laid out as {service}'s: {reports} no delivery failure, and \
             {names}."
        ));
    }
    if unknown.is_empty() {
        return Some(format!(
            "Read {count} {records} of {service}: {reports} no delivery failure, only events \
             such as deliveries, opens or clicks."
        ));
    }
    let have = if unknown.len() == 1 { "has" } else { "have" };
    Some(format!(
        "Read {count} {records} of {service}: {reports} no delivery failure. Of these, {} {have} \
         no name among {service}'s event types, and the others are events such as deliveries, \
         opens or clicks.",
        unknown.len()
    ))
}
