//! Exim main log lines (`2026-12-05 10:01:03 1vABCD-000123-AB ** bob@example.net:
//! Unrouteable address`). The Exim specification's table of log flags
//! ("Log files" chapter) reads `** delivery failed; address bounced`, `==
//! delivery deferred; temporary problem` and `*> delivery suppressed by
//! -N`. A router's failure has no SMTP reply, so the readers of replies do
//! not find it.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::generic;
use super::section::clean_address;
use super::Failure;

/// A main log line's flag after the message id, the address it concerns
/// and the rest of the line. Message ids are 6, 6 and 2 characters, or 6,
/// 11 and 4 in newer releases.
static FLAGGED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)\b[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} (\*\*|==|\*>) ([^\s:]+):?(.*)$",
    )
    .expect("Exim log line pattern is valid")
});

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
    if !section.contains(" ** ") && !section.contains(" == ") && !section.contains(" *> ") {
        return;
    }
    let mut suppressed = Vec::new();
    for caps in FLAGGED_LINE.captures_iter(section) {
        let (Some(flag), Some(address), Some(rest)) = (caps.get(1), caps.get(2), caps.get(3))
        else {
            continue;
        };
        let address = clean_address(address.as_str()).to_ascii_lowercase();
        if !address.contains('@') {
            continue;
        }
        let action = match flag.as_str() {
            "**" => "failed",
            "==" => "delayed",
            _ => {
                suppressed.push(address);
                continue;
            }
        };
        let own = line_failure(address, action, rest.as_str());
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
