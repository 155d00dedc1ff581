//! RFC 5321's own 421 text ("<domain> Service not available, closing
//! transmission channel", section 4.2.3) with 4.3.2 ("System not
//! accepting network messages", RFC 3463) is a receiving server shutting
//! down or too busy, not a block of the sending IP. A 421 or 554 that
//! names a block stays a block.

use crate::cards;

use bounce_explainer::{Actor, Reason};
use cards::{card, only};

/// RFC 5321's 421 text, with and without an enhanced code or host name.
const SERVICE_CLOSING_REPLIES: &[&str] = &[
    "421 4.3.2 Service not available, closing transmission channel",
    "421 mx.example.com Service not available, closing transmission channel",
    "421 Service not available, closing transmission channel",
    "421 4.3.2 Service not available",
    "421 4.3.2 System not accepting network messages",
];

#[test]
fn service_closing_421_is_temporary() {
    for reply in SERVICE_CLOSING_REPLIES {
        let r = only(reply);
        assert_ne!(r.reason, Reason::Blocked, "{reply}");
        assert!(!r.permanent, "{reply}");
        assert_eq!(r.explanation.who_acts, Actor::Wait, "{reply}");
        let retry = r.explanation.retry.to_lowercase();
        assert!(retry.starts_with("temporary"), "{reply}: {retry}");
        let card = card(&r);
        assert!(!card.contains("blocklist"), "{reply}: {card}");
        assert!(!card.contains("removal"), "{reply}: {card}");
        assert!(r.blocklists.is_empty(), "{reply}");
        assert!(r.links.is_empty(), "{reply}: {:?}", r.links);
        for note in &r.notes {
            let message = note.message.to_lowercase();
            assert!(!message.contains("misleading"), "{reply}: {message}");
        }
    }
}

/// The RFC 5321 ending adds nothing: each reply reads as it does without it.
#[test]
fn service_closing_421_same_as_short() {
    for reply in &SERVICE_CLOSING_REPLIES[..3] {
        let short_reply = reply.replace(", closing transmission channel", "");
        let short = only(&short_reply);
        let r = only(reply);
        assert_eq!(r.reason, short.reason, "{reply}");
        assert_eq!(r.explanation.entry, short.explanation.entry, "{reply}");
        assert_eq!(r.explanation.who_acts, short.explanation.who_acts, "{reply}");
    }
}

/// 421 and 554 replies that name a block of the sending server stay
/// blocks, with the IP to quote where the reply states one.
#[test]
fn named_block_stays_blocked() {
    let cases = [
        ("421 4.7.0 [203.0.113.9] blocked using zen.spamhaus.org", Some("203.0.113.9")),
        (
            "421 4.7.0 Service not available, closing transmission channel: \
             client host 203.0.113.9 blocked",
            Some("203.0.113.9"),
        ),
        (
            "421 mx.example.com Service not available - your IP 203.0.113.9 \
             is listed in zen.spamhaus.org",
            Some("203.0.113.9"),
        ),
        ("421 Service not available, your IP is blacklisted", None),
        (
            "SMTP error from remote mail server after initial connection: \
             554 mx.example.net Service not available, closing transmission \
             channel - 203.0.113.9 listed at zen.spamhaus.org",
            Some("203.0.113.9"),
        ),
        (
            "554 mx.example.net Service not available - client 203.0.113.9 \
             is listed in bl.spamcop.net",
            Some("203.0.113.9"),
        ),
    ];
    for (reply, ip) in cases {
        let r = only(reply);
        assert_eq!(r.reason, Reason::Blocked, "{reply}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{reply}");
        assert_eq!(r.sender_ip.as_deref(), ip, "{reply}");
    }
}

/// A 421 that blames the sending IP's reputation keeps that reading.
#[test]
fn poor_reputation_421_stays() {
    let reply = "421 4.7.0 mx.example.net Service not available, closing \
                 transmission channel - rejected due to poor reputation";
    let r = only(reply);
    assert_eq!(r.reason, Reason::BadReputation, "{reply}");
    assert!(!r.permanent, "{reply}");
}
