//! Basic SMTP reply codes (RFC 5321 section 4.2.3, and codes added by
//! extension RFCs), the last fallback when no enhanced status code helps.
//!
//! Whether a failure is temporary follows the first digit (4 temporary, 5
//! permanent), so entries leave `temporary` unset.
//!
//! Source: <https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3>.

mod permanent;
mod positive;
mod textbook;
mod transient;

use super::Entry;

pub use textbook::{is_textbook, textbook_reason, words_after_codes};

const RFC3207: &str = "https://www.rfc-editor.org/rfc/rfc3207#section-4";
const RFC4954: &str = "https://www.rfc-editor.org/rfc/rfc4954#section-6";
const RFC5248: &str = "https://www.rfc-editor.org/rfc/rfc5248#section-2.4";
const RFC7504: &str = "https://www.rfc-editor.org/rfc/rfc7504#section-3";

/// Fields every reply entry shares.
const BASE: Entry =
    Entry::sourced("https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3", "2026-12-04");

/// Every known reply code, in numeric order.
pub static ALL: &[&Entry] = &[
    &positive::R211,
    &positive::R214,
    &positive::R220,
    &positive::R221,
    &positive::R235,
    &positive::R250,
    &positive::R251,
    &positive::R252,
    &positive::R334,
    &positive::R354,
    &transient::R421,
    &transient::R432,
    &transient::R450,
    &transient::R451,
    &transient::R452,
    &transient::R454,
    &transient::R455,
    &permanent::R500,
    &permanent::R501,
    &permanent::R502,
    &permanent::R503,
    &permanent::R504,
    &permanent::R521,
    &permanent::R523,
    &permanent::R525,
    &permanent::R530,
    &permanent::R534,
    &permanent::R535,
    &permanent::R538,
    &permanent::R550,
    &permanent::R551,
    &permanent::R552,
    &permanent::R553,
    &permanent::R554,
    &permanent::R555,
    &permanent::R556,
];

/// Looks up a three-digit reply code such as `550`.
pub fn lookup(reply: &str) -> Option<&'static Entry> {
    let reply = reply.trim();
    ALL.iter().copied().find(|entry| entry.id.strip_prefix("reply/") == Some(reply))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reason::Reason;
    use crate::report::Actor;

    const RFC5321_CODES: [&str; 24] = [
        "211", "214", "220", "221", "250", "251", "252", "354", "421", "450", "451", "452", "455",
        "500", "501", "502", "503", "504", "550", "551", "552", "553", "554", "555",
    ];

    #[test]
    fn rfc5321_codes_present() {
        for code in RFC5321_CODES {
            assert!(lookup(code).is_some(), "{code} missing");
        }
    }

    #[test]
    fn extension_codes_present() {
        for code in
            ["235", "334", "432", "454", "521", "523", "525", "530", "534", "535", "538", "556"]
        {
            assert!(lookup(code).is_some(), "{code} missing");
        }
    }

    #[test]
    fn lookup_rejects_unknown() {
        for code in ["", "5", "55", "599", "5500", "abc", "571"] {
            assert!(lookup(code).is_none(), "{code:?}");
        }
        assert_eq!(lookup(" 550 ").map(|e| e.id), Some("reply/550"));
    }

    #[test]
    fn entries_complete() {
        for entry in ALL {
            let code = entry.id.strip_prefix("reply/").expect("id starts with reply/");
            assert_eq!(code.len(), 3, "{}", entry.id);
            assert!(!entry.what.is_empty(), "{}", entry.id);
            assert!(!entry.why.is_empty(), "{}", entry.id);
            assert!(entry.steps.len() >= 2, "{}", entry.id);
            assert!(entry.source.starts_with("https://www.rfc-editor.org/"), "{}", entry.id);
            assert_eq!(entry.checked.len(), 10, "{}", entry.id);
        }
    }

    #[test]
    fn ids_unique_and_sorted() {
        let codes: Vec<&str> = ALL.iter().map(|e| e.id).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(codes, sorted);
    }

    #[test]
    fn success_replies_need_nobody() {
        for entry in ALL.iter().filter(|e| e.id.starts_with("reply/2")) {
            assert_eq!(entry.reason, Reason::Delivered, "{}", entry.id);
            assert_eq!(entry.who, Actor::Nobody, "{}", entry.id);
        }
    }
}
