//! Addresses that the receiver's reply itself marks as the envelope
//! sender. A reply pasted without the bounce's header names the sender
//! only there, and such an address is never a failed recipient:
//!
//! - before the address: Microsoft's `The message from (<alice@...>)`,
//!   `MAIL FROM:<alice@...>`, `Sender <alice@...>`, `From address
//!   alice@...`, Postfix's RHSBL refusal `Sender address [alice@...]
//!   blocked using dbl.spamhaus.org`, Exim's callout report `Verification failed for
//!   <alice@...>`, and Amazon SES's `The following identities failed the
//!   check in region US-WEST-2: alice@..., news@...`;
//! - around the address: Outlook's send error `Task 'alice@... - Sending'
//!   reported error`, in any of the interface languages that
//!   [`super::outlook_task`] lists, whose task is named after the sending
//!   account;
//! - after the address: Postfix's `<alice@...>: Sender address rejected`,
//!   Sendmail's `<alice@...>... Domain of sender address ...` and
//!   `<alice@...>... Sender ok`, and `<alice@...> sender rejected`.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::paragraph::is_blank;
use super::recipient_line::is_complete_header_line;
use super::section::{clean_address, ADDRESS};

/// Words that end just before an address naming the sender, in the
/// lowercased text with its whitespace squashed and the brackets, quotes
/// and colon before the address taken off.
static SENDER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:\b(?:message|mail|e-?mail) from|\bfrom address|\bsender(?: address)?",
        r"|\benvelope[- ]?(?:from|sender)|\breturn-path|\bverification failed for",
        // Amazon SES names the identities that are not verified. The
        // region between the words and the colon is optional.
        r"|\bidentities failed the check[^:.]{0,40})$",
    ))
    .expect("sender lead-in pattern is valid")
});

/// Characters that may stand between the lead-in words and the address.
const OPENERS: &[char] = &[' ', '<', '(', '[', '"', '\'', ':', '='];

/// How much text before an address the lead-in test reads, in bytes.
const WINDOW: usize = 80;

/// Returns the addresses that `text` marks as the envelope sender, cleaned
/// and lowercased, each once.
pub fn senders_in(text: &str) -> Vec<String> {
    // ASCII lowercasing keeps every byte offset, so the offsets of the
    // matches index `lower` and `text` alike.
    let lower = text.to_ascii_lowercase();
    let mut senders: Vec<String> = Vec::new();
    // The end of the last address that an identity list marked, so that
    // the next one in the same list (`: a@x, b@y`) is marked too.
    let mut list_end = None;
    for m in ADDRESS.find_iter(&lower) {
        let in_list = list_end.is_some_and(|end| continues_list(&lower[end..m.start()]));
        let before = squashed_before(&lower, m.start());
        let marked_before = SENDER_BEFORE.find(&before);
        list_end = match (in_list, &marked_before) {
            (true, _) => Some(m.end()),
            (false, Some(found)) if found.as_str().starts_with("identities") => Some(m.end()),
            _ => None,
        };
        let after = &lower[m.end()..];
        let task = super::outlook_task::is_task_account(&before, after);
        if in_list || marked_before.is_some() || task || sender_after(after) {
            let address = clean_address(m.as_str());
            if !senders.contains(&address) {
                senders.push(address);
            }
        }
    }
    senders
}

/// How far before the window the start of its first line is looked for,
/// in bytes, so that a header field line cut by the window is still
/// recognised.
const LINE_REACH: usize = 120;

/// Returns up to WINDOW bytes before `end` from the address's paragraph,
/// with runs of whitespace made one space and the characters in OPENERS
/// taken off the end.
fn squashed_before(lower: &str, end: usize) -> String {
    let start = lead_in_start(lower, end);
    let words: Vec<&str> = lower[start..end].split_whitespace().collect();
    let mut joined = words.join(" ");
    let trimmed_len = joined.trim_end_matches(OPENERS).len();
    joined.truncate(trimmed_len);
    joined
}

