//! A Mailgun event whose `event` name is made up or missing is still
//! Mailgun's when its layout is: `recipient`, a `delivery-status` object
//! with `code`, `message` and `description`, and `severity`. It is read as
//! a Mailgun event, with a note that its name is not Mailgun's, rather
//! than as plain text or a vague unnamed event. JSON without that layout
//! is not claimed. Documentation addresses only.

use bounce_explainer::{explain, InputKind, Reason, Report};

/// Builds a Mailgun webhook post of a failed delivery, with `event` set
/// to `name`, or left out when `name` is `None`.
fn webhook(name: Option<&str>, severity: &str, code: u16, message: &str) -> String {
    let event = name.map(|n| format!(r#""event": "{n}","#)).unwrap_or_default();
    format!(
        r#"{{
  "signature": {{"timestamp": "1764931200", "token": "0123456789abcdef", "signature": "00"}},
  "event-data": {{
    "id": "G9Bn5sl1TC6nu79C8C0bwg",
    "timestamp": 1764931200.1,
    "log-level": "error",
    {event}
    "severity": "{severity}",
    "reason": "bounce",
    "recipient": "bob@example.net",
    "envelope": {{"sender": "alice@example.com", "transport": "smtp", "sending-ip": "198.51.100.7"}},
    "delivery-status": {{
      "code": {code},
      "message": "{message}",
      "description": "",
      "mx-host": "mx.example.net",
      "attempt-no": 1
    }},
    "message": {{"headers": {{"to": "bob@example.net", "from": "alice@example.com", "subject": "Invoice"}}}}
  }}
}}"#
    )
}

const UNKNOWN_USER: &str = "5.1.1 The email account that you tried to reach does not exist.";

fn names_unknown_event(report: &Report) -> bool {
    let notes = &report.recipients[0].notes;
    notes.iter().any(|n| {
        n.message.contains("Mailgun's event types") || n.message.contains("no `event` name")
    })
}

#[test]
fn made_up_names_read_as_mailgun() {
    for name in [Some("permanent_bounce"), Some("undeliverable"), None] {
        let report = explain(&webhook(name, "permanent", 550, UNKNOWN_USER));
        assert_eq!(report.input_kind, InputKind::JsonRecord, "{name:?}");
        assert_eq!(report.mta.as_deref(), Some("mailgun"), "{name:?}");
        assert_eq!(report.recipients.len(), 1, "{name:?}");
        let r = &report.recipients[0];
        assert_eq!(r.recipient.as_deref(), Some("bob@example.net"), "{name:?}");
        assert_eq!(r.action, "failed", "{name:?}");
        assert_eq!(r.reply.as_deref(), Some("550"), "{name:?}");
        assert_eq!(r.status.as_deref(), Some("5.1.1"), "{name:?}");
        assert_eq!(r.reason, Reason::UserUnknown, "{name:?}");
        assert_eq!(r.remote_host.as_deref(), Some("mx.example.net"), "{name:?}");
        assert!(names_unknown_event(&report), "{name:?}: {:?}", r.notes);
    }
}

#[test]
fn made_up_name_temporary_is_delay() {
    let reply = "4.2.2 The email account that you tried to reach is over quota.";
    let report = explain(&webhook(Some("soft_fail"), "temporary", 452, reply));
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    assert_eq!(report.recipients[0].action, "delayed");
    assert!(report.recipients[0].retrying);
}

/// Mailgun's own `failed` event gets no note about its name.
#[test]
fn known_name_gets_no_note() {
    let report = explain(&webhook(Some("failed"), "permanent", 550, UNKNOWN_USER));
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
    assert!(!names_unknown_event(&report), "{:?}", report.recipients[0].notes);
}

/// A `recipient` and a `delivery-status` object alone, without Mailgun's
/// `severity` or `log-level`, do not make the layout Mailgun's.
#[test]
fn partial_layout_not_claimed() {
    let json = r#"{"event":"bounce","recipient":"bob@example.net","delivery-status":{"message":"550 5.1.1 User unknown"}}"#;
    let report = explain(json);
    assert_ne!(report.mta.as_deref(), Some("mailgun"));
    let json = r#"{"event":"bounce","recipient":"bob@example.net","severity":"permanent","reason":"550 5.1.1 User unknown"}"#;
    let report = explain(json);
    assert_ne!(report.mta.as_deref(), Some("mailgun"));
}
