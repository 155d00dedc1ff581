//! A receiver's rate limit that names the sending IP ("Too many messages
//! from 192.0.2.81 - try again later") limits how fast that server sends.
//! It is not a block, so no removal request is needed: the sending server
//! retries, and the administrator sends more slowly if it repeats. A reply that
//! names the IP as blocked, listed or refused stays a block, whatever
//! rate words it also contains. Documentation addresses only.

use crate::cards;

use bounce_explainer::{Actor, Reason};
use cards::{card, only};

/// Wraps a reply in a Postfix bounce line for one recipient.
fn postfix(reply: &str) -> String {
    format!(
        "<dave@example.net>: host mx.example.net[198.51.100.80] said: {reply} \
         (in reply to RCPT TO command)\n"
    )
}

const RATE_LIMITS: &[&str] = &[
    "451 4.7.1 Too many messages from 192.0.2.81 - try again later",
    "451 4.7.1 Too many mails from your IP 192.0.2.81, slow down",
    "450 4.7.1 Too many emails from 192.0.2.81 in the last hour, try again later",
    "421 4.7.0 Too many e-mails from [192.0.2.81], please try later",
    "451 4.7.1 You are sending too fast from 192.0.2.81, please slow down",
    "451 4.7.1 192.0.2.81: sending mail too fast, try again later",
    "450 4.7.1 Please slow down, 192.0.2.81",
    "451 4.7.1 The rate of messages from 192.0.2.81 exceeds our limit, try again later",
    "451 4.7.1 Too many messages from this IP, try again later",
];

#[test]
fn rate_wording_waits() {
    for reply in RATE_LIMITS {
        for text in [reply.to_string(), postfix(reply)] {
            let r = only(&text);
            assert_eq!(r.reason, Reason::Speeding, "{text}");
            assert_eq!(r.explanation.who_acts, Actor::Wait, "{text}");
            assert!(!r.permanent, "{text}");
            let words = card(&r);
            assert!(!words.contains("removal"), "{text}\n{words}");
            assert!(!words.contains("blocklist"), "{text}\n{words}");
            assert!(!words.contains("once the cause is gone"), "{text}\n{words}");
            assert!(words.contains("slower"), "{text}\n{words}");
        }
    }
}

/// A block that also gives rate as its cause is still a block of the IP.
const BLOCKS: &[&str] = &[
    "550 5.7.1 Too many messages from 192.0.2.81, your IP has been blocked",
    "554 5.7.1 Too many mails: your IP 192.0.2.81 is listed on our blocklist",
    "451 4.7.1 Too many messages from 192.0.2.81 - IP 192.0.2.81 refused",
    "550 5.7.1 Sending too fast: 192.0.2.81 is listed at bl.example.org",
    "451 4.7.1 Please slow down. Your IP 192.0.2.81 is blocked for one hour",
];

#[test]
fn rate_wording_with_block_stays_block() {
    for reply in BLOCKS {
        let r = only(&postfix(reply));
        assert_eq!(r.reason, Reason::Blocked, "{reply}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{reply}");
        assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.81"), "{reply}");
    }
}

/// Limits on connections and recipients keep their own reason, also when
/// they end with "slow down".
#[test]
fn connection_limit_not_rate_of_mail() {
    for reply in [
        "421 4.7.0 Too many connections from 192.0.2.81, slow down",
        "452 4.5.3 Too many recipients, slow down",
    ] {
        let r = only(&postfix(reply));
        assert_eq!(r.reason, Reason::TooManyConn, "{reply}");
    }
}

/// A full mailbox that contains too many messages is not a rate limit.
#[test]
fn mailbox_with_too_many_messages_is_full() {
    let r = only(&postfix("452 4.2.2 User has too many messages on the server"));
    assert_eq!(r.reason, Reason::MailboxFull);
}
