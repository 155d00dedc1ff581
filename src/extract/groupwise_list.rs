//! The list of failed recipients in a GroupWise Internet Agent (GWIA)
//! notice:
//!
//! ```text
//! The message that you sent was undeliverable to the following:
//! 	bob@example.net (554 5.7.1 Service unavailable; ...)
//! 	carol@example.net (host not found)
//! ```
//!
//! Each indented line names one recipient and puts the receiver's reply,
//! or GroupWise's own words, in parentheses. Sympa's bounce parser reads
//! the list the same way (sympa-community/historic-sympa,
//! src/lib/Sympa/Tools/Bounce.pm: the heading, then lines matching
//! `^\s+(\S*) \((.+)\)`). Cut at addresses, the list would give a line
//! without a reply code no failure, and each card's text would end with
//! the closing parenthesis.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::generic;
use super::section::{clean_address, NotRecipients};
use super::Failure;
use crate::reason::Reason;

/// Lowercase words of the line above the list.
const HEADING: &str = "the message that you sent was undeliverable to the following";

/// A list entry: the address and the text in parentheses after it.
static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*<?([^\s<>()@]+@[^\s<>()@]+?)>?\s+\((.+)\)\s*$")
        .expect("entry pattern is valid")
});

/// GroupWise's own words for a recipient it could not deliver to, with
/// the reason each names.
/// NOTE: no GroupWise document confirms these wordings. "User not on post
/// office" is quoted in a comment of a public Java bounce parser, and the
/// other two are unconfirmed. Other texts are left to the classifier.
const OWN_WORDS: &[(&str, Reason)] = &[
    ("user not found", Reason::UserUnknown),
    ("user not on post office", Reason::UserUnknown),
    ("host not found", Reason::HostUnknown),
];

/// The maximum number of entries read, which bounds the work on a huge
/// paste.
const MAX_ENTRIES: usize = 500;

/// Returns one failure per entry of the list, in the list's order, or
/// nothing when `section` has no such list.
pub fn scan(section: &str, filter: &NotRecipients) -> Vec<Failure> {
    let mut lines = section.lines();
    if !lines.any(|line| line.to_ascii_lowercase().contains(HEADING)) {
        return Vec::new();
    }
    let mut failures = Vec::new();
    for line in lines {
        if line.trim().is_empty() {
            // The list follows its heading after a blank line or none, and
            // a blank line after the entries ends it.
            if failures.is_empty() {
                continue;
            }
            break;
        }
        let Some(entry) = ENTRY.captures(line) else {
            break;
        };
        let address = clean_address(entry.get(1).map_or("", |m| m.as_str()));
        let text = entry.get(2).map_or("", |m| m.as_str()).trim();
        if !filter.allows(&address) {
            continue;
        }
        failures.push(failure_of(address, text));
        if failures.len() >= MAX_ENTRIES {
            break;
        }
    }
    failures
}

/// Reads one entry's text: a receiver's reply with its codes, or one of
/// GroupWise's own phrases.
fn failure_of(address: String, text: &str) -> Failure {
    let mut failure = generic::scan(text)
        .into_iter()
        .next()
        .unwrap_or_else(|| Failure { diagnostic: text.to_string(), ..Default::default() });
    failure.recipient = Some(address);
    if failure.reply.is_none() && failure.status.is_none() {
        let lower = text.to_ascii_lowercase();
        failure.reason =
            OWN_WORDS.iter().find(|(words, _)| lower == *words).map(|&(_, reason)| reason);
    }
    failure
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Decoded;

    fn read(text: &str) -> Vec<Failure> {
        scan(text, &NotRecipients::from_headers(&Decoded::default()))
    }

    const LIST: &str = "The message that you sent was undeliverable to the following:\n\
        \tbob@example.net (554 5.7.1 Service unavailable; Client host [192.0.2.16] blocked using bl.spamcop.net)\n\
        \tcarol@example.net (host not found)\n\
        \tdan@example.net (user not found)\n\
        \n\
        Possibly truncated original message follows:\n";

    #[test]
    fn each_entry_read() {
        let failures = read(LIST);
        let recipients: Vec<Option<&str>> =
            failures.iter().map(|f| f.recipient.as_deref()).collect();
        let expected =
            vec![Some("bob@example.net"), Some("carol@example.net"), Some("dan@example.net")];
        assert_eq!(recipients, expected);
    }

    #[test]
    fn reply_without_closing_parenthesis() {
        let failures = read(LIST);
        let bob = &failures[0];
        assert_eq!(bob.reply.as_deref(), Some("554"));
        assert!(bob.diagnostic.ends_with("bl.spamcop.net"), "{}", bob.diagnostic);
        assert_eq!(bob.reason, None);
    }

    #[test]
    fn own_words_name_reason() {
        let failures = read(LIST);
        assert_eq!(failures[1].reason, Some(Reason::HostUnknown));
        assert_eq!(failures[1].diagnostic, "host not found");
        assert_eq!(failures[2].reason, Some(Reason::UserUnknown));
    }

    #[test]
    fn no_heading_no_list() {
        let text = "\tbob@example.net (user not found)\n";
        assert!(read(text).is_empty());
    }
}
