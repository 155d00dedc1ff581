//! English replies that name the sending IP and a blocklist in wordings
//! other than `<ip> is listed in <list>`: the address set off by colons
//! after the reply code, `<ip> appears on <list>`, and the address
//! followed by `you are sending from`. The card quotes the address, with no hint that the list may not
//! hold it.

use crate::cards::only;
use bounce_explainer::Actor;

/// Asserts what the card shows for a listed sending IP: the address, the
/// line it was found on, no hint, the list's entry and who acts.
fn assert_quoted(text: &str, ip: &str, entry: &str, line: usize) {
    let r = only(text);
    assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    let source = &r.sender_ip_source;
    assert_eq!(source.hint, None, "{text}");
    assert_eq!(source.line, Some(line), "{text}");
    let excerpt = source.excerpt.as_deref().unwrap_or_default();
    assert!(excerpt.contains(ip), "excerpt {excerpt:?} for {text}");
    assert_eq!(r.explanation.entry, entry, "{text}");
    assert_eq!(r.explanation.who_acts, Actor::Admin, "{text}");
}

#[test]
fn address_between_colons_quoted() {
    // No public sample confirms Zoho's own wording, so the first case is
    // a constructed Zoho bounce in the `code : ip : text` layout.
    let cases = [
        (
            "<bob@zoho.com>: host mx.zoho.com[204.141.33.44] said: 554 5.7.1 : 192.0.2.82 :\n    \
             Your IP is blacklisted by spamhaus. Please contact your IT team (in reply\n    \
             to MAIL FROM command)\n",
            1,
        ),
        (
            "<bob@example.net>: host mx.example.net[198.51.100.10] said: 554 5.7.1 :\n    \
             192.0.2.82 : Your IP is blacklisted by spamhaus. Please contact your IT\n    \
             team (in reply to MAIL FROM command)\n",
            2,
        ),
        ("554 5.7.1 : 192.0.2.82 : Your IP is blacklisted by spamhaus\n", 1),
        ("554 : 192.0.2.82 : Your IP address is listed on zen.spamhaus.org\n", 1),
    ];
    for (text, line) in cases {
        assert_quoted(text, "192.0.2.82", "spamhaus/zen", line);
    }
}

#[test]
fn address_appears_on_list_quoted() {
    let cases = [
        (
            "<bob@example.net>: host mx.example.net[198.51.100.10] said: 554 5.7.1 Blocked\n    \
             because 192.0.2.82 appears on b.barracudacentral.org (in reply to MAIL\n    \
             FROM command)\n",
            "barracuda/listed",
            2,
        ),
        ("554 5.7.1 Rejected: 192.0.2.82 appears in zen.spamhaus.org\n", "spamhaus/zen", 1),
        ("554 5.7.1 Rejected: 192.0.2.82 is present in bl.spamcop.net\n", "spamcop/listed", 1),
        (
            "554 5.7.1 Refused: 192.0.2.82 shows up on b.barracudacentral.org\n",
            "barracuda/listed",
            1,
        ),
    ];
    for (text, entry, line) in cases {
        assert_quoted(text, "192.0.2.82", entry, line);
    }
}

#[test]
fn address_you_send_from_quoted() {
    let cases = [
        (
            "<bob@example.net>: host mx.example.net[198.51.100.10] said: 554 5.7.1 The IP\n    \
             address 192.0.2.82 you are sending from is listed by Spamhaus ZEN (in\n    \
             reply to MAIL FROM command)\n",
            "spamhaus/zen",
            2,
        ),
        (
            "554 5.7.1 The IP 192.0.2.82 you're connecting from is blacklisted on bl.spamcop.net\n",
            "spamcop/listed",
            1,
        ),
        (
            "554 5.7.1 The address 192.0.2.82 that you are sending from has been listed in zen.spamhaus.org\n",
            "spamhaus/zen",
            1,
        ),
    ];
    for (text, entry, line) in cases {
        assert_quoted(text, "192.0.2.82", entry, line);
    }
}

#[test]
fn host_address_before_colon_not_quoted() {
    // The receiving host's address before the colons is the receiver's,
    // not the sender's: only an address right after the reply code opens
    // the reply text.
    let text = "550 5.7.1 Rejected by mx.example.net [198.51.100.10] : Your IP is blacklisted by spamhaus\n";
    let r = only(text);
    assert_ne!(r.sender_ip.as_deref(), Some("198.51.100.10"), "{text}");
}
