//! Bare SMTP reply lines wherever they sit: pasted alone, re-wrapped by a
//! mail client, or quoted inside a sentence (`host mx.example.net
//! [198.51.100.2] said: 554 ...`, `Remote Server returned '550 5.7.1
//! ...'`). Used when the text names no recipient.

use std::sync::LazyLock;

use regex_lite::Regex;

pub use super::host_and_command::{command_in, remote_host_in};
use super::unnamed_cap::{LeftOut, MAX_UNNAMED_REPLIES};
use super::{quotes, Failure};
use crate::smtp;

/// Exchange's frame around a quoted reply: `#< #5.1.1 smtp;550 ...>
/// #SMTP#` and `#550 5.1.1 ... ##`, with whatever Exchange appends after
/// it (`##rfc822;user@example.org`).
static EXCHANGE_TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:>\s*#SMTP#|##).*$").expect("Exchange trailer pattern is valid")
});

static IN_REPLY_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*\(in reply to [^)]*\)\s*$").expect("in-reply-to pattern is valid")
});

/// A failure reply code and its enhanced status code opening a line, or
/// after a lead that ends in a colon (a log line's `Dec  4 10:00:02 gw:`,
/// a client's `Error:`).
static OPENING_REPLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[^\n]*?:\s*)?([45]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})\b")
        .expect("opening reply pattern is valid")
});

/// A line that gives the reply on it as the cause of the reply above:
/// Exchange Online's `550 5.4.300 Message expired` pasted with `Caused by:
/// 421 4.4.2 ...` below. Both replies are one delivery's, so the line
/// does not open a failure of its own. A Java exception's `Caused by:
/// com.sun.mail...` names a class first, and is left to the other rules.
static CAUSE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*caused by:\s*[45]\d\d\b").expect("cause line pattern is valid")
});

/// True when `line` gives its reply as the cause of the reply above it
/// (see [`CAUSE_LINE`]).
pub(super) fn is_cause_line(line: &str) -> bool {
    CAUSE_LINE.is_match(line)
}

/// Scans text without recipient addresses for reply codes. The replies
/// of one delivery make one failure, even when the reply spans several
/// paragraphs. A reply that opens its own line with another code pair
/// (`550 5.1.1 User unknown` then `452 4.2.2 Mailbox full`, pasted from a
/// log) is another delivery's, and makes a failure of its own, so that no
/// reply's reason is read with another reply's codes.
pub fn scan(text: &str) -> Vec<Failure> {
    scan_counting_cut(text).0
}

/// Scans as [`scan`] does, and also returns how many different code
/// pairs past [`MAX_UNNAMED_REPLIES`] made no failure. The cap also keeps
/// the check for a known pair linear.
pub fn scan_counting_cut(text: &str) -> (Vec<Failure>, usize) {
    let mut failures: Vec<Failure> = Vec::new();
    let mut left_out = LeftOut::default();
    for paragraph in paragraphs(text) {
        for (chunk, opens) in split_replies(&paragraph) {
            let joined = smtp::join_multiline(&chunk);
            let codes = smtp::find_codes(&joined);
            if codes.reply.is_none() && codes.status.is_none() {
                continue;
            }
            let Some(first) = failures.first_mut() else {
                failures.push(failure_from(&joined, &chunk, codes));
                continue;
            };
            // A later paragraph with a reply code beats a first one that
            // only had a status code in prose.
            if first.reply.is_none() && codes.reply.is_some() {
                *first = failure_from(&joined, &chunk, codes);
                continue;
            }
            let pair = codes.reply.is_some() && codes.status.is_some();
            let known = failures.iter().any(|f| f.reply == codes.reply && f.status == codes.status);
            if !(opens && pair && !known) {
                continue;
            }
            if failures.len() < MAX_UNNAMED_REPLIES {
                failures.push(failure_from(&joined, &chunk, codes));
            } else {
                left_out.add(format!("{:?} {:?}", codes.reply, codes.status));
            }
        }
    }
    (failures, left_out.count())
}

