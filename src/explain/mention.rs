//! The note for text that only mentions a reply: a user's account of a
//! failure, a rule, or a list of a server's replies.

use crate::knowledge::{reply_codes, status_codes, Entry};
use crate::report::Note;

use super::join_with_and;

/// Maximum number of codes whose meaning the note spells out, so a long
/// list of a server's replies does not turn the note into a table.
const MAX_MEANINGS: usize = 3;

/// Builds the note for `mentioned` replies (`550 5.1.1`, or a reply code
/// alone) found in the sentences of an email or pasted text.
pub(super) fn mention_note(source: &str, mentioned: &[String]) -> Note {
    let noun = if mentioned.len() > 1 { "replies" } else { "reply" };
    let codes = join_with_and(mentioned);
    let meanings: String = code_meanings(mentioned).iter().map(|m| format!(" {m}")).collect();
    // A help desk is often sent a user's account of a failure, or a
    // policy that lists the replies a server gives. The codes in such
    // sentences are not a report, and may be from the past. So the note
    // gives only what each code means in general. A step, a link or an IP
    // address would need the bounce itself.
    Note::info(format!(
        "The {source} mentions the {noun} {codes} within its sentences, as the writer's \
         account of a failure, as a rule or in a list of a server's replies, not as a mail \
         server's report of one.{meanings} If a delivery fails, paste the bounce itself."
    ))
}

/// Returns one sentence per distinct code found in the tables, such as `In
/// general, 5.1.1 means the recipient's address does not exist at the
/// receiving domain.` The enhanced status code explains a reply when the
/// status table contains it, otherwise the reply code does.
fn code_meanings(mentioned: &[String]) -> Vec<String> {
    let mut explained: Vec<&'static str> = Vec::new();
    let mut sentences = Vec::new();
    for reply in mentioned {
        let Some((code, entry)) = known_code(reply) else {
            continue;
        };
        if explained.contains(&entry.id) {
            continue;
        }
        explained.push(entry.id);
        sentences.push(format!("In general, {code} means {}", lower_first(first_sentence(entry.what))));
        if sentences.len() == MAX_MEANINGS {
            break;
        }
    }
    sentences
}

/// Finds the code of `reply` (`550 5.1.1`, `550-5.1.1` or `550`) that a
/// table explains, with that table's entry.
fn known_code(reply: &str) -> Option<(&str, &'static Entry)> {
    let codes: Vec<&str> = reply.split([' ', '-']).filter(|c| !c.is_empty()).collect();
    let status = codes
        .iter()
        .filter(|c| c.contains('.'))
        .find_map(|c| status_codes::lookup(c).map(|entry| (*c, entry)));
    status.or_else(|| {
        codes
            .iter()
            .filter(|c| is_failure_reply(c))
            .find_map(|c| reply_codes::lookup(c).map(|entry| (*c, entry)))
    })
}

/// True for a 4xx or 5xx reply code. The table's sentences for other
/// replies name the code themselves ("Reply 250 means ..."), and such a
/// reply reports no failure to explain.
fn is_failure_reply(code: &str) -> bool {
    code.len() == 3 && code.starts_with(['4', '5']) && code.bytes().all(|b| b.is_ascii_digit())
}

/// Returns the first sentence of a table's text, with its full stop. A
/// later sentence may point at the receiver's text ("The receiver's text
/// names which."), which a mention does not have.
fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(end) => &text[..=end],
        None => text,
    }
}

/// Lowercases the first letter of a table's sentence so it reads after
/// "means". Every 4xx, 5xx and status `what` text starts with an ordinary
/// word ("The", "Something", "A", "You"), never a name, as a test checks.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replies(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn status_explains_before_reply() {
        let meanings = code_meanings(&replies(&["550 5.1.1"]));
        assert_eq!(meanings.len(), 1);
        assert!(meanings[0].starts_with("In general, 5.1.1 means the recipient's"), "{meanings:?}");
    }

    #[test]
    fn unknown_status_falls_back_to_reply() {
        let meanings = code_meanings(&replies(&["550 5.4.8"]));
        assert_eq!(meanings.len(), 1);
        assert!(meanings[0].starts_with("In general, 550 means"), "{meanings:?}");
    }

    #[test]
    fn unknown_codes_give_nothing() {
        assert!(code_meanings(&replies(&["599 5.9.9", "", "abc"])).is_empty());
    }

    #[test]
    fn same_meaning_given_once() {
        // 4.2.2 and 5.2.2 share one registry entry.
        let meanings = code_meanings(&replies(&["452 4.2.2", "552 5.2.2", "550 5.1.1"]));
        assert_eq!(meanings.len(), 2, "{meanings:?}");
    }

    #[test]
    fn meanings_capped() {
        let many = replies(&["550 5.1.1", "552 5.2.2", "554 5.7.1", "550 5.1.2", "421 4.4.2"]);
        assert_eq!(code_meanings(&many).len(), MAX_MEANINGS);
    }

    #[test]
    fn every_what_reads_after_means() {
        // `lower_first` assumes no table sentence starts with a name.
        let failure_replies = reply_codes::ALL.iter().filter(|e| is_failure_reply(&e.id["reply/".len()..]));
        for entry in status_codes::ALL.iter().chain(failure_replies) {
            let first = entry.what.split_whitespace().next().unwrap_or("");
            assert!(
                ["The", "Something", "A", "An", "You", "Signing", "Encryption"].contains(&first),
                "{}: {}",
                entry.id,
                entry.what
            );
        }
    }
}
