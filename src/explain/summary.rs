//! The one sentence at the top of a report.

use crate::extract::MAX_UNNAMED_REPLIES;
use crate::reason::Reason;
use crate::report::{InputKind, Note, Recipient};

/// Builds the summary of the recipients found. A DSN may report
/// deliveries beside failures (RFC 3464's `delivered`, `relayed` and
/// `expanded`), so those are counted apart from the recipients the
/// message did not reach. With `replies_only`, no card names a recipient,
/// so the summary counts the different replies instead, `replies_cut` of
/// them left out past the first [`MAX_UNNAMED_REPLIES`].
pub(super) fn summary(
    kind: InputKind,
    recipients: &[Recipient],
    replies_only: bool,
    replies_cut: usize,
) -> String {
    let delayed = recipients.iter().filter(|r| r.action == "delayed").count();
    let delivered = recipients.iter().filter(|r| r.reason == Reason::Delivered).count();
    match (kind, recipients.len()) {
        (InputKind::NotBounce, _) | (_, 0) => "No delivery failure was found in this text.".into(),
        // The delay explanation already mentions the delay, a specific cause does not.
        // A held message is not being tried at all.
        (_, 1)
            if delayed == 1 && recipients[0].reason != Reason::Expired && !recipients[0].held =>
        {
            format!(
            "{} The message has not failed yet: the sending server is still trying to deliver it.",
            recipients[0].explanation.what
        )
        }
        (_, 1) => recipients[0].explanation.what.clone(),
        (_, n) if delivered == n => {
            format!(
                "The report says the message was delivered to all {n} recipients; nothing failed."
            )
        }
        (_, n) if delivered > 0 => mixed(n, delayed, delivered),
        (_, n) if replies_only => replies_summary(n, delayed, replies_cut),
        (_, n) if delayed == n => {
            format!("Delivery to {n} recipients is delayed, not failed; each is explained below.")
        }
        (_, n) if delayed > 0 => format!(
            "The bounce reports on {n} recipients, {delayed} of them only delayed; \
             each is explained below."
        ),
        (_, n) => format!("The bounce reports on {n} recipients; each is explained below."),
    }
}

/// Builds the summary of `count` different replies of which none names
/// its recipient, `delayed` of them from a delay notice. With `cut`
/// more left out, the count is the text's and the rest are "the first".
fn replies_summary(count: usize, delayed: usize, cut: usize) -> String {
    let lead = format!("The text has {} different replies that name no recipient", count + cut);
    if cut > 0 {
        let delays = match delayed {
            0 => String::new(),
            d => format!(", {d} of them only delays"),
        };
        return format!("{lead}; the first {count} are explained below{delays}.");
    }
    match delayed {
        0 => format!("{lead}; each is explained below."),
        d if d == count => format!("{lead}, all of them only delays; each is explained below."),
        d => format!("{lead}, {d} of them only delays; each is explained below."),
    }
}

/// Builds the note for `cut` different replies that name no recipient
/// and got no card, past the first [`MAX_UNNAMED_REPLIES`].
pub(super) fn replies_cut_note(cut: usize) -> Note {
    let total = MAX_UNNAMED_REPLIES + cut;
    let verb = if cut == 1 { "was" } else { "were" };
    Note::warning(format!(
        "The text has {total} different replies that name no recipient. Only the first \
         {MAX_UNNAMED_REPLIES} get a card, so {cut} {verb} left out. Paste the others on \
         their own to see them explained."
    ))
}

/// Builds the summary of a report with both deliveries and failures.
fn mixed(total: usize, delayed: usize, delivered: usize) -> String {
    let missed = total - delivered;
    let only_delayed = match delayed {
        0 => String::new(),
        d if d == missed => match d {
            1 => " (only delayed so far)".to_string(),
            _ => " (all of them only delayed so far)".to_string(),
        },
        d => format!(", {d} of them only delayed"),
    };
    let verb = if delivered == 1 { "was" } else { "were" };
    format!(
        "The message did not reach {missed} of the {total} recipients{only_delayed}; \
         {delivered} {verb} delivered. Each is explained below."
    )
}
