//! The sending side named in a role that states the cause, such as
//! "203.0.113.5 is a known spam source" or "Suspected spam source -
//! 203.0.113.5".

use super::{is_ip, negated, words};
use crate::reason::Reason;

/// A role such as "spam source" or "spammer" given to the sender: its IP
/// address literal, "you", or a name such as "your server". The sender
/// comes a few words before the role ("You are a suspected spammer",
/// "IP 192.0.2.4 has been identified as a spam source") or right after it
/// ("Spam source: 192.0.2.4", "spam sending IP 192.0.2.4"). The role alone
/// does not count, and neither does a role denied in between ("not a spam
/// source") or one in another sentence.
#[derive(Debug)]
pub struct SenderRole {
    /// The reason the role implies.
    pub reason: Reason,
    /// Names of the sending side, as lowercase words separated by one
    /// space (`you`, `your server`). An IP address literal always counts.
    pub senders: &'static [&'static str],
    /// Roles, as lowercase words separated by one space (`spam source`).
    pub roles: &'static [&'static str],
}

/// Maximum number of words between the sender and the role after it:
/// "server has been identified as a spam source" has five.
const GAP_ROLE: usize = 5;

/// A token that ends a sentence. It never equals a word, so no phrase and
/// no gap runs across it.
const SENTENCE_END: &str = ".";

impl SenderRole {
    /// Returns the role when `text` (normalised) gives it to the sender.
    pub fn find(&self, text: &str) -> Option<&'static str> {
        let tokens = tokens(text);
        self.roles.iter().copied().find(|role| {
            let role_words: Vec<&str> = role.split(' ').collect();
            let len = role_words.len();
            (0..tokens.len().saturating_sub(len - 1)).any(|at| {
                let named = tokens[at..at + len] == role_words[..];
                let denied = negated(&tokens[at.saturating_sub(2)..at]);
                named
                    && !denied
                    && (self.sender_before(&tokens, at) || self.sender_at(&tokens, at + len))
            })
        })
    }

    /// True when a sender ends at most [`GAP_ROLE`] words before the role
    /// that starts at `at`, in the same sentence.
    fn sender_before(&self, tokens: &[&str], at: usize) -> bool {
        (0..=GAP_ROLE.min(at)).any(|gap| {
            let between = &tokens[at - gap..at];
            let open = !between.contains(&SENTENCE_END) && !negated(between);
            open && self.sender_ends(tokens, at - gap)
        })
    }

    /// True when a sender (an address literal or a sender name) ends just
    /// before `end`.
    fn sender_ends(&self, tokens: &[&str], end: usize) -> bool {
        if end > 0 && is_ip(tokens[end - 1]) {
            return true;
        }
        self.senders.iter().any(|sender| {
            let words: Vec<&str> = sender.split(' ').collect();
            end >= words.len() && tokens[end - words.len()..end] == words[..]
        })
    }

    /// True when a sender starts at `at`.
    fn sender_at(&self, tokens: &[&str], at: usize) -> bool {
        if tokens.get(at).is_some_and(|t| is_ip(t)) {
            return true;
        }
        self.senders.iter().any(|sender| {
            let words: Vec<&str> = sender.split(' ').collect();
            tokens.get(at..at + words.len()).is_some_and(|found| found == &words[..])
        })
    }
}

/// Splits normalised text into the words of [`words`], but keeps an IP
/// address literal whole ("[2001:db8::5]" is one token, not three) and
/// adds [`SENTENCE_END`] after a chunk that ends with `.`, `!`, `?` or `;`.
fn tokens(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    for chunk in text.split_whitespace() {
        let literal = chunk.trim_matches(|c: char| "<>[](),;:!?".contains(c)).trim_end_matches('.');
        if is_ip(literal) {
            tokens.push(literal);
        } else {
            tokens.extend(words(chunk));
        }
        if chunk.ends_with(['.', '!', '?', ';']) {
            tokens.push(SENTENCE_END);
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    static SPAM_SOURCE: SenderRole = SenderRole {
        reason: Reason::Blocked,
        senders: &["you", "ip", "your server"],
        roles: &["spam source", "spammer"],
    };

    #[test]
    fn sender_before_role() {
        assert_eq!(
            SPAM_SOURCE.find("550 198.51.100.23 is a known spam source"),
            Some("spam source")
        );
        assert_eq!(SPAM_SOURCE.find("554 [2001:db8::25] is a suspected spammer"), Some("spammer"));
        assert_eq!(SPAM_SOURCE.find("you are a known spam source"), Some("spam source"));
        assert_eq!(
            SPAM_SOURCE.find("421 your server has been identified as a spam source"),
            Some("spam source")
        );
    }

    #[test]
    fn sender_after_role() {
        assert_eq!(
            SPAM_SOURCE.find("421 4.7.0 suspected spam source - 198.51.100.14"),
            Some("spam source")
        );
        assert_eq!(
            SPAM_SOURCE.find("spam source: 192.0.2.30, try again later"),
            Some("spam source")
        );
        assert_eq!(SPAM_SOURCE.find("known spammer ip 203.0.113.32"), Some("spammer"));
    }

    #[test]
    fn role_without_sender_ignored() {
        assert_eq!(SPAM_SOURCE.find("554 5.7.1 suspected spam source"), None);
        assert_eq!(SPAM_SOURCE.find("known spam source. see 198.51.100.46 for details"), None);
        assert_eq!(SPAM_SOURCE.find("thank you. spam sources are listed daily"), None);
        assert_eq!(SPAM_SOURCE.find("known spam source at mx.example.com [198.51.100.40]"), None);
    }

    #[test]
    fn denied_role_ignored() {
        assert_eq!(SPAM_SOURCE.find("203.0.113.42 is not a spam source"), None);
        assert_eq!(SPAM_SOURCE.find("you are not a known spammer"), None);
        assert_eq!(SPAM_SOURCE.find("ip 198.51.100.43 isn't a spam source"), None);
        assert_eq!(SPAM_SOURCE.find("never a spammer: 198.51.100.44"), None);
    }

    #[test]
    fn literal_kept_whole() {
        assert_eq!(
            tokens("[2001:db8::5] is a spammer."),
            ["2001:db8::5", "is", "a", "spammer", "."]
        );
        assert_eq!(tokens("ip: 192.0.2.4."), ["ip", "192.0.2.4", "."]);
    }
}
