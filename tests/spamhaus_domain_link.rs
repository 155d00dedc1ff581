//! A Spamhaus lookup link for a domain (`spamhaus.org/query/domain/NAME`,
//! `check.spamhaus.org/results/?query=NAME`) means a listing on the
//! Spamhaus Domain Block List, not a ZEN listing of the sending IP, even
//! where the reply names no zone, and so does its lookup of an email
//! address, for the address's domain. The checker's lookup of an IP
//! address names the sending IP to quote.

use crate::cards::only;

/// A Postfix sender check that links only the Spamhaus domain lookup.
const DOMAIN_LINK_ONLY: &str = "<bob@example.net>: host mx.example.net[198.51.100.20] said: \
554 5.7.1
    <bad.example.org>: Sender address rejected: Rejected - see
    https://www.spamhaus.org/query/domain/bad.example.org; from=<news@bad.example.org>
    to=<bob@example.net> proto=ESMTP helo=<mail.example.org> (in reply to RCPT
    TO command)
";

#[test]
fn domain_link_is_dbl_listing() {
    let recipient = only(DOMAIN_LINK_ONLY);
    assert_eq!(recipient.explanation.entry, "spamhaus/dbl");
    assert_eq!(recipient.blocklists, ["spamhaus"]);
    assert_eq!(recipient.code.as_deref(), Some("DBL"));
}

#[test]
fn domain_link_names_domain_not_ip() {
    let recipient = only(DOMAIN_LINK_ONLY);
    assert_eq!(recipient.sender_ip, None);
    assert_eq!(recipient.sender_ip_source.hint, None, "{recipient:?}");
    let named = recipient.notes.iter().any(|n| n.message.contains("names bad.example.org"));
    assert!(named, "{:?}", recipient.notes);
}

/// A reply that links the Spamhaus checker's lookup of a domain.
const CHECKER_DOMAIN: &str = "550 5.7.1 Message rejected, see \
https://check.spamhaus.org/results/?query=bad.example.org\n";

/// A reply that links the Spamhaus checker's lookup of an address.
const CHECKER_IP: &str = "550 5.7.1 Message rejected, see \
https://check.spamhaus.org/results/?query=203.0.113.7\n";

#[test]
fn checker_domain_is_dbl_listing() {
    let recipient = only(CHECKER_DOMAIN);
    assert_eq!(recipient.explanation.entry, "spamhaus/dbl");
    assert_eq!(recipient.blocklists, ["spamhaus"]);
    assert_eq!(recipient.code.as_deref(), Some("DBL"));
    assert_eq!(recipient.sender_ip, None);
    assert_eq!(recipient.sender_ip_source.hint, None, "{recipient:?}");
}

#[test]
fn checker_domain_link_kept_whole() {
    let recipient = only(CHECKER_DOMAIN);
    let link = "https://check.spamhaus.org/results/?query=bad.example.org";
    let noted = recipient.notes.iter().any(|n| n.message.contains(link));
    assert!(noted, "{:?}", recipient.notes);
    // The pasted link is text in the note, never one of the card's links.
    assert!(recipient.links.iter().all(|l| l.url != link), "{:?}", recipient.links);
}

#[test]
fn checker_ip_is_quoted() {
    let recipient = only(CHECKER_IP);
    assert_eq!(recipient.explanation.entry, "spamhaus/zen");
    assert_eq!(recipient.sender_ip.as_deref(), Some("203.0.113.7"));
    assert_eq!(recipient.sender_ip_source.line, Some(1));
    let urls: Vec<&str> = recipient.links.iter().map(|l| l.url.as_str()).collect();
    assert!(urls.contains(&"https://check.spamhaus.org/results/?query=203.0.113.7"), "{urls:?}");
}

#[test]
fn lookalike_checker_quotes_nothing() {
    let text = "550 5.7.1 Message rejected, see \
                https://check.spamhaus.org.example/results/?query=203.0.113.7\n";
    let recipient = only(text);
    assert_eq!(recipient.sender_ip, None);
}

/// Replies that link the Spamhaus checker's lookup of an email address,
/// with the `@` as written and percent-encoded, one beside a client IP.
const CHECKER_EMAIL: &[&str] = &[
    "550 5.7.1 Message rejected, see \
     https://check.spamhaus.org/results/?query=news@bad.example.org\n",
    "550 5.7.1 Message rejected, see \
     https://check.spamhaus.org/results/?query=news%40bad.example.org\n",
    "550 5.7.1 Client host [203.0.113.7] rejected, see \
     https://check.spamhaus.org/results/?query=news@bad.example.org\n",
    "554 5.7.1 <news@bad.example.org>: Sender address rejected: see \
     https://check.spamhaus.org/listed/?searchterm=news@bad.example.org\n",
];

#[test]
fn checker_email_is_dbl_listing() {
    for text in CHECKER_EMAIL {
        let recipient = only(text);
        assert_eq!(recipient.explanation.entry, "spamhaus/dbl", "{text}");
        assert_eq!(recipient.blocklists, ["spamhaus"], "{text}");
        assert_eq!(recipient.code.as_deref(), Some("DBL"), "{text}");
    }
}

#[test]
fn checker_email_quotes_no_ip() {
    for text in CHECKER_EMAIL {
        let recipient = only(text);
        assert_eq!(recipient.sender_ip, None, "{text}");
        assert_eq!(recipient.sender_ip_source.hint, None, "{text}: {recipient:?}");
        let named = recipient.notes.iter().any(|n| n.message.contains("names bad.example.org"));
        assert!(named, "{text}: {:?}", recipient.notes);
    }
}
