//! Tells a suspended sending account from a suspended recipient when the
//! reply names the account only by its address.
//!
//! "550 5.7.1 Account alice@example.com has been suspended" reads as the
//! recipient's suspended mailbox, but in a bounce for bob@example.org the
//! account named is not the one that failed. The other party to the
//! message is its sender, whose provider refused to send it.

use crate::extract::Failure;

/// True when the failure's recipient is known and `text` names one or
/// more addresses, none of them the recipient or the address the sender
/// wrote to before a forward changed it.
// NOTE: a forward at the recipient's side that the bounce does not show
// (no Original-Recipient, no "expanded from") would name the forward's
// target here and be read as the sender's account.
pub fn names_other_account(failure: &Failure, text: &str) -> bool {
    let Some(recipient) = failure.recipient.as_deref() else {
        return false;
    };
    let known = [Some(recipient), failure.original_recipient.as_deref()];
    let is_known = |address: &str| known.iter().flatten().any(|k| k.eq_ignore_ascii_case(address));
    let named = addresses(text);
    !named.is_empty() && !named.iter().any(|address| is_known(address))
}

/// Returns the mail addresses in `text`: words with an `@` and a dotted
/// domain, without the brackets and punctuation around them.
fn addresses(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || "<>()[],;:\"'".contains(c))
        .map(|word| word.trim_end_matches('.'))
        .filter(|word| match word.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty() && domain.contains('.') && !domain.contains('@')
            }
            None => false,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(recipient: Option<&str>) -> Failure {
        Failure { recipient: recipient.map(str::to_string), ..Default::default() }
    }

    #[test]
    fn addresses_found_without_punctuation() {
        let text = "550 <bob@example.org>: account alice@example.com. (see ops@example.net)";
        assert_eq!(addresses(text), ["bob@example.org", "alice@example.com", "ops@example.net"]);
        assert!(addresses("550 account suspended @ example").is_empty());
    }

    #[test]
    fn other_address_is_other_account() {
        let bob = failure(Some("bob@example.org"));
        assert!(names_other_account(&bob, "Account alice@example.com has been suspended"));
        assert!(!names_other_account(&bob, "Account BOB@example.org has been suspended"));
        assert!(!names_other_account(&bob, "Account has been suspended"));
        // With the recipient named too, the suspension may be the recipient's.
        assert!(!names_other_account(&bob, "<bob@example.org>: alice@example.com suspended"));
    }

    #[test]
    fn unknown_recipient_decides_nothing() {
        assert!(!names_other_account(
            &failure(None),
            "Account alice@example.com has been suspended"
        ));
    }

    #[test]
    fn forward_source_counts_as_recipient() {
        let forwarded = Failure {
            original_recipient: Some("info@example.org".into()),
            ..failure(Some("bob@example.net"))
        };
        assert!(!names_other_account(&forwarded, "Account info@example.org has been suspended"));
    }
}
