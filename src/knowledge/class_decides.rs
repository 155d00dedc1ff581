//! Listings whose permanence follows the reply class, as their provider
//! documents. A 4xx reply comes from a short-lived listing that ends on
//! its own while the sending server retries. A 5xx reply comes from a
//! lasting one that someone must get removed. Their entries leave
//! `temporary` unset, so the reply class decides, and after a 4xx reply
//! the delivery is left to the sending server's retries.

use super::Entry;

/// An entry whose 4xx form is a listing that expires on its own.
#[derive(Debug)]
pub struct ExpiringWhenDeferred {
    /// Id of the knowledge entry.
    pub entry: &'static str,
    /// Public page that documents the two reply classes.
    pub source: &'static str,
    /// Date the source was last checked, `YYYY-MM-DD`.
    pub checked: &'static str,
}

/// The entries, with the page that documents each.
pub static EXPIRING_WHEN_DEFERRED: &[ExpiringWhenDeferred] = &[
    // Trend Micro's Email Reputation guide: a listing in the standard
    // reputation database gets a 550 reply, and one in the dynamic
    // database a 450 reply. A server listed in the dynamic database is delayed until
    // the listing expires, and its retries then get through.
    ExpiringWhenDeferred {
        entry: "trendmicro/ers-blocked",
        source: "https://ohc.blob.core.windows.net/o-help/html_embeded/ce2dbb23-c993-433d-8701-8bbe76a100e9/email-rep.html",
        checked: "2026-12-06",
    },
];

/// True when the provider of `entry` documents that its 4xx reply comes
/// from a listing that expires on its own.
pub fn expires_when_deferred(entry: &Entry) -> bool {
    EXPIRING_WHEN_DEFERRED.iter().any(|listed| listed.entry == entry.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::tests::all_entries;

    /// A listed entry must leave its permanence to the reply class, or
    /// the 4xx reply would still read as permanent.
    #[test]
    fn listed_entries_follow_reply_class() {
        let entries = all_entries();
        for listed in EXPIRING_WHEN_DEFERRED {
            let entry = entries.iter().find(|e| e.id == listed.entry);
            let entry = entry.unwrap_or_else(|| panic!("no entry {}", listed.entry));
            assert_eq!(entry.temporary, None, "{}", listed.entry);
            assert!(listed.source.starts_with("https://"), "{}", listed.entry);
            assert_eq!(listed.checked.len(), 10, "{}", listed.entry);
        }
    }
}
