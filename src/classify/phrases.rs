//! Phrases that state the failure reason in the receiver's own words.
//!
//! Each table row is a lowercase fragment found in real replies. Rows are
//! checked in the order of `ORDER`, so a reply that both says "blocked" and
//! "user unknown" gets the more specific reason.

use crate::reason::Reason;

/// Reasons in the order their phrases are tried, each with its fragments.
static ORDER: &[(Reason, &[&str])] = &[
    (Reason::MailboxFull, &["mailbox full", "over quota", "quota exceeded", "mailbox is full"]),
    (
        Reason::UserUnknown,
        &["user unknown", "no such user", "unknown user", "does not exist", "not our customer"],
    ),
];

/// Returns the reason the text states, if any. `lower` is lowercase.
pub fn reason_from_text(lower: &str) -> Option<Reason> {
    ORDER
        .iter()
        .find(|(_, fragments)| fragments.iter().any(|f| lower.contains(f)))
        .map(|(reason, _)| *reason)
}
