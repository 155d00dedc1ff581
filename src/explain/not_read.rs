//! The note for event records and CSV rows that name a recipient but were
//! not read as a failure: an open, a click or an unsubscribe in a batch of
//! webhook events, a delivered row in an export. Without it the summary's
//! count of recipients would silently leave them out.

use crate::extract::Failure;
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
