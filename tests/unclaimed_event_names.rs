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

/// Events in Mailjet's or Mandrill's layout whose name that service does
/// not use: another service's bounce, or a name no service documents.
const OTHER_NAMES: &[&str] = &[
    r#"{"event":"frobnicate","email":"bob@example.net","mj_message_id":"1942","mj_contact_id":4,"comment":"550 5.1.1 User unknown"}"#,
    r#"{"event":"viewed","email":"bob@example.net","hard_bounce":true}"#,
    r#"{"event":"frobnicate","msg":{"email":"bob@example.net","diag":"550 5.1.1 User unknown"}}"#,
    r#"{"event":"opened_twice","msg":{"email":"bob@example.net","state":"sent"}}"#,
];

/// An event name that neither Mailjet nor Mandrill documents is named
/// no service's and gives no card, whatever reply-like text it carries.
#[test]
fn undocumented_names_not_claimed() {
    for event in OTHER_NAMES {
        let report = explain(event);
        assert_eq!(report.input_kind, InputKind::JsonRecord, "{event}");
        assert_eq!(report.mta, None, "{event}");
        assert!(report.recipients.is_empty(), "{event}: {:#?}", report.recipients);
        assert!(report.summary.contains("no delivery failure"), "{event}: {}", report.summary);
    }
}

/// A `bounced` event in Mailjet's layout is another service's bounce,
/// read by the unnamed layouts' words.
#[test]
fn bounced_in_mailjet_layout_read() {
    let event = r#"{"event":"bounced","email":"bob@example.net","mj_contact_id":4,"comment":"550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown"}"#;
    assert_unnamed_card(&explain(event), Reason::UserUnknown, None, event);
}

/// A `bounce` event with a `msg` object is not Mandrill's, which names a
/// bounce `hard_bounce` or `soft_bounce`.
#[test]
fn bounce_in_mandrill_layout_read() {
    let event = r#"{"event":"bounce","msg":{"email":"bob@example.net","error":"550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown"}}"#;
    assert_unnamed_card(&explain(event), Reason::UserUnknown, None, event);
}

/// Mailjet's and Mandrill's own engagement events keep the service's
/// name and report no failure.
#[test]
fn engagement_events_still_named() {
    let events = [
        (
            "mailjet",
            r#"{"event":"open","email":"bob@example.net","mj_campaign_id":7173,"mj_contact_id":320,"ip":"198.51.100.7"}"#,
        ),
        (
            "mailjet",
            r#"{"event":"click","email":"bob@example.net","mj_contact_id":4,"url":"https://example.com/"}"#,
        ),
        (
            "mailjet",
            r#"{"event":"unsub","email":"bob@example.net","mj_list_id":1,"mj_contact_id":126}"#,
        ),
        ("mandrill", r#"{"event":"open","msg":{"email":"bob@example.net","state":"sent"}}"#),
        ("mandrill", r#"{"event":"click","msg":{"email":"bob@example.net","state":"sent"}}"#),
        ("mandrill", r#"{"event":"send","msg":{"email":"bob@example.net","state":"sent"}}"#),
        ("mandrill", r#"{"event":"unsub","msg":{"email":"bob@example.net","state":"sent"}}"#),
    ];
    for (service, event) in events {
        let report = explain(event);
        assert_eq!(report.mta.as_deref(), Some(service), "{event}");
        assert!(report.recipients.is_empty(), "{event}: {:#?}", report.recipients);
        assert!(report.summary.contains("no delivery failure"), "{event}: {}", report.summary);
    }
}

/// Mailjet's `bounce` and `blocked` events are still read as failures.
#[test]
fn mailjet_failures_still_mailjet() {
    for event in [
        r#"{"event":"bounce","email":"bob@example.net","mj_contact_id":0,"hard_bounce":true,"error_related_to":"recipient","error":"user unknown"}"#,
        r#"{"event":"blocked","email":"bob@example.net","mj_contact_id":0,"error_related_to":"recipient","error":"user unknown"}"#,
    ] {
        let report = explain(event);
        assert_eq!(report.mta.as_deref(), Some("mailjet"), "{event}");
        assert_eq!(report.recipients.len(), 1, "{event}");
        assert_eq!(report.recipients[0].action, "failed", "{event}");
    }
}

/// Mandrill's `delivered` event is a delivery, and its `spam` event a
/// complaint, each with a card of its own.
#[test]
fn mandrill_delivery_and_complaint_read() {
    let cases = [
        (
            r#"{"event":"delivered","msg":{"email":"bob@example.net","state":"sent"}}"#,
            Reason::Delivered,
        ),
        (r#"{"event":"spam","msg":{"email":"bob@example.net","state":"sent"}}"#, Reason::Feedback),
    ];
    for (event, reason) in cases {
        let report = explain(event);
        assert_eq!(report.mta.as_deref(), Some("mandrill"), "{event}");
        assert_eq!(report.recipients.len(), 1, "{event}: {}", report.summary);
        assert_eq!(report.recipients[0].reason, reason, "{event}");
        assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.net"));
    }
}
