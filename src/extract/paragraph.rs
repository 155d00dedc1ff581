//! Paragraphs of an NDR's text: where one ends, and which of them only
//! lead in to the reason that follows.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::section::ADDRESS;
use crate::smtp;

/// A line that the sending MTA writes after the receiver's reply: qmail's
/// closing lines (`Giving up on 192.0.2.1.`, `I'm not going to try again;
/// ...`), Sendmail's `(expanded from: alias)` under `(reason: 550 ...)`,
/// and the next field of a DSN pasted as text (`Status: 5.7.1`).
/// Exchange adds a dated line per earlier attempt (`12/4/2026 10:00:00 AM
/// - Remote Server at ... returned '550 ...'`), `The following
/// organization rejected your message` and `Original message headers`.
/// A delay warning goes on with the MTA's own notice: Sendmail's `Warning:
/// message still undelivered after 4 hours` and `Will keep trying until
/// message is 5 days old` (dropenvelope() in sendmail/envelope.c), and
/// Exim's [`DELAY_NOTICE`].
static TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:giving up on \S+\s*$|i['’]m not going to try again\b|warning: message still undelivered after\b|warning: delivery time \(\d+s\) exceeded|will keep trying until message is\b|no action is required on your part\b|expanded from:|the following organization rejected your message|original message headers\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ T]\d{1,2}:\d{2}(?::\d{2})?\S*(?:\s*[ap]\.?m\.?)?\s+-\s|(?:status|action|remote-mta|diagnostic-code|final-recipient|original-recipient|last-attempt-date|will-retry-until|reporting-mta|received-from-mta|arrival-date|dsn-gateway|final-log-id|original-envelope-id|x-actual-recipient|x-postfix-sender|x-postfix-queue-id)\s*:)",
    )
    .expect("trailer pattern is valid")
});

/// Splits the text at the first trailer line after the line where the
/// reply starts: the reply up to where the receiver's words end, and the
/// trailer lines from there. Lines before the reply are left alone: a
/// pasted DSN's `Diagnostic-Code:` line contains the reply itself.
pub(super) fn split_trailer(text: &str) -> (&str, &str) {
    let Some(reply) = smtp::reply_start(text) else {
        return (text, "");
    };
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        // qmail-send may mark its line with a stray `/` in front.
        let words = line.trim_start_matches(|c: char| !c.is_alphanumeric());
        if offset > reply && TRAILER.is_match(words) {
            return text.split_at(offset);
        }
        offset += line.len();
    }
    (text, "")
}

/// Returns the paragraph after a line that introduces the receiver's
/// response (Gmail's "The response was:" or "The response from the remote
/// server was:").
pub(super) fn quoted_response(lines: &[&str]) -> Option<String> {
    let lead_in = lines.iter().position(|l| {
        let lower = l.trim().to_ascii_lowercase();
        lower.starts_with("the response") && lower.ends_with("was:")
    })?;
    let response = paragraph_from(&lines[lead_in + 1..]);
    has_words(&response).then_some(response)
}

/// True when a paragraph only introduces the reason: it ends with a colon,
/// or with the recipient's address (`... delivering your mail to <a>.`).
pub(super) fn is_lead_in(paragraph: &str) -> bool {
    let text = paragraph.trim_end();
    if text.ends_with(':') {
        return true;
    }
    let last = ADDRESS.find_iter(text).last();
    last.is_some_and(|m| !text[m.end()..].chars().any(char::is_alphanumeric))
}

/// The start of the paragraph that closes Exim's delay warning: "No action
/// is required on your part. Delivery attempts will continue for some
/// time, ..." (the default text in Exim's src/src/deliver.c). It is the
/// sending server's notice, not a reason.
const DELAY_NOTICE: &str = "no action is required on your part";

/// Appends to a lead-in the paragraphs after it, up to and including the
/// first that is not itself a lead-in. Exim's `------ pipe to ... ------`
/// headings between them are skipped, and Exim's closing
/// [`DELAY_NOTICE`] ends the search, because a delay reason that ends in
/// a colon ("Delay reason: mailbox is full (...):") is not a lead-in to it.
pub(super) fn with_following(first: &str, lines: &[&str]) -> String {
    let mut out = first.to_string();
    let mut rest: &[&str] = lines;
    let mut used = first.lines().count();
    for _ in 0..4 {
        let start = rest.iter().position(|l| !is_blank(l)).unwrap_or(rest.len());
        rest = &rest[(start + used).min(rest.len())..];
        let next = paragraph_from(rest);
        if !has_words(&next) {
            break;
        }
        // NOTE: blank lines that `paragraph_from` skipped inside a
        // multi-line reply are not counted, so the next read starts early.
        used = next.lines().count();
        if next.trim_start().starts_with("---") {
            continue;
        }
        if next.trim_start().to_ascii_lowercase().starts_with(DELAY_NOTICE) {
            break;
        }
        out.push_str(&next);
        if !is_lead_in(&next) {
            break;
        }
    }
    out
}

/// True for an empty line or a rule of `=`, `-`, `*` or `_` between
/// paragraphs.
pub(super) fn is_blank(line: &str) -> bool {
    line.trim().chars().all(|c| matches!(c, '=' | '-' | '*' | '_'))
}

/// Lines from the first up to a blank line. Blank lines inside a
/// multi-line reply (after `550-5.7.1 ...`, before the next `550` line)
/// are skipped, not taken as the paragraph's end.
pub(super) fn paragraph_from(lines: &[&str]) -> String {
    let mut out = String::new();
    let mut last = "";
    let mut at = 0;
    while let Some(&line) = lines.get(at) {
        at += 1;
        if is_blank(line) {
            if out.trim().is_empty() {
                continue;
            }
            // Jumps over the whole run of blank lines, so a long run is
            // read once.
            let next = lines[at..].iter().position(|l| !is_blank(l)).map(|skip| at + skip);
            match next {
                Some(next) if smtp::continues_reply(last, lines[next]) => at = next,
                _ => break,
            }
            continue;
        }
        last = line;
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Field names under which a security gateway's notice states its cause,
/// lowercase, as in `Reason: Message content rejected` or a `Policy:` line.
// NOTE: no public sample of these notices was found, so the labels follow
// the structure of such notices rather than one service's template.
const REASON_LABELS: &[&str] = &["reason:", "policy:"];

/// Returns the paragraph among `lines` that opens with a labelled reason
/// (`Reason: ...`), for a notice that states its cause in such a field
/// below the sentence naming the recipient, often after a blank line.
pub(super) fn labelled_reason(lines: &[&str]) -> Option<String> {
    let start = lines.iter().position(|line| {
        let lower = line.trim().to_ascii_lowercase();
        REASON_LABELS.iter().any(|label| lower.starts_with(label))
    })?;
    let reason = paragraph_from(&lines[start..]);
    has_words(&reason).then_some(reason)
}

/// True when the text has at least three letters, so it is more than codes
/// and punctuation.
pub(super) fn has_words(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 3
}
