//! Several events of one sending service about the same message to the
//! same address (a deferral, then the delivery or the bounce that ended
//! it) give one card, from the latest event by its time, and the summary
//! counts the address once.

use bounce_explainer::{explain, Report};

/// Returns (recipient, action, number of notes about folded events) per card.
fn cards(report: &Report) -> Vec<(String, String, usize)> {
    let folded = |r: &bounce_explainer::Recipient| {
        r.notes.iter().filter(|n| n.message.contains("folded into this card")).count()
    };
    report
        .recipients
        .iter()
        .map(|r| (r.recipient.clone().unwrap_or_default(), r.action.clone(), folded(r)))
        .collect()
}

fn card(recipient: &str, action: &str, folded: usize) -> (String, String, usize) {
    (recipient.to_string(), action.to_string(), folded)
}

#[test]
fn sendgrid_sequence_one_card_each() {
    let batch = r#"[
      {"email":"a@example.net","timestamp":1765004400,"event":"deferred","response":"451 4.7.1 Greylisted, try again later","attempt":"1","sg_event_id":"1","sg_message_id":"m1.f"},
      {"email":"a@example.net","timestamp":1765008000,"event":"delivered","response":"250 2.0.0 OK","sg_event_id":"2","sg_message_id":"m1.f"},
      {"email":"b@example.net","timestamp":1765004400,"event":"deferred","response":"452 4.2.2 Mailbox full","attempt":"1","sg_event_id":"3","sg_message_id":"m2.f"},
      {"email":"b@example.net","timestamp":1765090800,"event":"bounce","type":"bounce","reason":"452 4.2.2 Mailbox full","status":"4.2.2","sg_event_id":"4","sg_message_id":"m2.f"},
      {"email":"c@example.net","timestamp":1765090800,"event":"delivered","response":"250 OK","sg_event_id":"6","sg_message_id":"m3.f"},
      {"email":"c@example.net","timestamp":1765004400,"event":"deferred","response":"421 4.7.0 Try again later","attempt":"1","sg_event_id":"5","sg_message_id":"m3.f"}
    ]"#;
    let report = explain(batch);
    assert_eq!(
        cards(&report),
        [
            card("a@example.net", "delivered", 1),
            card("b@example.net", "failed", 1),
            card("c@example.net", "delivered", 1)
        ]
    );
    assert!(report.summary.contains("1 of the 3 recipients"), "{}", report.summary);
    assert!(report.summary.contains("2 were delivered"), "{}", report.summary);
}

#[test]
fn sendgrid_two_messages_stay_apart() {
    let batch = r#"[
      {"email":"a@example.net","timestamp":1765004400,"event":"deferred","response":"451 4.7.1 Try later","sg_message_id":"m1.f"},
      {"email":"a@example.net","timestamp":1765008000,"event":"delivered","response":"250 OK","sg_message_id":"m2.f"}
    ]"#;
    let report = explain(batch);
    assert_eq!(
        cards(&report),
        [card("a@example.net", "delayed", 0), card("a@example.net", "delivered", 0)]
    );
}

#[test]
fn sendgrid_without_message_id_not_folded() {
    let batch = r#"[
      {"email":"a@example.net","timestamp":1765004400,"event":"deferred","response":"451 4.7.1 Try later","attempt":"1"},
      {"email":"a@example.net","timestamp":1765008000,"event":"delivered","response":"250 OK","attempt":"1"}
    ]"#;
    assert_eq!(explain(batch).recipients.len(), 2);
}

#[test]
fn mailgun_temporary_then_delivered() {
    let batch = r#"[
      {"event":"failed","severity":"temporary","timestamp":1765004400.5,"recipient":"a@example.net",
       "message":{"headers":{"message-id":"20261206.1@mg.example.com"}},
       "delivery-status":{"code":451,"message":"4.7.1 Greylisted"}},
      {"event":"delivered","timestamp":1765008000.25,"recipient":"a@example.net",
       "message":{"headers":{"message-id":"20261206.1@mg.example.com"}},
       "delivery-status":{"code":250,"message":"OK"}}
    ]"#;
    assert_eq!(cards(&explain(batch)), [card("a@example.net", "delivered", 1)]);
}

