//! A bounce for an alias or a forward names the address the sender wrote
//! to (Postfix's `(expanded from <...>)`, Sendmail's `(expanded from:
//! ...)`, a DSN's Original-Recipient) beside the address that failed. The
//! report keeps both, so the sender can find the message it sent.

use crate::cards::only;
use bounce_explainer::{explain, Actor};

#[test]
fn postfix_expanded_from_line() {
    let cases = [
        ("<sales@example.org> (expanded from <info@example.org>): host mx.example.net[203.0.113.10] \
          said: 550 5.1.1 <sales@example.org>: Recipient address rejected: User unknown (in reply \
          to RCPT TO command)", "sales@example.org", "info@example.org"),
        ("<bob@example.net> (expanded from <team@example.com>): host mx.example.net[198.51.100.7] \
          said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)", "bob@example.net", "team@example.com"),
    ];
    for (text, to, original) in cases {
        let recipient = only(text);
        assert_eq!(recipient.recipient.as_deref(), Some(to), "{text}");
        assert_eq!(recipient.original_recipient.as_deref(), Some(original), "{text}");
    }
}

#[test]
fn sendmail_expanded_from_line() {
    let text = "----- The following addresses had permanent fatal errors -----\n\
        <carol@example.net>\n    (reason: 550 5.1.1 User unknown)\n    \
        (expanded from: <office@example.com>)\n";
    let recipient = only(text);
    assert_eq!(recipient.recipient.as_deref(), Some("carol@example.net"));
    assert_eq!(recipient.original_recipient.as_deref(), Some("office@example.com"));
}

const DMARC_DSN: &str = "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n\
Subject: Undelivered Mail Returned to Sender\nTo: alice@example.com\nMIME-Version: 1.0\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\n\n\
--R\nContent-Type: text/plain\n\nThis is the mail system at host mx.example.org.\n\n\
<dana@example.net>: host gmail-smtp-in.l.google.com[203.0.113.27] said:\n    \
550-5.7.26 Unauthenticated email from example.com is not accepted due to\n    \
domain's DMARC policy. (in reply to end of DATA command)\n\n\
--R\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n\
Final-Recipient: rfc822; dana@example.net\nOriginal-Recipient: rfc822;support@example.org\n\
Action: failed\nStatus: 5.7.26\nRemote-MTA: dns; gmail-smtp-in.l.google.com\n\
Diagnostic-Code: smtp; 550-5.7.26 Unauthenticated email from example.com is not\n    \
accepted due to domain's DMARC policy.\n\n--R--\n";

#[test]
fn dsn_original_recipient_field() {
    let recipient = only(DMARC_DSN);
    assert_eq!(recipient.recipient.as_deref(), Some("dana@example.net"));
    assert_eq!(recipient.original_recipient.as_deref(), Some("support@example.org"));
}

#[test]
fn auth_failure_after_forward_notes_the_forward() {
    let recipient = only(DMARC_DSN);
    let forward = recipient.notes.iter().find(|n| n.message.contains("forward"));
    let message = &forward.expect("a note on the forward").message;
    assert!(message.contains("support@example.org"), "{message}");
    assert!(message.contains("SRS"), "{message}");
    assert!(message.contains("ARC"), "{message}");
}

#[test]
fn same_address_is_no_original_recipient() {
    let text = DMARC_DSN.replace("rfc822;support@example.org", "rfc822;DANA@example.net");
    let recipient = only(&text);
    assert_eq!(recipient.original_recipient, None);
    assert!(
        !recipient.notes.iter().any(|n| n.message.contains("forward")),
        "{:?}",
        recipient.notes
    );
}

#[test]
fn other_failures_after_forward_get_no_auth_note() {
    let recipient = only(
        "<sales@example.org> (expanded from <info@example.org>): host mx.example.net[203.0.113.10] \
         said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
    );
    assert!(!recipient.notes.iter().any(|n| n.message.contains("SRS")), "{:?}", recipient.notes);
}

