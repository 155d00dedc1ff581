//! Reply codes in prose that states a rule or a future or conditional
//! outcome (`our server will reject mail with 550 5.7.1 if SPF fails`,
//! `unknown users (550 5.1.1) will be logged`), or that lists replies as a
//! policy does (`unknown users get 550 5.1.1, blocked senders 554 5.7.1`).
//! Such a sentence describes
//! what a server does or would do: it reports no reply.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::quotes::{CLOSING, OPENING};
use super::recounted::continues_sentence;
use super::reply_lines::opens_with_address_and_reply;
use super::Failure;

/// A reply code with its enhanced status code (`550 5.1.1`, `452-4.2.2`).
pub(super) static REPLY_PAIR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b").expect("valid regex"));

/// Words of a sentence that states a rule, a future or a condition rather
/// than a reply that came back. `could` and `can` are left out, because
/// bounces write "could not be delivered" and "can't be reached".
const RULE_WORDS: &[&str] = &[
    "will", "would", "shall", "should", "may", "might", "won't", "wouldn't", "we'll", "it'll",
    "if", "unless", "when", "whenever", "once",
];

/// The subset of `RULE_WORDS` that opens a conditional clause after a bare
/// code (`550 5.7.1 if SPF fails`). A future word after a bare code may be
/// the reply's own text ("550 5.7.1 Message will not be accepted").
const CONDITION_WORDS: &[&str] = &["if", "unless", "when", "whenever"];

/// Marks that a reply follows: a field's colon (`said: 550`), a Postfix log
/// field (`dsn=5.1.1`), a transcript arrow (`<<< 550`), an address
/// (`RCPT TO:<bob@example.net> 550`) or an Exchange `#`.
/// A list of two or more `label: code` lines (`Unknown users: 550 5.1.1
/// user unknown`) is read as a reference list in `reply_table`. A single
/// such line still reads as a reply, because its code follows a colon.
pub(super) const FIELD_MARKS: &[char] = &[':', ';', '=', '[', '<', '>', '#', '-', '/'];

/// True when the failure's codes occur in `section` and every place they
/// occur sits inside a sentence that states a rule or an outcome to come.
pub(super) fn states_rule(failure: &Failure, section: &str) -> bool {
    every_place(failure, section, |place| {
        place_states_rule(place.before, place.line, place.at, place.len)
    })
}

/// One place of a code in a section: its line, the lines before and after
/// it, and the code's offset and length in the line.
pub(super) struct Place<'a> {
    pub before: &'a [&'a str],
    pub after: &'a [&'a str],
    pub line: &'a str,
    pub at: usize,
    pub len: usize,
}

/// True when the failure's codes occur in `section` and `test` is true at
/// every place they occur.
pub(super) fn every_place(failure: &Failure, section: &str, test: impl Fn(&Place) -> bool) -> bool {
    let codes: Vec<&str> =
        [failure.reply.as_deref(), failure.status.as_deref()].into_iter().flatten().collect();
    let lines: Vec<&str> = section.lines().collect();
    let mut found = false;
    for (index, line) in lines.iter().enumerate() {
        for code in &codes {
            for (at, _) in line.match_indices(code) {
                // `5.1.1` also occurs inside `5.1.10`, and `550` inside `1550`.
                let inside_number = line[..at].ends_with(|c: char| c.is_ascii_digit() || c == '.')
                    || line[at + code.len()..].starts_with(|c: char| c.is_ascii_digit());
                if inside_number {
                    continue;
                }
                found = true;
                let place = Place {
                    before: &lines[..index],
                    after: &lines[index + 1..],
                    line,
                    at,
                    len: code.len(),
                };
                if !test(&place) {
                    return false;
                }
            }
        }
    }
    found
}

/// True when the code at `line[at..at + len]` sits inside a sentence that
/// states a rule: the words of the sentence before the code, or after its
/// closing bracket or quote, include a rule word, or the sentence lists
/// other replies. A code that opens its sentence or follows a field's mark
/// is a reply.
fn place_states_rule(before: &[&str], line: &str, at: usize, len: usize) -> bool {
    let sentence_start = sentence_head(before, &line[..at]);
    let (head, bracket) = strip_opening_mark(sentence_start.trim_end());

    // A code that opens its sentence, follows a field's mark or follows a
    // verb that reports it (`the server returned 550 5.1.1`) is a reply.
    if head.is_empty() || head.ends_with(FIELD_MARKS) {
        return false;
    }
    let lower = head.to_lowercase();
    if ["said", "replied", "returned"].iter().any(|w| lower.ends_with(w)) {
        return false;
    }

    // The words before the code decide first: a rule word, or other
    // replies named in the same sentence.
    if has_word(&lower, RULE_WORDS) {
        return true;
    }
    if lists_replies(&lower, &line[at..]) {
        return true;
    }

    // Otherwise the writer's words after the code decide. After a bare
    // code only a condition counts, because a future word there may be the
    // reply's own text ("550 5.7.1 Message will not be accepted").
    let tail = sentence_tail(&line[at + len..], bracket);
    let words = if bracket { RULE_WORDS } else { CONDITION_WORDS };
    has_word(&tail, words)
}

