//! The remote server's last reply inside a sending server's expiry or
//! delay report.
//!
//! Exchange writes its own queue verdict over the reply that kept the
//! message queued: Exchange Online as `550 5.4.300 Message expired -> 451
//! 4.7.1 ...` (or with the reply on a `Caused by:` line below), Exchange
//! 2013 and 2016 as a `550 4.4.7 QUEUE.Expired` status over the remote
//! server's `Remote Server at ... returned '...'` line. Amazon WorkMail
//! writes the reply in angle brackets after its one-line verdict: `554
//! 4.4.7 Message expired: unable to deliver in 1440 minutes.<421 4.4.2
//! ...>`, which an NDR may quote in turn. The verdict only states that
//! the sending server gave up (or still retries), while the last reply
//! states why, so that reply is read as if it had been pasted alone. The
//! verdict's own codes still set the retry state (see [`verdict_codes`]).

use super::matcher::normalise;
use super::Classification;
use crate::extract::Failure;
use crate::knowledge::{reasons, reply_codes, status_codes, Entry};
use crate::reason::Reason;
use crate::report::Note;
use crate::smtp::{self, ReplyCodes};

/// The verdict's words that open its chained form, lowercase.
const CHAIN_OPENING: &str = "message expired";

/// Lowercase separators before each reply in the chained form: Exchange
/// Online's `->`, and `Caused by:` when the reply was pasted on a line of
/// its own below the verdict.
/// NOTE: the `Caused by:` layout is taken from a user's paste. No
/// Microsoft documentation found shows it.
const CHAIN_SEPARATORS: &[&str] = &["->", "caused by:"];

