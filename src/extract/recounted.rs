//! The place of a reply code in prose. Set off on its own line, it is a
//! quoted or pasted reply. Inside a sentence (`came back with "550 5.1.1
//! user unknown" but it works now`), it is a person's account of a failure.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::marks::has_postfix_recipient_failure;
use super::quotes::OPENING;
use super::rule::{every_place, sentence_head, FIELD_MARKS, REPLY_PAIR};
use super::Failure;

/// Words that place a sentence's events at a time in the past: `last
/// week`, `yesterday`, `two days ago`, `back in May`.
static PAST_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:yesterday|ago|previously|back in|the other day|earlier (?:today|this (?:week|month|year))",
        r"|last (?:week|month|year|night|time|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    ))
    .expect("past time pattern is valid")
});

/// Lines after a code's line that its sentence may run on into.
const SENTENCE_REACH: usize = 2;

/// A sentence whose subject is the remote server, up to the quoted reply:
/// Exchange's `Remote Server returned '550 ...'` in the languages the
/// tool reads (`Vom Remoteserver wurde '...' zurückgegeben`, `Le serveur
/// distant a retourné « ... »`, `El servidor remoto devolvió '...'`),
/// read in lowercase. The sending server quotes its peer there, whatever
/// verb follows.
/// NOTE: the localised subjects are translations of Exchange's English
/// sentence, as this project's tests write them. None was checked against
/// a copy of a localised report.
static REMOTE_SERVER_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:remote ?server|remoteserver|serveur distant|servidor remoto|server remoto|externe server)\b[^.!?]*$",
    )
    .expect("remote server subject pattern is valid")
});

/// Domino's router sentence before the receiving server's reply, read in
/// lowercase: `Error transferring to mx.example.net; SMTP Protocol
/// Returned a Permanent Error 550 5.1.1 ...`, and its temporary form.
/// Sisimai's test data and public Domino bounces carry the same words.
const ROUTER_ERROR_LEAD: [&str; 2] =
    ["protocol returned a permanent error", "protocol returned a temporary error"];

/// True when every place of the failure's codes in `section` sits inside
/// a sentence set at a time in the past (`The old relay returned
/// 550 5.1.1 for two test mailboxes last week`). Such a sentence recounts
/// a reply. A code that opens its sentence, or follows a quote mark or a
/// field's mark (Microsoft's `returned '550 ...'`, Gmail's `returned
/// was: 550 ...`), is the receiver's reply, whatever words follow it.
pub(super) fn recounts_past(failure: &Failure, section: &str) -> bool {
    every_place(failure, section, |place| {
        place_recounts_past(place.before, place.after, place.line, place.at)
    })
}

/// True when the code at `line[at..]` sits inside a sentence, after words
/// and no quote or field mark, and the sentence names a past time.
fn place_recounts_past(before: &[&str], after: &[&str], line: &str, at: usize) -> bool {
    let head = sentence_head(before, &line[..at]);
    // A reply code before the status (`returned 550 5.1.1`) is part of the
    // same reply, so the words before it are read.
    let words = head.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    if words.is_empty() || words.ends_with(FIELD_MARKS) || words.ends_with(OPENING) {
        return false;
    }
    let mut tail = line[at..].to_string();
    for next in after.iter().take(SENTENCE_REACH) {
        if ends_sentence(&tail) || next.trim().is_empty() {
            break;
        }
        tail.push(' ');
        tail.push_str(next.trim_start_matches('>').trim());
    }
    let end =
        [". ", "! ", "? "].iter().filter_map(|end| tail.find(end)).min().unwrap_or(tail.len());
    let sentence = format!("{head} {}", &tail[..end]).to_lowercase();
    PAST_TIME.is_match(&sentence)
}

/// True when `text` contains a sentence end (`. `, `! `, `? `) or ends with one.
fn ends_sentence(text: &str) -> bool {
    let text = text.trim_end();
    [". ", "! ", "? "].iter().any(|end| text.contains(end)) || text.ends_with(['.', '!', '?'])
}

