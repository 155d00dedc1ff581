//! The lines of a recipient's block that carry its failure: the receiver's
//! reply, the reason worded around the address, or the reply given once
//! above the list of recipients.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::{is_bare_address, Block};
use crate::extract::paragraph::{
    has_words, is_blank, is_lead_in, labelled_reason, paragraph_from, quoted_response,
    with_following,
};
use crate::extract::section::ADDRESS;
use crate::smtp;

/// Picks the lines that carry the failure: the paragraph holding the
/// first reply code in the block, or the reply above the recipient list,
/// or else the words around the anchor.
pub(super) fn diagnostic_lines(block: &Block, all: &[&str], preamble: Option<&str>) -> String {
    // A reply code outranks a status code alone, which is often prose
    // (`see DSN 5.1.1 in Exchange Online`).
    let with_reply = block.lines.iter().position(|l| smtp::has_reply_code(l));
    let with_reply = with_reply.map(|at| fuller_reply(&block.lines, at));
    if let Some(start) = with_reply.or_else(|| block.lines.iter().position(|l| has_reply(l))) {
        let lines = &block.lines[start..];
        return crate::extract::transcript::arrow_reply(lines)
            .unwrap_or_else(|| paragraph_from(lines));
    }
    if let Some(preamble) = preamble {
        return preamble.to_string();
    }

    // The anchor line itself, with the address taken out, and the lines
    // after it in the same paragraph.
    let worded: Vec<&str> = block.lines.iter().copied().filter(|l| !is_bare_address(l)).collect();
    let here = paragraph_from(&worded);
    if has_words(&ADDRESS.replace_all(&here, "")) {
        // `because:` or `There was an error delivering your mail to <a>.`
        // only lead in to the reason, which is the next paragraph.
        if is_lead_in(&here) {
            return with_following(&here, &worded);
        }
        // Gmail's notice names the failure in a sentence of its own and
        // quotes the receiver further down, after "The response was:".
        if let Some(response) = quoted_response(&worded) {
            return format!("{here}{response}");
        }
        // A gateway's notice gives its cause in a `Reason:` field below.
        if let Some(reason) = labelled_reason(&worded).filter(|r| !here.contains(r.trim())) {
            return format!("{here}{reason}");
        }
        return here;
    }

    // Lotus Notes and others put the reason on the lines before the
    // address, sometimes with a blank line between.
    let anchor = block.anchors[0];
    let mut end = anchor;
    while end > 0 && anchor - end < 3 && is_blank(all[end - 1]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && end - start < 5 && !is_blank(all[start - 1]) {
        start -= 1;
    }
    let before = all[start..end].join("\n");
    if has_words(&before) {
        return before;
    }
    here
}

/// Returns the index of the line that gives the reply at `at` in full.
/// Microsoft 365's NDR shows a `Status code: 550 5.7.350` box (German
/// `Statuscode:`, French `Code d'état :`) above the line with the whole
/// reply (`Error: 550 5.7.350 Remote server returned ... [192.0.2.1]`,
/// `Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'`).
/// A labelled line with only codes yields to a later line of the block
/// with the same codes and words after them.
fn fuller_reply(lines: &[&str], at: usize) -> usize {
    if !is_bare_codes(lines[at]) {
        return at;
    }
    let codes = smtp::find_codes(lines[at]);
    let fuller = lines[at + 1..].iter().position(|line| {
        let found = smtp::find_codes(line);
        found.reply == codes.reply && found.status == codes.status && !is_bare_codes(line)
    });
    fuller.map_or(at, |offset| at + 1 + offset)
}

/// A line that quotes a receiver's reply after a label (`Error: 550 ...`,
/// `Remote Server returned '550 ...'`) and names an address.
pub(super) static LABELLED_REPLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[a-z][a-z ]{0,30}:\s*|remote server returned\s*')[45]\d\d[ -].*@")
        .expect("labelled reply pattern is valid")
});

/// True when one of `lines` contains a reply code with words after the
/// codes, not only a `Status code: 550 5.1.1` box.
pub(super) fn has_worded_reply(lines: &[&str]) -> bool {
    lines.iter().any(|line| smtp::has_reply_code(line) && !is_bare_codes(line))
}

/// True for a line with a label, a colon and reply codes, and no words
/// after the codes (`Status code: 550 5.1.10`).
fn is_bare_codes(line: &str) -> bool {
    let Some((label, value)) = line.split_once(':') else {
        return false;
    };
    let codes = smtp::find_codes(value);
    let last = [codes.status.as_deref(), codes.reply.as_deref()]
        .into_iter()
        .flatten()
        .filter_map(|code| value.rfind(code).map(|at| at + code.len()))
        .max();
    let Some(end) = last else {
        return false;
    };
    !label.trim().is_empty() && !value[end..].chars().any(char::is_alphanumeric)
}

fn has_reply(line: &str) -> bool {
    let codes = smtp::find_codes(line);
    codes.reply.is_some() || codes.status.is_some()
}
