//! The note for text that only mentions a reply: a user's account of a
//! failure, a rule, or a list of a server's replies.

use crate::classify::classify;
use crate::extract::Failure;
use crate::knowledge::{reply_codes, status_codes, Entry, UNKNOWN};
use crate::report::{InputKind, Note};

use super::join_with_and;

/// Maximum number of codes whose meaning the note spells out, so a long
/// list of a server's replies does not turn the note into a table.
const MAX_MEANINGS: usize = 3;

/// Builds the note for `mentioned` replies (`550 5.1.1 User unknown`, or
/// codes alone) found in the sentences of an email or pasted text.
pub(super) fn mention_note(source: &str, mentioned: &[Failure]) -> Note {
    let noun = if mentioned.len() > 1 { "replies" } else { "reply" };
    let codes: Vec<String> = mentioned.iter().map(codes_of).collect();
    let codes = join_with_and(&codes);
    let meanings: String = reply_meanings(mentioned).iter().map(|m| format!(" {m}")).collect();
    // A help desk is often sent a user's account of a failure, or a
    // policy that lists the replies a server gives. The codes in such
    // sentences are not a report, and may be from the past. So the note
    // gives only what each reply means. A step, a link or an IP address
    // would need the bounce itself.
    Note::info(format!(
        "The {source} mentions the {noun} {codes} within its sentences, as the writer's \
         account of a failure, as a rule or in a list of a server's replies, not as a mail \
         server's report of one.{meanings} If a delivery fails, paste the bounce itself."
    ))
}

/// Returns the reply code and enhanced status code of `reply`, as `550 5.1.1`.
fn codes_of(reply: &Failure) -> String {
    let codes: Vec<&str> =
        [reply.reply.as_deref(), reply.status.as_deref()].into_iter().flatten().collect();
    codes.join(" ")
}

/// Returns one sentence per distinct explanation. A reply whose words or
/// provider code the classifier explains on their own (`550 5.7.606 Access
/// denied, banned sending IP`) gets that explanation, because the generic
/// meaning of its codes may point at the wrong party. Otherwise the
/// sentence reads `In general, 5.1.1 means ...`: the enhanced status code
/// explains a reply when the status table contains it, otherwise the reply
/// code does.
fn reply_meanings(mentioned: &[Failure]) -> Vec<String> {
    let mut explained: Vec<&'static str> = Vec::new();
    let mut sentences = Vec::new();
    for reply in mentioned {
        let codes = codes_of(reply);
        let sentence = match worded_meaning(reply) {
            Some(entry) if !explained.contains(&entry.id) => {
                explained.push(entry.id);
                format!("As worded, the reply {codes} means: {}", first_sentence(entry.what))
            }
            Some(_) => continue,
            None => {
                let Some((code, entry)) = known_code(&codes) else {
                    continue;
                };
                if explained.contains(&entry.id) {
                    continue;
                }
                explained.push(entry.id);
                format!("In general, {code} means {}", lower_first(first_sentence(entry.what)))
            }
        };
        sentences.push(sentence);
        if sentences.len() == MAX_MEANINGS {
            break;
        }
    }
    sentences
}

/// Returns the explanation the classifier picks for the reply's own words:
/// a provider's entry, a blocklist's, or a reason's when a phrase decided
/// it. None for a reply with no words, and when only the code tables
/// explain it, since [`known_code`] then gives the same meaning. None too
/// for `reason/onhold`, the entry for words too vague to tell (`421
/// DYN:T1`), because its text is about a pasted bounce and the code's
/// general meaning fits a mention better.
fn worded_meaning(reply: &Failure) -> Option<&'static Entry> {
    if reply.diagnostic.trim().is_empty() {
        return None;
    }
    let entry = classify(reply, None, InputKind::SmtpReply).matched.entry;
    let by_code = entry.id.starts_with("status/") || entry.id.starts_with("reply/");
    let vague = entry.id == "reason/onhold";
    (!by_code && !vague && !std::ptr::eq(entry, &UNKNOWN)).then_some(entry)
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

    /// Builds replies that carry only their codes (`550 5.1.1`).
    fn replies(items: &[&str]) -> Vec<Failure> {
        items
            .iter()
            .map(|codes| {
                let mut parts = codes.split(' ');
                let reply = parts.next().filter(|c| !c.is_empty()).map(str::to_string);
                Failure { reply, status: parts.next().map(str::to_string), ..Failure::default() }
            })
            .collect()
    }

    #[test]
    fn status_explains_before_reply() {
        let meanings = reply_meanings(&replies(&["550 5.1.1"]));
        assert_eq!(meanings.len(), 1);
        assert!(meanings[0].starts_with("In general, 5.1.1 means the recipient's"), "{meanings:?}");
    }

    #[test]
    fn unknown_status_falls_back_to_reply() {
        let meanings = reply_meanings(&replies(&["550 5.4.8"]));
        assert_eq!(meanings.len(), 1);
        assert!(meanings[0].starts_with("In general, 550 means"), "{meanings:?}");
    }

    #[test]
    fn unknown_codes_give_nothing() {
        assert!(reply_meanings(&replies(&["599 5.9.9", "", "abc"])).is_empty());
    }

    #[test]
    fn same_meaning_given_once() {
        // 4.2.2 and 5.2.2 share one registry entry.
        let meanings = reply_meanings(&replies(&["452 4.2.2", "552 5.2.2", "550 5.1.1"]));
        assert_eq!(meanings.len(), 2, "{meanings:?}");
    }

    #[test]
    fn meanings_capped() {
        let many = replies(&["550 5.1.1", "552 5.2.2", "554 5.7.1", "550 5.1.2", "421 4.4.2"]);
        assert_eq!(reply_meanings(&many).len(), MAX_MEANINGS);
    }

    #[test]
    fn every_what_reads_after_means() {
        // `lower_first` assumes no table sentence starts with a name.
        let failure_replies =
            reply_codes::ALL.iter().filter(|e| is_failure_reply(&e.id["reply/".len()..]));
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
