//! The one-line error form of Exim bounces, seen in public bounce samples
//! from IONOS and other senders:
//!
//!     SMTP error from remote server for RCPT TO command, host: mx.example.org (198.51.100.10) reason: 550 ...
//!
//! The command and the receiving host must be read as in Exim's classic
//! `host ... [ip]` and `SMTP error from remote mail server after RCPT TO:`
//! lines. So a bare "mailbox unavailable" at RCPT TO is an unknown user,
//! and a provider's host selects its provider's entry.

use crate::cards::only;
use bounce_explainer::{explain, Actor, Reason};

const PREAMBLE: &str = "This message was created automatically by mail delivery software.\n\n\
    A message that you sent could not be delivered to one or more of\n\
    its recipients. This is a permanent error. The following address(es)\n\
    failed:\n\n";

/// Builds an Exim bounce with one address and its one-line error.
fn bounce(address: &str, command: &str, host: &str, reply: &str) -> String {
    format!("{PREAMBLE}  {address}:\n    SMTP error from remote server for {command} command, host: {host} reason: {reply}\n")
}

const MAILBOX_UNAVAILABLE: &str = "550 Requested action not taken: mailbox unavailable";

#[test]
fn rcpt_mailbox_unavailable_is_unknown_user() {
    let hosts = [
        "mx.example.org (198.51.100.10)",
        "mx.example.org (2001:db8::25)",
        "mx.example.org. (198.51.100.10)",
    ];
    for host in hosts {
        let r = only(&bounce("bob@example.org", "RCPT TO", host, MAILBOX_UNAVAILABLE));
        assert_eq!(r.smtp_command.as_deref(), Some("RCPT"), "{host}");
        assert_eq!(r.remote_host.as_deref(), Some("mx.example.org"), "{host}");
        assert_eq!(r.reason, Reason::UserUnknown, "{host}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{host}");
        assert!(r.permanent, "{host}");
        assert_eq!(r.sender_ip, None, "{host}: the receiver's IP is not the one to quote");
    }
}

#[test]
fn gmx_host_selects_gmx_entry() {
    let text =
        bounce("bob@gmx.de", "RCPT TO", "mx00.emig.gmx.net (198.51.100.9)", MAILBOX_UNAVAILABLE);
    let r = only(&text);
    assert_eq!(r.remote_host.as_deref(), Some("mx00.emig.gmx.net"));
    assert_eq!(r.explanation.entry, "gmx/unknown-user");
    assert_eq!(r.reason, Reason::UserUnknown);
    assert_eq!(r.explanation.who_acts, Actor::You);
}

#[test]
fn each_command_is_read() {
    let cases = [
        ("RCPT TO", "RCPT"),
        ("MAIL FROM", "MAIL"),
        // "TEXT" is the message text sent after DATA.
        ("TEXT", "DATA"),
        ("DATA", "DATA"),
    ];
    for (written, command) in cases {
        let text = bounce(
            "bob@example.org",
            written,
            "mx.example.org (198.51.100.10)",
            "550 5.7.1 Content-Policy reject",
        );
        let r = only(&text);
        assert_eq!(r.smtp_command.as_deref(), Some(command), "{written}");
        assert_eq!(r.remote_host.as_deref(), Some("mx.example.org"), "{written}");
    }
}

#[test]
fn mail_from_block_quotes_sender_ip() {
    let reply =
        "554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org";
    let r = only(&bounce("dave@example.org", "MAIL FROM", "mx.example.org (198.51.100.10)", reply));
    assert_eq!(r.smtp_command.as_deref(), Some("MAIL"));
    assert_eq!(r.reason, Reason::Blocked);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.45"));
}

#[test]
fn three_addresses_keep_their_causes() {
    let text = format!(
        "{PREAMBLE}  bob@gmx.de:\n    SMTP error from remote server for RCPT TO command, host: mx00.emig.gmx.net \
         (198.51.100.9) reason: {MAILBOX_UNAVAILABLE}\n\n  \
         carol@example.org:\n    SMTP error from remote server for RCPT TO command, host: mx.example.org \
         (198.51.100.10) reason: 550 5.1.1 <carol@example.org>: Recipient address rejected: User unknown\n\n  \
         dave@example.org:\n    SMTP error from remote server for MAIL FROM command, host: mx.example.org \
         (198.51.100.10) reason: 554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org\n"
    );
    let report = explain(&text);
    let read: Vec<_> = report
        .recipients
        .iter()
        .map(|r| {
            (r.recipient.as_deref(), r.smtp_command.as_deref(), r.reason, r.explanation.who_acts)
        })
        .collect();
    assert_eq!(
        read,
        [
            (Some("bob@gmx.de"), Some("RCPT"), Reason::UserUnknown, Actor::You),
            (Some("carol@example.org"), Some("RCPT"), Reason::UserUnknown, Actor::You),
            (Some("dave@example.org"), Some("MAIL"), Reason::Blocked, Actor::Admin),
        ]
    );
}

#[test]
fn classic_layout_reads_gmx_host() {
    // Newer Exim releases put the host on its own line before the error.
    let text = format!(
        "{PREAMBLE}  bob@gmx.de\n    host mx00.emig.gmx.net [198.51.100.9]\n    \
         SMTP error from remote mail server after RCPT TO:<bob@gmx.de>:\n    {MAILBOX_UNAVAILABLE}\n"
    );
    let r = only(&text);
    assert_eq!(r.smtp_command.as_deref(), Some("RCPT"));
    assert_eq!(r.remote_host.as_deref(), Some("mx00.emig.gmx.net"));
    assert_eq!(r.explanation.entry, "gmx/unknown-user");
}

#[test]
fn host_inside_reply_is_not_receiver() {
    // The phrase quoted inside another reply names no receiving host.
    let text =
        "550 5.7.1 relay said: command, host: relay.example.net (192.0.2.7) reason: denied\n";
    let report = explain(text);
    for r in &report.recipients {
        assert_ne!(r.remote_host.as_deref(), Some("relay.example.net"));
    }
}
