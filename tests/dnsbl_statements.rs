//! A receiver may name the blocklist first and the listed address after
//! it: `listed at zen.spamhaus.org (192.0.2.5)`, `zen.spamhaus.org lists
//! 192.0.2.5`, `Blocked by Spamhaus ZEN: 192.0.2.5`, or write `192.0.2.5
//! is in b.barracudacentral.org`. When the named list is a known DNSBL,
//! the address is the sending IP. A blocked network range is never quoted
//! as one address, and the hint names the range as written.

use crate::cards::only;
use bounce_explainer::{Reason, Recipient};

/// Asserts the quoted address, its line and rule, and that no hint is
/// shown beside it.
fn assert_quoted(text: &str, ip: &str, list: &str) {
    let r = only(text);
    assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    assert_eq!(r.blocklists, [list], "{text}");
    let source = &r.sender_ip_source;
    assert_eq!(source.hint, None, "{text}");
    assert_eq!(source.line, Some(1), "{text}");
    let excerpt = source.excerpt.as_deref().unwrap_or_default();
    assert!(excerpt.contains(ip), "excerpt {excerpt:?} for {text}");
    assert!(source.rule.is_some(), "{text}");
}

fn hint(r: &Recipient) -> String {
    r.sender_ip_source.hint.clone().unwrap_or_default()
}

#[test]
fn address_after_known_list_quoted() {
    for (text, ip, list) in [
        (
            "554 5.7.1 rejected because 127.0.0.2 returned by zen.spamhaus.org for 203.0.113.77",
            "203.0.113.77",
            "spamhaus",
        ),
        (
            "550 5.7.1 Rejected - listed at zen.spamhaus.org (198.51.100.23)",
            "198.51.100.23",
            "spamhaus",
        ),
        ("550 Blocked by SpamHaus ZEN: 192.0.2.44", "192.0.2.44", "spamhaus"),
        (
            "550 5.7.1 Connection refused: zen.spamhaus.org lists 203.0.113.77",
            "203.0.113.77",
            "spamhaus",
        ),
        (
            "550 5.7.1 Rejected: DNSBL bl.spamcop.net matched 198.51.100.23",
            "198.51.100.23",
            "spamcop",
        ),
        ("554 5.7.1 Rejected: listed by bl.spamcop.net: 192.0.2.44", "192.0.2.44", "spamcop"),
        (
            "550 5.7.1 rejected because zen.spamhaus.org returned 127.0.0.4 for 2001:db8::25",
            "2001:db8::25",
            "spamhaus",
        ),
        ("550 5.7.1 Blocked by Spamhaus: [203.0.113.77]", "203.0.113.77", "spamhaus"),
    ] {
        assert_quoted(text, ip, list);
    }
}

#[test]
fn address_before_known_list_quoted() {
    for (text, ip, list) in [
        (
            "550 5.7.1 rejected by DNSBL: 203.0.113.77 is in b.barracudacentral.org",
            "203.0.113.77",
            "barracuda",
        ),
        (
            "554 5.7.1 Refused: 198.51.100.23 is on dnsbl-1.uceprotect.net",
            "198.51.100.23",
            "uceprotect",
        ),
        ("550 5.7.1 192.0.2.44 in bl.spamcop.net", "192.0.2.44", "spamcop"),
    ] {
        assert_quoted(text, ip, list);
    }
}

/// Only a known list ties the address to the sender: an unknown or
/// lookalike zone could be any host's name, so its address is not quoted.
#[test]
fn address_after_unknown_list_not_quoted() {
    for text in [
        "550 5.7.1 Rejected - listed at dnsbl.example.net (203.0.113.77)",
        "550 5.7.1 Rejected - listed at zen.spamhaus.org.evil.example (203.0.113.77)",
        "550 5.7.1 rejected by DNSBL: 203.0.113.77 is in zen.spamhaus.example",
    ] {
        let r = only(text);
        assert_eq!(r.sender_ip, None, "{text}");
    }
}

