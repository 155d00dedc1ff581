//! A signature or a forward note around a bounce: the writer's own
//! address, which is never a failed recipient. A signature opens with a
//! `-- ` line, follows a closing such as "Thanks," or sits on one line of
//! `|`-separated fields. A note's card puts a name above the address and
//! no failure wording near it.

use super::closing::is_closing_at;
use super::paragraph::is_blank;
use super::section::{clean_address, ADDRESS};
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

/// The maximum number of lines a signature below a closing runs to: name,
/// title, company, address and two or three contact lines.
const MAX_SIGNATURE_LINES: usize = 8;

/// Returns the index of each line and the address on it, cleaned and
/// lowercased, in the signatures that follow a closing line ("Thanks,",
/// "Best regards", "Thanks, Jane"). A signature runs from the line below
/// the closing to the next blank line, a line with a reply code or a
/// forwarded message's marker.
/// NOTE: a signature set off from its closing by a blank line is not
/// read, because a reply pasted below a closing looks the same.
pub(super) fn closing_signature_addresses(lines: &[&str]) -> Vec<(usize, String)> {
    let lines: Vec<&str> = lines.iter().map(|line| without_quote_marks(line)).collect();
    let mut addresses: Vec<(usize, String)> = Vec::new();
    for i in 0..lines.len() {
        if !is_closing_at(&lines, i) {
            continue;
        }
        let signature = lines
            .iter()
            .enumerate()
            .skip(i + 1)
            .take(MAX_SIGNATURE_LINES)
            .take_while(|(_, line)| !ends_signature(line));
        for (at, line) in signature {
            for m in ADDRESS.find_iter(line) {
                addresses.push((at, clean_address(m.as_str()).to_ascii_lowercase()));
            }
        }
    }
    addresses
}

/// Returns `line` without the `>` marks and spaces of a quoted reply.
fn without_quote_marks(line: &str) -> &str {
    line.trim_start_matches(|c: char| c == '>' || c.is_whitespace())
}

/// True for a line after which no signature goes on.
fn ends_signature(line: &str) -> bool {
    is_blank(line)
        || smtp::has_reply_code(line)
        || super::section::is_original_marker(line)
        || super::forward_marker::is_forward_marker(line)
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

#[cfg(test)]
mod tests {
    use super::closing_signature_addresses;

    #[test]
    fn signature_ends_at_blank_line_or_reply() {
        let lines = ["Thanks,", "Jane", "jane@example.com", "", "bob@example.net"];
        let expected = [(2, "jane@example.com".to_string())];
        assert_eq!(closing_signature_addresses(&lines), expected);
        let lines = ["Thanks,", "550 5.1.1 <bob@example.net>: User unknown"];
        assert!(closing_signature_addresses(&lines).is_empty());
    }
}
