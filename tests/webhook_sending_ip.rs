//! The sending IP that a sending service's event record gives in a field
//! of its own: SendGrid's `ip`, Mailgun's `envelope.sending-ip`,
//! SparkPost's `sending_ip` and Mandrill's `smtp_events.source_ip`. It is
//! quoted, with the field named, when the receiver's reply is about the
//! sending address and states no address itself. Also Gmail's `[ip]`-first
//! reply cut off before its `gsmtp` sign-off.

use bounce_explainer::{explain, Reason, Recipient};

fn recipients(text: &str) -> Vec<Recipient> {
    explain(text).recipients
}

fn only_recipient(text: &str) -> Recipient {
    let mut all = recipients(text);
    assert_eq!(all.len(), 1, "one recipient expected in: {text}");
    all.remove(0)
}

fn sendgrid(kind: &str, reason: &str, ip: &str) -> String {
    format!(
        r#"[{{"email":"nina@example.net","timestamp":1764842400,"event":"{kind}","type":"blocked","reason":"{reason}","status":"5.7.1","ip":"{ip}","sg_event_id":"ev1"}}]"#
    )
}

const POOR_REPUTATION: &str = "554 5.7.1 Your access to this mail system has been rejected due to the sending MTA's poor reputation.";

#[test]
fn sendgrid_ip_field_quoted() {
    let r = only_recipient(&sendgrid("bounce", POOR_REPUTATION, "203.0.113.5"));
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"));
    assert_eq!(r.sender_ip_source.line, Some(1));
    assert_eq!(r.sender_ip_source.rule.as_deref(), Some("the event's `ip` field"));
    assert!(r.sender_ip_source.excerpt.as_deref().is_some_and(|e| e.contains("203.0.113.5")));
    assert_eq!(r.sender_ip_source.hint, None);
}

#[test]
fn sendgrid_deferral_ip_field_quoted() {
    let text = sendgrid(
        "deferred",
        "421 4.7.0 Too many concurrent SMTP connections from this IP",
        "2001:db8::25",
    );
    let r = only_recipient(&text);
    assert_eq!(r.sender_ip.as_deref(), Some("2001:db8::25"), "{r:#?}");
}

/// An unknown mailbox has nothing to do with the sending address.
#[test]
fn ip_field_not_quoted_for_unrelated_reason() {
    let r = only_recipient(&sendgrid(
        "bounce",
        "550 5.1.1 The email account that you tried to reach does not exist",
        "203.0.113.5",
    ));
    assert_eq!(r.reason, Reason::UserUnknown);
    assert_eq!(r.sender_ip, None);
}

#[test]
fn internal_ip_field_not_quoted() {
    let r = only_recipient(&sendgrid("bounce", POOR_REPUTATION, "10.20.30.40"));
    assert_eq!(r.sender_ip, None);
}

/// The receiver's own statement of the address wins over the field.
#[test]
fn receiver_statement_wins_over_field() {
    let reason =
        "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org";
    let r = only_recipient(&sendgrid("bounce", reason, "203.0.113.5"));
    assert_eq!(r.sender_ip.as_deref(), Some("198.51.100.7"));
    assert_eq!(r.sender_ip_source.rule.as_deref(), Some("Client host [<ip>]"));
}

#[test]
fn each_event_keeps_its_own_ip() {
    let text = format!(
        r#"[{{"email":"olga@example.org","event":"bounce","reason":"{POOR_REPUTATION}","ip":"192.0.2.10"}},
{{"email":"pete@example.com","event":"bounce","reason":"{POOR_REPUTATION}","ip":"192.0.2.11"}}]"#
    );
    let all = recipients(&text);
    let ips: Vec<_> = all.iter().map(|r| r.sender_ip.as_deref()).collect();
    assert_eq!(ips, [Some("192.0.2.10"), Some("192.0.2.11")]);
    assert_eq!(all[1].sender_ip_source.line, Some(2));
}

