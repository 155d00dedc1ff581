//! Mailjet's and Brevo's event records, and JSON events of a layout the
//! crate does not read: each is read field by field under its own name,
//! never as another service's record.

use bounce_explainer::{explain, Actor, InputKind, Reason, Recipient, Report};

fn fixture(name: &str) -> Report {
    let path = format!("{}/tests/fixtures/webhooks/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    explain(&text)
}

fn card<'a>(report: &'a Report, address: &str) -> &'a Recipient {
    report
        .recipients
        .iter()
        .find(|r| r.recipient.as_deref() == Some(address))
        .unwrap_or_else(|| panic!("no card for {address}: {report:#?}"))
}

#[test]
fn mailjet_events_named_mailjet() {
    let report = fixture("mailjet-events.json");
    assert_eq!(report.input_kind, InputKind::JsonRecord);
    assert_eq!(report.mta.as_deref(), Some("mailjet"));
    assert_eq!(report.mta_name.as_deref(), Some("Mailjet"));
    let recipients: Vec<_> =
        report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect();
    // The open event reports no delivery outcome.
    assert_eq!(
        recipients,
        [
            "bob@example.org",
            "eve@example.net",
            "dave@example.com",
            "frank@example.org",
            "heidi@example.net"
        ]
    );
}

#[test]
fn mailjet_comment_read_as_reply() {
    let report = fixture("mailjet-events.json");
    let bob = card(&report, "bob@example.org");
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert_eq!(bob.reply.as_deref(), Some("550"));
    assert_eq!(bob.status.as_deref(), Some("5.1.1"));
    assert_eq!(bob.explanation.who_acts, Actor::You);
    assert!(bob.permanent);
}

#[test]
fn mailjet_soft_block_quotes_ip() {
    let report = fixture("mailjet-events.json");
    let eve = card(&report, "eve@example.net");
    assert_eq!(eve.reason, Reason::Blocked);
    assert_eq!(eve.sender_ip.as_deref(), Some("192.0.2.22"));
    assert!(eve.blocklists.iter().any(|b| b.contains("barracuda")), "{:?}", eve.blocklists);
    assert!(eve.diagnostic.contains("b.barracudacentral.org"), "{}", eve.diagnostic);
    // `hard_bounce: false`: Mailjet calls the failure temporary.
    assert!(!eve.permanent);
}

#[test]
fn mailjet_error_without_comment() {
    let report = fixture("mailjet-events.json");
    let dave = card(&report, "dave@example.com");
    assert_eq!(dave.reason, Reason::UserUnknown);
    assert_eq!(dave.explanation.who_acts, Actor::You);
    assert!(dave.diagnostic.contains("user unknown"), "{}", dave.diagnostic);
    let frank = card(&report, "frank@example.org");
    assert_eq!(frank.reason, Reason::Suppressed);
    let heidi = card(&report, "heidi@example.net");
    assert_eq!(heidi.reason, Reason::Delivered);
}

#[test]
fn mailjet_single_event_alone() {
    let text = r#"{"event":"bounce","time":1764843121,"email":"eve@example.net","mj_campaign_id":7257,"mj_contact_id":5,"blocked":true,"hard_bounce":false,"error_related_to":"spam","error":"sender blocked","comment":"550 5.7.1 Service unavailable; Client host [192.0.2.22] blocked using b.barracudacentral.org"}"#;
    let report = explain(text);
    assert_eq!(report.mta.as_deref(), Some("mailjet"));
    assert_eq!(report.recipients.len(), 1);
    assert_eq!(report.recipients[0].sender_ip.as_deref(), Some("192.0.2.22"));
}

#[test]
fn brevo_events_named_brevo() {
    let report = fixture("brevo-events.json");
    assert_eq!(report.mta.as_deref(), Some("brevo"));
    assert_eq!(report.mta_name.as_deref(), Some("Brevo"));
    assert_eq!(report.recipients.len(), 5, "{report:#?}");
    let bob = card(&report, "bob@example.org");
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert!(bob.permanent);
    assert_eq!(bob.explanation.who_acts, Actor::You);
    // A hard bounce of an unknown user is no block, so no IP is quoted.
    assert_eq!(bob.sender_ip, None);
}

#[test]
fn brevo_soft_bounce_not_permanent() {
    let report = fixture("brevo-events.json");
    let carol = card(&report, "carol@example.org");
    assert_eq!(carol.reason, Reason::Blocked);
    assert_eq!(carol.sender_ip.as_deref(), Some("192.0.2.16"));
    assert!(!carol.permanent);
    let dave = card(&report, "dave@example.com");
    assert_eq!(dave.action, "delayed");
    assert_eq!(dave.sender_ip.as_deref(), Some("192.0.2.17"));
    let erin = card(&report, "erin@example.net");
    assert_eq!(erin.reason, Reason::Suppressed);
    let grace = card(&report, "grace@example.org");
    assert_eq!(grace.reason, Reason::Delivered);
}

#[test]
fn unknown_layout_borrows_no_name() {
    let report = fixture("unknown-service.json");
    assert_eq!(report.input_kind, InputKind::JsonRecord);
    assert_eq!(report.mta, None);
    assert_eq!(report.mta_name, None);
    assert_eq!(report.recipients.len(), 1);
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
    assert!(
        report.notes.iter().any(|n| n.message.contains("not one this tool reads")),
        "{:?}",
        report.notes
    );
}
