//! A sending client's own transcript of an SMTP session: swaks's marked
//! lines (` -> ` sent, `<- ` received, `<** ` a reply other than the
//! expected one, and `~>`, `<~`, `<~*` after STARTTLS) and PHPMailer's
//! `CLIENT -> SERVER:` and `SERVER -> CLIENT:` lines. Each RCPT's reply
//! belongs to that recipient, and a refused message concerns the
//! recipients the server had accepted.

use bounce_explainer::{explain, Actor, Reason, Recipient, Report};

const TWO_RECIPIENTS: &str = include_str!("fixtures/sessions/swaks-two-rcpt-fail.txt");
const PLAIN_MULTI: &str = include_str!("fixtures/sessions/swaks-plain-multi.txt");
const PLAIN_ONE: &str = include_str!("fixtures/sessions/swaks-plain-one.txt");
const TLS_MULTI: &str = include_str!("fixtures/sessions/swaks-tls.txt");
const TLS_ONE: &str = include_str!("fixtures/sessions/swaks-tls-one.txt");
const BLOCKED: &str = include_str!("fixtures/sessions/swaks.txt");

fn card<'a>(report: &'a Report, address: &str) -> &'a Recipient {
    report
        .recipients
        .iter()
        .find(|r| r.recipient.as_deref() == Some(address))
        .unwrap_or_else(|| panic!("no card for {address}: {report:#?}"))
}

fn assert_carol_unknown(report: &Report, text: &str) {
    let carol = card(report, "carol@example.net");
    assert_eq!(carol.reason, Reason::UserUnknown, "{text}");
    assert_eq!(carol.action, "failed", "{text}");
    assert_eq!(carol.explanation.who_acts, Actor::You, "{text}");
}

#[test]
fn refused_recipient_beside_accepted() {
    let report = explain(TWO_RECIPIENTS);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert_carol_unknown(&report, TWO_RECIPIENTS);
}

#[test]
fn refused_recipient_alone() {
    for text in [PLAIN_ONE, TLS_ONE] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}: {report:#?}");
        assert_carol_unknown(&report, text);
    }
}

#[test]
fn refused_message_for_accepted_recipient() {
    for text in [PLAIN_MULTI, TLS_MULTI] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 2, "{text}: {report:#?}");
        assert_carol_unknown(&report, text);
        let bob = card(&report, "bob@example.net");
        assert_eq!(bob.reason, Reason::SpamDetected, "{text}");
        assert_eq!(bob.action, "failed", "{text}");
        assert_eq!(bob.reply.as_deref(), Some("554"), "{text}");
    }
}

#[test]
fn blocked_at_recipient_keeps_ip() {
    let report = explain(BLOCKED);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let bob = card(&report, "bob@example.net");
    assert_eq!(bob.reason, Reason::Blocked);
    assert_eq!(bob.sender_ip.as_deref(), Some("192.0.2.10"));
    assert_eq!(bob.explanation.who_acts, Actor::Admin);
}

#[test]
fn pipelined_commands_keep_order() {
    let text = "=== Connected to mx.example.net.\n\
         -> MAIL FROM:<alice@example.com>\n\
         -> RCPT TO:<bob@example.net>\n\
         -> RCPT TO:<carol@example.net>\n\
         -> DATA\n\
        <-  250 2.1.0 Ok\n\
        <** 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n\
        <-  250 2.1.5 Ok\n\
        <-  354 End data with <CR><LF>.<CR><LF>\n\
         -> test\n\
         -> .\n\
        <** 452 4.2.2 <carol@example.net>: Mailbox full\n\
         -> QUIT\n\
        <-  221 2.0.0 Bye\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    assert_eq!(card(&report, "bob@example.net").reason, Reason::UserUnknown);
    let carol = card(&report, "carol@example.net");
    assert_eq!(carol.reason, Reason::MailboxFull);
    assert!(!carol.permanent);
}

#[test]
fn phpmailer_session_reply_per_recipient() {
    let text = "2026-12-05 10:01:02 CLIENT -> SERVER: MAIL FROM:<alice@example.com>\n\
        2026-12-05 10:01:02 SERVER -> CLIENT: 250 2.1.0 Ok\n\
        2026-12-05 10:01:02 CLIENT -> SERVER: RCPT TO:<bob@example.net>\n\
        2026-12-05 10:01:02 SERVER -> CLIENT: 250 2.1.5 Ok\n\
        2026-12-05 10:01:02 CLIENT -> SERVER: RCPT TO:<carol@example.net>\n\
        2026-12-05 10:01:02 SERVER -> CLIENT: 550 5.1.1 <carol@example.net>: Recipient \
        address rejected: User unknown\n\
        2026-12-05 10:01:02 SMTP ERROR: RCPT TO command failed: 550 5.1.1 \
        <carol@example.net>: Recipient address rejected: User unknown\n\
        2026-12-05 10:01:02 CLIENT -> SERVER: QUIT\n\
        2026-12-05 10:01:02 SERVER -> CLIENT: 221 2.0.0 Bye\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert_carol_unknown(&report, text);
}
