//! SMTP replies pasted one after another, one reply to a line: an excerpt
//! of a mail log, or the replies of several bounces copied together. Each
//! reply is a delivery of its own, so each makes its own failure, and the
//! recipient a line names belongs to that line's reply alone. Cutting such
//! text at the named addresses, as [`super::blocks`] does for a report,
//! would give an unnamed reply to the recipient named above it. An
//! address on a line of its own names the reply next to it (see
//! [`super::reply_addresses`]).

use std::collections::HashSet;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::generic;
use super::paste_marks;
use super::reason_line::opens_reason_line;
use super::recipient_line::recipient_in;
use super::reply_addresses::{address_line, name_replies, AddressLine};
use super::section::NotRecipients;
use super::unnamed_cap::{LeftOut, MAX_UNNAMED_REPLIES};
use super::Failure;
use crate::smtp;

/// A failure reply code opening a line, and the separator after it: `-`
/// when more lines of the same reply follow (RFC 5321, section 4.2.1).
static OPENING_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*([45]\d\d)([ -])").expect("opening code pattern is valid"));

/// A recipient and a colon before a failure reply, in angle brackets or
/// not, as a user notes which address got which reply (`bob@example.net:
/// 550 5.1.1 User unknown`). The reply's code and separator are captured.
static ADDRESS_THEN_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*<?[^<>\s@:]+@[^<>\s@:]+>?:\s+([45]\d\d)([ -])")
        .expect("address then code pattern is valid")
});

/// The maximum number of words in a note between pasted replies.
/// NOTE: an estimate, not a measured bound. A label or a one-line comment
/// fits, and a report's prose is kept out mainly because its paragraphs
/// run over two lines or more.
const MAX_NOTE_WORDS: usize = 12;

/// The maximum number of note lines in a row anywhere in the paste: a
/// greeting, a comment and a question, or a note over two or three short
/// lines (`tried again at 10:05`, `same result`).
/// NOTE: an estimate, not a measured bound. A longer run is taken as
/// prose, and the replies below it go to the other readers, unless the
/// run sits between two replies (see [`MAX_NOTES_BETWEEN_REPLIES`]).
const MAX_NOTES_IN_A_ROW: usize = 3;

/// The maximum number of note lines in a row between two replies: a
/// paragraph that a help-desk agent writes about the reply above. A run
/// this long counts as notes only when a reply follows it.
/// NOTE: an estimate, not a measured bound. Past it, the text reads more
/// like an article or a forum post that quotes replies.
const MAX_NOTES_BETWEEN_REPLIES: usize = 12;

/// The maximum length in bytes of a line that can be the wrapped rest of a
/// reply: RFC 5322, section 2.1.1, limits a line of a message to 998
/// characters.
const MAX_WRAPPED_LINE_LEN: usize = 998;

/// A reply code inside a line, after a space, with its separator.
static INNER_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s([45]\d\d)([ -])").expect("inner code pattern is valid"));

/// True when `line` opens with a recipient, a colon and a failure reply.
/// Such a line is a reply of its own, so no sentence on the next line
/// starts in it.
pub(super) fn opens_with_address_and_reply(line: &str) -> bool {
    ADDRESS_THEN_CODE.is_match(line)
}

/// True when `line` opens with a failure reply code, or with a recipient,
/// a colon and a failure reply code.
pub(super) fn opens_reply(line: &str) -> bool {
    OPENING_CODE.is_match(line) || ADDRESS_THEN_CODE.is_match(line)
}

/// The replies that [`scan`] cut from a text of reply lines.
#[derive(Debug, Default)]
pub struct Series {
    /// One failure per distinct reply.
    pub failures: Vec<Failure>,
    /// How many different replies that name no recipient were left out
    /// past [`MAX_UNNAMED_REPLIES`].
    pub left_out: usize,
    /// The replies' own lines, each reply separated from the next by a
    /// blank line, without the notes between them. An address line that
    /// no reply took is a block of its own. A check that reads a
    /// reply's sentence across lines reads it here, so that a note ending
    /// mid-sentence (`xx`, `this one came back yesterday`) does not run on
    /// into the reply below it.
    pub text: String,
}

