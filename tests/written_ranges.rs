//! A receiver may name a blocked network by its first and last address
//! (`192.0.2.0 - 192.0.2.255`, `[192.0.2.0-192.0.2.255]`, `192.0.2.0 to
//! 192.0.2.255`) rather than in CIDR notation. Either end is an address of
//! the range, not the sending server's, so neither is quoted, and the
//! hint shows the range as written. Where the same reply also names the
//! connecting client, that address is quoted, before or after the range.

use crate::cards::only;
use bounce_explainer::{Actor, Reason, Recipient};

fn hint(r: &Recipient) -> String {
    r.sender_ip_source.hint.clone().unwrap_or_default()
}

/// Asserts that no address is quoted, that the hint names the range as
/// written, and that the sending server's administrator acts.
fn assert_range_not_quoted(text: &str, range: &str) {
    let r = only(text);
    assert_eq!(r.sender_ip, None, "{text}");
    assert_eq!(r.explanation.who_acts, Actor::Admin, "{text}");
    let hint = hint(&r);
    assert!(hint.contains(&format!("the network {range}:")), "{hint}");
    assert!(hint.contains("a range of addresses"), "{hint}");
    assert!(!hint.contains("It names two addresses"), "{hint}");
    assert!(!r.explanation.retry.is_empty(), "{text}");
}

#[test]
fn dashed_range_not_quoted() {
    for (text, range) in [
        (
            "554 5.7.1 Service unavailable; Client host blocked: network 192.0.2.0 - 192.0.2.255 is listed on dnsbl-3.uceprotect.net",
            "192.0.2.0 - 192.0.2.255",
        ),
        (
            "550 5.7.1 Your network 198.51.100.0 - 198.51.100.255 is listed at bl.example.net",
            "198.51.100.0 - 198.51.100.255",
        ),
        ("554 5.7.1 Blocked IP 203.0.113.0-203.0.113.127", "203.0.113.0-203.0.113.127"),
        (
            "550 5.7.1 Your IP range is blocklisted (198.51.100.0 - 198.51.100.63)",
            "198.51.100.0 - 198.51.100.63",
        ),
        (
            "554 5.7.1 Network 192.0.2.64 \u{2013} 192.0.2.127 is blocked due to spam",
            "192.0.2.64 \u{2013} 192.0.2.127",
        ),
    ] {
        assert_range_not_quoted(text, range);
    }
}

#[test]
fn bracketed_range_not_quoted() {
    for (text, range) in [
        (
            "554 5.7.1 Service unavailable; Client host [192.0.2.0-192.0.2.255] blocked using dnsbl-2.uceprotect.net",
            "192.0.2.0-192.0.2.255",
        ),
        (
            "550 5.7.1 Sending host rejected for spam [203.0.113.0 - 203.0.113.255]",
            "203.0.113.0 - 203.0.113.255",
        ),
        ("554 5.7.1 Blocked IP [198.51.100.0-255]", "198.51.100.0-255"),
    ] {
        assert_range_not_quoted(text, range);
    }
}

#[test]
fn worded_range_not_quoted() {
    for (text, range) in [
        (
            "550 5.7.1 IP range 192.0.2.0 to 192.0.2.255 is blocked by local policy",
            "192.0.2.0 to 192.0.2.255",
        ),
        (
            "554 5.7.1 Addresses 198.51.100.0 through 198.51.100.255 are listed on zen.spamhaus.org",
            "198.51.100.0 through 198.51.100.255",
        ),
        (
            "550 5.7.1 All addresses between 203.0.113.0 and 203.0.113.255 are blocked using bl.spamcop.net",
            "203.0.113.0 and 203.0.113.255",
        ),
    ] {
        let r = only(text);
        assert_eq!(r.sender_ip, None, "{text}");
        let hint = hint(&r);
        assert!(hint.contains(range), "{hint}");
    }
}

#[test]
fn ipv6_range_not_quoted() {
    for (text, range) in [
        (
            "554 5.7.1 Your network 2001:db8:5:: - 2001:db8:5::ffff is listed at bl.example.net",
            "2001:db8:5:: - 2001:db8:5::ffff",
        ),
        (
            "554 5.7.1 Client host [2001:db8:5::-2001:db8:5::ffff] blocked using bl.example.net",
            "2001:db8:5::-2001:db8:5::ffff",
        ),
        (
            "550 5.7.1 IPv6 range 2001:db8:7:: to 2001:db8:7::ffff:ffff is blocked",
            "2001:db8:7:: to 2001:db8:7::ffff:ffff",
        ),
    ] {
        assert_range_not_quoted(text, range);
    }
}

/// A range the receiver states with no rule placing either end still
/// reads as a range in the hint, not as an address of unknown owner.
#[test]
fn unplaced_range_named_as_range() {
    let text = "554 5.7.1 Service unavailable; 192.0.2.0 - 192.0.2.255 appears on zen.spamhaus.org";
    let r = only(text);
    assert_eq!(r.sender_ip, None, "{text}");
    let hint = hint(&r);
    assert!(hint.contains("the network 192.0.2.0 - 192.0.2.255:"), "{hint}");
    assert!(!hint.contains("but not as the sending server's"), "{hint}");
}

#[test]
fn client_beside_range_quoted() {
    for text in [
        "554 5.7.1 Network 192.0.2.0 - 192.0.2.255 is listed; Client host [192.0.2.55] blocked using dnsbl-2.uceprotect.net",
        "554 5.7.1 Service unavailable; Client host [192.0.2.55] blocked using dnsbl-2.uceprotect.net; Net 192.0.2.0 - 192.0.2.255 is UCEPROTECT-Level2 listed",
        "554 5.7.1 Client host [192.0.2.55] blocked: range 192.0.2.0 to 192.0.2.255 is listed",
        "554 5.7.1 Range [192.0.2.0-192.0.2.255] is listed; Client host [192.0.2.55] blocked",
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::Blocked, "{text}");
        assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.55"), "{text}");
        assert_eq!(r.sender_ip_source.rule.as_deref(), Some("Client host [<ip>]"), "{text}");
        assert_eq!(r.sender_ip_source.hint, None, "{text}");
    }
}

/// Two addresses joined by a dash or a word are a range only when the
/// first is the lower one and both are of the same family. A connection
/// from one server to another names two addresses that no range word ties.
#[test]
fn address_pairs_that_are_no_range() {
    for (text, ip) in [
        (
            "550 5.7.1 Client host [192.0.2.7] blocked, connection from 192.0.2.7 to 198.51.100.25 refused",
            "192.0.2.7",
        ),
        ("550 5.7.1 Mail from 192.0.2.7 to 198.51.100.25 is blocked", "192.0.2.7"),
        ("554 5.7.1 Client host [192.0.2.7 - 2001:db8::7] blocked", "192.0.2.7"),
    ] {
        let r = only(text);
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    }
}

/// A character of more than one byte right before the range's first
/// address once cut that character in two, and the explainer panicked.
/// After a dash the range is still read as one. After a letter the first
/// address is part of a word, so only the absence of a panic is checked.
#[test]
fn multibyte_before_range_start() {
    for (lead, is_range) in [("–", true), ("—", true), ("é", false), ("网络", false)] {
        let text = format!(
            "554 5.7.1 Service unavailable; network{lead}192.0.2.0 - 192.0.2.255 is listed on \
             dnsbl-3.uceprotect.net"
        );
        let r = only(&text);
        if is_range {
            assert_eq!(r.sender_ip, None, "{text}");
        }
    }
}
