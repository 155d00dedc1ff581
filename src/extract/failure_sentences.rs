//! The check that a report whose only bounce mark is its wording states
//! each failure it lists. The text is flattened and cut into sentences
//! once for all the failures, not once per failure.

use std::collections::HashSet;

use super::bounce_words::has_bounce_words;
use super::reply_like::is_reply_like;
use super::Failure;

/// The sentences of a report's text that contain bounce words, lowercase
/// and with each run of whitespace cut to one space.
pub(super) struct FailureSentences<'a> {
    section: &'a str,
    sentences: Vec<String>,
    /// The words with an `@` in those sentences, without the brackets and
    /// punctuation around them.
    addresses: HashSet<String>,
    /// The same words as they stand, one per line.
    words: String,
}

/// Punctuation a report puts around an address: `<bob@example.net>:`,
/// `(bob@example.net)`, `"bob@example.net",`.
const AROUND_ADDRESS: &[char] = &['<', '>', '(', ')', '[', ']', '"', '\'', ',', ';', ':', '.'];

impl<'a> FailureSentences<'a> {
    pub(super) fn new(section: &'a str) -> Self {
        let flat = section.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let sentences: Vec<String> =
            split_sentences(&flat).filter(|s| has_bounce_words(s)).map(str::to_string).collect();
        let mut addresses = HashSet::new();
        let mut words = String::new();
        for word in sentences.iter().flat_map(|s| s.split(' ')).filter(|w| w.contains('@')) {
            addresses.insert(word.trim_matches(AROUND_ADDRESS).to_string());
            words.push_str(word);
            words.push('\n');
        }
        FailureSentences { section, sentences, addresses, words }
    }

    /// True when a failure found in text whose only bounce mark is its
    /// wording is stated as one. It needs a reply that reads as one, or
    /// bounce words in the sentence that names the recipient (Gmail's
    /// "Your message wasn't delivered to bob@example.net"), or a cause the
    /// text names.
    pub(super) fn states_failure(&self, failure: &Failure) -> bool {
        let coded = failure.reply.is_some() || failure.status.is_some();
        if coded && is_reply_like(failure, self.section) {
            return true;
        }
        let in_sentence = failure.recipient.as_deref().is_some_and(|r| self.mentions(r));
        in_sentence
            || crate::classify::names_any_reason(&crate::classify::normalise(&failure.diagnostic))
    }

    /// True when `recipient` occurs in one of the sentences.
    fn mentions(&self, recipient: &str) -> bool {
        let recipient = recipient.to_lowercase();
        if self.addresses.contains(&recipient) {
            return true;
        }
        // Without whitespace, the recipient can only occur inside one of
        // the words with an `@`, when it has one.
        // NOTE: a recipient that is only part of a longer word is looked
        // for across all those words, so many such recipients still cost
        // time in proportion to their number times the words' length.
        if recipient.contains('@') && !recipient.contains(char::is_whitespace) {
            return self.words.contains(&recipient);
        }
        self.sentences.iter().any(|s| s.contains(&recipient))
    }
}

/// Cuts flattened text at sentence ends: a full stop, `!` or `?` before a
/// space. The dots inside an address or a host name stay.
fn split_sentences(flat: &str) -> impl Iterator<Item = &str> {
    flat.split(". ").flat_map(|s| s.split("! ")).flat_map(|s| s.split("? "))
}
