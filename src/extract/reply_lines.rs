//! SMTP replies pasted one after another, one reply to a line: an excerpt
//! of a mail log, or the replies of several bounces copied together. Each
//! reply is a delivery of its own, so each makes its own failure, and the
//! recipient a line names belongs to that line's reply alone. Cutting such
//! text at the named addresses, as [`super::blocks`] does for a report,
//! would give an unnamed reply to the recipient named above it.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::generic;
use super::reason_line::opens_reason_line;
use super::recipient_line::recipient_in;
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

/// The replies that [`scan`] cut from a text of reply lines.
#[derive(Debug, Default)]
pub struct Series {
    /// One failure per distinct reply.
    pub failures: Vec<Failure>,
    /// How many different replies that name no recipient were left out
    /// past [`MAX_UNNAMED_REPLIES`].
    pub left_out: usize,
    /// The replies' own lines, each reply separated from the next by a
    /// blank line, without the notes between them. A check that reads a
    /// reply's sentence across lines reads it here, so that a note ending
    /// mid-sentence (`xx`, `this one came back yesterday`) does not run on
    /// into the reply below it.
    pub text: String,
}

/// Cuts text made of reply lines into one failure per reply. Returns
/// nothing unless there are two replies or more, and every line that is
/// not blank opens a reply, continues one or is a note of the user's own
/// (see [`is_note`]).
pub fn scan(section: &str, filter: &NotRecipients) -> Series {
    let Some(replies) = cut_replies(section) else {
        return Series::default();
    };
    if replies.len() < 2 {
        return Series::default();
    }
    let mut failures: Vec<Failure> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut unnamed = 0;
    let mut left_out = LeftOut::default();
    let mut series_text = String::new();
    for lines in replies {
        let text = lines.join("\n");
        series_text.push_str(&text);
        series_text.push_str("\n\n");
        // The same reply pasted twice is one delivery's.
        let key = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if seen.contains(&key) {
            continue;
        }
        let recipient = lines.iter().find_map(|line| recipient_in(line, filter));
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
    Series { failures, left_out: left_out.count(), text: series_text }
}

/// Groups the lines into replies, or returns `None` when a line that is not
/// blank neither opens a reply, continues the one before it nor is a note.
fn cut_replies(section: &str) -> Option<Vec<Vec<&str>>> {
    let mut replies: Vec<Vec<&str>> = Vec::new();
    // The code of the reply before when its last line ended with `-`, so
    // that the next line with that code continues it.
    let mut continued: Option<&str> = None;
    // True while the line before is the last line of a reply, so that a
    // note on the next line may be the rest of that reply, wrapped.
    let mut after_reply = false;
    // True while the line before is a note: two such lines in a row are a
    // paragraph of prose rather than a label or a comment.
    let mut after_note = false;
    for line in section.lines() {
        // A blank line does not end a reply whose last line ended in `-`:
        // a copy from a web page or a wrapped log can put one inside.
        if line.trim().is_empty() {
            after_reply = false;
            after_note = false;
            continue;
        }
        let note = !after_note && is_note(line);
        after_note = note;
        if note {
            // A mail client wraps a long reply onto the next line. A
            // label for the next reply ends in a colon instead.
            if after_reply && !line.trim_end().ends_with(':') && line.len() <= MAX_WRAPPED_LINE_LEN
            {
                replies.last_mut()?.push(line);
            }
            after_reply = false;
            continue;
        }
        after_reply = true;
        if let Some(caps) = OPENING_CODE.captures(line) {
            let code = caps.get(1).map_or("", |m| m.as_str());
            let more = caps.get(2).is_some_and(|m| m.as_str() == "-");
            match replies.last_mut() {
                Some(reply) if continued == Some(code) => reply.push(line),
                _ => replies.push(vec![line]),
            }
            continued = more.then_some(code);
        } else if let Some(caps) = ADDRESS_THEN_CODE.captures(line) {
            // A line that opens with its own recipient starts a new reply.
            replies.push(vec![line]);
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
    }
    Some(replies)
}

/// True when `line` can be a note that a user writes between pasted
/// replies: a label (`Second one:`), a short comment or a run of letters.
/// A note names no address and no reply code, so that it cannot be part
/// of a report's recipient block, and has at most [`MAX_NOTE_WORDS`]
/// words. The caller takes only one such line at a time.
/// NOTE: a line that names an address (`for bob@example.org`) is no note,
/// so the text goes to the readers of reports, which give no card at all
/// for two replies with such a line between them.
fn is_note(line: &str) -> bool {
    !line.starts_with([' ', '\t'])
        && !line.contains('@')
        && line.split_whitespace().count() <= MAX_NOTE_WORDS
        && !smtp::has_reply_code(line)
}
