//! A recipient's line that states an unknown address without a reply code
//! or the stage of the session: `dan@example.net (user not found)`, as
//! GroupWise lists each recipient, or `dan@example.net: user not found`.
//! A help-desk agent pastes such a line without the notice around it, so
//! the line itself marks the text as a bounce.

use std::sync::LazyLock;

use regex_lite::Regex;

/// A line that opens with an address, bare or in angle brackets, and goes
/// on with a colon and the reason, or with the reason in parentheses.
static LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*<?[^\s<>()@:]+@[^\s<>()@:]+?>?(?:\s*:\s+(.+)|\s+\((.+)\)\s*$)")
        .expect("recipient line pattern is valid")
});

/// Lowercase wordings of an unknown recipient that the reason must open
/// with. A reason that only mentions them later is some other sentence.
/// NOTE: "mailbox unavailable" is left out. RFC 5321 gives it as the text
/// of both 450 and 550, so without a code it states no cause.
const UNKNOWN_RECIPIENT: &[&str] = &[
    "user not found",
    "no such user",
    "unknown user",
    "user unknown",
    "mailbox not found",
    "no such mailbox",
    "recipient not found",
    "address does not exist",
    "user does not exist",
];

/// True when a line of `lower` (lowercase text) opens with an address and
/// its reason opens with an unknown-recipient wording. Postfix's
/// `(expanded from <alias>)` is no reason.
pub(super) fn has_unknown_recipient_line(lower: &str) -> bool {
    lower.lines().filter(|line| line.contains('@')).any(|line| {
        let Some(found) = LINE.captures(line) else {
            return false;
        };
        let Some(reason) = found.get(1).or_else(|| found.get(2)) else {
            return false;
        };
        let reason = reason.as_str().trim_start();
        !reason.starts_with("expanded from")
            && UNKNOWN_RECIPIENT.iter().any(|words| reason.starts_with(words))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_forms_found() {
        for line in [
            "dan@example.net (user not found)",
            "\tdan@example.net (mailbox not found)",
            "<dan@example.net> (no such user)",
            "dan@example.net: user not found",
            "<dan@example.net>: no such mailbox",
        ] {
            assert!(has_unknown_recipient_line(line), "{line}");
        }
    }

    #[test]
    fn prose_and_alias_ignored() {
        for line in [
            "i wrote to dan@example.net: user not found, why?",
            "dan@example.net: please check why i got user not found",
            "<dan@example.net> (expanded from <user not found@example.org>)",
            "dan@example.net (see below)",
        ] {
            assert!(!has_unknown_recipient_line(line), "{line}");
        }
    }
}
