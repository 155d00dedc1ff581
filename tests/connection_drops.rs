//! Exchange's "421 4.4.2 Connection dropped due to ..." reports a TCP
//! connection that broke in the middle of an SMTP session (a socket error,
//! a timeout, a reset). It names no IP, list or policy, so the card is the
//! network-error one: no IP to quote and no removal steps. A reply that
//! drops the connection and also names a listing or a block stays a block.
//! Documentation addresses only.

use bounce_explainer::{explain, Reason, Recipient};

const SOCKET_ERROR_LINE: &str = include_str!("fixtures/connection_drops/exchange-socketerror.txt");
const M365_EXPIRED_NDR: &str =
    include_str!("fixtures/connection_drops/m365-expired-socketerror.txt");

fn only_card(text: &str) -> Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    report.recipients.into_iter().next().expect("length checked above")
}

/// Checks that a card explains a broken connection, not a block.
fn assert_network_error(card: &Recipient, text: &str) {
    assert_eq!(card.reason, Reason::NetworkError, "{text}");
    assert_eq!(card.explanation.entry, "status/X.4.2", "{text}");
    assert_no_block(card, text);
}

/// Checks that a card quotes no IP and names no blocklist or removal step.
fn assert_no_block(card: &Recipient, text: &str) {
    assert_ne!(card.reason, Reason::Blocked, "{text}");
    assert_eq!(card.sender_ip, None, "{text}");
    assert!(card.blocklists.is_empty(), "{text}: {:?}", card.blocklists);
    assert!(card.links.is_empty(), "{text}: {:?}", card.links);
    let steps = card.explanation.steps.join(" ").to_ascii_lowercase();
    assert!(!steps.contains("removal"), "{text}: {steps}");
    assert!(!steps.contains("blocklist"), "{text}: {steps}");
    // The 4.4.2 agrees with the text, so no note calls it misleading.
    let notes: Vec<&str> = card.notes.iter().map(|n| n.message.as_str()).collect();
    assert!(!notes.iter().any(|n| n.contains("misleading")), "{text}: {notes:?}");
}

#[test]
fn socket_error_line_network_error() {
    let card = only_card(SOCKET_ERROR_LINE);
    assert_network_error(&card, SOCKET_ERROR_LINE);
    // Pasted alone, a 4xx reply leaves the sending server retrying.
    assert!(card.retrying, "{card:#?}");
}

#[test]
fn every_drop_cause_network_error() {
    for text in [
        "421 4.4.2 Connection dropped due to SocketError",
        "421 4.4.2 Connection dropped due to timeout",
        "421 4.4.2 Connection dropped due to ConnectionReset",
    ] {
        assert_network_error(&only_card(text), text);
    }
}

#[test]
fn expired_ndr_network_error() {
    let card = only_card(M365_EXPIRED_NDR);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_network_error(&card, M365_EXPIRED_NDR);
    assert!(!card.retrying, "{card:#?}");
}

/// A drop that the receiver explains by a listing, a block or the IP's
/// reputation is still read by those words.
#[test]
fn drop_naming_block_stays_block() {
    for (text, reason) in [
        ("421 4.7.0 Connection dropped: 192.0.2.1 is listed on zen.spamhaus.org", Reason::Blocked),
        ("421 4.7.0 Connection dropped, your IP 192.0.2.2 is blocked", Reason::Blocked),
        ("421 4.7.0 Connection dropped, IP 192.0.2.3 blacklisted", Reason::Blocked),
        (
            "421 Connection dropped: Client host [192.0.2.4] blocked using bl.spamcop.net",
            Reason::Blocked,
        ),
        ("421 4.7.0 Connection dropped due to poor IP reputation", Reason::BadReputation),
    ] {
        assert_eq!(only_card(text).reason, reason, "{text}");
    }
}
