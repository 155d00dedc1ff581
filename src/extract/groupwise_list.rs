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
//!
//! A recipient inside the GroupWise system itself is named by its bare
//! user ID (`\tbob (user not found)`): a public Java bounce parser quotes
//! `\tmbathal (User not on post office)` under the heading, and Sympa
//! completes such a name with a domain. Here the address comes from the
//! copy of the original message below the list, when one of its `To` or
//! `Cc` addresses has that local part. Otherwise the user ID stays the
//! recipient, because no domain in the notice is sure to be the
//! recipient's.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::generic;
use super::section::{clean_address, NotRecipients, ADDRESS};
use super::Failure;
use crate::reason::Reason;

/// Lowercase words of the line above the list.
const HEADING: &str = "the message that you sent was undeliverable to the following";

/// A list entry: the address and the text in parentheses after it.
static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*<?([^\s<>()@]+@[^\s<>()@]+?)>?\s+\((.+)\)\s*$")
        .expect("entry pattern is valid")
});

/// An indented list entry that names a bare GroupWise user ID, and the
/// text in parentheses after it.
static USER_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+([A-Za-z0-9][A-Za-z0-9._\-]*)\s+\((.+)\)\s*$")
        .expect("user entry pattern is valid")
});

/// GroupWise's own words for a recipient it could not deliver to, with
/// the reason each names.
/// GroupWise Internet Agent 7.0.1 writes "user not found" in a bounce of
/// Mail::DeliveryStatus::BounceParser's test corpus
/// (t/corpus/novell-with-rhs.msg). "User not on post office" is quoted in
/// a comment of a public Java bounce parser.
/// NOTE: no GroupWise document confirms "host not found". Other texts are
/// left to the classifier.
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
    for line in lines.by_ref() {
        if line.trim().is_empty() {
            // The list follows its heading after a blank line or none, and
            // a blank line after the entries ends it.
            if failures.is_empty() {
                continue;
            }
            break;
        }
        let Some((address, text)) = entry_of(line) else {
            break;
        };
        if !filter.allows(&address) {
            continue;
        }
        failures.push(failure_of(address, text));
        if failures.len() >= MAX_ENTRIES {
            break;
        }
    }
    let copy: Vec<&str> = lines.collect();
    for failure in &mut failures {
        if let Some(user) = failure.recipient.as_mut().filter(|r| !r.contains('@')) {
            if let Some(address) = address_in_copy(user, &copy) {
                *user = address;
            }
        }
    }
    failures
}

/// Splits a list entry into its recipient (an address or a bare user ID)
/// and the text in parentheses, or returns `None` for a line that is no
/// entry.
fn entry_of(line: &str) -> Option<(String, &str)> {
    let entry = ENTRY.captures(line).or_else(|| USER_ENTRY.captures(line))?;
    let recipient = clean_address(entry.get(1).map_or("", |m| m.as_str()));
    let text = entry.get(2).map_or("", |m| m.as_str()).trim();
    Some((recipient, text))
}

/// Returns the address with the local part `user` from a `To` or `Cc`
/// field of the original message's copy, or `None`.
fn address_in_copy(user: &str, copy: &[&str]) -> Option<String> {
    copy.iter()
        .filter_map(|line| line.split_once(':'))
        .filter(|(name, _)| {
            name.trim().eq_ignore_ascii_case("to") || name.trim().eq_ignore_ascii_case("cc")
        })
        .flat_map(|(_, value)| ADDRESS.find_iter(value))
        .map(|m| m.as_str())
        .find(|address| address.split('@').next().is_some_and(|l| l.eq_ignore_ascii_case(user)))
        .map(str::to_string)
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

    const USER_IDS: &str = "The message that you sent was undeliverable to the following:\n\
        \tbob (user not found)\n\
        \tcarol (User not on post office)\n\
        \n\
        Possibly truncated original message follows:\n\
        \n\
        From: alice@example.org\n\
        To: Bob <Bob@example.org>, dan@example.org\n\
        Subject: Quarterly figures\n";

    #[test]
    fn user_id_takes_copy_address() {
        let failures = read(USER_IDS);
        assert_eq!(failures.len(), 2);
        assert_eq!(failures[0].recipient.as_deref(), Some("Bob@example.org"));
        assert_eq!(failures[0].reason, Some(Reason::UserUnknown));
    }

    #[test]
    fn user_id_without_copy_stays() {
        let failures = read(USER_IDS);
        assert_eq!(failures[1].recipient.as_deref(), Some("carol"));
        assert_eq!(failures[1].reason, Some(Reason::UserUnknown));
    }

    #[test]
    fn unindented_user_id_no_entry() {
        let text = "The message that you sent was undeliverable to the following:\n\
            Possibly (truncated)\n";
        assert!(read(text).is_empty());
    }

    #[test]
    fn no_heading_no_list() {
        let text = "\tbob@example.net (user not found)\n";
        assert!(read(text).is_empty());
    }
}