/// Returns where the lead-in of the address at `end` may start: WINDOW
/// bytes back, but below the nearest blank line or header field line
/// above the address's own line. A forwarded bounce's `Subject:
/// Undelivered Mail Returned to Sender` sits right above its first
/// recipient, and its "Sender" names no address of the next paragraph.
fn lead_in_start(lower: &str, end: usize) -> usize {
    let window_start = ceil_char_boundary(lower, end.saturating_sub(WINDOW));
    let reach = ceil_char_boundary(lower, window_start.saturating_sub(LINE_REACH));
    let text = &lower[reach..end];
    // The first piece is a whole line only when it starts the text or
    // follows a line end.
    let first_whole = reach == 0 || lower.as_bytes()[reach - 1] == b'\n';
    let mut line_end = text.rfind('\n').unwrap_or(0);
    while line_end > 0 {
        let line_start = text[..line_end].rfind('\n').map_or(0, |i| i + 1);
        if reach + line_end <= window_start {
            break;
        }
        let whole = line_start > 0 || first_whole;
        let line = &text[line_start..line_end];
        if whole && (is_paragraph_break(line) || is_complete_header_line(line)) {
            return reach + line_end + 1;
        }
        line_end = line_start.saturating_sub(1);
    }
    window_start
}

/// True for an empty line, quoted with `>` or not, or a rule of `-`, `=`,
/// `*` or `_` between paragraphs.
fn is_paragraph_break(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
    is_blank(line)
}

/// Moves `at` on to the start of the next character when it falls
/// inside one.
fn ceil_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// True when the text after an address calls it the sender: `sender
/// rejected`, `Sender address rejected`, `Sender ok`, or `Domain of sender
/// address`.
fn sender_after(after: &str) -> bool {
    let after = after.trim_start_matches(['>', ')', '"', '\'']).trim_start();
    let after = after.strip_prefix("...").or_else(|| after.strip_prefix(':')).unwrap_or(after);
    let after = after.trim_start();
    let sender = after
        .strip_prefix("sender")
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphanumeric()));
    sender || after.starts_with("domain of sender address")
}

/// True for the separator between two addresses of one list: a comma or
/// `and`, with spaces.
fn continues_list(between: &str) -> bool {
    let between = between.trim_matches(|c: char| c.is_whitespace() || c == '>' || c == '<');
    between == "," || between == ";" || between == "and" || between == ", and"
}

#[cfg(test)]
mod tests {
    use super::senders_in;

    #[test]
    fn lead_ins_and_trailers() {
        let cases = [
            ("554 5.7.1 The message from (<a@example.com>) with the subject", vec!["a@example.com"]),
            ("550 5.1.0 <a@example.com> sender rejected", vec!["a@example.com"]),
            ("<a@example.com>: Sender address rejected: Domain not found", vec!["a@example.com"]),
            ("553 <a@example.com>... Domain of sender address a@example.com does not exist", vec!["a@example.com"]),
            ("550-Verification failed for <a@example.com>", vec!["a@example.com"]),
            (
                "identities failed the check in region US-WEST-2:\n  a@example.com, b@example.com and c@example.com",
                vec!["a@example.com", "b@example.com", "c@example.com"],
            ),
            (">>> MAIL From:<a@example.com> SIZE=10", vec!["a@example.com"]),
            ("554 5.7.1 Sender address [a@example.com] blocked using dbl.spamhaus.org", vec!["a@example.com"]),
            ("554 5.7.1 Recipient address [b@example.net] blocked using dbl.spamhaus.org", vec![]),
            ("<b@example.net>: host mx.example.net[192.0.2.1] said: 550 <a@example.com> sender rejected", vec!["a@example.com"]),
            ("550 5.1.1 <b@example.net>... User unknown", vec![]),
            ("Task 'a@example.com - Sending' reported error (0x800CCC78)", vec!["a@example.com"]),
            ("Task 'a@example.com - Sending and Receiving' reported error", vec!["a@example.com"]),
            ("Task 'a@example.com - Receiving' reported error (0x800CCC0E)", vec!["a@example.com"]),
            ("Task 'a@example.com' reported error: 550 <b@example.net>", vec![]),
            ("Delivery to b@example.net failed; senders should check the address", vec![]),
            // A lead-in may wrap within its paragraph, but a paragraph
            // break or a header field line with its value ends it.
            ("554 5.7.1 The message from\n(<a@example.com>) with the subject", vec!["a@example.com"]),
            ("Return-Path:\n <a@example.com>", vec!["a@example.com"]),
            ("Subject: Undelivered Mail Returned to Sender\n\n<b@example.net>: host x said: 550", vec![]),
            ("Subject: Undelivered Mail Returned to Sender\n<b@example.net>: host x said: 550", vec![]),
            ("> Subject: returning message to sender\n>\n>   b@example.net", vec![]),
            ("Returned to Sender\n________________\n<b@example.net>: host x said: 550", vec![]),
        ];
        for (text, expected) in cases {
            assert_eq!(senders_in(text), expected, "{text:?}");
        }
    }
}
