//! A signature or a forward note around a bounce: the writer's own
//! address, which is never a failed recipient. A signature opens with a
//! `-- ` line or sits on one line of `|`-separated fields; a note's card
//! puts a name above the address and no failure wording near it.

use super::paragraph::is_blank;
use crate::smtp;

/// True for the line that opens a signature: `-- ` by convention (RFC 3676
/// section 4.3), often saved without its trailing space.
pub(super) fn is_signature_separator(line: &str) -> bool {
    line.trim_end() == "--"
}

/// True for a signature's one-line contact card, fields split by `|`:
/// `Jane Doe | IT | jane@example.com | +1 203 555 0100`. A table row
/// that carries a reply code is a report line, not a card.
pub(super) fn is_signature_fields(line: &str) -> bool {
    line.contains('@') && line.matches('|').count() >= 2 && !smtp::has_reply_code(line)
}

/// Lines looked at on each side of an anchor for its paragraph; bounds
/// the work in a long list of addresses without blank lines.
const PARAGRAPH_REACH: usize = 8;

/// Returns the non-blank lines around line `at`, up to blank lines on each side.
pub(super) fn paragraph_around(lines: &[&str], at: usize) -> String {
    let mut start = at;
    while start > 0 && at - start < PARAGRAPH_REACH && !is_blank(lines[start - 1]) {
        start -= 1;
    }
    let mut end = at + 1;
    while end < lines.len() && end - at < PARAGRAPH_REACH && !is_blank(lines[end]) {
        end += 1;
    }
    lines[start..end].join("\n")
}

/// Lowercase fragments of the words MTAs use next to a failed address,
/// broad on purpose: a recipient is only dropped when none is near it.
const FAILURE_WORDS: &[&str] = &[
    "fail",
    "reject",
    "refuse",
    "denied",
    "unknown",
    "not found",
    "blocked",
    "bounce",
    "undeliver",
    "not delivered",
    "could not",
    "couldn't",
    "error",
    "unroutable",
    "unrouteable",
    "exist",
    "no such",
    "mailbox",
    "quota",
    "full",
    "invalid",
    "expired",
    "timed out",
    "timeout",
    "unavailable",
    "not accepted",
    "disabled",
    "suspended",
    "inactive",
    "loop",
    "spam",
    "host",
    "domain",
    "recipient",
    "address",
    "deliver",
    "retry",
    "permanent",
    "temporary",
    "account",
    "user",
    "unable",
    "cannot",
];

pub(super) fn has_failure_words(text: &str) -> bool {
    let lower = text.to_lowercase();
    FAILURE_WORDS.iter().any(|w| lower.contains(w))
}
