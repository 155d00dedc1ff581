//! A sending service's delivery event is read as a delivery: one card
//! that reports no failure, and the summary of a delivery report, the
//! same for every service. Layouts follow each service's webhook
//! reference (Postmark's delivery webhook:
//! <https://postmarkapp.com/developer/webhooks/delivery-webhook>).
//! Documentation addresses only.

use bounce_explainer::{explain, Actor, InputKind, Reason, Report};

/// Each service's id and a delivery event for bob@example.net.
const DELIVERIES: &[(&str, &str)] = &[
    (
        "postmark",
        r#"{"RecordType":"Delivery","ServerID":23,"MessageStream":"outbound",
            "MessageID":"883953f4-6105-42a2-a16a-77a8eac79483","Recipient":"bob@example.net",
            "Tag":"welcome-email","DeliveredAt":"2026-12-05T16:33:54.9070259Z",
            "Details":"Test delivery webhook details","Metadata":{}}"#,
    ),
    (
        "sendgrid",
        r#"{"email":"bob@example.net","timestamp":1764900000,"event":"delivered",
            "sg_event_id":"a1","sg_message_id":"m1","response":"250 2.0.0 OK"}"#,
    ),
    (
        "mailgun",
        r#"{"event-data":{"event":"delivered","log-level":"info","recipient":"bob@example.net",
            "delivery-status":{"code":250,"message":"OK","description":"","mx-host":"mx.example.net"}}}"#,
    ),
    (
        "sparkpost",
        r#"{"msys":{"message_event":{"type":"delivery","rcpt_to":"bob@example.net",
            "message_id":"m1","timestamp":"1764900000"}}}"#,
    ),
];

fn assert_delivered(report: &Report, service: &str) {
    assert_eq!(report.input_kind, InputKind::JsonRecord, "{service}");
    assert_eq!(report.mta.as_deref(), Some(service), "{service}");
    assert_eq!(report.recipients.len(), 1, "{service}: {report:#?}");
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{service}");
    assert_eq!(card.action, "delivered", "{service}");
    assert_eq!(card.reason, Reason::Delivered, "{service}");
    assert_eq!(card.explanation.who_acts, Actor::Nobody, "{service}");
    assert!(!card.permanent, "{service}");
    assert!(report.summary.contains("delivery report"), "{service}: {}", report.summary);
    assert!(!report.summary.contains("no delivery failure"), "{service}: {}", report.summary);
    let not_read = report.notes.iter().any(|n| n.message.contains("not read"));
    assert!(!not_read, "{service}: {:#?}", report.notes);
}

#[test]
fn postmark_delivery_is_delivered() {
    let (service, json) = DELIVERIES[0];
    assert_delivered(&explain(json), service);
}

/// Every service's delivery event gets the same summary.
#[test]
fn deliveries_read_alike() {
    let summaries: Vec<String> = DELIVERIES
        .iter()
        .map(|(service, json)| {
            let report = explain(json);
            assert_delivered(&report, service);
            report.summary
        })
        .collect();
    for (summary, (service, _)) in summaries.iter().zip(DELIVERIES) {
        assert_eq!(summary, &summaries[1], "{service}");
    }
}

/// A Postmark delivery beside a bounce counts as a delivery.
#[test]
fn postmark_delivery_beside_bounce() {
    let json = format!(
        r#"[{{"RecordType":"Bounce","Type":"HardBounce","Email":"carol@example.org",
            "Details":"550 5.1.1 The email account that you tried to reach does not exist."}},
           {}]"#,
        DELIVERIES[0].1
    );
    let report = explain(&json);
    assert_eq!(report.mta.as_deref(), Some("postmark"));
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    let summary = &report.summary;
    assert!(summary.contains("did not reach 1 of the 2 recipients"), "{summary}");
    assert!(summary.contains("1 was delivered"), "{summary}");
}
