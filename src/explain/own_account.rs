//! A bare reply about the sender's own account often names that account
//! by its address: "Sending quota exceeded for alice@example.com". With no
//! bounce around the line, that address is the only one in the text, and
//! the extractor takes it for the recipient. It is the sender's.

use crate::extract::Failure;
use crate::knowledge::{sending_account, Entry};
use crate::report::InputKind;

/// Words that, right before an address, name it as an account rather
/// than as the destination of the message. Compared lowercase.
const ACCOUNT_WORDS: &[&str] = &["account", "for", "user", "sender", "mailbox", "from"];

/// Returns the failure's recipient when it is in fact the sending account:
/// the input is a bare reply, the entry explains a stop on the sender's
/// account, and the reply names the address right after an account word.
pub fn named_account(failure: &Failure, entry: &Entry, kind: InputKind) -> Option<String> {
    if kind != InputKind::SmtpReply || !sending_account::is_own_account(entry) {
        return None;
    }
    let address = failure.recipient.as_deref()?;
    let lower = failure.diagnostic.to_lowercase();
    let needle = address.to_lowercase();
    let named =
        lower.match_indices(&needle).any(|(start, _)| follows_account_word(&lower[..start]));
    named.then(|| address.to_string())
}

/// True when `before` ends with an account word, allowing for a bracket
/// or quote before the address: "for user <", "account '".
fn follows_account_word(before: &str) -> bool {
    let trimmed = before.trim_end_matches(['<', '"', '\'', ' ', ':']);
    let word_start = trimmed.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| i + 1);
    ACCOUNT_WORDS.contains(&&trimmed[word_start..])
}

#[cfg(test)]
mod tests {
    use super::follows_account_word;

    #[test]
    fn account_words_before_address() {
        assert!(follows_account_word("550 sending quota exceeded for "));
        assert!(follows_account_word("554 quota exceeded for user <"));
        assert!(follows_account_word("550 your account "));
        assert!(!follows_account_word("550 5.1.1 <"));
        assert!(!follows_account_word("550 5.4.5 "));
        assert!(!follows_account_word("rejected by platform "));
    }
}
