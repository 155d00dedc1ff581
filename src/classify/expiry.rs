//! The remote server's last reply inside a sending server's expiry or
//! delay report.
//!
//! Exchange writes its own queue verdict over the reply that kept the
//! message queued: Exchange Online as `550 5.4.300 Message expired -> 451
//! 4.7.1 ...`, Exchange 2013 and 2016 as a `550 4.4.7 QUEUE.Expired`
//! status over the remote server's `Remote Server at ... returned '...'`
//! line. The verdict only states that the sending server gave up (or still
//! retries), while the last reply states why, so that reply is read as if
//! it had been pasted alone. The verdict still sets the retry state,
//! because the outcome is computed from the bounce's own codes.

use super::matcher::normalise;
use super::Classification;
use crate::extract::Failure;
use crate::knowledge::{reasons, reply_codes, status_codes, Entry};
use crate::reason::Reason;
use crate::report::Note;
use crate::smtp;

/// Exchange's words before the last reply in its chained form.
const CHAIN_MARK: &str = "message expired ->";

/// Returns the failure as the remote server's last reply alone states
/// it: its own codes and text, without the sending server's expiry
/// verdict. `None` when the bounce carries no such reply.
pub(crate) fn last_reply(failure: &Failure) -> Option<Failure> {
    let text = chained_reply(&failure.diagnostic).or_else(|| reply_under_expiry(failure))?;
    let codes = smtp::find_codes(text);
    Some(Failure {
        diagnostic: text.to_string(),
        status: codes.status,
        reply: codes.reply,
        mta_trailer: String::new(),
        ..failure.clone()
    })
}

/// True when the classification of the last reply names a cause of its
/// own. A reply that only repeats the expiry leaves the explanation to
/// the sending server's verdict, and so does a vague one: the generic
/// on-hold entry, the reply code's entry, or the entry of an "other or
/// undefined" status (`451 4.7.0 Temporary server error`). A specific
/// status such as `452 4.2.2` still names its cause.
pub(super) fn names_cause(verdict: &Classification, last: &Failure) -> bool {
    let entry = verdict.matched.entry;
    let is = |found: Option<&'static Entry>| found.is_some_and(|e| std::ptr::eq(e, entry));
    let undefined_status = last.status.as_deref().filter(|s| s.ends_with(".0"));
    let generic = is(Some(reasons::entry(Reason::OnHold)))
        || is(undefined_status.and_then(status_codes::lookup))
        || is(last.reply.as_deref().and_then(reply_codes::lookup));
    !generic && !matches!(verdict.reason, Reason::Undefined | Reason::Expired)
}

/// Returns the note that tells the expiry when the last reply explains
/// the card, because the card's entry is that reply's and names no expiry.
pub(super) fn gave_up_note(failure: &Failure, last: &Failure) -> Note {
    let codes: Vec<&str> =
        [failure.reply.as_deref(), failure.status.as_deref()].into_iter().flatten().collect();
    let verdict = match codes.is_empty() {
        true => String::new(),
        false => format!(" ({})", codes.join(" ")),
    };
    Note::info(format!(
        "The sending server stopped retrying when the message expired{verdict}. The \
         explanation follows the last reply it got: {}",
        last.diagnostic.trim()
    ))
}

/// Returns the last reply after Exchange Online's `Message expired ->`.
/// Exchange may chain its own wrapper first, as in `-> 451 4.4.395 Target
/// host responded with error. -> 454 4.7.5 Certificate validation
/// failure`, so the last link that opens with a reply is the remote's.
fn chained_reply(diagnostic: &str) -> Option<&str> {
    let lower = diagnostic.to_ascii_lowercase();
    let at = lower.find(CHAIN_MARK)? + CHAIN_MARK.len();
    let rest = diagnostic.get(at..)?;
    rest.rsplit("->").map(str::trim).find(|link| smtp::reply_start(link) == Some(0))
}

/// Returns the diagnostic when it is the remote server's reply under the
/// sending server's X.4.7 status ("delivery time expired", RFC 3463),
/// which Exchange 2013 and 2016 write over the last reply they got. A
/// reply that gives the same codes is the verdict itself.
fn reply_under_expiry(failure: &Failure) -> Option<&str> {
    let status = failure.status.as_deref()?;
    let diagnostic = failure.diagnostic.trim();
    if !status.ends_with(".4.7") || smtp::reply_start(diagnostic) != Some(0) {
        return None;
    }
    let own = smtp::find_codes(diagnostic);
    let differs = own.reply.is_some() && own.reply != failure.reply
        || own.status.as_deref().is_some_and(|s| s != status);
    // The verdict's own words ("QUEUE.Expired; message expired") are no
    // remote reply.
    let verdict_only = normalise(diagnostic).contains("message expired");
    (differs && !verdict_only).then_some(diagnostic)
}