/// Cuts text made of reply lines into one failure per reply. Returns
/// nothing unless there are two replies or more, and every line that is
/// not blank opens a reply, continues one, names a recipient alone (see
/// [`address_line`]) or is a note of the user's own (see [`is_note`]).
pub fn scan(section: &str, filter: &NotRecipients) -> Series {
    let Some(Cut { replies, lone_addresses }) = cut_replies(section, filter) else {
        return Series::default();
    };
    if replies.len() < 2 {
        return Series::default();
    }
    let mut lone_failures = lone_failures(&replies, lone_addresses).into_iter().peekable();
    let mut failures: Vec<Failure> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut unnamed = 0;
    let mut left_out = LeftOut::default();
    let mut series_text = String::new();
    for (index, reply) in replies.into_iter().enumerate() {
        // An address line that no reply took keeps its place in the paste.
        while let Some((_, lone)) = lone_failures.next_if(|(above, _)| *above <= index) {
            push_lone(lone, &mut failures, &mut series_text);
        }
        let text = reply.lines.join("\n");
        series_text.push_str(&text);
        series_text.push_str("\n\n");
        // The same reply pasted twice is one delivery's, unless address
        // lines name a different recipient for each copy.
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let key = match &reply.named {
            Some(address) => format!("{address} {words}"),
            None => words,
        };
        if seen.contains(&key) {
            continue;
        }
        let recipient = reply.own_recipient.or(reply.named);
        if recipient.is_none() {
            if unnamed >= MAX_UNNAMED_REPLIES {
                left_out.add(key);
                continue;
            }
            unnamed += 1;
        }
        seen.insert(key);
        let Some(mut failure) = generic::scan(&text).into_iter().next() else {
            continue;
        };
        failure.recipient = recipient;
        failures.push(failure);
    }
    for (_, lone) in lone_failures {
        push_lone(lone, &mut failures, &mut series_text);
    }
    Series { failures, left_out: left_out.count(), text: series_text }
}

/// Adds a lone address line's failure, and its address to the series'
/// text, where the prose checks look for the recipient.
fn push_lone(failure: Failure, failures: &mut Vec<Failure>, series_text: &mut String) {
    series_text.push_str(failure.recipient.as_deref().unwrap_or(""));
    series_text.push_str("\n\n");
    failures.push(failure);
}

/// Returns a failure for each address line that sits next to a reply but
/// that neither reply next to it could take, with the number of replies
/// above it. Its cause is not stated, so the failure has no reply and its
/// card explains that the cause was not read. An address that a reply names
/// already, or an earlier lone line, gets no second failure.
fn lone_failures(replies: &[Reply], lone_addresses: Vec<AddressLine>) -> Vec<(usize, Failure)> {
    // A set, so that many lone lines cost time in proportion to their number.
    let mut named: HashSet<String> = replies
        .iter()
        .flat_map(|reply| [reply.own_recipient.as_deref(), reply.named.as_deref()])
        .flatten()
        .map(str::to_ascii_lowercase)
        .collect();
    let mut failures = Vec::new();
    for line in lone_addresses {
        if !named.insert(line.address.to_ascii_lowercase()) {
            continue;
        }
        let failure = Failure { recipient: Some(line.address), ..Default::default() };
        failures.push((line.replies_above, failure));
    }
    failures
}

/// The replies of a paste and the address lines that no reply took.
#[derive(Debug, Default)]
struct Cut<'a> {
    replies: Vec<Reply<'a>>,
    lone_addresses: Vec<AddressLine>,
}

/// One reply of a series.
#[derive(Debug, Default)]
struct Reply<'a> {
    /// The reply's lines, without the bullets, timestamps and lead-ins
    /// that [`paste_marks`] drops.
    lines: Vec<&'a str>,
    /// The recipient that the reply's own lines name.
    own_recipient: Option<String>,
    /// The recipient that an address line next to the reply names.
    named: Option<String>,
}

