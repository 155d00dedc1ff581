//! A bounce with a delivery-status part copies the receiver's reply twice:
//! into its human-readable text and into each recipient's Diagnostic-Code
//! field (RFC 3464). The card follows the field's reply. When the text
//! part's reply carries other codes (another reply code, or an enhanced
//! status code of another class or subject, RFC 3463), the two parts name
//! different causes, and the card warns and quotes both.

use crate::extract::Failure;
use crate::smtp::{self, ReplyCodes};

/// The maximum length of a reply the warning quotes, in characters.
const QUOTE_LIMIT: usize = 110;

/// Returns the warning for a recipient whose text part quotes a reply
/// with other codes than its Diagnostic-Code field, or `None` when the
/// codes agree or either part has no code to compare.
pub(super) fn disagreement(failure: &Failure) -> Option<String> {
    let text = failure.text_part_diagnostic.as_deref()?;
    let field = failure.diagnostic.as_str();
    if !codes_differ(&smtp::find_codes(field), &smtp::find_codes(text)) {
        return None;
    }
    let (field, text) = (quote(field), quote(text));
    Some(format!(
        "The bounce's two parts quote different replies for this recipient: its \
         Diagnostic-Code field gives \"{field}\", and its text part gives \"{text}\". This card \
         follows the Diagnostic-Code field. Check which reply the receiving server gave before \
         you act on this card."
    ))
}

/// True when both parts carry a reply code and the codes differ, or both
/// carry an enhanced status code and their class or subject differ. The
/// detail (`5.7.1` beside `5.7.0`) is left out, because servers word one
/// refusal with several details.
fn codes_differ(field: &ReplyCodes, text: &ReplyCodes) -> bool {
    let replies_differ = matches!((&field.reply, &text.reply), (Some(a), Some(b)) if a != b);
    let statuses_differ = match (&field.status, &text.status) {
        (Some(a), Some(b)) => class_and_subject(a) != class_and_subject(b),
        _ => false,
    };
    replies_differ || statuses_differ
}

/// Returns `5.7` for the enhanced status code `5.7.1`.
fn class_and_subject(status: &str) -> &str {
    status.rsplit_once('.').map_or(status, |(head, _)| head)
}

/// Returns the reply from its code on, on one line, cut at a word
/// boundary after at most `QUOTE_LIMIT` characters.
fn quote(reply: &str) -> String {
    let start = smtp::reply_start(reply).unwrap_or(0);
    let line = reply[start..].split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= QUOTE_LIMIT {
        return line;
    }
    let cut: String = line.chars().take(QUOTE_LIMIT).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut} …")
}
