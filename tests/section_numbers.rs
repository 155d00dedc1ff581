//! Dotted section, clause and paragraph numbers (`section 4.1.1.1`,
//! `§ 4.1.1.1`, `RFC 5321 4.1.1.1`) have the shape of an IPv4 address but
//! refer to a document. They are never quoted, never named in the hint as
//! a possible address, and never taken for the receiving server's own. An
//! address written after such a reference is still read.

use crate::cards::only;

#[test]
fn section_numbers_not_named_in_hint() {
    for text in [
        "550 5.7.1 Access denied: sending server blocked. See section 4.1.1.1 of our policy.",
        "550 5.7.1 Sending server blocked, see Section 4.1.1.1.",
        "550 5.7.1 Sending server blocked per RFC 5321 section 4.1.1.1",
        "550 5.7.1 Sending server blocked (RFC 5321 4.1.1.1)",
        "550 5.7.1 Sending server blocked, see RFC5321 4.1.1.1",
        "550 5.7.1 Sending server blocked under § 4.1.1.1 of the terms",
        "550 5.7.1 Sending server blocked under §4.1.1.1 of the terms",
        "550 5.7.1 Sending server blocked under clause 8.1.2.3 of our AUP",
        "550 5.7.1 Sending server blocked, see paragraph 8.1.2.3",
        "550 5.7.1 Sending server blocked, see para. 8.1.2.3",
        "550 5.7.1 Sending server blocked, see sec. 8.1.2.3",
        "550 5.7.1 Sending server blocked, see chapter 8.1.2.3",
        "550 5.7.1 Sending server blocked, see Article 8.1.2.3",
        "550 5.7.1 Sending server blocked, see sections 4.1.1.1 and 4.1.1.2",
        "550 5.7.1 Sending server blocked, see sections 4.1.1.1, 4.1.1.2 and 4.1.1.3",
    ] {
        let r = only(text);
        assert_eq!(r.sender_ip, None, "{text}");
        let hint = r.sender_ip_source.hint.expect("a hint for a block without an address");
        assert!(hint.contains("does not state"), "{text}: {hint}");
        assert!(!hint.contains("4.1.1"), "{text}: {hint}");
        assert!(!hint.contains("8.1.2"), "{text}: {hint}");
    }
}

#[test]
fn section_number_not_receiver_address() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.3] said: 550 5.7.1 \
                Invalid HELO name (mail.local). See RFC 5321 section 4.1.1.1 (in reply \
                to RCPT TO command)\n";
    let r = only(text);
    let hint = r.sender_ip_source.hint.unwrap_or_default();
    assert!(!hint.contains("4.1.1.1"), "{hint}");
}

/// An address after the reference, or a reference word that is not right
/// before the address, leaves the address readable.
#[test]
fn address_after_section_still_read() {
    for (text, ip) in [
        (
            "554 5.7.1 Blocked under section 4.1.1.1 of our policy: client host \
             [203.0.113.5] blocked",
            "203.0.113.5",
        ),
        (
            "550 5.7.1 Blocked, see RFC 5321 4.1.1.1. Connection from 203.0.113.5 refused",
            "203.0.113.5",
        ),
        ("554 5.7.1 Client host [203.0.113.6] blocked, see section 3 of our policy", "203.0.113.6"),
    ] {
        let r = only(text);
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    }
}

/// An address named without a placing phrase, after a section word that
/// belongs to an earlier sentence, is still offered in the hint.
#[test]
fn unplaced_address_after_section_word_named() {
    let text = "421 4.7.0 Too many connections, see our policy section. 198.51.100.7 is \
                over its limit";
    let r = only(text);
    assert_eq!(r.sender_ip, None, "{text}");
    let hint = r.sender_ip_source.hint.expect("a hint for an unquoted address");
    assert!(hint.contains("198.51.100.7"), "{hint}");
}
