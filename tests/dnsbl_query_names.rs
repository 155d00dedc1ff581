//! A DNSBL query name in a reply (`5.2.0.192.zen.spamhaus.org` for
//! 192.0.2.5, or the reversed nibbles of an IPv6 address) states the
//! sending IP. The address is quoted the right way round, the reversed
//! form is never offered as an address, and a zone that only looks like a
//! known blocklist's yields nothing.

use crate::cards::only;

/// Asserts the quoted address, its line and the rule that read it.
fn assert_quoted_from_query_name(text: &str, ip: &str, query_name: &str) {
    let r = only(text);
    assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    let source = &r.sender_ip_source;
    assert_eq!(source.hint, None, "{text}");
    let excerpt = source.excerpt.as_deref().unwrap_or_default();
    assert!(excerpt.contains(query_name), "excerpt {excerpt:?} for {text}");
    assert!(source.line.is_some(), "{text}");
    let rule = source.rule.as_deref().unwrap_or_default();
    assert!(rule.contains("DNSBL query name"), "rule {rule:?} for {text}");
}

#[test]
fn reversed_ipv4_quoted_right_way_round() {
    for (text, ip, name) in [
        (
            "554 5.7.1 Rejected: 5.2.0.192.zen.spamhaus.org listed (127.0.0.2)",
            "192.0.2.5",
            "5.2.0.192.zen.spamhaus.org",
        ),
        (
            "550 5.7.1 Service unavailable; 77.100.51.198.bl.spamcop.net returned 127.0.0.2",
            "198.51.100.77",
            "77.100.51.198.bl.spamcop.net",
        ),
        (
            "554 Rejected 9.113.0.203.b.barracudacentral.org listed",
            "203.0.113.9",
            "9.113.0.203.b.barracudacentral.org",
        ),
        (
            "550 5.7.1 blocked: 12.2.0.192.dnsbl-1.uceprotect.net.",
            "192.0.2.12",
            "12.2.0.192.dnsbl-1.uceprotect.net",
        ),
    ] {
        assert_quoted_from_query_name(text, ip, name);
    }
}

#[test]
fn reversed_ipv6_nibbles_quoted() {
    let name = "5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org";
    let text = format!("554 5.7.1 Rejected: {name} listed (127.0.0.2)");
    assert_quoted_from_query_name(&text, "2001:db8::5", name);
    let name = "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.a.b.0.0.8.b.d.0.1.0.0.2.bl.spamcop.net";
    let text = format!("550 5.7.1 Service unavailable; {name} returned 127.0.0.2");
    assert_quoted_from_query_name(&text, "2001:db8:ba::1", name);
}

#[test]
fn query_name_in_dsn_field_quoted() {
    let text = "Reporting-MTA: dns; mail.example.com\n\
                \n\
                Final-Recipient: rfc822; bob@example.org\n\
                Action: failed\n\
                Status: 5.7.1\n\
                Remote-MTA: dns; mx.example.org\n\
                Diagnostic-Code: smtp; 554 5.7.1 Rejected: 44.100.51.198.zen.spamhaus.org\n \
                listed (127.0.0.4)\n";
    let r = only(text);
    assert_eq!(r.sender_ip.as_deref(), Some("198.51.100.44"));
    assert_eq!(r.sender_ip_source.line, Some(7));
}

/// A statement of the address outranks the query name, and both name the
/// same address in a consistent reply.
#[test]
fn statement_wins_over_query_name() {
    let text = "554 5.7.1 Client host [198.51.100.7] blocked using zen.spamhaus.org; \
                7.100.51.198.zen.spamhaus.org returned 127.0.0.2";
    let r = only(text);
    assert_eq!(r.sender_ip.as_deref(), Some("198.51.100.7"));
    assert_eq!(r.sender_ip_source.rule.as_deref(), Some("Client host [<ip>]"));
}

#[test]
fn lookalike_zone_gives_no_address() {
    for text in [
        "554 5.7.1 Rejected: 5.2.0.192.zen.spamhaus.org.evil.example listed (127.0.0.2)",
        "554 5.7.1 Rejected: 5.2.0.192.zen.spamhaus.example listed (127.0.0.2)",
        "554 5.7.1 Rejected: 5.2.0.192.bl.spamcop.net-evil.example listed",
    ] {
        let r = only(text);
        assert_eq!(r.sender_ip, None, "{text}");
        assert_ne!(r.sender_ip.as_deref(), Some("5.2.0.192"), "{text}");
    }
}

/// Whatever the zone, the reversed octets are never named as an address
/// in the hint.
#[test]
fn reversed_form_never_offered() {
    for text in [
        "554 5.7.1 Rejected: 5.2.0.192.zen.spamhaus.org listed (127.0.0.2)",
        "554 5.7.1 Rejected: 5.1.168.192.zen.spamhaus.org listed (127.0.0.2)",
        "554 Rejected 5.2.0.192.zen.spamhaus.org listed",
    ] {
        let r = only(text);
        assert_ne!(r.sender_ip.as_deref(), Some("5.2.0.192"), "{text}");
        let hint = r.sender_ip_source.hint.unwrap_or_default();
        assert!(!hint.contains("5.2.0.192"), "{hint}");
        assert!(!hint.contains("5.1.168.192"), "{hint}");
    }
}

/// A reversed private address is an internal hop: it is not quoted, and
/// the hint names it the right way round.
#[test]
fn reversed_internal_address_not_quoted() {
    let text = "554 5.7.1 Rejected: 5.1.168.192.zen.spamhaus.org listed (127.0.0.2)";
    let r = only(text);
    assert_eq!(r.sender_ip, None);
    let hint = r.sender_ip_source.hint.expect("a hint for an internal address");
    assert!(hint.contains("192.168.1.5"), "{hint}");
}

/// The receiving server's own address stays excluded even when the
/// reply writes it as a query name.
#[test]
fn receiver_query_name_not_quoted() {
    let text = "<bob@example.org>: host mx.example.org[198.51.100.2] said: 554 5.7.1 \
                Rejected: 2.100.51.198.zen.spamhaus.org listed (in reply to RCPT TO command)";
    let r = only(text);
    assert_eq!(r.sender_ip, None);
}

/// With a lookalike zone the name is still a host name: its first labels
/// are not offered as an address either.
#[test]
fn lookalike_zone_labels_not_offered() {
    let text = "554 5.7.1 Rejected: 5.2.0.192.zen.spamhaus.org.evil.example listed, \
                blocked by Spamhaus";
    let r = only(text);
    assert_eq!(r.sender_ip, None);
    let hint = r.sender_ip_source.hint.unwrap_or_default();
    assert!(!hint.contains("5.2.0.192"), "{hint}");
}
