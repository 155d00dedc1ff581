//! A reply that names a list only to deny a listing, as in "203.0.113.45
//! is not listed at zen.spamhaus.org but has no reverse DNS". Such a
//! mention is no listing, and the rest of the reply states the cause.

/// Words that state a listing, which a denial word just before negates.
const LISTING_WORDS: &[&str] = &["listed", "blacklisted", "blocklisted", "found", "present"];

/// Maximum number of words between a denial and the list's name: "is not
/// listed at" holds the denial two words before the name.
const REACH: usize = 4;

/// True when the clause that ends at a list's name denies the listing
/// ("not listed at", "isn't listed in", "never blacklisted by").
/// `before` is the lowercase text up to the name. Commas, semicolons,
/// colons and brackets end a clause, so "not accepted: listed at" stays a
/// listing.
pub(super) fn denies_listing(before: &str) -> bool {
    let tail = clause_tail(before);
    tail.iter().enumerate().any(|(i, word)| {
        is_denial(word) && tail[i + 1..].iter().take(2).any(|next| LISTING_WORDS.contains(next))
    })
}

/// Words that may stand between a denial and the listing word or list it
/// denies: "isn't on any blocklist", "not listed in the".
const LINKING_WORDS: &[&str] = &["on", "in", "at", "by", "any", "a", "an", "the", "our", "been"];

/// True when the clause that ends where a listing word or a list's name
/// starts denies it: "is not " before "blacklisted", "isn't on any "
/// before "blocklist", "not listed in " before "zen.spamhaus.org". Only
/// listing and linking words may stand between the denial and the end,
/// so "not delivered because listed at " stays a listing. `before` is the
/// lowercase text up to the word.
pub(crate) fn denies_mention(before: &str) -> bool {
    let tail = clause_tail(before);
    let linking = |next: &&str| LISTING_WORDS.contains(next) || LINKING_WORDS.contains(next);
    tail.iter().enumerate().any(|(i, word)| is_denial(word) && tail[i + 1..].iter().all(linking))
}

/// Returns the last [`REACH`] words of the clause that `before` ends
/// with. Commas, semicolons, colons, brackets and line ends end a clause.
fn clause_tail(before: &str) -> Vec<&str> {
    let clause = before.rsplit([',', ';', ':', '(', ')', '[', ']', '\n']).next().unwrap_or(before);
    let words: Vec<&str> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    words[words.len().saturating_sub(REACH)..].to_vec()
}

fn is_denial(word: &str) -> bool {
    matches!(word, "not" | "never") || word.ends_with("n't")
}

#[cfg(test)]
mod tests {
    use super::{denies_listing, denies_mention};

    #[test]
    fn denied_mentions() {
        for before in [
            "[203.0.113.5] is not ",
            "your ip isn't on any ",
            "203.0.113.5 is not listed in any ",
            "203.0.113.5 not listed at ",
            "203.0.113.5 has never been ",
        ] {
            assert!(denies_mention(before), "{before}");
        }
    }

    #[test]
    fn mentions_stay_mentions() {
        for before in [
            "not delivered because listed at ",
            "550 5.7.1 not accepted, listed in ",
            "203.0.113.5 is not listed at bl.example.net, but is listed at ",
            "554 not accepted: ",
            "",
        ] {
            assert!(!denies_mention(before), "{before}");
        }
    }

    #[test]
    fn denied_listings() {
        for before in [
            "550 5.7.1 rejected by local policy: 203.0.113.45 is not listed at ",
            "203.0.113.45 isn't listed in ",
            "your ip was never blacklisted by ",
            "ip not found in ",
        ] {
            assert!(denies_listing(before), "{before}");
        }
    }

    #[test]
    fn listings_stay_listings() {
        for before in [
            "554 5.7.1 service unavailable; client host [203.0.113.45] blocked using ",
            "554 message not accepted: listed at ",
            "not delivered because listed at ",
            "203.0.113.45 is not listed at bl.example.net, but is listed at ",
            "",
        ] {
            assert!(!denies_listing(before), "{before}");
        }
    }
}
