//! Phishing mail dressed up as a bounce: it claims that messages failed
//! or are held, then asks the reader to sign in, confirm a password or
//! release messages through a link. A real bounce has nothing to ask of
//! its reader, so such a request is a warning sign whatever else the
//! text holds.

use crate::input::{self, Decoded};
use crate::knowledge::lures::{CREDENTIAL_ASKS, RELEASE_ASKS};
use crate::report::Note;

/// How much of the notice is read for the request, so that a long paste
/// costs no more than its start. A lure states its request near the top.
const MAX_TEXT: usize = 16 * 1024;

/// The summary of a text that asks for a sign-in and carries neither a
/// DSN nor a mail system's layout, so its failures are taken for made up.
pub(super) const SUMMARY: &str = "This looks like phishing made to look like a bounce: it asks \
     you to sign in, confirm a password or release messages through a link. Do not open the link.";

/// True when the notice's own text (not a returned message below it)
/// holds a link and asks its reader for a password or a sign-in, or
/// offers to release held or pending messages.
pub(super) fn asks_for_sign_in(decoded: &Decoded) -> bool {
    let notice = input::head(crate::extract::error_section(&decoded.body), MAX_TEXT);
    let text = notice.to_lowercase();
    // "https:" without its slashes too, as a redacted copy may leave it.
    let link = ["http:", "https:", "www."].iter().any(|mark| text.contains(mark));
    let asks = CREDENTIAL_ASKS.iter().chain(RELEASE_ASKS).any(|words| text.contains(words));
    link && asks
}

/// Builds the warning shown with any text that [`asks_for_sign_in`].
pub(super) fn warning() -> Note {
    Note::warning(
        "This text asks you, through a link, to sign in, confirm a password or release \
         messages. A real bounce never does: the mail system that writes it only reports \
         what failed. Treat it as phishing: do not open the link or enter a password, and \
         report the message to your mail administrator. To check your mailbox, type your \
         provider's address into the browser yourself.",
    )
}