#[test]
fn mailgun_envelope_sending_ip_quoted() {
    let text = r#"{"event-data": {"event": "failed", "severity": "permanent", "recipient": "carol@example.org",
 "envelope": {"sender": "bounce@mg.example.com", "sending-ip": "198.51.100.21"},
 "delivery-status": {"code": 554, "message": "5.7.1 Rejected due to the sending MTA's poor reputation", "mx-host": "mx.example.org"}}}"#;
    let r = only_recipient(text);
    assert_eq!(r.sender_ip.as_deref(), Some("198.51.100.21"), "{r:#?}");
    assert_eq!(r.sender_ip_source.rule.as_deref(), Some("the event's `envelope.sending-ip` field"));
    assert_eq!(r.sender_ip_source.line, Some(2));
}

#[test]
fn sparkpost_sending_ip_quoted() {
    let text = r#"[{"msys": {"message_event": {"type": "bounce", "rcpt_to": "heidi@example.net", "sending_ip": "203.0.113.44",
 "raw_reason": "554 5.7.1 Your access to this mail system has been rejected due to the sending MTA's poor reputation."}}}]"#;
    let r = only_recipient(text);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.44"), "{r:#?}");
}

#[test]
fn mandrill_source_ip_quoted() {
    let text = r#"[{"event": "soft_bounce", "msg": {"email": "judy@example.net", "state": "soft-bounced",
 "smtp_events": [{"type": "deferred", "diag": "421 4.7.0 Too many concurrent SMTP connections from this IP", "source_ip": "192.0.2.60", "destination_ip": "198.51.100.2"}]}}]"#;
    let r = only_recipient(text);
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.60"), "{r:#?}");
    assert_eq!(
        r.sender_ip_source.rule.as_deref(),
        Some("the event's `smtp_events.source_ip` field")
    );
}

/// On a long one-line record the excerpt still shows the address.
#[test]
fn long_line_excerpt_shows_address() {
    let padding = "x".repeat(400);
    let text = format!(
        r#"[{{"email":"nina@example.net","event":"bounce","category":"{padding}","reason":"{POOR_REPUTATION}","ip":"203.0.113.5"}}]"#
    );
    let r = only_recipient(&text);
    let excerpt = r.sender_ip_source.excerpt.expect("an excerpt");
    assert!(excerpt.contains("203.0.113.5"), "{excerpt}");
    assert!(excerpt.chars().count() < 260, "{excerpt}");
}

/// Gmail's reply with the address first, cut off before `gsmtp`, is still
/// read as Gmail's by its wording.
#[test]
fn gmail_reply_without_sign_off() {
    for (text, ip) in [
        ("550 5.7.1 [198.51.100.5] Our system has detected an unusual rate of unsolicited mail", "198.51.100.5"),
        ("421-4.7.28 [192.0.2.9      15] Our system has detected an unusual rate of unsolicited mail originating from your IP address.", "192.0.2.9"),
        ("550-5.7.1 [203.0.113.8] Our system has detected that this message is likely unsolicited mail.", "203.0.113.8"),
    ] {
        let r = only_recipient(text);
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
        assert_eq!(r.provider.as_deref(), Some("google"), "{text}");
    }
    let r = only_recipient(&sendgrid(
        "bounce",
        "550 5.7.1 [198.51.100.5] Our system has detected an unusual rate of unsolicited mail",
        "203.0.113.5",
    ));
    assert_eq!(r.reason, Reason::Blocked);
    assert!(r.explanation.what.contains("unusual rate"), "{}", r.explanation.what);
}

/// Another receiver's bracketed address in the same layout stays unquoted.
#[test]
fn bracketed_address_without_gmail_wording_not_quoted() {
    let r = only_recipient("550 5.7.1 [198.51.100.5] Message refused by policy");
    assert_eq!(r.sender_ip, None);
}

/// Gmail's sentence opening alone does not name Google: other filters
/// write "Our system has detected that this message ..." too.
#[test]
fn gmail_opening_alone_not_google() {
    for text in [
        "550 5.7.1 Our system has detected that this message is suspicious. Message rejected by mx1.example.net",
        "554 5.7.1 Connection refused from mx.example.net [192.0.2.75]: (#5.7.1 Our system has detected \
         that this message was sent from a low-reputation IP address. SBRS score: -5.2)",
    ] {
        let r = only_recipient(text);
        assert_ne!(r.provider.as_deref(), Some("google"), "{text}");
    }
}
