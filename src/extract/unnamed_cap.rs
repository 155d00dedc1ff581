//! The cap on failures made from replies that name no recipient, and the
//! count of the different replies past it. The cap keeps a long paste of
//! reply lines from making thousands of cards. The count lets the report
//! state how many replies got no card.

use std::collections::HashSet;

/// The maximum number of failures made from replies that name no
/// recipient.
pub const MAX_UNNAMED_REPLIES: usize = 32;

/// The different replies left out past [`MAX_UNNAMED_REPLIES`], each
/// stored by the key its reader deduplicates replies with.
#[derive(Debug, Default)]
pub struct LeftOut {
    keys: HashSet<String>,
}

impl LeftOut {
    /// Records a reply left out. A reply already recorded is not counted
    /// again.
    pub fn add(&mut self, key: String) {
        self.keys.insert(key);
    }

    /// Returns how many different replies were left out.
    pub fn count(&self) -> usize {
        self.keys.len()
    }
}
