//! Postfix's line for one recipient: `<address>: reason`, or
//! `<address> (expanded from <alias>): reason` for an alias.

use std::sync::LazyLock;

use regex_lite::Regex;

/// The opening of Postfix's recipient line, up to the reason: the address
/// in angle brackets (captured), an optional `(expanded from <alias>)` and
/// a colon.
const OPENING: &str = r"^\s*<([^<>\s]+@[^<>\s]+)>(?:\s*\(expanded\s+from\s+<[^<>\s]*>\))?:\s+";

/// Postfix's recipient line: the address in angle brackets, an optional
/// `(expanded from <alias>)`, a colon and the reason's first words.
static REASON_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"{OPENING}\S*[A-Za-z]")).expect("reason line pattern is valid")
});

static OPENING_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(OPENING).expect("reason line opening pattern is valid"));

/// Postfix's recipient line wrapped inside its alias, before the alias's
/// address: `<bob@example.net> (expanded from`, with `<support@example.com>):
/// reason` on the indented line below.
static WRAPPED_IN_ALIAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*<[^<>\s]+@[^<>\s]+>\s*\(expanded(?:\s+from)?\s*$")
        .expect("wrapped alias pattern is valid")
});

/// A recipient written without angle brackets, a colon and the reason's
/// first word, as OpenSMTPD lists each recipient of its notice
/// (`bob@example.net: Envelope expired`).
static BARE_REASON_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[^<>\s@:]+@[^<>\s@:]+:\s+\S*[A-Za-z]")
        .expect("bare reason line pattern is valid")
});

/// True for a line that opens with a bare recipient and a colon and goes
/// on with `states_failure`'s verdict on the rest: a list of failed
/// recipients, one to a line, each with its reason.
pub(super) fn opens_bare_reason_line(line: &str, states_failure: impl Fn(&str) -> bool) -> bool {
    BARE_REASON_LINE.find(line).is_some_and(|opening| {
        let colon = line[..opening.end()].rfind(':').unwrap_or(0);
        states_failure(&line[colon + 1..])
    })
}

/// True for a line that opens with a recipient and goes on with the
/// reason for it, as Postfix writes each recipient's block, or with the
/// alias it was expanded from when Postfix wrapped the line there.
pub(super) fn opens_reason_line(line: &str) -> bool {
    line.contains('@') && (REASON_LINE.is_match(line) || WRAPPED_IN_ALIAS.is_match(line))
}

/// Returns the reason after the opening of Postfix's recipient line, or
/// `None` when `record` does not open with one. A caller joins the
/// record's wrapped lines first, because Postfix may wrap before the alias
/// (`<bob@example.net> (expanded from` / `    <support@example.com>):`).
pub(super) fn reason_after_opening(record: &str) -> Option<&str> {
    OPENING_ONLY.find(record).map(|opening| &record[opening.end()..])
}

/// Drops Postfix's `<address>:` opening from a reason written without a
/// reply code, when the address is `recipient`: the card shows the
/// recipient already. The alias goes too, because the extract stage
/// reads it from the block's lines as the original recipient. A reason
/// that opens with another address, or has nothing after the opening,
/// is returned whole.
pub(super) fn without_own_address(text: &str, recipient: &str) -> String {
    let Some(found) = OPENING_ONLY.captures(text) else {
        return text.to_string();
    };
    let own = found.get(1).is_some_and(|address| address.as_str().eq_ignore_ascii_case(recipient));
    let rest = text[found.get(0).map_or(0, |m| m.end())..].trim();
    match own && !rest.is_empty() {
        true => rest.to_string(),
        false => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_address_dropped() {
        let text =
            "<bo@example.net>: connect to mx.example.net[203.0.113.20]:25: Connection refused";
        let expected = "connect to mx.example.net[203.0.113.20]:25: Connection refused";
        assert_eq!(without_own_address(text, "bo@example.net"), expected);
        assert_eq!(without_own_address(text, "BO@example.net"), expected);
    }

    #[test]
    fn other_address_kept() {
        let text =
            "<bo@example.net>: connect to mx.example.net[203.0.113.20]:25: Connection refused";
        assert_eq!(without_own_address(text, "cy@example.net"), text);
    }

    #[test]
    fn alias_opening_dropped() {
        let text = "<gus@example.org> (expanded from <sales@example.org>): unknown user: \"gus\"";
        assert_eq!(without_own_address(text, "gus@example.org"), "unknown user: \"gus\"");
    }

    #[test]
    fn line_wrapped_in_alias_opens() {
        assert!(opens_reason_line("<bob@example.net> (expanded from"));
        assert!(opens_reason_line("  <bob@example.net> (expanded"));
        assert!(!opens_reason_line("<bob@example.net> (expanded from <support@example.com>)"));
        assert!(!opens_reason_line("Contact <bob@example.net> (expanded from"));
    }

    #[test]
    fn reason_after_alias() {
        let record = "<bob@example.net> (expanded from <support@example.com>): command died";
        assert_eq!(reason_after_opening(record), Some("command died"));
        assert_eq!(reason_after_opening("<bob@example.net>: command died"), Some("command died"));
        assert_eq!(reason_after_opening("<bob@example.net> command died"), None);
        assert_eq!(reason_after_opening("<support>: command died"), None);
    }

    #[test]
    fn bare_opening_kept() {
        assert_eq!(
            without_own_address("<bo@example.net>: ", "bo@example.net"),
            "<bo@example.net>: "
        );
    }
}