/// Returns the failure as the remote server's last reply alone states
/// it: its own codes and text, without the sending server's expiry
/// verdict. `None` when the bounce carries no such reply.
pub(crate) fn last_reply(failure: &Failure) -> Option<Failure> {
    let text = chained_reply(&failure.diagnostic)
        .or_else(|| bracketed_reply(&failure.diagnostic))
        .or_else(|| reply_under_expiry(failure))?;
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
    let own = verdict_codes(failure);
    let codes: Vec<&str> =
        [own.reply.as_deref(), own.status.as_deref()].into_iter().flatten().collect();
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

/// Returns the sending server's own codes: those of the verdict before
/// the angle brackets in the one-line form, whose failure carries the
/// last reply's codes (see `smtp::find_codes`), else the failure's.
pub(crate) fn verdict_codes(failure: &Failure) -> ReplyCodes {
    match bracketed_reply(&failure.diagnostic) {
        Some(_) => smtp::find_codes(verdict_before_bracket(&failure.diagnostic)),
        None => ReplyCodes { reply: failure.reply.clone(), status: failure.status.clone() },
    }
}

/// Returns the last reply after Exchange Online's `Message expired`
/// and a separator (see [`CHAIN_SEPARATORS`]). Exchange may chain its own
/// wrapper first, as in `-> 451 4.4.395 Target host responded with
/// error. -> 454 4.7.5 Certificate validation failure`, so the last link
/// that opens with a reply is the remote's.
fn chained_reply(diagnostic: &str) -> Option<&str> {
    // ASCII lowercasing keeps every byte offset.
    let lower = diagnostic.to_ascii_lowercase();
    let opening = lower.find(CHAIN_OPENING)? + CHAIN_OPENING.len();
    let after = lower[opening..].trim_start();
    if !CHAIN_SEPARATORS.iter().any(|separator| after.starts_with(separator)) {
        return None;
    }
    let mut links = Vec::new();
    let mut start = opening;
    while let Some((at, separator)) = next_separator(&lower, start) {
        links.push(start..at);
        start = at + separator.len();
    }
    links.push(start..diagnostic.len());
    links
        .into_iter()
        .rev()
        .map(|range| diagnostic[range].trim())
        .find(|link| smtp::reply_start(link) == Some(0))
}

/// Finds the first chain separator in `lower` from byte `from` on.
fn next_separator(lower: &str, from: usize) -> Option<(usize, &'static str)> {
    CHAIN_SEPARATORS
        .iter()
        .filter_map(|separator| lower[from..].find(separator).map(|at| (from + at, *separator)))
        .min_by_key(|(at, _)| *at)
}

/// Returns the reply in angle brackets after the one-line verdict, `554
/// 4.4.7 Message expired: unable to deliver in 1440 minutes.<421 4.4.2
/// Connection dropped ...>`. The verdict must carry an X.4.7 status
/// ("delivery time expired", RFC 3463) and state that the message
/// expired, so a delay notice is not read as one.
/// The reply may hold angle brackets itself (`<bob@example.net>`), so it
/// ends at the last `>`.
fn bracketed_reply(diagnostic: &str) -> Option<&str> {
    let text = diagnostic.trim();
    let verdict = verdict_before_bracket(text);
    let codes = smtp::find_codes(verdict);
    let expiry = codes.status.as_deref().is_some_and(|s| s.ends_with(".4.7"));
    let opens = smtp::reply_start(verdict) == Some(0) && codes.reply.is_some();
    if !expiry || !opens || !normalise(verdict).contains("expired") {
        return None;
    }
    let inside = text.get(verdict.len() + 1..)?;
    let reply = inside.strip_suffix('>').unwrap_or(inside).trim();
    (smtp::reply_start(reply) == Some(0)).then_some(reply)
}

/// Returns `text` up to its first `<`, or all of it when it has none.
fn verdict_before_bracket(text: &str) -> &str {
    let text = text.trim();
    text.find('<').map_or(text, |at| &text[..at])
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracketed_reply_found() {
        for (diagnostic, reply) in [
            (
                "554 4.4.7 Message expired: unable to deliver in 1440 minutes.<421 4.4.2 \
                 Connection dropped due to SocketError>",
                "421 4.4.2 Connection dropped due to SocketError",
            ),
            (
                "554 4.4.7 Message expired: unable to deliver in 840 minutes.<550 5.1.1 \
                 <bob@example.net>: Recipient address rejected>",
                "550 5.1.1 <bob@example.net>: Recipient address rejected",
            ),
            (
                "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 Service not \
                 available>",
                "421 Service not available",
            ),
        ] {
            assert_eq!(bracketed_reply(diagnostic), Some(reply), "{diagnostic}");
        }
    }

    #[test]
    fn bracketed_reply_needs_expiry() {
        for diagnostic in [
            "451 4.4.7 Message delayed <421 4.4.2 Connection dropped due to SocketError>",
            "550 5.1.1 Message expired <421 4.4.2 Connection timed out>",
            "554 4.4.7 Message expired: unable to deliver in 840 minutes.",
            "Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>",
        ] {
            assert_eq!(bracketed_reply(diagnostic), None, "{diagnostic}");
        }
    }

    #[test]
    fn chained_reply_either_separator() {
        let reply = "421 4.4.2 Connection dropped due to SocketError";
        for diagnostic in [
            format!("550 5.4.300 Message expired -> {reply}"),
            format!("550 5.4.300 Message expired Caused by: {reply}"),
            format!("550 5.4.300 Message expired caused by: 451 4.4.395 Target host responded with error. -> {reply}"),
        ] {
            assert_eq!(chained_reply(&diagnostic), Some(reply), "{diagnostic}");
        }
        assert_eq!(chained_reply("550 5.4.300 Message expired"), None);
    }

    #[test]
    fn verdict_codes_of_bracketed_form() {
        let failure = Failure {
            diagnostic: "554 4.4.7 Message expired: unable to deliver in 1440 minutes.<450 \
                         4.7.1 Client host rejected>"
                .to_string(),
            reply: Some("450".to_string()),
            status: Some("4.7.1".to_string()),
            ..Failure::default()
        };
        let codes = verdict_codes(&failure);
        assert_eq!(codes.reply.as_deref(), Some("554"));
        assert_eq!(codes.status.as_deref(), Some("4.4.7"));
    }
}