/// Returns the reply code and enhanced status code that open `line`.
fn opening_reply(line: &str) -> Option<(&str, &str)> {
    let caps = OPENING_REPLY.captures(line)?;
    Some((caps.get(1)?.as_str(), caps.get(2)?.as_str()))
}

/// Cuts a paragraph before each line that opens a failure reply whose
/// code pair differs from the reply before it. The lines of one
/// multi-line reply repeat its codes, so they stay together. Each part
/// comes with whether its first line opens a reply.
fn split_replies(paragraph: &str) -> Vec<(String, bool)> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut current_pair: Option<(&str, &str)> = None;
    let mut opens = false;
    for line in paragraph.lines() {
        let cause_of_above = current_pair.is_some() && is_cause_line(line);
        if let Some(pair) = opening_reply(line).filter(|_| !cause_of_above) {
            if current_pair.is_some_and(|open| open != pair) {
                parts.push((std::mem::take(&mut current), opens));
            }
            if current.is_empty() {
                opens = true;
            }
            current_pair = Some(pair);
        }
        current.push_str(line);
        current.push('\n');
    }
    if !current.is_empty() {
        parts.push((current, opens));
    }
    parts
}

/// Builds the failure from a paragraph: the codes, host and command from
/// all of it, the diagnostic from the reply up to the MTA's own trailer.
fn failure_from(joined: &str, paragraph: &str, codes: smtp::ReplyCodes) -> Failure {
    let (diagnostic, mta_trailer) = super::wrapper::reply_and_trailer(paragraph);
    Failure {
        status: codes.status,
        reply: codes.reply,
        remote_mta: remote_host_in(joined),
        command: command_in(joined),
        diagnostic,
        mta_trailer,
        ..Default::default()
    }
}

/// Cuts the sending MTA's words around the receiver's reply: the part
/// before the reply code (`<a@example.org>: host mx.example.org[192.0.2.1]
/// said:`) and Postfix's trailing `(in reply to RCPT TO command)`. A code
/// with no text after it, as in `User unknown (550)`, is not the start of
/// a reply, so the whole text is kept then.
pub fn receiver_text(joined: &str) -> &str {
    let mut text = joined;
    let mut quote = None;
    // qmail puts its status after the sentence, `... connection. (#4.4.1)`,
    // so a status in `(#...)` is a trailer, not where the reply starts.
    let start = smtp::reply_start(joined).filter(|&at| !joined[..at].ends_with("(#"));
    if let Some(start) = start {
        let rest = joined[start..].trim_end_matches([')', ']', '\'', '"', '.', ' ']);
        if rest.len() > 8 {
            text = &joined[start..];
            // French puts a space inside « and ».
            quote = quotes::opening_at_end(&joined[..start]);
        }
    }
    // A quoted reply (`Remote Server returned '550 ...'`, German
    // `Vom Remoteserver wurde '550 ...' zurückgegeben`) ends at the last
    // closing quote, since the reply itself may hold apostrophes.
    if let Some(open) = quote {
        let close = quotes::closing_for(open);
        // An apostrophe inside a word (`domain's`) is not the close.
        let closing = text
            .rmatch_indices(close)
            .map(|(at, _)| at)
            .find(|&at| !text[at + close.len_utf8()..].starts_with(|c: char| c.is_alphanumeric()));
        if let Some(end) = closing {
            text = &text[..end];
        }
    }
    if let Some(at) = IN_REPLY_TO.find(text) {
        text = &text[..at.start()];
    }
    if let Some(at) = EXCHANGE_TRAILER.find(text) {
        text = &text[..at.start()];
    }
    let text = text.trim();
    // A reply given as `(reason: 550 ...)` keeps only the closing bracket
    // of the sender's sentence.
    let text = if joined.contains("(reason:") { text.trim_end_matches(')') } else { text };
    text.trim()
}