#[test]
fn postmark_transient_then_hard_bounce() {
    let batch = r#"[
      {"RecordType":"Bounce","Type":"HardBounce","MessageID":"883953f4-6105-42a2-a16a-77a8eac79483","Email":"a@example.net","Details":"smtp;550 5.1.1 User unknown","BouncedAt":"2026-12-06T10:00:00-05:00"},
      {"RecordType":"Bounce","Type":"Transient","MessageID":"883953f4-6105-42a2-a16a-77a8eac79483","Email":"a@example.net","Details":"smtp;451 4.7.1 Try later","BouncedAt":"2026-12-06T14:00:00Z"}
    ]"#;
    // 10:00 at -05:00 is 15:00 UTC, after the transient bounce.
    assert_eq!(cards(&explain(batch)), [card("a@example.net", "failed", 1)]);
}

#[test]
fn sparkpost_delay_then_delivery() {
    let batch = r#"[
      {"msys":{"message_event":{"type":"delay","rcpt_to":"a@example.net","message_id":"0001-sp","timestamp":"1765004400","raw_reason":"452 4.2.2 Mailbox full"}}},
      {"msys":{"message_event":{"type":"delivery","rcpt_to":"a@example.net","message_id":"0001-sp","timestamp":"1765008000"}}}
    ]"#;
    assert_eq!(cards(&explain(batch)), [card("a@example.net", "delivered", 1)]);
}

#[test]
fn ses_delay_then_bounce() {
    let batch = r#"[
      {"eventType":"DeliveryDelay","mail":{"messageId":"0100-ses","destination":["a@example.net"]},
       "deliveryDelay":{"timestamp":"2026-12-06T10:00:00.000Z","delayType":"MailboxFull",
        "delayedRecipients":[{"emailAddress":"a@example.net","status":"4.2.2","diagnosticCode":"smtp; 452 4.2.2 Mailbox full"}]}},
      {"eventType":"Bounce","mail":{"messageId":"0100-ses","destination":["a@example.net"]},
       "bounce":{"timestamp":"2026-12-07T10:00:00.000Z","bounceType":"Permanent",
        "bouncedRecipients":[{"emailAddress":"a@example.net","status":"5.2.2","diagnosticCode":"smtp; 552 5.2.2 Mailbox full"}]}}
    ]"#;
    assert_eq!(cards(&explain(batch)), [card("a@example.net", "failed", 1)]);
}

#[test]
fn brevo_deferred_then_delivered() {
    let batch = r#"[
      {"event":"delivered","email":"a@example.net","message-id":"<202612061000.1@smtp-relay.mailin.fr>","ts_event":1765008000,"reason":"250 OK"},
      {"event":"deferred","email":"a@example.net","message-id":"<202612061000.1@smtp-relay.mailin.fr>","ts_event":1765004400,"reason":"451 4.7.1 Try later"}
    ]"#;
    assert_eq!(cards(&explain(batch)), [card("a@example.net", "delivered", 1)]);
}

#[test]
fn mailjet_numeric_message_id() {
    let batch = r#"[
      {"event":"bounce","time":1765004400,"MessageID":19421777835146490,"email":"a@example.net","hard_bounce":false,"error":"quota exceeded","comment":"452 4.2.2 Mailbox full"},
      {"event":"sent","time":1765008000,"MessageID":19421777835146490,"email":"a@example.net","mj_message_id":"19421777835146490","smtp_reply":"250 OK"}
    ]"#;
    assert_eq!(cards(&explain(batch)), [card("a@example.net", "delivered", 1)]);
}

#[test]
fn mandrill_deferral_then_hard_bounce() {
    let batch = r#"[
      {"event":"deferral","_id":"exampleaaaaaaaaaaaaaaaaaaaaaaaaa4","ts":1765004400,
       "msg":{"ts":1765004000,"email":"a@example.net","smtp_events":[{"diag":"451 4.3.5 Try later"}]}},
      {"event":"hard_bounce","_id":"exampleaaaaaaaaaaaaaaaaaaaaaaaaa4","ts":1765090800,
       "msg":{"ts":1765004000,"email":"a@example.net","diag":"smtp;550 5.1.1 User unknown"}}
    ]"#;
    assert_eq!(cards(&explain(batch)), [card("a@example.net", "failed", 1)]);
}

#[test]
fn smtp2go_soft_then_delivered() {
    let batch = r#"[
      {"event":"bounce","time":"2026-12-06T10:00:00Z","rcpt":"a@example.net","email_id":"1sXyZa-4bC5dE-6f","bounce":"soft","message":"452 4.2.2 Mailbox full"},
      {"event":"delivered","time":"2026-12-06T11:00:00Z","rcpt":"a@example.net","email_id":"1sXyZa-4bC5dE-6f","message":"250 OK"}
    ]"#;
    assert_eq!(cards(&explain(batch)), [card("a@example.net", "delivered", 1)]);
}
