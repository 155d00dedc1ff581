//! Phrase tables and the matching they need.
//!
//! Receivers word the same failure in many ways, so each reason has a
//! table of lowercase fragments. A fragment matches anywhere in the
//! normalised diagnostic. Where one fragment alone is too loose, an
//! ordered group must appear in sequence (`["mailbox ", "full"]` matches
//! "mailbox is full" but not "full mailbox").

use crate::reason::Reason;

/// The phrases that state one reason.
#[derive(Debug)]
pub struct Phrases {
    /// The reason these phrases state.
    pub reason: Reason,
    /// Fragments any one of which states the reason.
    pub any: &'static [&'static str],
    /// Fragment groups whose parts must appear in this order.
    pub ordered: &'static [&'static [&'static str]],
    /// Fragments that veto a match: they mark a look-alike that means
    /// something else.
    pub except: &'static [&'static str],
}

impl Phrases {
    /// Returns the fragment (or first fragment of the group) that matched
    /// `text`, which must be normalised with [`normalise`].
    pub fn find(&self, text: &str) -> Option<&'static str> {
        if text.is_empty() {
            return None;
        }
        let pairs = BytePairs::of(text);
        let contains = |fragment: &str| pairs.may_contain(fragment) && text.contains(fragment);
        if self.except.iter().any(|e| contains(e)) {
            return None;
        }
        if let Some(hit) = self.any.iter().find(|f| contains(f)) {
            return Some(hit);
        }
        self.ordered
            .iter()
            .find(|group| group.iter().all(|part| pairs.may_contain(part)) && in_order(text, group))
            .map(|group| group[0])
    }

    /// True when `text` contains one of the phrases.
    pub fn matches(&self, text: &str) -> bool {
        self.find(text).is_some()
    }
}

/// A hashed set of the adjacent byte pairs in a text: a cheap filter run
/// before `str::contains`, which costs a searcher set-up and a scan per
/// fragment. A fragment that occurs in the text has all its pairs in the
/// set, so a fragment with a missing pair cannot occur. Hash collisions
/// only let a fragment through to the real search.
struct BytePairs([u64; 16]);

impl BytePairs {
    fn of(text: &str) -> Self {
        let mut set = BytePairs([0; 16]);
        for pair in text.as_bytes().windows(2) {
            let slot = Self::slot(pair[0], pair[1]);
            set.0[slot / 64] |= 1 << (slot % 64);
        }
        set
    }

    /// Maps a byte pair to one of the set's 1024 bits.
    fn slot(first: u8, second: u8) -> usize {
        let key = (u32::from(first) << 8) | u32::from(second);
        (key.wrapping_mul(0x9E37_79B1) >> 22) as usize
    }

    /// False when `fragment` cannot occur in the text. A fragment shorter
    /// than two bytes has no pair and is always let through.
    fn may_contain(&self, fragment: &str) -> bool {
        fragment.as_bytes().windows(2).all(|pair| {
            let slot = Self::slot(pair[0], pair[1]);
            self.0[slot / 64] & (1 << (slot % 64)) != 0
        })
    }
}

/// True when every part of `group` occurs in `text`, each after the end
/// of the one before.
pub(crate) fn in_order(text: &str, group: &[&str]) -> bool {
    let mut rest = text;
    for part in group {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

/// Lowercases `text` in all scripts, collapses every run of whitespace
/// to one space and drops the reply codes that start the continuation
/// lines of a multi-line reply. A phrase split across `550-5.2.1 ...`
/// lines, or re-wrapped by a mail client, then still matches.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, word) in text.split_whitespace().enumerate() {
        let word = if index > 0 { strip_continuation(word) } else { word };
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Removes a continuation marker (`550-`, `550-5.2.1`) from the start of
/// a word. A bare `550` or `5.2.1` is kept, because it may be the reply
/// of a second server quoted in the text.
fn strip_continuation(word: &str) -> &str {
    let bytes = word.as_bytes();
    let marked = bytes.len() >= 4
        && matches!(bytes[0], b'2' | b'4' | b'5')
        && bytes[1..3].iter().all(u8::is_ascii_digit)
        && bytes[3] == b'-';
    if !marked {
        return word;
    }
    let rest = &word[4..];
    let status_len = rest.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
    if status_len >= 5 && rest[..status_len].matches('.').count() == 2 {
        return &rest[status_len..];
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    static SAMPLE: Phrases = Phrases {
        reason: Reason::MailboxFull,
        any: &["over quota"],
        ordered: &[&["mailbox ", "full"]],
        except: &["not over quota"],
    };

    #[test]
    fn fragment_and_group_match() {
        assert_eq!(SAMPLE.find("user is over quota"), Some("over quota"));
        assert_eq!(SAMPLE.find("mailbox is full"), Some("mailbox "));
        assert_eq!(SAMPLE.find("full mailbox here"), None);
    }

    #[test]
    fn byte_pairs_filter() {
        let pairs = BytePairs::of("mailbox is full");
        assert!(pairs.may_contain("mailbox is full"));
        assert!(pairs.may_contain("box"));
        assert!(pairs.may_contain("x"));
        assert!(pairs.may_contain(""));
        assert!(!pairs.may_contain("over quota"));
        assert!(BytePairs::of("boîte pleine").may_contain("îte"));
    }

    #[test]
    fn except_vetoes() {
        assert_eq!(SAMPLE.find("account is not over quota"), None);
    }

    #[test]
    fn normalise_folds_case_and_space() {
        assert_eq!(normalise("  Mailbox\r\n   FULL\t"), "mailbox full");
        assert_eq!(normalise("BOÎTE Pleine"), "boîte pleine");
        assert_eq!(normalise("ПОЧТОВЫЙ ящик"), "почтовый ящик");
    }

    #[test]
    fn normalise_drops_continuation_codes() {
        let reply = "550-5.2.1 The user is receiving mail at a rate that\n\
                     550-5.2.1 prevents additional messages";
        assert_eq!(
            normalise(reply),
            "550-5.2.1 the user is receiving mail at a rate that prevents additional messages"
        );
        assert_eq!(
            normalise("550-Please turn on 550-mail.example.net"),
            "550-please turn on mail.example.net"
        );
        assert_eq!(normalise("said 550 5.1.1 unknown"), "said 550 5.1.1 unknown");
    }
}
