//! Amazon SES's bounce email states the receiver's reply only in its
//! delivery-status part (Diagnostic-Code). Its text part is one sentence,
//! "An error occurred while trying to deliver the mail to the following
//! recipients:", and the addresses. A forward that keeps only the text
//! part, as a mail program does when it attaches the other part apart or
//! drops it, names the recipient with no reply and gives a vague card.

use crate::extract::Failure;
use crate::report::{InputKind, Note};

/// Builds the card's note for a failure read from an SES bounce email
/// whose reply is missing. The note names the part that had the reply
/// and how to get it. Returns `None` for any other failure.
pub(super) fn missing_reply_note(
    failure: &Failure,
    mta: Option<&str>,
    kind: InputKind,
) -> Option<Note> {
    let no_reply = failure.reply.is_none() && failure.status.is_none();
    if mta != Some("amazonses") || kind == InputKind::JsonRecord || !no_reply {
        return None;
    }
    Some(Note::info(
        "Amazon SES gives the receiving server's reply only in its bounce's delivery-status \
         part (the Diagnostic-Code field), and this text does not contain it. A forward often \
         leaves that part out or attaches it separately. Paste the original bounce, or ask for \
         it as an attachment, to see why delivery failed.",
    ))
}
