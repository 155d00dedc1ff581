//! A paste of a sending service's events that report no failure (opens,
//! clicks, deliveries) names the service and the number of events read,
//! and states that none of them is a failure, instead of asking for a
//! bounce line with a 550 code. Documentation addresses only.

use bounce_explainer::{explain, InputKind, Reason, Report};

/// Each service's name, the number of events, and a paste of events with
/// no failure in layouts modelled on the service's webhook events.
const PASTES: &[(&str, usize, &str)] = &[
    (
        "SendGrid",
        2,
        r#"[{"email":"bob@example.net","timestamp":1764900100,"event":"open","sg_event_id":"a2","sg_message_id":"m1","useragent":"Mozilla/5.0","ip":"198.51.100.7"},
{"email":"carol@example.org","timestamp":1764900200,"event":"click","sg_event_id":"a3","sg_message_id":"m2","url":"https://example.com/"}]"#,
    ),
    (
        "SendGrid",
        3,
        r#"[{"email":"bob@example.net","timestamp":1764900000,"event":"delivered","sg_event_id":"a1","sg_message_id":"m1","response":"250 2.0.0 OK"},
{"email":"bob@example.net","timestamp":1764900100,"event":"open","sg_event_id":"a2","sg_message_id":"m1"},
{"email":"carol@example.org","timestamp":1764900200,"event":"click","sg_event_id":"a3","sg_message_id":"m2","url":"https://example.com/"}]"#,
    ),
    (
        "Mailgun",
        1,
        r#"{"signature":{"timestamp":"1764900000","token":"t","signature":"s"},"event-data":{"event":"opened","timestamp":1764900000.1,"id":"x1","recipient":"bob@example.net","message":{"headers":{"message-id":"m1@example.com"}}}}"#,
    ),
    (
        "Postmark",
        1,
        r#"{"RecordType":"Open","MessageStream":"outbound","FirstOpen":true,"Recipient":"bob@example.net","MessageID":"883953f4-6105-42a2-a16a-77a8eac79483","ReceivedAt":"2026-12-05T10:00:00Z"}"#,
    ),
    (
        "Brevo",
        2,
        r#"[{"event":"delivered","email":"bob@example.net","id":1,"date":"2026-12-05 10:00:00","message-id":"<m1@example.com>","ts_event":1764900000,"subject":"Hi"},
{"event":"opened","email":"bob@example.net","id":1,"date":"2026-12-05 10:05:00","message-id":"<m1@example.com>","ts_event":1764900300,"subject":"Hi"}]"#,
    ),
    (
        "SparkPost",
        2,
        r#"[{"msys":{"message_event":{"type":"delivery","rcpt_to":"bob@example.net","message_id":"m1","timestamp":"1764900000"}}},{"msys":{"track_event":{"type":"open","rcpt_to":"bob@example.net","message_id":"m1","timestamp":"1764900100"}}}]"#,
    ),
    (
        "Mandrill",
        2,
        r#"[{"event":"send","_id":"i1","ts":1764900000,"msg":{"ts":1764900000,"_id":"i1","state":"sent","email":"bob@example.net","sender":"alice@example.com"}},{"event":"open","_id":"i1","ts":1764900100,"msg":{"ts":1764900000,"_id":"i1","state":"sent","email":"bob@example.net","sender":"alice@example.com"}}]"#,
    ),
];

fn assert_no_failure_read(report: &Report, service: &str, count: usize, paste: &str) {
    assert_eq!(report.input_kind, InputKind::JsonRecord, "{paste}");
    assert_eq!(report.mta_name.as_deref(), Some(service), "{paste}");
    let summary = &report.summary;
    assert!(summary.contains(service), "{summary}");
    assert!(summary.contains(&format!("{count} ")), "{summary}");
    assert!(summary.contains("no delivery failure"), "{summary}");
    let delivered = report.recipients.iter().all(|r| r.reason == Reason::Delivered);
    assert!(delivered, "{paste}: {:#?}", report.recipients);
    let asks_for_reply = report.notes.iter().any(|n| n.message.contains("550"));
    assert!(!asks_for_reply, "{paste}: {:#?}", report.notes);
}

#[test]
fn engagement_events_named() {
    for (service, count, paste) in PASTES {
        assert_no_failure_read(&explain(paste), service, *count, paste);
    }
}

/// An open in a batch beside a bounce leaves the bounce's own summary.
#[test]
fn bounce_beside_open_unchanged() {
    let paste = r#"[{"email":"bob@example.net","timestamp":1764900000,"event":"bounce","type":"bounce","reason":"550 5.1.1 The email account that you tried to reach does not exist.","status":"5.1.1","sg_event_id":"a1"},
{"email":"carol@example.org","timestamp":1764900100,"event":"open","sg_event_id":"a2"}]"#;
    let report = explain(paste);
    assert_eq!(report.recipients.len(), 1, "{:#?}", report.recipients);
    assert!(!report.summary.contains("no delivery failure"), "{}", report.summary);
}
