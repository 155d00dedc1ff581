//! A bounce for an alias or a forward names the address the sender wrote
//! to (Postfix's `(expanded from <...>)`, Sendmail's `(expanded from:
//! ...)`, a DSN's Original-Recipient) beside the address that failed. The
//! report keeps both, so the sender can find the message it sent.

use bounce_explainer::{explain, Recipient};

fn only(text: &str) -> Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    report.recipients.into_iter().next().unwrap()
}

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
    assert!(!recipient.notes.iter().any(|n| n.message.contains("forward")), "{:?}", recipient.notes);
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
    assert!(
        text.contains("Sent to: support@example.org, forwarded to dana@example.net"),
        "{text}"
    );
}

#[test]
fn quoted_local_part_is_the_same_address() {
    let text = DMARC_DSN
        .replace("Final-Recipient: rfc822; dana@example.net", "Final-Recipient: rfc822; \"dana..x\"@example.net")
        .replace("rfc822;support@example.org", "rfc822;dana..x@example.net");
    let recipient = only(&text);
    assert_eq!(recipient.original_recipient, None, "{:?}", recipient.recipient);
}
