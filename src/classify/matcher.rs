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
        if text.is_empty() || self.except.iter().any(|e| text.contains(e)) {
            return None;
        }
        if let Some(hit) = self.any.iter().find(|f| text.contains(*f)) {
            return Some(hit);
        }
        self.ordered
            .iter()
            .find(|group| in_order(text, group))
            .map(|group| group[0])
    }

    /// True when `text` contains one of the phrases.
    pub fn matches(&self, text: &str) -> bool {
        self.find(text).is_some()
    }
}

/// True when every part of `group` occurs in `text`, each after the end
/// of the one before.
fn in_order(text: &str, group: &[&str]) -> bool {
    let mut rest = text;
    for part in group {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

/// Lowercases `text` (all scripts, not only ASCII) and collapses every run
/// of whitespace to one space, so a reply re-wrapped by a mail client
/// still matches a phrase that spans the break.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
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
    fn except_vetoes() {
        assert_eq!(SAMPLE.find("account is not over quota"), None);
    }

    #[test]
    fn normalise_folds_case_and_space() {
        assert_eq!(normalise("  Mailbox\r\n   FULL\t"), "mailbox full");
        assert_eq!(normalise("BOÎTE Pleine"), "boîte pleine");
        assert_eq!(normalise("ПОЧТОВЫЙ ящик"), "почтовый ящик");
    }
}
