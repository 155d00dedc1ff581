//! A reply that a session transcript gives after its receive arrow
//! (MDaemon's `<-- 554 ...`, Sendmail's `<<< 554 ...`) is a mail server's
//! report, in a bounce email from a sender the tool does not know as
//! well as in pasted text.

use bounce_explainer::{explain, Actor, InputKind, Reason, Recipient};

const BLOCK: &str = include_str!("fixtures/mdaemon/block.txt");
const USER_UNKNOWN: &str = include_str!("fixtures/mdaemon/user-unknown.txt");

const REPLY: &str =
    "554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org";

fn only_recipient(text: &str) -> Recipient {
    let report = explain(text);
    assert_ne!(report.input_kind, InputKind::NotBounce, "{text}");
    assert_eq!(report.recipients.len(), 1, "one recipient expected in: {text}");
    report.recipients.into_iter().next().expect("length checked above")
}

fn assert_spamhaus_block(r: &Recipient, text: &str) {
    assert_eq!(r.reason, Reason::Blocked, "{text}");
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.45"), "{text}");
    assert_eq!(r.explanation.who_acts, Actor::Admin, "{text}");
    assert!(r.blocklists.iter().any(|b| b.contains("spamhaus")), "{text}: {:?}", r.blocklists);
}

#[test]
fn mdaemon_block_email() {
    let r = only_recipient(BLOCK);
    assert_eq!(r.recipient.as_deref(), Some("bob@example.org"));
    assert_spamhaus_block(&r, BLOCK);
}

#[test]
fn mdaemon_user_unknown_email() {
    let r = only_recipient(USER_UNKNOWN);
    assert_eq!(r.recipient.as_deref(), Some("bob@example.org"));
    assert_eq!(r.reason, Reason::UserUnknown);
    assert_eq!(r.explanation.who_acts, Actor::You);
    assert!(!r.retrying);
}

#[test]
fn arrow_lines_in_email() {
    let leads = ["<-- ", "<<< ", "Mon 2026-12-01 10:12:46.400: <-- ", "  <--  "];
    let senders = ["MDaemon@mail.example.com", "alice@example.com"];
    for lead in leads {
        for sender in senders {
            let text =
                format!("From: {sender}\nSubject: Permanent Delivery Failure\n\n{lead}{REPLY}\n");
            let r = only_recipient(&text);
            assert_spamhaus_block(&r, &text);
        }
    }
}

#[test]
fn sent_command_is_no_reply() {
    // `-->` marks what the sending server wrote, so a code after it is not
    // the receiver's reply.
    let text = "From: alice@example.com\nSubject: our log\n\n--> 554 5.7.1 we sent this\n";
    assert!(explain(text).recipients.is_empty(), "{text}");
}

/// Replies without an enhanced status code, some naming the server's
/// host after the code as RFC 5321's `421 <domain> Service not available`
/// does, with the reason and IP each must give.
const CODE_ONLY_REPLIES: &[(&str, Reason, Option<&str>)] = &[
    (
        "554 mx.example.org ESMTP not accepting messages from 192.0.2.45: listed at bl.spamcop.net",
        Reason::Blocked,
        Some("192.0.2.45"),
    ),
    (
        "554 ESMTP not accepting messages from 192.0.2.45: listed at bl.spamcop.net",
        Reason::Blocked,
        Some("192.0.2.45"),
    ),
    ("550 No such user here", Reason::UserUnknown, None),
    ("550 mx.example.org <bob@example.org>: No such user here", Reason::UserUnknown, None),
];

/// Returns the MDaemon bounce with its failed reply line replaced.
fn mdaemon_with_reply(reply: &str) -> String {
    let failed = USER_UNKNOWN.lines().find(|l| l.contains("<-- 550")).expect("fixture has it");
    let (stamp, _) = failed.split_once("<-- ").expect("arrow in line");
    USER_UNKNOWN.replace(failed, &format!("{stamp}<-- {reply}"))
}

#[test]
fn code_only_reply_in_mdaemon_email() {
    for (reply, reason, ip) in CODE_ONLY_REPLIES {
        let text = mdaemon_with_reply(reply);
        let r = only_recipient(&text);
        assert_eq!(r.recipient.as_deref(), Some("bob@example.org"), "{reply}");
        assert_eq!(r.reason, *reason, "{reply}: {r:#?}");
        assert_eq!(r.sender_ip.as_deref(), *ip, "{reply}");
        assert_eq!(r.smtp_command.as_deref(), Some("RCPT"), "{reply}");
        // The transcript's next line is the sending server's, not the reply.
        assert!(!r.diagnostic.contains("QUIT"), "{reply}: {}", r.diagnostic);
        assert!(r.diagnostic.starts_with(&reply[..3]), "{reply}: {}", r.diagnostic);
    }
}

#[test]
fn code_only_reply_after_arrow_pasted() {
    for (reply, reason, ip) in CODE_ONLY_REPLIES {
        for lead in ["<-- ", "Sat 2026-12-05 10:00:00: <-- "] {
            let text = format!("{lead}{reply}\n");
            let r = only_recipient(&text);
            assert_eq!(r.reason, *reason, "{text}: {r:#?}");
            assert_eq!(r.sender_ip.as_deref(), *ip, "{text}");
        }
    }
}
