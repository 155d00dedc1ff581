//! Email service providers' webhook events in JSON: one card per event
//! that reports a delivery outcome, whatever the strings contain, and
//! only the event's recipient on it (never the sender or a header).

use bounce_explainer::{explain, Reason, Report};

fn fixture(name: &str) -> Report {
    let path = format!("{}/tests/fixtures/webhooks/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    explain(&text)
}

/// Returns (recipient, reason, action) per card.
fn cards(report: &Report) -> Vec<(String, Reason, String)> {
    report
        .recipients
        .iter()
        .map(|r| (r.recipient.clone().unwrap_or_default(), r.reason, r.action.clone()))
        .collect()
}

#[test]
fn sendgrid_batch_one_card_per_outcome() {
    let report = fixture("sendgrid-batch.json");
    assert_eq!(report.mta.as_deref(), Some("sendgrid"));
    assert_eq!(report.mta_name.as_deref(), Some("SendGrid"));
    let found = cards(&report);
    let recipients: Vec<&str> = found.iter().map(|(r, _, _)| r.as_str()).collect();
    // The open event reports no delivery outcome.
    assert_eq!(
        recipients,
        ["bob@example.net", "carol@example.org", "erin@example.org", "grace@example.org"]
    );
    assert_eq!(found[0].1, Reason::UserUnknown);
    assert_eq!(found[1].1, Reason::Blocked);
    assert_eq!(found[2].2, "delayed");
    assert_eq!(found[3].1, Reason::Delivered);
    assert_eq!(report.recipients[1].sender_ip.as_deref(), Some("203.0.113.9"));
    assert_eq!(report.recipients[0].sender_ip, None);
}

#[test]
fn sendgrid_batch_on_one_line_reads_the_same() {
    let path =
        format!("{}/tests/fixtures/webhooks/sendgrid-batch.json", env!("CARGO_MANIFEST_DIR"));
    let pretty = std::fs::read_to_string(path).unwrap();
    let value: serde_json::Value = serde_json::from_str(&pretty).unwrap();
    let one_line = serde_json::to_string(&value).unwrap();
    assert_eq!(cards(&explain(&one_line)), cards(&explain(&pretty)));
    // Pasted with a line of the ticket before it, too.
    let in_ticket = format!("Customer sent this from their dashboard:\n{one_line}\nThanks");
    assert_eq!(cards(&explain(&in_ticket)), cards(&explain(&pretty)));
}

#[test]
fn mailgun_failed_events() {
    let report = fixture("mailgun-failed.json");
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    assert_eq!(report.mta_name.as_deref(), Some("Mailgun"));
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let r = &report.recipients[0];
    assert_eq!(r.recipient.as_deref(), Some("carol@example.org"));
    assert_eq!(r.reply.as_deref(), Some("550"));
    assert_eq!(r.status.as_deref(), Some("5.7.1"));
    assert_eq!(r.remote_host.as_deref(), Some("mx.example.org"));
    assert_eq!(r.reason, Reason::Blocked);
    assert_eq!(r.sender_ip.as_deref(), Some("198.51.100.21"));

    // severity "temporary" is Mailgun's word for a delay it retries.
    let report = fixture("mailgun-temporary.json");
    assert_eq!(
        cards(&report),
        [("dave@example.net".into(), report.recipients[0].reason, "delayed".into())]
    );
    assert!(!report.recipients[0].permanent);
}

#[test]
fn postmark_bounce_names_only_the_bounced_address() {
    let report = fixture("postmark-bounce.json");
    assert_eq!(report.mta.as_deref(), Some("postmark"));
    assert_eq!(report.mta_name.as_deref(), Some("Postmark"));
    assert_eq!(cards(&report), [("dave@example.net".into(), Reason::UserUnknown, "failed".into())]);
    // Postmark's "smtp;" prefix is the diagnostic-type, not the reply.
    assert!(
        report.recipients[0].diagnostic.starts_with("550 5.1.1"),
        "{}",
        report.recipients[0].diagnostic
    );
}

#[test]
fn sparkpost_and_mandrill_events() {
    let report = fixture("sparkpost-events.json");
    assert_eq!(report.mta.as_deref(), Some("sparkpost"));
    assert_eq!(report.mta_name.as_deref(), Some("SparkPost"));
    let found = cards(&report);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!((found[0].0.as_str(), found[0].1), ("heidi@example.net", Reason::UserUnknown));
    assert_eq!((found[1].0.as_str(), found[1].2.as_str()), ("ivan@example.org", "delayed"));

    let report = fixture("mandrill-events.json");
    assert_eq!(report.mta.as_deref(), Some("mandrill"));
    assert_eq!(report.mta_name.as_deref(), Some("Mandrill"));
    let found = cards(&report);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!((found[0].0.as_str(), found[0].1), ("judy@example.net", Reason::UserUnknown));
    assert_eq!((found[1].0.as_str(), found[1].2.as_str()), ("mallory@example.org", "delayed"));
    assert_eq!(report.recipients[1].reply.as_deref(), Some("451"));
}

#[test]
fn json_of_other_shapes_is_not_a_webhook() {
    // An application's own JSON with an "event" and an "email" that are
    // no delivery outcome, and an engagement-only SendGrid batch.
    for text in [
        r#"{"event": "signup", "email": "bob@example.net", "plan": "pro"}"#,
        r#"[{"email": "bob@example.net", "event": "open"}, {"email": "bob@example.net", "event": "click"}]"#,
    ] {
        let report = explain(text);
        assert!(report.recipients.is_empty(), "{text}: {report:#?}");
    }
}

#[test]
fn unknown_user_wording_in_a_record_is_an_unknown_user() {
    // A service's record logs the receiver's reply without the SMTP
    // command. Outlook's "mailbox unavailable" with the vague 5.5.0 then
    // means what it means in a reply to RCPT, not a filter at DATA.
    let reply = "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). \
                 [AM1EUR02FT012.eop-EUR02.prod.protection.outlook.com]";
    let records = [
        format!(
            r#"{{"notificationType":"Bounce","bounce":{{"bounceType":"Permanent","bouncedRecipients":[{{"emailAddress":"bob@example.net","status":"5.5.0","diagnosticCode":"smtp; {reply}"}}]}}}}"#
        ),
        format!(
            r#"[{{"email":"bob@example.net","event":"bounce","reason":"{reply}","status":"5.5.0"}}]"#
        ),
    ];
    for record in records {
        let report = explain(&record);
        assert_eq!(
            cards(&report),
            [("bob@example.net".into(), Reason::UserUnknown, "failed".into())],
            "{record}"
        );
    }
}

#[test]
fn suppressed_addresses_are_the_senders_own_list() {
    // Each service's way of saying it sent nothing because the address
    // is on its suppression list; no receiver refused anything.
    for name in ["sendgrid-dropped.json", "suppressed-mixed.json"] {
        let report = fixture(name);
        assert!(report.recipients.len() >= 3, "{name}: {report:#?}");
        for r in &report.recipients {
            assert_eq!(r.reason, Reason::Suppressed, "{name}: {:?}", r.recipient);
            assert_eq!(r.explanation.who_acts, bounce_explainer::Actor::You);
            assert!(r.sender_ip.is_none());
        }
    }
    // The same in an SES notification emailed as text, by its wording.
    let text = "An error occurred while trying to deliver the mail to the following recipients:\n\
                hank@example.org\n\n550 5.1.1 Amazon SES has suppressed sending to this address \
                because it has a recent history of bouncing as an invalid address.";
    assert_eq!(explain(text).recipients[0].reason, Reason::Suppressed);
}

#[test]
fn dropped_for_other_causes_is_not_suppressed() {
    let text =
        r#"[{"email":"bob@example.net","event":"dropped","reason":"Invalid SMTPAPI header"}]"#;
    let report = explain(text);
    assert_ne!(report.recipients[0].reason, Reason::Suppressed);
}