/// Returns `head`, the text before a code, without trailing spaces and
/// opening marks, and whether the code sits in brackets (an unclosed `(`
/// in `head`, as in `errors (550 5.1.1) will be logged`) or quotes.
fn strip_opening_mark(head: &str) -> (&str, bool) {
    let open_bracket = head.matches('(').count() > head.matches(')').count();
    let bracket = open_bracket || head.ends_with(OPENING);
    let head =
        head.trim_end_matches(|c: char| c.is_whitespace() || c == '(' || OPENING.contains(&c));
    (head, bracket)
}

/// Returns, in lowercase, the writer's words in `rest` (the line after a
/// code) up to the sentence end. After a bracketed code they start past
/// its closing bracket or quote, where a straight apostrophe does not
/// count, because the reply's words may hold one (`doesn't`). After a bare
/// code they are all of `rest`, which may be the reply's own text.
fn sentence_tail(rest: &str, bracket: bool) -> String {
    let closes = |c: char| c == ')' || (c != '\'' && CLOSING.contains(&c));
    let tail = match rest.split_once(closes) {
        Some((_, after)) if bracket => after,
        None if bracket => "",
        _ => rest,
    };
    let end =
        [". ", "! ", "? "].iter().filter_map(|end| tail.find(end)).min().unwrap_or(tail.len());
    tail[..end].to_lowercase()
}

/// True when the prose sentence around a code, `head` before it and `rest`
/// from the code on, names two or more different replies (`unknown users are
/// rejected with 550 5.1.1 and blocked senders get 554 5.7.1`), as a
/// policy or a runbook does. A reply names one code pair.
fn lists_replies(head: &str, rest: &str) -> bool {
    let end =
        [". ", "! ", "? "].iter().filter_map(|end| rest.find(end)).min().unwrap_or(rest.len());
    let sentence = format!("{head} {}", &rest[..end]);
    let pairs: HashSet<&str> = REPLY_PAIR.find_iter(&sentence).map(|m| m.as_str()).collect();
    pairs.len() >= 2
}

/// Returns the part of the sentence that ends at `start` (the text of the
/// code's line before it): from the last sentence end, taking in earlier
/// lines that the sentence carries on from.
pub(super) fn sentence_head(before: &[&str], start: &str) -> String {
    let mut head = after_sentence_end(start).to_string();
    if head.len() < start.len() {
        return head;
    }
    for line in before.iter().rev() {
        let line = line.trim_start_matches('>').trim();
        // A reply line before the code (`250 2.1.0 Sender OK`, or
        // `bob@example.net: 550 5.1.1 User unknown`) is no prose.
        let own_reply = opens_with_reply_code(line) || opens_with_address_and_reply(line);
        if !continues_sentence(line) || own_reply {
            break;
        }
        let part = after_sentence_end(line);
        head = format!("{part} {head}");
        if part.len() < line.len() {
            break;
        }
    }
    head
}

/// True when `line` opens with a reply code (`250 OK`, `550-5.7.1`).
fn opens_with_reply_code(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.len() >= 3
        && matches!(bytes[0], b'2'..=b'5')
        && bytes[1..3].iter().all(u8::is_ascii_digit)
        && matches!(bytes.get(3), None | Some(b' ' | b'-' | b'\t'))
}

/// Returns the text after the last sentence end (`. `, `! `, `? `) in `text`.
fn after_sentence_end(text: &str) -> &str {
    [". ", "! ", "? "]
        .iter()
        .filter_map(|end| text.rfind(end).map(|at| at + end.len()))
        .max()
        .map_or(text, |at| &text[at..])
}

/// True when `lower` contains one of `words` as a whole word.
fn has_word(lower: &str, words: &[&str]) -> bool {
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.replace('’', "'"))
        .any(|w| words.contains(&w.as_str()))
}