/// True when a reply in a person's email is set off from the prose, as a
/// quoted or pasted reply is. Its reply code or status code opens a line
/// (after quote marks, a `>` or a transcript's receive arrow) that does
/// not carry on the sentence of the line before, it follows a lead-in
/// (see `lead_in`), or a Postfix recipient line carries it.
/// A code inside a sentence (`came back with "550 5.1.1 user unknown"
/// but it works now`) is the person's account of a past failure, not a
/// report of one.
pub(super) fn is_set_off(failure: &Failure, section: &str) -> bool {
    let codes = [failure.reply.as_deref(), failure.status.as_deref()];
    let mut previous = "";
    let opens = section.lines().any(|line| {
        let line = line.trim();
        let bare = after_field_label(after_receive_arrow(line))
            .trim_start_matches(|c: char| c.is_whitespace() || c == '>' || OPENING.contains(&c));
        let opens = codes.iter().flatten().any(|code| {
            bare.strip_prefix(code)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '-', '\t']))
        });
        // Prose wrapped just before a quoted code carries on its sentence.
        let found = opens && !continues_sentence(previous.trim_start_matches('>').trim());
        previous = line;
        found
    });
    // A reply after an MTA's lead-in or a recipient's address (`Error for
    // <eve@example.com>: 550 ...`) is quoted from a bounce, not the
    // writer's own account.
    let after_lead_in = failure.reply.as_deref().is_some_and(|reply| {
        section.lines().any(|line| super::lead_in::follows_lead_in(line, reply))
    });
    opens || after_lead_in || has_postfix_recipient_failure(&section.to_lowercase())
}

/// Words that make a line's opening words a person's sentence rather
/// than a field's label (`Then she said: 550 is the limit`).
const SPEECH_VERBS: &[&str] = &["said", "says", "wrote", "writes", "told", "replied"];

/// Returns what follows a field's label at the start of a line, as an
/// NDR's error table writes it and a forward keeps it (`Error:`,
/// `Reported error:`, `Remote server response:`, `Fehler:`, `Erreur :`,
/// `Diagnostic-Code: smtp;`). A label is one to four words of letters
/// before the line's first colon. Any other line is returned unchanged.
fn after_field_label(line: &str) -> &str {
    let Some((label, value)) = line.split_once(':') else {
        return line;
    };
    let words: Vec<&str> = label.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let is_label = (1..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '’'))
        && !words.iter().any(|w| SPEECH_VERBS.contains(&w.to_lowercase().as_str()));
    if !is_label {
        return line;
    }
    let value = value.trim_start();
    // RFC 3464's Diagnostic-Code field opens with the diagnostic type.
    value.strip_prefix("smtp;").map_or(value, str::trim_start)
}

/// Returns what follows a session transcript's receive arrow, which marks
/// the receiving server's reply: Sendmail's `<<< 550 ...` and MDaemon's
/// `<-- 550 ...`, the latter after a time stamp (`Mon 2026-12-01
/// 10:12:46.400: <-- 550 ...`), and a sending client's marks (swaks's
/// `<** 554 ...`, see `client_session`). Any other line is returned
/// unchanged.
pub(super) fn after_receive_arrow(line: &str) -> &str {
    for arrow in ["<<< ", "<-- "] {
        if let Some(at) = line.find(arrow) {
            let lead = line[..at].trim_end();
            if lead.is_empty() || lead.ends_with(':') {
                return line[at + arrow.len()..].trim_start();
            }
        }
    }
    super::client_session::received_reply(line).unwrap_or(line)
}

