//! Mail queue listings: Postfix's `postqueue -p` (also run as `mailq`) and
//! Sendmail's `mailq`. Postfix's postqueue(1) and Sendmail's mailq(1)
//! manual pages describe the layout. Each entry opens with the queue id,
//! an optional status character, the size, the arrival time and the
//! envelope sender. A parenthesised line gives the error that kept the
//! message in the queue, and the addresses after it are the recipients
//! still to be delivered.
//!
//! Every entry is mail still in the queue, so each recipient is delayed
//! rather than failed. NOTE: an entry Postfix put on hold (`!` after the
//! id) is not retried until an administrator releases it, but it is read
//! as delayed too.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::generic;
use super::section::clean_address;
use super::Failure;

/// An entry's first line: the queue id, an optional status character
/// (Postfix's `*` active and `!` on hold, Sendmail's `*`, `X` and `-`),
/// the size in bytes, the arrival time (`Sat Dec  5 10:01:02`, or `Sat Dec  5
/// 10:01` in Sendmail's) and the sender's address.
static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^([0-9A-Za-z]{5,20})[*!X-]?\s+\d+\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d(?::\d\d)?\s+(\S+)\s*$",
    )
    .expect("queue entry pattern is valid")
});

/// An indented recipient line: the address alone, in angle brackets in
/// Sendmail's listing.
static RECIPIENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+<?([^\s<>@]+@[^\s<>@]+)>?\s*$").expect("queue recipient pattern is valid")
});

/// Reads a queue listing as one delayed failure per recipient, with the
/// reason given above it. Returns `None` when the text has no entry line
/// followed by a recipient.
pub fn scan(text: &str) -> Option<Vec<Failure>> {
    let mut failures = Vec::new();
    let mut in_entry = false;
    let mut reason = String::new();
    for line in text.lines() {
        if ENTRY.is_match(line) {
            in_entry = true;
            reason.clear();
            continue;
        }
        let trimmed = line.trim();
        if !in_entry || trimmed.is_empty() {
            in_entry = in_entry && !trimmed.is_empty();
            continue;
        }
        if let Some(inner) = trimmed.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
            reason = inner.trim().to_string();
            continue;
        }
        // Older Sendmail releases print the reason without parentheses.
        if trimmed.starts_with("Deferred:") {
            reason = trimmed.to_string();
            continue;
        }
        if let Some(caps) = RECIPIENT.captures(line) {
            let address = clean_address(&caps[1]);
            failures.push(delayed(address, &reason));
            continue;
        }
        in_entry = false;
    }
    (!failures.is_empty()).then_some(failures)
}

/// Builds a delayed failure from a queue entry's reason, with the codes
/// and receiving host when the reason quotes a reply.
fn delayed(recipient: String, reason: &str) -> Failure {
    // Sendmail opens the reason with `Deferred:`, which repeats what every
    // queued entry is.
    let text = reason.strip_prefix("Deferred:").map(str::trim).unwrap_or(reason);
    let mut failure = generic::scan(text)
        .into_iter()
        .next()
        .unwrap_or_else(|| Failure { diagnostic: text.to_string(), ..Default::default() });
    failure.recipient = Some(recipient);
    failure.action = Some("delayed".to_string());
    failure
}
