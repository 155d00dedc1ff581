//! Refusals that name a DNS blocklist by its kind alone, with no list or
//! zone: "Blocked by RBL", "blocked by DNSBL", "Connection refused due to
//! RBL listing". The reply still states that the sending IP is listed, so
//! the card is the block card with the IP to quote, not the general 5.7.1
//! policy card. Documentation addresses only.

use crate::cards;

use bounce_explainer::{explain, Reason};

const WORDINGS: &[&str] = &[
    "550 5.7.1 Blocked by RBL",
    "550 5.7.1 Rejected by RBL",
    "550 5.7.1 Blocked - RBL listed",
    "550 5.7.1 Connection refused due to RBL listing",
    "550 5.7.1 blocked by DNSBL",
    "554 5.7.1 Message rejected by DNS blocklist",
];

#[test]
fn unnamed_list_reads_as_block() {
    for reply in WORDINGS {
        let text = format!(
            "<bob@example.net>: host mx.example.net[198.51.100.20] said: {reply} \
             (client 192.0.2.45) (in reply to RCPT TO command)\n"
        );
        let report = explain(&text);
        assert_eq!(report.recipients.len(), 1, "{reply}: {report:#?}");
        let card = &report.recipients[0];
        assert_eq!(card.reason, Reason::Blocked, "{reply}: {card:#?}");
        assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.45"), "{reply}: {card:#?}");
    }
}

#[test]
fn lookup_failure_is_no_listing() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 451 4.7.1 \
                Deferred due to RBL lookup timeout (in reply to RCPT TO command)\n";
    let card = cards::only(text);
    assert_ne!(card.reason, Reason::Blocked, "{card:#?}");
}

#[test]
fn denied_listing_is_no_block() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.7.1 \
                Message not blocked by RBL but rejected by policy (in reply to RCPT TO command)\n";
    let card = cards::only(text);
    assert_ne!(card.reason, Reason::Blocked, "{card:#?}");
}
