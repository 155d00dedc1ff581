//! Exchange Online's status codes in two ranges that the IANA registry
//! leaves unassigned, read when no host name shows that the reply is
//! Microsoft's.
//!
//! - 4.7.500 to 4.7.699 throttle a new or little-known sending IP, in
//!   the words "Server busy. Please try again later from [ip]. (ASnnn)"
//!   or, in Microsoft's NDR table, "Access denied, please try again
//!   later". 4.7.650 and 4.7.651 throttle an IP for its reputation, in
//!   the words "The mail server [ip] has been temporarily rate limited
//!   due to IP reputation". Any server may send an unassigned code, so a
//!   code in this range names Microsoft only together with one of these
//!   sentences.
//! - 5.7.700 to 5.7.750 block the sending organisation (see
//!   `sending_tenant`), and each block has its own sentence. A reported NDR
//!   writes "5.7.700-749 Access denied, tenant has exceeded threshold"
//!   (<https://listed.to/@darrmit/20907/5-7-700>), so "Access denied"
//!   under 5.7.700 to 5.7.749 reads as that block. Microsoft's page "Fix
//!   email delivery issues for error codes 5.7.700 through 5.7.750"
//!   (`OWN_TENANT_SOURCE`) gives the whole range to such blocks, so
//!   [`lookup_code_alone`] also reads a code with no sentence as one.

use super::super::text::{flatten, status_codes, status_matches};
use super::outbound::NEW_IP_THROTTLED;
use super::sending_tenant::{LOW_REPUTATION_POOL, TENANT_BLOCKED, UNREGISTERED_DOMAIN};
use super::tenant_blocks::OWN_TENANT_BLOCK;
use super::THROTTLED;
use crate::knowledge::{Entry, Match};

/// Microsoft's sentences for a throttled sending IP, lowercase.
const THROTTLE_SENTENCES: &[&str] =
    &["server busy. please try again later from", "access denied, please try again later"];

/// Microsoft's sentence for 4.7.650 and 4.7.651, lowercase.
const REPUTATION_SENTENCE: &str = "rate limited due to ip reputation";

/// Returns the Microsoft entry for a status code in either range whose
/// reply carries Microsoft's sentence for it.
pub(super) fn lookup(text: &str) -> Option<Match> {
    let flat = flatten(&text.to_ascii_lowercase());
    status_codes(text).into_iter().find_map(|status| {
        let entry = entry_for(status, &flat)?;
        Some(microsoft_match(status, entry))
    })
}

/// Returns the Microsoft entry for `status` when it is a code from 5.7.700
/// to 5.7.750. The caller reads it only when no words in the reply name a
/// cause. The codes that Microsoft's page names get their own entries,
/// and the rest of 5.7.700 to 5.7.749 the spam-threshold block, which the
/// reported NDR gives the whole span.
///
/// NOTE: another server that sends such a code bare would get Microsoft's
/// card. The registry leaves these codes unassigned, and no other use of
/// them was found.
pub(crate) fn lookup_code_alone(status: &str) -> Option<Match> {
    let entry = match status {
        "5.7.703" => &OWN_TENANT_BLOCK,
        "5.7.708" => &LOW_REPUTATION_POOL,
        "5.7.750" => &UNREGISTERED_DOMAIN,
        _ if status_matches("5.7.700-749", status) => &TENANT_BLOCKED,
        _ => return None,
    };
    Some(microsoft_match(status, entry))
}

fn microsoft_match(status: &str, entry: &'static Entry) -> Match {
    Match {
        provider: Some("microsoft"),
        code: Some(status.to_string()),
        entry,
        blocklists: Vec::new(),
    }
}

/// Picks the entry for `status` by the sentence in `flat`, the flattened
/// lowercase reply.
fn entry_for(status: &str, flat: &str) -> Option<&'static Entry> {
    let contains_any = |sentences: &[&str]| sentences.iter().any(|s| flat.contains(s));
    if matches!(status, "4.7.650" | "4.7.651") {
        return flat.contains(REPUTATION_SENTENCE).then_some(&THROTTLED);
    }
    if status_matches("4.7.500-699", status) {
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
    fn lookup_needs_sentence() {
        for text in ["550 5.7.700", "451 4.7.500", "451 4.7.650", "550 5.7.750 Rejected"] {
            assert!(lookup(text).is_none(), "{text}");
        }
    }

    #[test]
    fn code_alone_outside_range_names_no_entry() {
        for status in ["5.7.699", "5.7.751", "4.7.700", "5.7.1"] {
            assert!(lookup_code_alone(status).is_none(), "{status}");
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
