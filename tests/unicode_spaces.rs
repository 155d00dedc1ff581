//! Space characters other than U+0020 between the words of a reply: the
//! no-break spaces of a bounce copied from a rendered HTML page, narrow
//! and thin spaces from typesetting tools, and the ideographic space of a
//! CJK input method. Each reads as a plain space, so the reply code, the
//! cause and the IP are read as they are from the same reply with plain
//! spaces, and "where found" still names the pasted line.

use bounce_explainer::{explain, explain_bytes, Actor, Reason, Recipient, Report};

const SPACES: [char; 5] = ['\u{A0}', '\u{202F}', '\u{2009}', '\u{3000}', '\u{2002}'];

const POSTFIX_BLOCK: &str =
    "<bob@example.net>: host mx.example.net[198.51.100.10] said: 554 5.7.1 \
     Service unavailable; Client host [192.0.2.245] blocked using zen.spamhaus.org (in reply to \
     RCPT TO command)";

fn only(report: &Report) -> &Recipient {
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    &report.recipients[0]
}

fn name(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

#[test]
fn postfix_block_every_space() {
    for c in SPACES {
        let report = explain(&POSTFIX_BLOCK.replace(' ', &c.to_string()));
        let r = only(&report);
        assert_eq!(r.recipient.as_deref(), Some("bob@example.net"), "{}", name(c));
        assert_eq!(r.reply.as_deref(), Some("554"), "{}", name(c));
        assert_eq!(r.status.as_deref(), Some("5.7.1"), "{}", name(c));
        assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.245"), "{}", name(c));
        assert_eq!(r.sender_ip_source.rule.as_deref(), Some("Client host [<ip>]"), "{}", name(c));
        let explanation = &r.explanation;
        assert_eq!(explanation.entry, "spamhaus/zen", "{}", name(c));
        assert_eq!(explanation.who_acts, Actor::Admin, "{}", name(c));
    }
}

#[test]
fn space_around_ip_keeps_statement() {
    for c in SPACES {
        let text = POSTFIX_BLOCK.replace(" [192.0.2.245] ", &format!("{c}[192.0.2.245]{c}"));
        let report = explain(&text);
        let r = only(&report);
        assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.245"), "{}", name(c));
        assert_eq!(r.sender_ip_source.rule.as_deref(), Some("Client host [<ip>]"), "{}", name(c));
        assert_eq!(r.sender_ip_source.hint, None, "{}", name(c));
    }
}

#[test]
fn found_line_is_pasted_line() {
    let reply = POSTFIX_BLOCK.replace(' ', "\u{A0}");
    let text = format!("Delivery failed.\n\u{A0}\nThe reply was:\n{reply}\n");
    let report = explain(&text);
    let source = &only(&report).sender_ip_source;
    assert_eq!(source.line, Some(4));
    let excerpt = source.excerpt.as_deref().expect("an excerpt");
    assert!(excerpt.contains("Client host [192.0.2.245] blocked"), "{excerpt}");
}

#[test]
fn outlook_block_list_read() {
    let reply = "550 5.7.1 Unfortunately, messages from [192.0.2.20] weren't sent. Please contact \
         your Internet service provider since part of their network is on our block list (S3150).";
    for c in SPACES {
        let report = explain(&reply.replace(' ', &c.to_string()));
        let r = only(&report);
        assert_eq!(r.reply.as_deref(), Some("550"), "{}", name(c));
        assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.20"), "{}", name(c));
        let explanation = &r.explanation;
        assert_eq!(explanation.entry, "microsoft/network-blocked", "{}", name(c));
    }
}

#[test]
fn full_mailbox_read() {
    let reply = "Mailbox full: 552 5.2.2 <bob@example.net>: mailbox full, quota exceeded";
    for c in SPACES {
        let report = explain(&reply.replace(' ', &c.to_string()));
        let r = only(&report);
        assert_eq!(r.reason, Reason::MailboxFull, "{}", name(c));
        assert_eq!(r.reply.as_deref(), Some("552"), "{}", name(c));
        assert_eq!(r.recipient.as_deref(), Some("bob@example.net"), "{}", name(c));
    }
}

#[test]
fn email_body_spaces_read() {
    // A quoted-printable body carries the no-break space as =C2=A0.
    let email = "From: MAILER-DAEMON@mail.example.com\r\nTo: alice@example.com\r\n\
         Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
         <bob@example.net>: host mx.example.net[198.51.100.10] said: 554=C2=A05.7.1=C2=A0Service=\r\n \
         unavailable; Client host=C2=A0[192.0.2.248]=C2=A0blocked using zen.spamhaus.org\r\n";
    let report = explain_bytes(email.as_bytes());
    let r = only(&report);
    assert_eq!(r.reply.as_deref(), Some("554"));
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.248"));
    assert_eq!(r.sender_ip_source.rule.as_deref(), Some("Client host [<ip>]"));
}

#[test]
fn json_escaped_spaces_read() {
    for escape in [r"\u00a0", r"\u00A0", r"\u202f", r"\u3000"] {
        let reply = format!(
            "554{escape}5.7.1{escape}Service unavailable; Client host{escape}[192.0.2.249]{escape}blocked using zen.spamhaus.org"
        );
        let record = format!(
            r#"{{"event":"bounce","email":"bob@example.org","reason":"{reply}","status":"5.7.1","type":"blocked"}}"#
        );
        let report = explain(&record);
        let r = only(&report);
        assert_eq!(r.reply.as_deref(), Some("554"), "{escape}");
        assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.249"), "{escape}");
        assert_eq!(r.sender_ip_source.rule.as_deref(), Some("Client host [<ip>]"), "{escape}");
    }
}
