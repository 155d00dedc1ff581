//! Replies that reject the sending server's HELO or EHLO name. The
//! reason stays `blocked` because the receiver rejects the sending
//! server, but the fix is a setting on that server, not a blocklist
//! removal. These replies therefore get their own explanation and their
//! own status-code check.

use super::reasons::{DNSBL_LISTING, HELO_NAME};
use crate::knowledge::blocklists::denies_mention;

/// MTA wordings that name a HELO refusal without a fault word next to
/// "HELO": Postfix's "Helo command rejected: Host not found" and qmail's
/// "Connected to 192.0.2.9 but my name was rejected".
const FIXED: &[&str] = &["helo command rejected:", "but my name was rejected"];

/// Words that name a blocklist. Postfix's reject_rhsbl_helo replies
/// `Helo command rejected: <name> listed at dbl.spamhaus.org`, and a DNSBL
/// rejection may log `helo=<...>` after its text. Both are listings, which
/// a removal request fixes.
const LISTINGS: &[&str] = &[
    "blocked using",
    "listed at",
    "listed in",
    "listed on",
    "blocklist",
    "blacklist",
    "denylist",
    "block list",
    "black list",
    "dnsbl",
    "spamhaus",
];

/// True when `text` (normalised) rejects the HELO or EHLO name and names
/// no blocklist.
pub fn rejects_helo_name(text: &str) -> bool {
    let named = FIXED.iter().any(|phrase| text.contains(phrase)) || HELO_NAME.find(text).is_some();
    named
        && !LISTINGS.iter().any(|word| names_listing(text, word))
        && DNSBL_LISTING.find(text).is_none()
}

/// True when `text` contains `word` at least once where no denial comes
/// just before it. `[203.0.113.5] is not blacklisted` and `isn't on any
/// blocklist` deny a listing, so they name none.
fn names_listing(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        // A list's name inside a host name ("zen.spamhaus.org") is read
        // from the start of that host name.
        let start =
            text[..at].rfind(|c: char| c.is_ascii_whitespace()).map_or(0, |space| space + 1);
        !denies_mention(&text[..start])
    })
}

#[cfg(test)]
mod tests {
    use super::rejects_helo_name;

    #[test]
    fn helo_refusal_found() {
        assert!(rejects_helo_name(
            "504 5.5.2 <mail>: helo command rejected: need fully-qualified hostname"
        ));
        assert!(rejects_helo_name("550 5.7.1 invalid helo name (mail.local)"));
    }

    #[test]
    fn helo_listing_not_a_helo_refusal() {
        let listed = "554 5.7.1 <mail.example.org>: helo command rejected: mail.example.org listed at dbl.spamhaus.org";
        assert!(!rejects_helo_name(listed));
    }
}
