//! A reply that names the sending IP, its server or "you" as a spam
//! source or a suspected spammer rejects that sender for what it sent
//! before, so it reads as a block of the IP. This is so under 4.x.x and
//! 5.x.x, with the address before or after the words, and at any stage:
//! the verdict is on the sender, not on the message. A verdict on the
//! message itself ("looks like spam") stays a spam verdict, a denial
//! ("not a spam source") names no cause, and prose about spam sources
//! without a reply code is not a bounce.

use crate::cards::only;
use bounce_explainer::{explain, Reason};

fn postfix(reply: &str, command: &str) -> String {
    format!(
        "<ann@example.net>: host mx.example.com[192.0.2.200] said: {reply} \
         (in reply to {command} command)\n"
    )
}

fn dsn(reply: &str, status: &str) -> String {
    format!(
        "Reporting-MTA: dns; out.example.org\n\n\
         Final-Recipient: rfc822; ann@example.net\n\
         Action: failed\n\
         Status: {status}\n\
         Diagnostic-Code: smtp; {reply}\n"
    )
}

/// Builds the reply as pasted alone, after RCPT TO, after DATA and in a DSN.
fn layouts(reply: &str) -> Vec<String> {
    let status = reply
        .split_whitespace()
        .nth(1)
        .filter(|s| s.split('.').count() == 3)
        .map(str::to_owned)
        .unwrap_or_else(|| format!("{}.0.0", &reply[..1]));
    vec![
        format!("{reply}\n"),
        postfix(reply, "RCPT TO"),
        postfix(reply, "end of DATA"),
        dsn(reply, &status),
    ]
}

/// Address after the words that name it a spam source.
const ADDRESS_AFTER: &[&str] = &[
    "550 spam sending IP 203.0.113.5",
    "421 4.7.0 Suspected spam source - 198.51.100.14",
    "550 5.7.1 Suspected spam ip 203.0.113.9",
    "554 Known spam source IP: 203.0.113.10",
    "451 4.7.1 Spam source: 192.0.2.30, try again later",
    "554 5.7.1 Confirmed spam source [2001:db8::16]",
    "450 4.7.1 Spamming IP 198.51.100.31 deferred",
    "550 5.7.1 Known spammer 203.0.113.32",
];

/// Address before the words.
const ADDRESS_BEFORE: &[&str] = &[
    "550 198.51.100.23 is a known spam source",
    "554 [2001:db8::25] is a suspected spammer",
    "550 5.7.1 203.0.113.22: known spam source",
    "421 4.7.0 [192.0.2.33] suspected spam source, try again later",
    "550 5.7.1 Your IP 203.0.113.34 is a suspected spammer",
    "451 4.7.1 IP address 198.51.100.35 is a known source of spam",
];

/// No address: the sender named as "you" or as its server.
const SENDER_NAMED: &[&str] = &[
    "554 5.7.1 You are a known spam source",
    "450 4.7.1 You are a suspected spammer, try again later",
    "550 Your server is a known source of spam",
    "421 Your mail server has been identified as a spam source",
];

#[test]
fn spam_source_address_after_is_block() {
    for reply in ADDRESS_AFTER {
        for text in layouts(reply) {
            assert_eq!(only(&text).reason, Reason::Blocked, "{text}");
        }
    }
}

#[test]
fn spam_source_address_before_is_block() {
    for reply in ADDRESS_BEFORE {
        for text in layouts(reply) {
            assert_eq!(only(&text).reason, Reason::Blocked, "{text}");
        }
    }
}

#[test]
fn spam_source_sender_named_is_block() {
    for reply in SENDER_NAMED {
        for text in layouts(reply) {
            assert_eq!(only(&text).reason, Reason::Blocked, "{text}");
        }
    }
}

/// A 4.x.x spam-source reply is a temporary block, not a permanent one.
#[test]
fn spam_source_4xx_is_temporary() {
    for reply in [
        "421 4.7.0 Suspected spam source - 198.51.100.14",
        "450 4.7.1 You are a suspected spammer, try again later",
    ] {
        let r = only(&postfix(reply, "RCPT TO"));
        assert_eq!(r.reason, Reason::Blocked, "{reply}");
        assert!(!r.permanent, "{reply}");
    }
}

/// A spam verdict on the message stays a verdict, in reply to DATA.
#[test]
fn message_spam_verdict_kept() {
    for reply in [
        "554 5.7.1 Message looks like spam",
        "550 5.7.1 Message identified as spam",
        "554 5.7.1 Your message looks like spam [203.0.113.40]",
        "550 5.7.1 Message from 203.0.113.41 identified as spam",
    ] {
        let text = postfix(reply, "end of DATA");
        assert_eq!(only(&text).reason, Reason::SpamDetected, "{text}");
    }
}

/// A denial names no spam source, so the reply reads by its other words.
#[test]
fn denied_spam_source_not_block() {
    for reply in [
        "550 5.1.1 <ann@example.net>: User unknown (203.0.113.42 is not a spam source)",
        "550 5.1.1 User unknown; you are not a known spam source",
        "550 5.1.1 User unknown; IP 198.51.100.43 not a suspected spammer",
    ] {
        let text = postfix(reply, "RCPT TO");
        assert_eq!(only(&text).reason, Reason::UserUnknown, "{text}");
    }
}

/// Prose about spam sources with no reply code reports no failure.
#[test]
fn spam_source_prose_not_bounce() {
    for prose in [
        "We block known spam sources such as 203.0.113.44 to keep inboxes clean.\n",
        "Hi Pat,\n\nIs 198.51.100.45 a known spam source? Our filter says it is a suspected spammer.\n\nThanks\n",
        "The list names every suspected spam source IP, for example 2001:db8::46.\n",
    ] {
        let report = explain(prose);
        assert!(report.recipients.is_empty(), "{prose}: {:#?}", report.recipients);
    }
}
