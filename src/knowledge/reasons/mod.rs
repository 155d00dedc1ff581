//! One explanation per failure reason, used when a phrase in the reply
//! decided the reason but no provider entry is more specific.
//!
//! The reasons and their meanings are Sisimai's, and the explanations are
//! ours. Source: the Sisimai::Reason manual page.

mod recipient;
mod sender;
mod system;
pub use system::AUTH_FAILURE_REPORT;

use super::{Entry, UNKNOWN};
use crate::reason::Reason;

/// Fields every reason entry shares. The class of the reply decides
/// whether the failure is temporary.
const BASE: Entry = Entry::sourced(
    "https://manpages.ubuntu.com/manpages/jammy/man3/Sisimai::Reason.3pm.html",
    "2026-12-04",
);

/// Returns the explanation for a reason. Its `reason` is always `reason`.
pub fn entry(reason: Reason) -> &'static Entry {
    match reason {
        Reason::AuthFailure => &sender::AUTH_FAILURE,
        Reason::BadReputation => &sender::BAD_REPUTATION,
        Reason::Blocked => &sender::BLOCKED,
        Reason::ContentError => &sender::CONTENT_ERROR,
        Reason::Delivered => &system::DELIVERED,
        Reason::ExceedLimit => &recipient::EXCEED_LIMIT,
        Reason::Expired => &system::EXPIRED,
        Reason::Feedback => &system::FEEDBACK,
        Reason::Filtered => &recipient::FILTERED,
        Reason::HasMoved => &recipient::HAS_MOVED,
        Reason::HostUnknown => &recipient::HOST_UNKNOWN,
        Reason::MailboxFull => &recipient::MAILBOX_FULL,
        Reason::MailerError => &system::MAILER_ERROR,
        Reason::MesgTooBig => &recipient::MESG_TOO_BIG,
        Reason::NetworkError => &system::NETWORK_ERROR,
        Reason::NoRelaying => &sender::NO_RELAYING,
        Reason::NotAccept => &recipient::NOT_ACCEPT,
        Reason::NotCompliantRfc => &sender::NOT_COMPLIANT_RFC,
        Reason::OnHold => &system::ON_HOLD,
        Reason::PolicyViolation => &sender::POLICY_VIOLATION,
        Reason::Rejected => &sender::REJECTED,
        Reason::RequirePtr => &sender::REQUIRE_PTR,
        Reason::SecurityError => &sender::SECURITY_ERROR,
        Reason::SpamDetected => &sender::SPAM_DETECTED,
        Reason::Speeding => &sender::SPEEDING,
        Reason::Suppressed => &sender::SUPPRESSED,
        Reason::Suspend => &recipient::SUSPEND,
        Reason::SyntaxError => &sender::SYNTAX_ERROR,
        Reason::SystemError => &system::SYSTEM_ERROR,
        Reason::SystemFull => &system::SYSTEM_FULL,
        Reason::TooManyConn => &sender::TOO_MANY_CONN,
        Reason::Undefined => &UNKNOWN,
        Reason::UserUnknown => &recipient::USER_UNKNOWN,
        Reason::Vacation => &system::VACATION,
        Reason::VirusDetected => &sender::VIRUS_DETECTED,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Actor;

    #[test]
    fn entry_reason_matches() {
        for reason in Reason::ALL {
            assert_eq!(entry(reason).reason, reason, "{}", reason.name());
        }
    }

    #[test]
    fn entries_complete() {
        for reason in Reason::ALL {
            let e = entry(reason);
            assert!(!e.what.is_empty(), "{}", e.id);
            assert!(!e.why.is_empty(), "{}", e.id);
            assert!(e.steps.len() >= 2, "{}", e.id);
            assert!(e.steps.iter().all(|s| !s.trim().is_empty()), "{}", e.id);
            assert!(e.source.starts_with("https://"), "{}", e.id);
            assert_eq!(e.checked.len(), 10, "{}", e.id);
        }
    }

    #[test]
    fn ids_unique_and_named() {
        let mut ids: Vec<&str> = Reason::ALL.iter().map(|r| entry(*r).id).collect();
        for reason in Reason::ALL {
            if reason != Reason::Undefined {
                assert_eq!(entry(reason).id, format!("reason/{}", reason.name()));
            }
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Reason::ALL.len());
    }

    #[test]
    fn non_failures_need_nobody() {
        for reason in [Reason::Delivered, Reason::Feedback, Reason::Vacation] {
            assert_eq!(entry(reason).who, Actor::Nobody, "{}", reason.name());
        }
    }
}
