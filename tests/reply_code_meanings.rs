//! Reply codes whose meaning is fixed by an RFC, pasted without an
//! enhanced status code or with one that names no cause: 251 and 252 are
//! successes (RFC 5321), 521 and 556 mean the host or domain accepts no
//! mail (RFC 7504), and a X.6.0 "content rejected" names the message's
//! content, not spam (RFC 3463).

use crate::cards::only;
use bounce_explainer::{explain, Actor, Reason};

#[test]
fn forward_and_vrfy_replies_succeed() {
    let replies = [
        "251 User not local; will forward to <bob@example.net>",
        "251 2.1.5 User not local; will forward to <bob@example.net>",
        "252 Cannot VRFY user, but will accept message and attempt delivery",
        "RCPT TO:<bob@example.org>\n251 User not local; will forward to <bob@example.net>",
    ];
    for text in replies {
        let recipient = only(text);
        assert_eq!(recipient.reason, Reason::Delivered, "{text}");
        assert_eq!(recipient.action, "delivered", "{text}");
        assert!(!recipient.permanent, "{text}");
        assert_eq!(recipient.explanation.who_acts, Actor::Nobody, "{text}");
        assert!(
            recipient.explanation.retry.starts_with("Nothing to retry"),
            "{text}: {}",
            recipient.explanation.retry
        );
    }
}

#[test]
fn forward_reply_keeps_code() {
    let recipient = only("251 User not local; will forward to <bob@example.net>");
    assert_eq!(recipient.reply.as_deref(), Some("251"));
}

#[test]
fn success_reply_never_failed() {
    for text in [
        "250 Requested mail action okay, completed",
        "250 OK id=1a2b3c",
        "252 2.1.5 Cannot VRFY user",
    ] {
        let report = explain(text);
        for recipient in &report.recipients {
            assert_ne!(recipient.action, "failed", "{text}: {recipient:?}");
        }
    }
}

#[test]
fn no_mail_host_replies() {
    let replies = [
        "521 mx.example.org does not accept mail",
        "521 Server does not accept mail",
        "521 mail.example.com Service not available",
        "556 Recipient address has null MX",
    ];
    for text in replies {
        let recipient = only(text);
        assert_eq!(recipient.reason, Reason::NotAccept, "{text}");
        assert!(recipient.permanent, "{text}");
        assert_eq!(recipient.explanation.who_acts, Actor::You, "{text}");
        let what = recipient.explanation.what.to_lowercase();
        assert!(what.contains("no email") || what.contains("does not accept"), "{text}: {what}");
        assert!(recipient.sender_ip.is_none(), "{text}");
    }
}

#[test]
fn no_mail_reply_with_cause_keeps_it() {
    // AOL's 521 block names its own cause, which outranks the code.
    let recipient = only("521 5.2.1 :  AOL will not accept delivery of this message.");
    assert_ne!(recipient.reason, Reason::NotAccept);
}

#[test]
fn media_status_content_rejected() {
    for text in [
        "554 5.6.0 Message content rejected",
        "550 5.6.0 Message content rejected",
        "554-5.6.0 Message content rejected\n554 5.6.0 id=12345",
    ] {
        let recipient = only(text);
        assert_eq!(recipient.reason, Reason::ContentError, "{text}");
        assert_eq!(recipient.explanation.who_acts, Actor::You, "{text}");
        let cause = recipient.explanation.what.to_lowercase();
        assert!(!cause.contains("spam"), "{text}: {cause}");
        assert!(recipient.permanent, "{text}");
    }
}

#[test]
fn content_rejected_spam_readings_stay() {
    let spam = [
        "550 5.7.1 Message content rejected, UBE, id=00000-22-225",
        "550 5.7.1 message content rejected",
        "554 5.6.0 Message rejected as spam",
        "554 5.6.0 This message has been scored as spam with a probability of more than 90%",
    ];
    for text in spam {
        assert_eq!(only(text).reason, Reason::SpamDetected, "{text}");
    }
}
