//! Exchange Online's status codes in two ranges that the IANA registry
//! leaves unassigned, read when no host name shows that the reply is
//! Microsoft's. A code in range names Microsoft only together with
//! Microsoft's own sentence for it: any server may send an unassigned
//! code, so the code alone is not enough.
//!
//! - 4.7.500 to 4.7.699 throttle a new or little-known sending IP, in
//!   the words "Server busy. Please try again later from [ip]. (ASnnn)"
//!   or, in Microsoft's NDR table, "Access denied, please try again
//!   later". 4.7.650 and 4.7.651, whose sentence names the IP's
//!   reputation, are left to the provider's rules.
//! - 5.7.700 to 5.7.750 block the sending organisation (see
//!   `sending_tenant`). Each block has its own sentence. A reported NDR
//!   writes "5.7.700-749 Access denied, tenant has exceeded threshold"
//!   (<https://listed.to/@darrmit/20907/5-7-700>), so "Access denied"
//!   under 5.7.700 to 5.7.749 reads as that block.
//!
//! NOTE: a code in either range with none of these sentences, such as a
//! bare "550 5.7.700", still gets the generic X.7 explanation (a failed
//! sign-in, a required encryption step or an untrusted sender).

use super::super::text::{flatten, status_codes, status_matches};
use super::outbound::NEW_IP_THROTTLED;
use super::sending_tenant::{LOW_REPUTATION_POOL, TENANT_BLOCKED, UNREGISTERED_DOMAIN};
use crate::knowledge::{Entry, Match};

/// Microsoft's sentences for a throttled sending IP, lowercase.
const THROTTLE_SENTENCES: &[&str] =
    &["server busy. please try again later from", "access denied, please try again later"];

/// Returns the Microsoft entry for a status code in either range whose
/// reply carries Microsoft's sentence for it.
pub(super) fn lookup(text: &str) -> Option<Match> {
    let flat = flatten(&text.to_ascii_lowercase());
    status_codes(text).into_iter().find_map(|status| {
        let entry = entry_for(status, &flat)?;
        Some(Match {
            provider: Some("microsoft"),
            code: Some(status.to_string()),
            entry,
            blocklists: Vec::new(),
        })
    })
}

/// Picks the entry for `status` by the sentence in `flat`, the flattened
/// lowercase reply.
fn entry_for(status: &str, flat: &str) -> Option<&'static Entry> {
    let contains_any = |sentences: &[&str]| sentences.iter().any(|s| flat.contains(s));
    let reputation_throttle = matches!(status, "4.7.650" | "4.7.651");
    if status_matches("4.7.500-699", status) && !reputation_throttle {
        return contains_any(THROTTLE_SENTENCES).then_some(&NEW_IP_THROTTLED);
    }
    if !status_matches("5.7.700-750", status) {
        return None;
    }
    if contains_any(&["tenant has exceeded threshold"]) {
        Some(&TENANT_BLOCKED)
    } else if contains_any(&["traffic not accepted from this ip"]) {
        Some(&LOW_REPUTATION_POOL)
    } else if contains_any(&["client blocked from sending from unregistered domain"]) {
        Some(&UNREGISTERED_DOMAIN)
    } else if status_matches("5.7.700-749", status) && contains_any(&["access denied"]) {
        Some(&TENANT_BLOCKED)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_alone_names_no_entry() {
        for text in ["550 5.7.700", "451 4.7.500", "550 5.7.750 Rejected"] {
            assert!(lookup(text).is_none(), "{text}");
        }
    }

    #[test]
    fn sentence_outside_range_names_no_entry() {
        for text in [
            "451 4.7.1 Server busy. Please try again later from [192.0.2.1].",
            "550 5.7.1 Access denied, tenant has exceeded threshold",
            "550 5.7.751 Access denied",
        ] {
            assert!(lookup(text).is_none(), "{text}");
        }
    }
}