/// Groups the lines into replies, or returns `None` when a line that is not
/// blank neither opens a reply, continues the one before it, names a
/// recipient alone nor is a note. A run of more than [`MAX_NOTES_IN_A_ROW`]
/// notes also returns `None`, unless it follows a reply and another reply
/// opens below it within [`MAX_NOTES_BETWEEN_REPLIES`] note lines. The
/// decision waits for the line after the run, so each line is read once.
fn cut_replies<'a>(section: &'a str, filter: &NotRecipients) -> Option<Cut<'a>> {
    let mut replies: Vec<Vec<&str>> = Vec::new();
    let mut address_lines: Vec<AddressLine> = Vec::new();
    // The code of the reply before when its last line ended with `-`, so
    // that the next line with that code continues it.
    let mut continued: Option<&str> = None;
    // True while the line before is the last line of a reply, so that a
    // note on the next line may be the rest of that reply, wrapped.
    let mut after_reply = false;
    // The number of note lines directly above: a longer run than
    // MAX_NOTES_IN_A_ROW is prose rather than a user's notes, unless a
    // reply opens below it.
    let mut notes_in_row = 0;
    // True while such a longer run waits for the reply below it.
    let mut awaiting_reply = false;
    // True when the first note of the current run was kept as the wrapped
    // rest of the reply above, so that a paragraph can take it back.
    let mut wrapped_note = false;
    // What the last line that is not blank was, so that an address line
    // names only a reply right next to it.
    let mut previous = LineKind::Other;
    for line in section.lines() {
        // A blank line does not end a reply whose last line ended in `-`:
        // a copy from a web page or a wrapped log can put one inside.
        if line.trim().is_empty() {
            after_reply = false;
            notes_in_row = 0;
            wrapped_note = false;
            continue;
        }
        if is_note(line) {
            previous = LineKind::Other;
            notes_in_row += 1;
            if notes_in_row > MAX_NOTES_IN_A_ROW {
                if replies.is_empty() || notes_in_row > MAX_NOTES_BETWEEN_REPLIES {
                    return None;
                }
                awaiting_reply = true;
                // A paragraph of notes is no part of the reply above it.
                if wrapped_note {
                    replies.last_mut()?.pop();
                    wrapped_note = false;
                }
            }
            // A mail client wraps a long reply onto the next line. A
            // label for the next reply ends in a colon instead.
            if after_reply && !line.trim_end().ends_with(':') && line.len() <= MAX_WRAPPED_LINE_LEN
            {
                replies.last_mut()?.push(line);
                wrapped_note = true;
            }
            after_reply = false;
            continue;
        }
        notes_in_row = 0;
        wrapped_note = false;
        if let Some(address) = address_line(line, filter) {
            // Two addresses with no reply between them are a list of
            // recipients, which the report readers cut into blocks.
            if address_lines.last().is_some_and(|a| a.replies_above == replies.len()) {
                return None;
            }
            address_lines.push(AddressLine::new(
                address,
                replies.len(),
                previous == LineKind::Reply,
            ));
            previous = LineKind::Address;
            after_reply = false;
            continue;
        }
        let replies_before = replies.len();
        after_reply = true;
        let bare = paste_marks::strip_marks(line);
        if let Some(caps) = OPENING_CODE.captures(bare) {
            let code = caps.get(1).map_or("", |m| m.as_str());
            let more = caps.get(2).is_some_and(|m| m.as_str() == "-");
            match replies.last_mut() {
                Some(reply) if continued == Some(code) => reply.push(bare),
                _ => replies.push(vec![bare]),
            }
            continued = more.then_some(code);
        } else if let Some(caps) = ADDRESS_THEN_CODE.captures(bare) {
            // A line that opens with its own recipient starts a new reply.
            replies.push(vec![bare]);
            let more = caps.get(2).is_some_and(|m| m.as_str() == "-");
            continued = more.then(|| caps.get(1).map_or("", |m| m.as_str()));
        } else if opens_reason_line(line) && smtp::has_reply_code(line) {
            // Postfix's `<bob@example.net>: host ... said: 550 ...`. Its
            // reply may go on below when the line's last code ends in `-`.
            replies.push(vec![line]);
            continued = INNER_CODE
                .captures_iter(line)
                .last()
                .filter(|caps| caps.get(2).is_some_and(|m| m.as_str() == "-"))
                .and_then(|caps| caps.get(1))
                .map(|m| m.as_str());
        } else if line.starts_with([' ', '\t']) && !replies.is_empty() {
            // Postfix wraps a long reason line onto indented lines.
            replies.last_mut()?.push(line);
        } else {
            return None;
        }
        if replies.len() > replies_before {
            awaiting_reply = false;
            if previous == LineKind::Address {
                address_lines.last_mut()?.reply_below = true;
            }
        }
        previous = LineKind::Reply;
    }
    // A long run of notes with no reply below it is prose.
    if awaiting_reply {
        return None;
    }
    let own_recipients: Vec<Option<String>> = replies
        .iter()
        .map(|lines| lines.iter().find_map(|line| recipient_in(line, filter)))
        .collect();
    let named_by_own_lines: Vec<bool> = own_recipients.iter().map(Option::is_some).collect();
    let (named, lone_addresses) = name_replies(&named_by_own_lines, address_lines);
    let replies = replies
        .into_iter()
        .zip(own_recipients)
        .zip(named)
        .map(|((lines, own_recipient), named)| Reply { lines, own_recipient, named })
        .collect();
    Some(Cut { replies, lone_addresses })
}

