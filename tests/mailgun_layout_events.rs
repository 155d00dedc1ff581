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

/// Returns the note that names the events of Mailgun's layout read as
/// no failure, failing the test when there is none.
fn unknown_name_note(report: &Report) -> &str {
    report
        .notes
        .iter()
        .map(|n| n.message.as_str())
        .find(|m| m.contains("laid out as Mailgun's"))
        .unwrap_or_else(|| panic!("no note on the unknown event name: {:#?}", report.notes))
}

/// Mailgun's layout with a made-up `event` name and no failure field:
/// no `severity`, and a 250 reply code or none.
const NO_FAILURE: &[&str] = &[
    r#"{"event-data":{"event":"bounced_maybe","log-level":"info","recipient":"bob@example.net",
        "delivery-status":{"code":250,"message":"OK","description":"","mx-host":"mx.example.net"}}}"#,
    r#"{"event-data":{"event":"bounced_maybe","log-level":"warn","recipient":"bob@example.net",
        "delivery-status":{"message":"","description":""}}}"#,
];

#[test]
fn made_up_name_without_failure_explained() {
    for json in NO_FAILURE {
        let report = explain(json);
        assert_eq!(report.input_kind, InputKind::JsonRecord, "{json}");
        assert_eq!(report.mta.as_deref(), Some("mailgun"), "{json}");
        // No failure is made up from the layout alone.
        assert!(report.recipients.is_empty(), "{json}: {:#?}", report.recipients);
        let note = unknown_name_note(&report);
        assert!(note.contains("`bounced_maybe` for bob@example.net"), "{note}");
        assert!(note.contains("not one of Mailgun's event types"), "{note}");
        assert!(note.contains("no delivery failure"), "{note}");
        assert!(!note.contains("Opens, clicks"), "{note}");
        let summary = &report.summary;
        assert!(summary.contains("Mailgun's event types"), "{summary}");
        assert!(summary.contains("no delivery failure"), "{summary}");
        assert!(!summary.contains("opens or clicks"), "{summary}");
    }
}

/// The same layout with no `event` name at all is named as such.
#[test]
fn missing_name_without_failure_explained() {
    let json = r#"{"event-data":{"log-level":"info","recipient":"bob@example.net",
        "delivery-status":{"code":250,"message":"OK","description":""}}}"#;
    let report = explain(json);
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note = unknown_name_note(&report);
    assert!(note.contains("no `event` name for bob@example.net"), "{note}");
    assert!(note.contains("no delivery failure"), "{note}");
    assert!(report.summary.contains("no delivery failure"), "{}", report.summary);
}

/// Beside a real failure, the event of no failure keeps its note and the
/// failure keeps its card and its own summary.
#[test]
fn made_up_name_beside_failure() {
    let failed = webhook(Some("failed"), "permanent", 550, UNKNOWN_USER);
    let json = format!(
        r#"[{failed}, {{"event-data":{{"event":"bounced_maybe","log-level":"info","recipient":"carol@example.org",
        "delivery-status":{{"code":250,"message":"OK","description":""}}}}}}]"#
    );
    let report = explain(&json);
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    assert_eq!(report.recipients.len(), 1, "{:#?}", report.recipients);
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
    let note = unknown_name_note(&report);
    assert!(note.contains("`bounced_maybe` for carol@example.org"), "{note}");
    assert!(!report.summary.contains("no delivery failure"), "{}", report.summary);
}

/// Two events of Mailgun's layout with no failure, one named and one not,
/// beside an open: each note names its own events, and the summary
/// counts the events of unknown name apart.
#[test]
fn made_up_names_beside_open() {
    let json = r#"[
      {"event-data":{"event":"bounced_maybe","log-level":"info","recipient":"bob@example.net",
        "delivery-status":{"code":250,"message":"OK","description":""}}},
      {"event-data":{"log-level":"info","recipient":"carol@example.org",
        "delivery-status":{"code":250,"message":"OK","description":""}}},
      {"event-data":{"event":"opened","recipient":"dave@example.com"}}]"#;
    let report = explain(json);
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note = unknown_name_note(&report);
    assert!(note.starts_with("2 events"), "{note}");
    assert!(note.contains("`bounced_maybe` for bob@example.net"), "{note}");
    assert!(note.contains("no `event` name for carol@example.org"), "{note}");
    assert!(!note.contains("dave@example.com"), "{note}");
    let summary = &report.summary;
    assert!(summary.contains("Read 3 event records"), "{summary}");
    assert!(summary.contains("2 have no name among Mailgun's event types"), "{summary}");
}

/// A webhook's `signature` beside `event-data` shows the event is
/// Mailgun's even when it has no `delivery-status` object, so an event of
/// unknown name is named rather than read as no record at all. A known
/// event inside the same wrapper still reads as before.
#[test]
fn signed_webhook_without_status_explained() {
    let json = r#"{"signature":{"timestamp":"1765000000","token":"abc","signature":"00"},
        "event-data":{"id":"q1","timestamp":1765000000.5,"log-level":"info",
        "event":"delivery_probe","recipient":"bob@example.net",
        "message":{"headers":{"message-id":"m3@example.org"}}}}"#;
    let report = explain(json);
    assert_eq!(report.input_kind, InputKind::JsonRecord);
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note = unknown_name_note(&report);
    assert!(note.contains("`delivery_probe` for bob@example.net"), "{note}");
    assert!(note.contains("no delivery failure"), "{note}");

    let failed = json.replace("delivery_probe", "failed").replace(
        r#""log-level":"info""#,
        r#""severity":"permanent","delivery-status":{"code":550,"message":"5.1.1 User unknown"}"#,
    );
    let report = explain(&failed);
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    assert_eq!(report.recipients.len(), 1, "{failed}");
    assert_eq!(report.recipients[0].reply.as_deref(), Some("550"));
}