#[test]
fn json_names_the_original_recipient() {
    let report = explain(DMARC_DSN);
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["recipients"][0]["original_recipient"], "support@example.org");
    let plain = serde_json::to_value(explain("550 5.1.1 <a@example.net>: User unknown")).unwrap();
    assert!(plain["recipients"][0]["original_recipient"].is_null());
}

#[test]
fn cli_text_names_both_addresses() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_bounce-explainer"))
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(DMARC_DSN.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Sent to: support@example.org, forwarded to dana@example.net"), "{text}");
}

#[test]
fn quoted_local_part_is_the_same_address() {
    let text = DMARC_DSN
        .replace(
            "Final-Recipient: rfc822; dana@example.net",
            "Final-Recipient: rfc822; \"dana..x\"@example.net",
        )
        .replace("rfc822;support@example.org", "rfc822;dana..x@example.net");
    let recipient = only(&text);
    assert_eq!(recipient.original_recipient, None, "{:?}", recipient.recipient);
}

/// Exim prints the address the sender wrote to under the address a
/// redirection produced: `(generated from ...)`, in some bounces
/// `(ultimately generated from ...)`.
#[test]
fn exim_generated_from_line() {
    let cases = [
        ("generated from sales@example.com", "sales@example.com"),
        ("generated from <sales@example.com>", "sales@example.com"),
        ("ultimately generated from office@example.org", "office@example.org"),
    ];
    for (line, original) in cases {
        let text = format!(
            "This message was created automatically by mail delivery software.\n\n\
             A message that you sent could not be delivered to one or more of its\n\
             recipients. This is a permanent error. The following address(es) failed:\n\n  \
             bob@example.net\n    ({line})\n    host mx.example.net [198.51.100.3]\n    \
             SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    \
             550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n"
        );
        let recipient = only(&text);
        assert_eq!(recipient.recipient.as_deref(), Some("bob@example.net"), "{line}");
        assert_eq!(recipient.original_recipient.as_deref(), Some(original), "{line}");
    }
}

/// A dead forward target is the business of the address the sender wrote
/// to: its owner fixes the forward, and the sender tells them rather than
/// dropping an address that was right.
#[test]
fn dead_forward_target_owner_acts() {
    let texts = [
        "<bob@example.net> (expanded from <team@example.com>): host mx.example.net[198.51.100.3] \
         said: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown (in reply \
         to RCPT TO command)"
            .to_string(),
        "<carol@example.org> (expanded from <info@example.com>): host \
         mx.example.org[203.0.113.8] said: 550 5.1.2 <carol@example.org>: Recipient address \
         rejected: Domain not found (in reply to RCPT TO command)"
            .to_string(),
        "<carol@example.org> (expanded from <info@example.com>): host \
         mx.example.org[203.0.113.8] said: 550 5.2.1 <carol@example.org>: Mailbox disabled, \
         not accepting messages (in reply to RCPT TO command)"
            .to_string(),
        "The following address(es) failed:\n\n  bob@example.net\n    (generated from \
         sales@example.com)\n    host mx.example.net [198.51.100.3]\n    SMTP error from \
         remote mail server after RCPT TO:<bob@example.net>:\n    550 5.1.1 User unknown\n"
            .to_string(),
    ];
    for text in &texts {
        let recipient = only(text);
        let original = recipient.original_recipient.clone().expect("the address written to");
        let explanation = &recipient.explanation;
        assert_eq!(explanation.who_acts, Actor::Recipient, "{text}");
        let steps = explanation.steps.join(" ");
        assert!(steps.contains(&original), "{steps}");
        assert!(steps.contains("forward"), "{steps}");
        assert!(!steps.contains("Remove the address"), "{steps}");
        assert!(!steps.contains("typing errors"), "{steps}");
        assert!(explanation.retry.contains(&original), "{}", explanation.retry);
    }
}

/// Without a forward, an unknown address stays the sender's to check.
#[test]
fn unknown_address_without_forward_sender_acts() {
    let recipient = only(
        "<bob@example.net>: host mx.example.net[198.51.100.3] said: 550 5.1.1 \
         <bob@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO \
         command)",
    );
    assert_eq!(recipient.explanation.who_acts, Actor::You);
    assert!(recipient.explanation.steps.join(" ").contains("typing errors"));
}