/// Splits text at blank lines. Each paragraph keeps its line ends; blank
/// lines, including those of spaces only, are dropped. Blank lines inside
/// a multi-line reply (after `550-5.7.1 ...`, before the next `550` line)
/// do not split it, because a copy from a web page or a wrapped log can
/// put them there.
pub(super) fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut after_blank = false;
    let mut last = "";
    for line in text.lines() {
        if line.trim().is_empty() {
            after_blank = true;
            continue;
        }
        if after_blank && !current.is_empty() && !smtp::continues_reply(last, line) {
            out.push(std::mem::take(&mut current));
        }
        after_blank = false;
        last = line;
        current.push_str(line);
        current.push('\n');
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_reply() {
        let failures = scan("554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked");
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].recipient, None);
        assert_eq!(failures[0].reply.as_deref(), Some("554"));
    }

    #[test]
    fn multi_paragraph_reply_is_one_failure() {
        let text = "550-5.7.1 first part\n\n550 5.7.1 second part\n";
        assert_eq!(scan(text).len(), 1, "{text}");
    }

    #[test]
    fn receiver_text_cut() {
        let cases = [
            (
                "<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 unknown (in reply to RCPT TO command)",
                "550 5.1.1 unknown",
            ),
            ("Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized'", "550 5.7.1 RESOLVER.RST.NotAuthorized"),
            ("(reason: 550 5.1.1 <a@example.org>... User unknown)", "550 5.1.1 <a@example.org>... User unknown"),
            ("User unknown (550)", "User unknown (550)"),
            (
                "Vom Remoteserver wurde '550 5.7.1 Service unavailable; domain's policy' zurückgegeben",
                "550 5.7.1 Service unavailable; domain's policy",
            ),
            ("Le serveur distant a retourné « 550 5.1.1 User unknown »", "550 5.1.1 User unknown"),
            ("Remote Server returned '550 5.7.1 the sender's domain", "550 5.7.1 the sender's domain"),
            ("#< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found> #SMTP#", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
            ("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
            (
                "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
                "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(receiver_text(input), expected, "{input:?}");
        }
    }

    #[test]
    fn host_and_command() {
        let cases = [
            ("host mx.example.org[192.0.2.1] said: 550 x (in reply to RCPT TO command)", Some("mx.example.org"), Some("RCPT")),
            ("mx.example.net [192.0.2.7] did not like our final DATA:", Some("mx.example.net"), Some("DATA")),
            ("SMTP error from remote mail server after RCPT TO:<a@example.org>: host mx.example.org [192.0.2.2]: 550 x", Some("mx.example.org"), Some("RCPT")),
            ("SMTP error from remote server for TEXT command, host: mx.example.org (192.0.2.2) reason: 550 x", Some("mx.example.org"), Some("DATA")),
            ("host mx.example.org [192.0.2.2]\nSMTP error from remote mail server after MAIL FROM:<a@example.org>: 550 x", Some("mx.example.org"), Some("MAIL")),
            ("SMTP:RCPT host 192.0.2.8: 553 5.3.0 <a@example.com>... No such user here", None, Some("RCPT")),
            ("mx.example.org [192.0.2.3]: 421 4.7.0 failed after STARTTLS", Some("mx.example.org"), Some("STARTTLS")),
            ("Connection refused while sending MAIL FROM", None, Some("MAIL")),
            ("in reply to end of data command", None, Some("DATA")),
            ("response to Connect", None, Some("CONNECT")),
            ("after EHLO", None, Some("EHLO")),
            (">>> RCPT TO:<a@example.org>", None, Some("RCPT")),
            ("SMTP command: DATA", None, Some("DATA")),
            ("550 user unknown", None, None),
            ("Connected to 192.0.2.9 but sender was rejected. Remote host said: 550 x", None, Some("MAIL")),
            ("Connected to 192.0.2.9 but my name was rejected. Remote host said: 501 x", None, Some("HELO")),
        ];
        for (text, host, command) in cases {
            assert_eq!(remote_host_in(text).as_deref(), host, "host in {text:?}");
            assert_eq!(command_in(text).as_deref(), command, "command in {text:?}");
        }
    }
}
