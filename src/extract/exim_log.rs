//! Exim main log lines (`2026-12-05 10:01:03 1vABCD-000123-AB ** bob@example.net:
//! Unrouteable address`). The Exim specification's table of log flags
//! ("Log files" chapter) reads `** delivery failed; address bounced`, `==
//! delivery deferred; temporary problem` and `*> delivery suppressed by
//! -N`. A router's failure has no SMTP reply, so the readers of replies do
//! not find it.

use std::sync::LazyLock;

use regex_lite::Regex;

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

/// Adds a failure for each `**` or `==` line whose recipient no other
/// reader found, and removes the recipients of `*>` lines, whose delivery was
/// suppressed rather than attempted.
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
        match flag.as_str() {
            "*>" => suppressed.push(address),
            "**" | "==" if !has_recipient(failures, &address) => {
                let text = REPEATED_ADDRESS.replace(rest.as_str(), "");
                let action = if flag.as_str() == "**" { "failed" } else { "delayed" };
                failures.push(Failure {
                    recipient: Some(address),
                    action: Some(action.to_string()),
                    diagnostic: text.trim().to_string(),
                    ..Default::default()
                });
            }
            _ => {}
        }
    }
    // A failure read from such a line's `C="250 OK"` or from a nearby
    // line's reply concerns an address that was never sent to.
    failures.retain(|f| {
        let address = f.recipient.as_deref().unwrap_or("").to_ascii_lowercase();
        !suppressed.contains(&address)
    });
}

fn has_recipient(failures: &[Failure], address: &str) -> bool {
    failures.iter().any(|f| f.recipient.as_deref().is_some_and(|r| r.eq_ignore_ascii_case(address)))
}
