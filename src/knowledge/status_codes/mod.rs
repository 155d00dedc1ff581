//! Enhanced status codes (RFC 3463 and the IANA registry), the fallback
//! explanation when no provider, blocklist or phrase rule matches.
//!
//! Entries are keyed `X.subject.detail`: the class digit (4 temporary, 5
//! permanent) does not change what the code means, so one entry serves
//! both, and the reply class decides whether to retry. Each entry's reason
//! follows Sisimai's status table where it has one. Codes that big
//! receivers reuse with another meaning (Microsoft 5.1.10, Yahoo 5.7.9,
//! Gmail 5.7.27 to 5.7.30) mention that use in their text. Codes outside
//! the registry, such as Microsoft's 5.7.606, are left to provider tables.
//!
//! Source: <https://www.iana.org/assignments/smtp-enhanced-status-codes/>.

pub(crate) mod address;
mod authentication;
mod protocol;
mod security;
mod system;

use super::Entry;

/// The bad-connection entry (X.4.2), which also explains a connection
/// drop stated in words under another code or none.
pub use system::X_4_2 as CONNECTION_DROP;
/// The routing-loop entry (X.4.6), which also explains loops stated in
/// words under another code or none.
pub use system::X_4_6 as ROUTING_LOOP;

/// Fields every status entry shares.
const BASE: Entry =
    Entry::sourced("https://www.iana.org/assignments/smtp-enhanced-status-codes/", "2026-12-04");

/// Every registered code, in registry order.
pub static ALL: &[&Entry] = &[
    &address::X_0_0,
    &address::X_1_0,
    &address::X_1_1,
    &address::X_1_2,
    &address::X_1_3,
    &address::X_1_4,
    &address::X_1_5,
    &address::X_1_6,
    &address::X_1_7,
    &address::X_1_8,
    &address::X_1_9,
    &address::X_1_10,
    &address::X_2_0,
    &address::X_2_1,
    &address::X_2_2,
    &address::X_2_3,
    &address::X_2_4,
    &system::X_3_0,
    &system::X_3_1,
    &system::X_3_2,
    &system::X_3_3,
    &system::X_3_4,
    &system::X_3_5,
    &system::X_3_6,
    &system::X_4_0,
    &system::X_4_1,
    &system::X_4_2,
    &system::X_4_3,
    &system::X_4_4,
    &system::X_4_5,
    &system::X_4_6,
    &system::X_4_7,
    &protocol::X_5_0,
    &protocol::X_5_1,
    &protocol::X_5_2,
    &protocol::X_5_3,
    &protocol::X_5_4,
    &protocol::X_5_5,
    &protocol::X_5_6,
    &protocol::X_6_0,
    &protocol::X_6_1,
    &protocol::X_6_2,
    &protocol::X_6_3,
    &protocol::X_6_4,
    &protocol::X_6_5,
    &protocol::X_6_6,
    &protocol::X_6_7,
    &protocol::X_6_8,
    &protocol::X_6_9,
    &protocol::X_6_10,
    &security::X_7_0,
    &security::X_7_1,
    &security::X_7_2,
    &security::X_7_3,
    &security::X_7_4,
    &security::X_7_5,
    &security::X_7_6,
    &security::X_7_7,
    &security::X_7_8,
    &security::X_7_9,
    &security::X_7_10,
    &security::X_7_11,
    &security::X_7_12,
    &security::X_7_13,
    &security::X_7_14,
    &security::X_7_15,
    &security::X_7_16,
    &security::X_7_17,
    &security::X_7_18,
    &security::X_7_19,
    &authentication::X_7_20,
    &authentication::X_7_21,
    &authentication::X_7_22,
    &authentication::X_7_23,
    &authentication::X_7_24,
    &authentication::X_7_25,
    &authentication::X_7_26,
    &authentication::X_7_27,
    &authentication::X_7_28,
    &authentication::X_7_29,
    &security::X_7_30,
];

/// Looks up an enhanced status code such as `5.1.1` or `4.7.26`. The class
/// digit must be 2, 4 or 5; codes outside the registry return `None`.
pub fn lookup(status: &str) -> Option<&'static Entry> {
    let (class, rest) = status.trim().split_once('.')?;
    if !matches!(class, "2" | "4" | "5") {
        return None;
    }
    ALL.iter().copied().find(|entry| entry.id.strip_prefix("status/X.") == Some(rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reason::Reason;
    use crate::report::Actor;

    #[test]
    fn lookup_ignores_class() {
        let cases = [
            ("5.1.1", Some("status/X.1.1")),
            ("4.2.2", Some("status/X.2.2")),
            ("2.1.5", Some("status/X.1.5")),
            ("5.7.26", Some("status/X.7.26")),
            ("5.1.10", Some("status/X.1.10")),
            (" 5.4.7 ", Some("status/X.4.7")),
            ("5.7.606", None),
            ("5.4.8", None),
            ("3.1.1", None),
            ("5.1", None),
            ("5.1.1.1", None),
            ("", None),
            ("garbage", None),
        ];
        for (status, id) in cases {
            assert_eq!(lookup(status).map(|e| e.id), id, "{status:?}");
        }
    }

    #[test]
    fn registry_complete() {
        // Subjects with their highest registered detail code.
        let subjects = [(0, 0), (1, 10), (2, 4), (3, 6), (4, 7), (5, 6), (6, 10), (7, 30)];
        let mut count = 0;
        for (subject, max) in subjects {
            for detail in 0..=max {
                if subject == 0 && detail > 0 {
                    continue;
                }
                let code = format!("5.{subject}.{detail}");
                assert!(lookup(&code).is_some(), "{code} missing");
                count += 1;
            }
        }
        assert_eq!(count, ALL.len());
    }

    #[test]
    fn entries_complete() {
        for entry in ALL {
            assert!(entry.id.starts_with("status/X."), "{}", entry.id);
            assert!(!entry.what.is_empty(), "{}", entry.id);
            assert!(!entry.why.is_empty(), "{}", entry.id);
            assert!(entry.steps.len() >= 2, "{}", entry.id);
            assert!(entry.source.starts_with("https://www.iana.org/"), "{}", entry.id);
            assert_eq!(entry.checked.len(), 10, "{}", entry.id);
        }
    }

    #[test]
    fn ids_unique() {
        for (i, a) in ALL.iter().enumerate() {
            for b in &ALL[i + 1..] {
                assert_ne!(a.id, b.id);
            }
        }
    }

    #[test]
    fn reasons_follow_common_codes() {
        let cases = [
            ("5.1.1", Reason::UserUnknown),
            ("5.1.2", Reason::HostUnknown),
            ("5.2.2", Reason::MailboxFull),
            ("5.3.4", Reason::MesgTooBig),
            ("4.4.7", Reason::Expired),
            ("5.7.25", Reason::RequirePtr),
            ("5.7.26", Reason::AuthFailure),
            ("2.1.5", Reason::Delivered),
        ];
        for (status, reason) in cases {
            assert_eq!(lookup(status).unwrap().reason, reason, "{status}");
        }
    }

    #[test]
    fn success_codes_need_nobody() {
        for status in ["2.1.5", "2.3.6", "2.6.4"] {
            let entry = lookup(status).unwrap();
            assert_eq!(entry.reason, Reason::Delivered, "{status}");
            assert_eq!(entry.who, Actor::Nobody, "{status}");
        }
    }
}
