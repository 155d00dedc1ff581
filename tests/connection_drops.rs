//! Exchange's "421 4.4.2 Connection dropped due to ...", the system's
//! "Connection reset by peer" and "Broken pipe", and Postfix's "lost
//! connection with ... while ..." report a TCP connection that broke in
//! the middle of an SMTP session (a socket error, a timeout, a reset).
//! They name no IP, list or policy, so the card is the network-error one:
//! no IP to quote and no removal steps. A reply that drops the connection
//! and also names a listing or a block stays a block. Documentation
//! addresses only.

use bounce_explainer::{explain, Actor, Reason, Recipient};

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

/// Other words for a broken connection, under a 4.4.2, another 4xx code
/// or no enhanced status code, get the same card as "Connection dropped".
#[test]
fn reset_and_drop_wordings_network_error() {
    for text in [
        "421 4.4.2 Connection reset by peer",
        "451 4.4.2 Connection reset by peer",
        "421 Connection reset by peer",
        "421 4.4.2 connection reset",
        "421 connection reset",
        "421 4.4.2 Connection was dropped by remote host",
        "421 4.4.2 Broken pipe",
    ] {
        let card = only_card(text);
        assert_network_error(&card, text);
        assert!(card.retrying, "{text}: {card:#?}");
        assert_eq!(card.explanation.who_acts, Actor::Wait, "{text}");
    }
}

/// A 4.4.2 whose words are a time-out is a network error the sending
/// server retries, not a block.
#[test]
fn timed_out_reply_not_block() {
    let text = "421 4.4.2 Connection timed out";
    let card = only_card(text);
    assert_eq!(card.reason, Reason::NetworkError, "{card:#?}");
    assert_no_block(&card, text);
    assert!(card.retrying, "{card:#?}");
}

/// Postfix's own sentences for a session that broke, pasted without a
/// reply code, name the receiving server, whose address is not the
/// sending IP.
#[test]
fn postfix_lost_connection_network_error() {
    for text in [
        "lost connection with mx.example.net[198.51.100.7] while sending RCPT TO",
        "<bob@example.net>: lost connection with mx.example.net[198.51.100.7] while sending end \
         of data -- message may be sent more than once",
        "conversation with mx.example.net[198.51.100.7] timed out while receiving the initial \
         server greeting",
    ] {
        let card = only_card(text);
        assert_network_error(&card, text);
        assert!(!card.permanent, "{text}: {card:#?}");
    }
}

/// Prose that only mentions a lost connection is not a delivery failure.
#[test]
fn lost_connection_prose_no_card() {
    let text = "I got lost connection with the server while sending a big file yesterday";
    assert!(explain(text).recipients.is_empty(), "{text}");
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
        (
            "421 4.7.0 Connection reset by peer: 192.0.2.5 is listed on zen.spamhaus.org",
            Reason::Blocked,
        ),
        ("421 4.7.0 Connection reset, your IP 192.0.2.6 is blocked", Reason::Blocked),
    ] {
        assert_eq!(only_card(text).reason, reason, "{text}");
    }
}