/// The kind of a line that is not blank, as [`cut_replies`] read it.
#[derive(Clone, Copy, PartialEq)]
enum LineKind {
    Reply,
    Address,
    Other,
}

/// True when `line` can be a note that a user writes between pasted
/// replies: a label (`Second one:`), a short comment or a run of letters.
/// A note names no address and no reply code, so that it cannot be part
/// of a report's recipient block, and has at most [`MAX_NOTE_WORDS`]
/// words. The caller takes at most [`MAX_NOTES_IN_A_ROW`] such lines in
/// a row, or [`MAX_NOTES_BETWEEN_REPLIES`] between two replies.
fn is_note(line: &str) -> bool {
    !line.starts_with([' ', '\t'])
        && !line.contains('@')
        && line.split_whitespace().count() <= MAX_NOTE_WORDS
        && !smtp::has_reply_code(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BLOCK: &str = "554 5.7.1 Client host [198.51.100.4] blocked using zen.spamhaus.org";
    const FULL: &str = "552 5.2.2 Mailbox full";

    fn replies_read(text: &str) -> usize {
        let filter = NotRecipients::from_headers(&crate::input::Decoded::default());
        scan(text, &filter).failures.len()
    }

    fn notes(count: usize) -> String {
        (1..=count).map(|n| format!("note line {n}\n")).collect()
    }

    #[test]
    fn notes_paragraph_between_replies_read() {
        let text = format!("{BLOCK}\n{}{FULL}\n", notes(MAX_NOTES_BETWEEN_REPLIES));
        assert_eq!(replies_read(&text), 2);
        let filter = NotRecipients::from_headers(&crate::input::Decoded::default());
        assert!(!scan(&text, &filter).text.contains("note line"));
    }

    #[test]
    fn notes_past_bound_are_prose() {
        let text = format!("{BLOCK}\n{}{FULL}\n", notes(MAX_NOTES_BETWEEN_REPLIES + 1));
        assert_eq!(replies_read(&text), 0);
    }

    #[test]
    fn long_run_outside_replies_is_prose() {
        let long_run = notes(MAX_NOTES_IN_A_ROW + 1);
        assert_eq!(replies_read(&format!("{long_run}{BLOCK}\n{FULL}\n")), 0);
        assert_eq!(replies_read(&format!("{BLOCK}\n{FULL}\n{long_run}")), 0);
        assert_eq!(replies_read(&format!("{BLOCK}\n{FULL}\n{long_run}\nbob@example.net\n")), 0);
    }
}
