//! Mail queue listings: Postfix's `postqueue -p` (also run as `mailq`),
//! Sendmail's `mailq` and Exim's `exim -bp`. Postfix's postqueue(1) and
//! Sendmail's mailq(1) manual pages describe their layout. Each entry
//! opens with the queue id, an optional status character, the size, the
//! arrival time and the envelope sender. A parenthesised line gives the
//! error that kept the message in the queue, and the addresses after it
//! are the recipients still to be delivered. Exim's specification (the
//! `-bp` option) describes its own: the time in the queue, the size, the
//! message id and the sender in angle brackets, `*** frozen ***` after a
//! frozen message, then one indented recipient per line, marked `D` once
//! delivered. Exim lists no reason.
//!
//! Every entry is mail still in the queue, so each recipient is delayed
//! rather than failed. An entry Postfix holds (`!` after the queue id) or
//! Exim froze is also marked as held, because no attempt is made until
//! an administrator releases it.

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
        r"^([0-9A-Za-z]{5,20})([*!X-])?\s+\d+\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d(?::\d\d)?\s+(\S+)\s*$",
    )
    .expect("queue entry pattern is valid")
});

/// An entry's first line in `exim -bp`: the time in the queue (`25m`,
/// `21d`), the size (`2.9K`, `512`) and the message id (6, 6 and 2
/// characters, or 6, 11 and 4 in newer releases). The sender follows in
/// angle brackets (`<>` for a bounce), after the login name in brackets
/// when a local user set another sender, and `*** frozen ***` ends the
/// line of a message Exim froze.
static EXIM_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*\d+[smhdwy]\s+\d+(?:\.\d+)?[KMG]?\s+[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}\s+(?:\([^()\s]*\)\s+)?<[^<>\s]*>(\s+\*\*\* frozen \*\*\*)?\s*$",
    )
    .expect("Exim queue entry pattern is valid")
});

/// An Exim recipient line that `D` marks as delivered (`+D` for an
/// address a router generated).
static EXIM_DELIVERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+\+?D\s+\S+@\S+\s*$").expect("Exim delivered recipient pattern is valid")
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
    let mut held = false;
    let mut reason = String::new();
    for line in text.lines() {
        if let Some(caps) = ENTRY.captures(line) {
            in_entry = true;
            // Postfix's `!`. Sendmail's `X` (load too high) and `-` (job
            // too young), per its mailq(1), only postpone the next run.
            held = caps.get(2).is_some_and(|status| status.as_str() == "!");
            reason.clear();
            continue;
        }
        if let Some(caps) = EXIM_ENTRY.captures(line) {
            in_entry = true;
            held = caps.get(1).is_some();
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
        if EXIM_DELIVERED.is_match(line) {
            continue;
        }
        if let Some(caps) = RECIPIENT.captures(line) {
            let address = clean_address(&caps[1]);
            let mut failure = delayed(address, &reason);
            failure.queue_hold = held;
            failures.push(failure);
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
