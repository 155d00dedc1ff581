//! The phrase tables, one per reason, and the order they are tried in.
//!
//! Order matters because replies often state two things: "550 5.1.1
//! mailbox full" both names a recipient and gives the cause, and the
//! more specific reason must win. The order follows the most widely used
//! bounce classifier (Sisimai), so results compare with it.

mod blocking;
mod causes;
mod content;
mod decisive;
mod ip_blocks;
mod lookup;
mod mailbox;
mod recipient;
mod sender;
mod summary;
mod system;

pub use blocking::*;
pub use causes::{DYNAMIC_ADDRESS, HELO_NAME, NAMED_CAUSES};
pub use content::*;
pub use decisive::{DECISIVE, SPF_TEMPERROR};
pub use ip_blocks::{DNSBL_LISTING, REFUSED_ADDRESS, SPAM_SOURCE};
pub use lookup::{MAILBOX_NAMED_NOT_FOUND, MAILBOX_NOT_FOUND};
pub use mailbox::*;
pub use recipient::*;
pub use sender::*;
pub use summary::SUMMARIES;
pub use system::*;

use super::matcher::Phrases;
use crate::knowledge::localised;
use crate::reason::Reason;

/// Returns the table for a reason, if the reason has one.
pub fn table(reason: Reason) -> Option<&'static Phrases> {
    ALL.iter().copied().find(|t| t.reason == reason)
}

/// Finds what in `text` (normalised) states `reason`: a fragment of its
/// table, else a cause the receiver names in its own words, else (for
/// `blocked`) a listing on a DNS blocklist, an IP address named as
/// refused or the sender named as a spam source.
pub fn find(reason: Reason, text: &str) -> Option<&'static str> {
    let fixed = table(reason).and_then(|t| t.find(text));
    fixed
        .or_else(|| {
            NAMED_CAUSES
                .iter()
                .filter(|cause| cause.reason == reason)
                .find_map(|cause| cause.find(text))
        })
        .or_else(|| (DNSBL_LISTING.reason == reason).then(|| DNSBL_LISTING.find(text)).flatten())
        .or_else(|| {
            (REFUSED_ADDRESS.reason == reason).then(|| REFUSED_ADDRESS.find(text)).flatten()
        })
        .or_else(|| (SPAM_SOURCE.reason == reason).then(|| SPAM_SOURCE.find(text)).flatten())
        .or_else(|| localised::find(reason, text))
}

/// True when `text` (normalised) contains a phrase of any reason's table,
/// so it reads as a receiver's refusal rather than as ordinary prose.
pub fn names_any_reason(text: &str) -> bool {
    ALL.iter().any(|t| t.matches(text))
        || NAMED_CAUSES.iter().any(|cause| cause.find(text).is_some())
        || SPAM_SOURCE.find(text).is_some()
        || SENDING_QUOTA.matches(text)
        || SENDER_SUSPENDED.matches(text)
        || ACCOUNT_HOLD.matches(text)
        || localised::names_any(text)
}

/// Every table; used by [`table`] and by tests.
pub static ALL: &[&Phrases] = &[
    &AUTH_FAILURE,
    &BAD_REPUTATION,
    &BLOCKED,
    &CONTENT_ERROR,
    &EXCEED_LIMIT,
    &EXPIRED,
    &FILTERED,
    &HAS_MOVED,
    &HOST_UNKNOWN,
    &MAILBOX_FULL,
    &MAILER_ERROR,
    &MESG_TOO_BIG,
    &NETWORK_ERROR,
    &NO_RELAYING,
    &NOT_ACCEPT,
    &NOT_COMPLIANT_RFC,
    &NDR_PREAMBLE,
    &POLICY_VIOLATION,
    &REJECTED,
    &REQUIRE_PTR,
    &SECURITY_ERROR,
    &SPAM_DETECTED,
    &SPEEDING,
    &SUSPEND,
    &SYSTEM_ERROR,
    &SYSTEM_FULL,
    &SYNTAX_ERROR,
    &TOO_MANY_CONN,
    &USER_UNKNOWN,
    &VACATION,
    &VIRUS_DETECTED,
];

/// First pass: each reason's check weighs the status code, the SMTP
/// command and the text together (see `decide`).
pub const FIRST_PASS: &[Reason] = &[
    Reason::MailboxFull,
    Reason::MesgTooBig,
    Reason::ExceedLimit,
    Reason::Suspend,
    Reason::HasMoved,
    Reason::NoRelaying,
    Reason::AuthFailure,
    Reason::UserUnknown,
    Reason::Filtered,
    Reason::RequirePtr,
    Reason::NotCompliantRfc,
    Reason::BadReputation,
    Reason::ContentError,
    Reason::Rejected,
    Reason::HostUnknown,
    Reason::SpamDetected,
    Reason::Speeding,
    Reason::TooManyConn,
    Reason::Blocked,
];

/// Second pass: text alone, tried when the status code gives no reason or
/// only a loose one.
pub const SECOND_PASS: &[Reason] = &[
    Reason::MailboxFull,
    Reason::AuthFailure,
    Reason::BadReputation,
    Reason::Speeding,
    Reason::SpamDetected,
    Reason::VirusDetected,
    Reason::PolicyViolation,
    Reason::NoRelaying,
    Reason::SystemError,
    Reason::NetworkError,
    Reason::Suspend,
    Reason::ContentError,
    Reason::SystemFull,
    Reason::NotAccept,
    Reason::Expired,
    Reason::SecurityError,
    Reason::MailerError,
    Reason::SyntaxError,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_are_normalised() {
        for table in ALL.iter().chain(DECISIVE) {
            let parts = table.any.iter().chain(table.ordered.iter().flat_map(|g| g.iter()));
            for fragment in parts.chain(table.except.iter()) {
                let normalised = crate::classify::matcher::normalise(fragment);
                // Leading and trailing spaces are deliberate word edges.
                assert_eq!(normalised, fragment.trim(), "{:?}: {fragment:?}", table.reason);
            }
        }
    }

    #[test]
    fn named_cause_words_are_normalised() {
        for cause in NAMED_CAUSES {
            let words = cause.subjects.iter().chain(cause.before).chain(cause.after);
            for phrase in words {
                let normalised = crate::classify::matcher::normalise(phrase);
                assert_eq!(&normalised, phrase, "{:?}", cause.reason);
                let plain = phrase.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '\'');
                assert!(plain, "{phrase:?} has a character that splits words");
            }
        }
    }

    #[test]
    fn spam_source_words_are_normalised() {
        for phrase in SPAM_SOURCE.senders.iter().chain(SPAM_SOURCE.roles) {
            let normalised = crate::classify::matcher::normalise(phrase);
            assert_eq!(&normalised, phrase);
            let plain = phrase.chars().all(|c| c.is_alphanumeric() || c == ' ');
            assert!(plain, "{phrase:?} has a character that splits words");
        }
    }

    #[test]
    fn every_pass_reason_has_table() {
        for reason in FIRST_PASS.iter().chain(SECOND_PASS) {
            assert!(table(*reason).is_some(), "{reason:?}");
        }
    }
}
