//! A bounce event whose `event` name no named service uses (`bounce`,
//! `bounced`) is read as an unnamed service's event, even when it has a
//! field that a named service's layout also has: Brevo's `message-id` or
//! `sending_ip`, Mailgun's `recipient`, SendGrid's `response`. Each named
//! reader claims only the event names its service's webhook reference
//! lists. Documentation addresses only.

use bounce_explainer::{explain, Actor, InputKind, Reason, Report};

/// An event, the reason its reply gives, and the IP the card must quote.
const EVENTS: &[(&str, Reason, Option<&str>)] = &[
    // `message-id` is also a field of Brevo's events.
    (
        r#"{"event":"bounce","email":"bob@example.net","message-id":"<x@example.com>","reason":"550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown"}"#,
        Reason::UserUnknown,
        None,
    ),
    // `sending_ip` is also a field of Brevo's events.
    (
        r#"{"event":"bounce","email":"bob@example.net","sending_ip":"192.0.2.251","reason":"554 5.7.1 Client host [192.0.2.251] blocked using zen.spamhaus.org"}"#,
        Reason::Blocked,
        Some("192.0.2.251"),
    ),
    // `ts_event` is also a field of Brevo's events.
    (
        r#"{"event":"bounced","email":"bob@example.net","ts_event":1764900000,"error":"550 5.1.1 The email account that you tried to reach does not exist."}"#,
        Reason::UserUnknown,
        None,
    ),
    // `recipient` is also Mailgun's recipient field.
    (
        r#"{"event":"bounce","recipient":"bob@example.net","reason":"550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown"}"#,
        Reason::UserUnknown,
        None,
    ),
    (
        r#"{"event":"bounced","recipient":"bob@example.net","response":"554 5.7.1 Client host [192.0.2.250] blocked using zen.spamhaus.org"}"#,
        Reason::Blocked,
        Some("192.0.2.250"),
    ),
    // `response` is also a field of SendGrid's events, which name a
    // failure `bounce`, never `bounced`.
    (
        r#"{"event":"bounced","email":"bob@example.net","response":"554 5.7.1 Client host [192.0.2.252] blocked using zen.spamhaus.org"}"#,
        Reason::Blocked,
        Some("192.0.2.252"),
    ),
    // SMTP2GO-like fields beside `email` and `message-id`: the reply is in
    // `smtp_response`.
    (
        r#"{"event":"bounce","email":"bob@example.net","rcpt":"bob@example.net","sender":"alice@example.com","bounce":"hard","host":"mx.example.net [198.51.100.10]","smtp_response":"550 5.7.1 Client host [192.0.2.129] blocked using b.barracudacentral.org","message-id":"x@example.com","srchost":"192.0.2.130"}"#,
        Reason::Blocked,
        Some("192.0.2.129"),
    ),
];

fn assert_unnamed_card(report: &Report, reason: Reason, ip: Option<&str>, event: &str) {
    assert_eq!(report.input_kind, InputKind::JsonRecord, "{event}");
    assert_eq!(report.mta_name, None, "{event}");
    assert!(!report.summary.contains("no delivery failure"), "{event}: {}", report.summary);
    assert_eq!(report.recipients.len(), 1, "{event}: {:#?}", report.recipients);
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{event}");
    assert_eq!(card.action, "failed", "{event}");
    assert_eq!(card.reason, reason, "{event}");
    assert_eq!(card.sender_ip.as_deref(), ip, "{event}");
    assert_ne!(card.explanation.who_acts, Actor::Nobody, "{event}");
    let not_read = report.notes.iter().any(|n| n.message.contains("not a bounce"));
    assert!(!not_read, "{event}: {:#?}", report.notes);
}

#[test]
fn unclaimed_bounce_events_read() {
    for (event, reason, ip) in EVENTS {
        assert_unnamed_card(&explain(event), *reason, *ip, event);
    }
}

/// Brevo's own failure events keep Brevo's name and its `sending_ip`.
#[test]
fn brevo_hard_bounce_still_brevo() {
    let event = r#"{"event":"hard_bounce","email":"bob@example.net","id":123,"date":"2026-12-05 10:00:00","ts":1764900000,"message-id":"<x@smtp-relay.mailin.fr>","ts_event":1764900000,"subject":"Hi","tag":"","sending_ip":"192.0.2.131","ts_epoch":1764900000000,"reason":"550 5.7.1 Service unavailable; Client host [192.0.2.131] blocked using zen.spamhaus.org"}"#;
    let report = explain(event);
    assert_eq!(report.mta.as_deref(), Some("brevo"));
    assert_eq!(report.recipients.len(), 1);
    let card = &report.recipients[0];
    assert_eq!(card.reason, Reason::Blocked);
    assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.131"));
}

/// An event that Brevo's reference lists but that reports no delivery
/// outcome is still named Brevo's.
#[test]
fn brevo_open_still_brevo() {
    let event = r#"{"event":"unique_opened","email":"bob@example.net","id":1,"message-id":"<m1@example.com>","ts_event":1764900300}"#;
    let report = explain(event);
    assert_eq!(report.mta.as_deref(), Some("brevo"));
    assert!(report.summary.contains("no delivery failure"), "{}", report.summary);
}

/// Mailgun's `failed` event keeps Mailgun's name, reply code and
/// `envelope.sending-ip`.
#[test]
fn mailgun_failed_still_mailgun() {
    let event = r#"{"event":"failed","severity":"permanent","reason":"bounce","recipient":"bob@example.net","delivery-status":{"code":550,"message":"5.7.1 Service unavailable; Client host [192.0.2.127] blocked using zen.spamhaus.org","mx-host":"mx.example.net"},"envelope":{"sender":"alice@example.com","sending-ip":"192.0.2.127"}}"#;
    let report = explain(event);
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    assert_eq!(report.recipients.len(), 1);
    let card = &report.recipients[0];
    assert_eq!(card.reply.as_deref(), Some("550"));
    assert_eq!(card.reason, Reason::Blocked);
    assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.127"));
}

/// Mailgun's `opened` event is still named Mailgun's, with no card.
#[test]
fn mailgun_open_still_mailgun() {
    let event =
        r#"{"event":"opened","recipient":"bob@example.net","id":"x1","timestamp":1764900000.1}"#;
    let report = explain(event);
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    assert!(report.summary.contains("no delivery failure"), "{}", report.summary);
}