/// True when a reply in pasted text sits inside a sentence, as the
/// writer's account of a failure rather than a report of one. Each place
/// its codes appear is prose: not after a field's mark (`said: 550`,
/// `Diagnostic-Code: smtp; 550`, `dsn=5.1.1`, `(#5.1.1)`), nor opening a
/// line, unless the line before stops mid-sentence, is no field
/// (`Recipient: bob@example.net`) and the code's own line has none of a
/// reply's marks (`<bob@example.net>:`, `[198.51.100.5]`).
pub(super) fn is_recounted(failure: &Failure, section: &str) -> bool {
    let codes: Vec<&str> =
        [failure.reply.as_deref(), failure.status.as_deref()].into_iter().flatten().collect();
    if has_postfix_recipient_failure(&section.to_lowercase()) {
        return false;
    }
    let mut code_found = false;
    let mut previous = "";
    let set_off = section.lines().any(|line| {
        let line = line.trim();
        let prior = std::mem::replace(&mut previous, line).trim_start_matches('>').trim();
        let places: Vec<usize> =
            codes.iter().flat_map(|code| line.match_indices(code).map(|(at, _)| at)).collect();
        code_found |= !places.is_empty();
        places.into_iter().any(|at| {
            let lead = line[..at]
                .trim_end_matches(|c: char| c.is_whitespace() || c == '>' || OPENING.contains(&c));
            if lead.is_empty() {
                let prose_line = !line.contains([':', ';', '<', '[', '#']);
                // A line before that opens with its own reply (`550 5.1.1
                // User unknown`) is a reply pasted from a log, not prose.
                let prose_before = continues_sentence(prior) && !opens_with_reply_pair(prior);
                return !(prose_before && !is_field(prior) && prose_line);
            }
            let lower = lead.to_lowercase();
            lead.ends_with([':', ';', '=', '(', '[', '#', '<', '-'])
                || ["said", "replied", "returned"].iter().any(|w| lower.ends_with(w))
                || ROUTER_ERROR_LEAD.iter().any(|w| lower.ends_with(w))
                || REMOTE_SERVER_SUBJECT.is_match(&lower)
        })
    });
    code_found && !set_off
}

/// True when `line` opens with a reply code and its enhanced status code.
fn opens_with_reply_pair(line: &str) -> bool {
    REPLY_PAIR.find(line).is_some_and(|found| found.start() == 0)
}

/// True when a writer has copied `reply` into a sentence of theirs: the
/// code follows words, and comes right after a quote mark (`got "552
/// Mailbox full"`) or before a capitalised word (`bounce with 550
/// Rejected: ...`), or opens a lowercase reply that names a cause
/// (`bounce with 553 sorry, that domain isn't in my list of allowed
/// rcpthosts`). The caller still checks that the words read as a reply's.
pub(super) fn is_copied_into_sentence(reply: &str, section: &str) -> bool {
    section.lines().any(|line| {
        line.match_indices(reply).any(|(at, _)| {
            let before = &line[..at];
            let after = &line[at + reply.len()..];
            let inside_number = before.ends_with(|c: char| c.is_ascii_digit() || c == '.')
                || after.starts_with(|c: char| c.is_ascii_digit());
            let in_sentence = before.chars().any(char::is_alphabetic);
            let Some(first) = after.strip_prefix(' ').and_then(|rest| rest.chars().next()) else {
                return false;
            };
            let quoted = before.ends_with(OPENING);
            let lowercase_reply =
                first.is_lowercase() && !counts_things(after) && names_cause(after);
            !inside_number && in_sentence && (quoted || first.is_uppercase() || lowercase_reply)
        })
    })
}

/// True when the words after a number name what it counts, as prose does:
/// `of` (`550 of our users`) or a plural noun in the first two words (`550
/// users`, `450 new mailboxes`). A reply's opening words are usually
/// singular (`user unknown`, `mailbox unavailable`, `access denied`).
fn counts_things(after: &str) -> bool {
    let words: Vec<String> = after
        .split_whitespace()
        .take(2)
        .map(|word| word.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .collect();
    let plural = |word: &String| {
        word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us")
    };
    words.first().is_some_and(|word| word == "of") || words.iter().any(plural)
}

/// True when `text` names a cause from the classifier's phrase tables.
fn names_cause(text: &str) -> bool {
    crate::classify::names_any_reason(&crate::classify::normalise(text))
}

/// True when `line` reads as a labelled field (`Recipient e-mail: value`):
/// a label of one to three words before its first colon.
fn is_field(line: &str) -> bool {
    line.split_once(": ")
        .is_some_and(|(label, _)| (1..=3).contains(&label.split_whitespace().count()))
}

/// True when `line` stops mid-sentence: it ends in a letter or a comma
/// and is neither a transcript line (`<<< 550 ...`), a reply line that
/// announces its continuation (`550-...`) nor an address alone on its
/// line, which labels the reply below it.
pub(super) fn continues_sentence(line: &str) -> bool {
    let bytes = line.as_bytes();
    let announces_more =
        bytes.len() > 3 && bytes[..3].iter().all(u8::is_ascii_digit) && bytes[3] == b'-';
    let smtp = line.starts_with("<<<") || line.starts_with(">>>") || announces_more;
    !smtp
        && line.ends_with(|c: char| c.is_alphabetic() || c == ',')
        && !super::reply_addresses::is_address_alone(line)
}
