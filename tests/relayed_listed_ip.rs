//! Replies that name two addresses, the relay that connected and the
//! listed one, and replies that open with a bracketed address that a later
//! sentence calls "your IP". The address to quote is the one the reply
//! says is listed or blocked, never the relay's.

use crate::cards::only;
use bounce_explainer::Recipient;

fn hint(r: &Recipient) -> String {
    r.sender_ip_source.hint.clone().unwrap_or_default()
}

/// Asserts the quoted address, its line, and that every removal link
/// that takes an address carries it and not `avoid`.
fn assert_quoted(text: &str, ip: &str, avoid: &str) {
    let r = only(text);
    assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    assert_eq!(r.sender_ip_source.line, Some(1), "{text}");
    assert_eq!(r.sender_ip_source.hint, None, "{text}");
    for link in &r.links {
        assert!(!link.url.contains(avoid), "link {} names {avoid} for {text}", link.url);
    }
}

#[test]
fn listed_origin_beside_relay_quoted() {
    for text in [
        "554 5.7.1 Rejected: message contains IP 192.0.2.64 listed at bl.spamcop.net (client 198.51.100.7)",
        "550 5.7.1 Client 198.51.100.7 accepted, but original sender 192.0.2.64 is listed at bl.spamcop.net",
        "550 5.7.1 Message from 198.51.100.20 relay rejected; original sender IP 192.0.2.64 is listed on bl.spamcop.net",
        "550 5.7.1 Relay 198.51.100.7 rejected: sender IP 192.0.2.64 is listed on bl.spamcop.net",
        "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using bl.spamcop.net; the listed address 192.0.2.64 was found in the Received headers",
        "554 5.7.1 Connection from 198.51.100.7 accepted; originating client's IP address was [192.0.2.64], listed on zen.spamhaus.org",
    ] {
        assert_quoted(text, "192.0.2.64", "198.51.100");
    }
}

#[test]
fn listed_origin_link_names_it() {
    let r = only(
        "550 5.7.1 Client 198.51.100.7 accepted, but original sender 192.0.2.64 is listed at bl.spamcop.net",
    );
    let lookup = r.links.iter().find(|l| l.url.contains("spamcop"));
    let url = lookup.map(|l| l.url.as_str()).unwrap_or_default();
    assert!(url.contains("192.0.2.64"), "SpamCop link {url:?}");
}

#[test]
fn unknown_two_address_wording_not_quoted() {
    // No known wording ties either address to the listing, but the reply
    // says that 192.0.2.64 is listed while a rule places the client.
    for text in [
        "554 5.7.1 Client host [198.51.100.7] refused: 192.0.2.64 is listed at bl.spamcop.net",
        "550 5.7.1 Messages from 198.51.100.7 rejected. Hop 192.0.2.64 listed on zen.spamhaus.org",
    ] {
        let r = only(text);
        assert_eq!(r.sender_ip, None, "{text}");
        let hint = hint(&r);
        assert!(hint.contains("198.51.100.7"), "hint {hint:?} names the relay for {text}");
        assert!(hint.contains("192.0.2.64"), "hint {hint:?} names the listed address for {text}");
        assert!(hint.contains("which it says is listed"), "hint {hint:?} for {text}");
    }
}

#[test]
fn one_address_twice_still_quoted() {
    for (text, ip) in [
        (
            "554 cxr.mx.east.cox.net cox.net 203.0.113.82 rejected. IPBL0001 - The sending IP [203.0.113.82] is listed on the Spamhaus Zen DNSBL.",
            "203.0.113.82",
        ),
        ("554 5.7.1 Rejected 203.0.113.88 listed at zen.spamhaus.org", "203.0.113.88"),
        (
            "554 5.7.1 Service unavailable; Client host [::ffff:192.0.2.55] blocked using zen.spamhaus.org; 192.0.2.55 is listed",
            "192.0.2.55",
        ),
    ] {
        assert_eq!(only(text).sender_ip.as_deref(), Some(ip), "{text}");
    }
}

#[test]
fn receiver_address_not_listed_origin() {
    // The receiver's own address in the reply is never the listed origin.
    let text = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.1 Client host [192.0.2.9] blocked; 198.51.100.20 is listed as our relay (in reply to RCPT TO command)";
    assert_eq!(only(text).sender_ip.as_deref(), Some("192.0.2.9"));
}

#[test]
fn leading_bracketed_ip_quoted() {
    for text in [
        "550 5.7.1 [192.0.2.11] Message rejected due to local policy. Your IP is listed on b.barracudacentral.org",
        "550 5.7.1 [192.0.2.11] Message rejected: your IP is listed on bl.spamcop.net",
        "554 5.7.1 [192.0.2.11] Messages from this IP are blocked by Microsoft. (S3150)",
        "550 5.7.1 [192.0.2.11] Rejected: sender IP on blocklist zen.spamhaus.org",
        "550 [192.0.2.11] Refused. Your mail server is on our blocklist",
        "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.7.1 [192.0.2.11] Message rejected: your IP is listed on bl.spamcop.net (in reply to RCPT TO command)",
    ] {
        assert_quoted(text, "192.0.2.11", "198.51.100.20");
    }
}

#[test]
fn leading_bracketed_ip_needs_reference() {
    for text in [
        // Nothing refers back to the address.
        "550 5.7.1 [192.0.2.11] Message rejected due to local policy. Listed on b.barracudacentral.org",
        // "This server" names the receiver.
        "550 5.7.1 [192.0.2.11] This server rejects mail listed on b.barracudacentral.org",
        // Another address comes between the bracketed one and the words.
        "550 5.7.1 [198.51.100.20] mx.example.net: your IP 192.0.2.12 is listed on b.barracudacentral.org",
    ] {
        let r = only(text);
        assert_ne!(r.sender_ip.as_deref(), Some("192.0.2.11"), "{text}");
        assert_ne!(r.sender_ip.as_deref(), Some("198.51.100.20"), "{text}");
    }
}
