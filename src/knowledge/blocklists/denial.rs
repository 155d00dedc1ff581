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
    let clause = before.rsplit([',', ';', ':', '(', ')', '[', ']', '\n']).next().unwrap_or(before);
    let words: Vec<&str> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let tail = &words[words.len().saturating_sub(REACH)..];
    tail.iter().enumerate().any(|(i, word)| {
        let denial = matches!(*word, "not" | "never") || word.ends_with("n't");
        denial && tail[i + 1..].iter().take(2).any(|next| LISTING_WORDS.contains(next))
    })
}

#[cfg(test)]
mod tests {
    use super::denies_listing;

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
