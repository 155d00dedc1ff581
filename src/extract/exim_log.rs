//! Exim main log lines (`2026-12-05 10:01:03 1vABCD-000123-AB ** bob@example.net:
//! Unrouteable address`). The Exim specification's table of log flags
//! ("Log files" chapter) reads `** delivery failed; address bounced`, `==
//! delivery deferred; temporary problem` and `*> delivery suppressed by
//! -N`. A router's failure has no SMTP reply, so the readers of replies do
//! not find it. A line pasted with its message id cut off is read too, when
//! it opens with Exim's timestamp.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::generic;
use super::section::clean_address;
use super::Failure;

/// An Exim message id: 6, 6 and 2 characters, or 6, 11 and 4 in newer
/// releases.
const MESSAGE_ID: &str = r"[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}";

/// A main log line's flag after the message id, the address it concerns
/// and the rest of the line.
static FLAGGED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b{MESSAGE_ID} (\*\*|==|\*>) ([^\s:]+):?(.*)$"))
        .expect("Exim log line pattern is valid")
});

/// A main log line that opens with Exim's timestamp and lacks the message
/// id, the flag or both, as a user pastes it. The timestamp may carry
/// milliseconds (`+millisec`), a time zone (`log_timezone`) and the
/// process id (`+pid`). Captures the flag, if any, the address and the
/// rest of the line.
static TIMESTAMPED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*\d{{4}}-\d{{2}}-\d{{2}} \d{{2}}:\d{{2}}:\d{{2}}(?:\.\d{{3}})?(?: [+-]\d{{4}})?(?: \[\d+\])?(?: {MESSAGE_ID})? (?:(\*\*|==|\*>) )?([^\s:]+):?(.*)$"
    ))
    .expect("Exim timestamped line pattern is valid")
});

/// Exim's mark of a deferred address, with the error number
/// (`defer (-53)`), which a line without its flag still carries.
static DEFER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bdefer \(-?\d+\)").expect("defer pattern is valid"));

/// The address Exim repeats in angle brackets after a rewritten or
/// expanded one (`bob@example.net <bob@example.net>`).
static REPEATED_ADDRESS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*<[^>\s]*>:?").expect("repeated address pattern is valid"));

/// Builds a failure from each `**` or `==` line, and removes the
/// recipients of `*>` lines, whose delivery was suppressed rather than
/// attempted. A log line is a record of its own that ends at its newline,
/// so its failure replaces what another reader made of the same recipient
/// from text that runs on into the next lines. Of several lines for one
/// address, the last is the latest attempt and wins.
pub fn apply(section: &str, failures: &mut Vec<Failure>) {
    if ![" ** ", " == ", " *> ", "defer ("].iter().any(|mark| section.contains(mark)) {
        return;
    }
    let mut suppressed = Vec::new();
    for line in section.lines() {
        let Some((flag, address, rest)) = flagged_line(line) else {
            continue;
        };
        let address = clean_address(address).to_ascii_lowercase();
        if !address.contains('@') {
            continue;
        }
        let action = match flag {
            Some("**") => "failed",
            Some("==") => "delayed",
            Some(_) => {
                suppressed.push(address);
                continue;
            }
            None if DEFER.is_match(rest) => "delayed",
            None => continue,
        };
        let own = line_failure(address, action, rest);
        let recipient = own.recipient.as_deref().unwrap_or("");
        match failures.iter_mut().find(|f| is_recipient(f, recipient)) {
            Some(found) => {
                // The address the sender wrote to, when another reader
                // found one, is not on the line, so it is kept.
                let original_recipient = found.original_recipient.take();
                *found = Failure { original_recipient, ..own };
            }
            None => failures.push(own),
        }
    }
    // A failure read from such a line's `C="250 OK"` or from a nearby
    // line's reply concerns an address that was never sent to.
    failures.retain(|f| {
        let address = f.recipient.as_deref().unwrap_or("").to_ascii_lowercase();
        !suppressed.contains(&address)
    });
}

/// Returns a log line's flag, the address it concerns and the rest of the
/// line. The flag is `None` for a timestamped line that lacks it, so the
/// caller decides from the rest whether the line reports a failure.
fn flagged_line(line: &str) -> Option<(Option<&str>, &str, &str)> {
    let caps = FLAGGED_LINE.captures(line).or_else(|| TIMESTAMPED_LINE.captures(line))?;
    let flag = caps.get(1).map(|m| m.as_str());
    Some((flag, caps.get(2)?.as_str(), caps.get(3)?.as_str()))
}

/// Reads the text after a flagged line's address: the receiver's reply
/// with its codes, host and command when the line quotes one, else the
/// router's or transport's own words (`Unrouteable address`).
fn line_failure(address: String, action: &str, rest: &str) -> Failure {
    let text = REPEATED_ADDRESS.replace(rest, "");
    let mut failure = generic::scan(&text)
        .into_iter()
        .next()
        .unwrap_or_else(|| Failure { diagnostic: text.trim().to_string(), ..Default::default() });
    failure.recipient = Some(address);
    failure.action = Some(action.to_string());
    failure
}

fn is_recipient(failure: &Failure, address: &str) -> bool {
    failure.recipient.as_deref().is_some_and(|r| r.eq_ignore_ascii_case(address))
}