#[test]
fn return_code_never_quoted() {
    for text in [
        "554 5.7.1 rejected because zen.spamhaus.org returned 127.0.0.2",
        "554 5.7.1 Service unavailable; blocked using zen.spamhaus.org (127.0.0.2)",
        "554 5.7.1 Rejected: bl.spamcop.net lists 127.0.0.2",
    ] {
        let r = only(text);
        assert_eq!(r.sender_ip, None, "{text}");
        assert!(!hint(&r).contains("127.0.0.2"), "{}", hint(&r));
    }
}

#[test]
fn receiver_address_after_list_not_quoted() {
    let text = "Reporting-MTA: dns; mail.example.com\n\
                \n\
                Final-Recipient: rfc822; bob@example.org\n\
                Action: failed\n\
                Status: 5.7.1\n\
                Remote-MTA: dns; 198.51.100.2\n\
                Diagnostic-Code: smtp; 550 5.7.1 Rejected - listed at zen.spamhaus.org\n \
                (198.51.100.2)\n";
    let r = only(text);
    assert_eq!(r.sender_ip, None);
    assert!(hint(&r).contains("receiving server's own"), "{}", hint(&r));
}

#[test]
fn internal_address_after_list_not_quoted() {
    let text = "550 5.7.1 Rejected - listed at zen.spamhaus.org (10.1.2.3)";
    let r = only(text);
    assert_eq!(r.sender_ip, None);
    assert!(hint(&r).contains("internal address"), "{}", hint(&r));
}

/// When a known list is named but no phrase places the address, the hint
/// must not suggest the receiver's own address: the blocklist lists the
/// sender's, and the card's steps tell the user to quote the address the reply names.
#[test]
fn unplaced_address_beside_list_hint() {
    let text = "554 5.7.1 Policy rejection (zen.spamhaus.org) - 203.0.113.77";
    let r = only(text);
    assert_eq!(r.reason, Reason::Blocked);
    let hint = hint(&r);
    assert!(hint.contains("203.0.113.77"), "{hint}");
    assert!(!hint.contains("receiving server's own"), "{hint}");
}

/// A network range is the sender's blocked network, not one address and
/// never the receiving server's: the hint shows the range as written.
#[test]
fn blocked_range_named_in_hint() {
    for (text, range) in [
        (
            "550 5.7.1 Service unavailable; network 203.0.113.0/24 blocked using dnsbl.example.net",
            "203.0.113.0/24",
        ),
        ("554 5.7.1 Blocked IP 198.51.100.0/24", "198.51.100.0/24"),
        ("550 5.7.1 Client host [192.0.2.128/25] blocked using zen.spamhaus.org", "192.0.2.128/25"),
        ("550 5.7.1 2001:db8:5::/48 is listed in zen.spamhaus.org", "2001:db8:5::/48"),
        ("550 5.7.1 Your IP range is blocklisted (198.51.100.0/22)", "198.51.100.0/22"),
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::Blocked, "{text}");
        assert_eq!(r.sender_ip, None, "{text}");
        let hint = hint(&r);
        assert!(hint.contains(range), "{hint}");
        assert!(!hint.contains("receiving server's own"), "{hint}");
    }
}

/// A single-address prefix (`/32`, `/128`) is the address itself.
#[test]
fn host_prefix_quoted_as_address() {
    for (text, ip) in [
        ("554 5.7.1 Blocked IP 203.0.113.77/32", "203.0.113.77"),
        ("550 5.7.1 Client host [2001:db8::25/128] blocked using zen.spamhaus.org", "2001:db8::25"),
    ] {
        let r = only(text);
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    }
}

/// A reply that names a list only to deny a listing is no listing, and the
/// cause it states instead explains the refusal.
#[test]
fn denied_listing_names_no_list() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.7.1 Rejected by \
                local policy: 203.0.113.45 is not listed at zen.spamhaus.org but has no reverse \
                DNS (in reply to RCPT TO command)\n";
    let r = only(text);
    assert!(r.blocklists.is_empty(), "{:?}", r.blocklists);
    assert_eq!(r.reason, Reason::RequirePtr);
    assert!(!r.explanation.entry.starts_with("spamhaus/"), "{}", r.explanation.entry);
}
