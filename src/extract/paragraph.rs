//! Paragraphs of an NDR's text: where one ends, and which of them only
//! lead in to the reason that follows.

use super::section::ADDRESS;

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

/// Appends to a lead-in the paragraphs after it, up to and including the
/// first that is not itself a lead-in. Exim's `------ pipe to ... ------`
/// headings between them are skipped.
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
        used = next.lines().count();
        if next.trim_start().starts_with("---") {
            continue;
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

/// Lines from the first up to a blank line.
pub(super) fn paragraph_from(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        if is_blank(line) {
            if out.trim().is_empty() {
                continue;
            }
            break;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// True when the text has at least three letters, so it is more than codes
/// and punctuation.
pub(super) fn has_words(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 3
}
