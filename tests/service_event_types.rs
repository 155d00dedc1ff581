//! Sending services' events that carry no receiver's reply: the event's
//! own type gives the card, and an event that names a recipient but
//! reports no failure gets a note. None is dropped without a word.
//!
//! Meanings: SparkPost's "messages attempted" FAQ (generation_failure is
//! a template error, generation_rejection is typically a suppression),
//! Brevo's event table for `invalid_email`
//! (<https://developers.brevo.com/reference/gettransacemailcontent>) and
//! SES's event types. The fixtures' reasons and field sets were written
//! for these tests.

use crate::cards;

use bounce_explainer::{explain, Actor, Reason, Report};
use cards::card_for;

fn read(dir: &str, name: &str) -> String {
    let path = format!("{}/tests/fixtures/{dir}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn recipients(report: &Report) -> Vec<&str> {
    report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect()
}

/// Returns the note that names the events not read.
fn not_read_note(report: &Report) -> &str {
    report
        .notes
        .iter()
        .map(|n| n.message.as_str())
        .find(|m| m.contains("not read"))
        .unwrap_or_else(|| panic!("no note on the events not read: {:?}", report.notes))
}

#[test]
fn brevo_invalid_email_has_entry() {
    let text = read("webhooks", "brevo-invalid-email.json");
    for address in ["erin@@example.com", "frank@example", "grace@example.org"] {
        let r = card_for(&text, address);
        assert_eq!(r.explanation.entry, "brevo/invalid-email", "{address}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{address}");
        assert!(r.permanent, "{address}");
        assert!(r.explanation.what.contains("invalid"), "{address}: {}", r.explanation.what);
        // Brevo sent nothing, so there is no block and no IP to quote.
        assert_eq!(r.sender_ip, None, "{address}");
        assert!(r.explanation.source.contains("developers.brevo.com"), "{address}");
    }
}

#[test]
fn brevo_invalid_email_checks_both_addresses() {
    let text = read("webhooks", "brevo-invalid-email.json");
    let r = card_for(&text, "grace@example.org");
    // The sources disagree on whose address is invalid, so the steps
    // check the address the event names and the sender's.
    let steps = r.explanation.steps.join(" ");
    assert!(steps.contains("address the event names"), "{steps}");
    assert!(steps.contains("sender address"), "{steps}");
    assert!(!r.explanation.what.contains("does not exist"), "{}", r.explanation.what);
}

#[test]
fn brevo_batch_notes_unread_events() {
    let report = explain(&read("webhooks", "brevo-invalid-email.json"));
    assert_eq!(report.mta.as_deref(), Some("brevo"));
    assert_eq!(report.recipients.len(), 4, "{:?}", recipients(&report));
    let note = not_read_note(&report);
    assert!(note.contains("2 events"), "{note}");
    assert!(note.contains("`unsubscribed` for ivy@example.com"), "{note}");
    assert!(note.contains("`opened` for judy@example.com"), "{note}");
}

#[test]
fn sparkpost_generation_failure_card() {
    let text = read("webhooks", "sparkpost-generation.json");
    for address in ["dave@example.com", "erin@example.org"] {
        let r = card_for(&text, address);
        assert_eq!(r.explanation.entry, "sparkpost/generation-failure", "{address}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{address}");
        assert!(r.permanent, "{address}");
        assert!(r.explanation.what.contains("template"), "{address}");
        assert!(r.explanation.retry.contains("fix"), "{address}: {}", r.explanation.retry);
        assert_eq!(r.sender_ip, None, "{address}");
        assert!(r.blocklists.is_empty(), "{address}");
    }
}

#[test]
fn sparkpost_generation_rejection_suppressed() {
    let text = read("webhooks", "sparkpost-generation.json");
    let r = card_for(&text, "frank@example.net");
    assert_eq!(r.reason, Reason::Suppressed);
    assert_eq!(r.sender_ip, None);
}

#[test]
fn sparkpost_batch_counts_every_failure() {
    let report = explain(&read("webhooks", "sparkpost-generation.json"));
    assert_eq!(report.mta.as_deref(), Some("sparkpost"));
    assert_eq!(
        recipients(&report),
        ["bob@example.net", "dave@example.com", "erin@example.org", "frank@example.net"]
    );
    assert!(report.summary.contains("4 recipients"), "{}", report.summary);
    let note = not_read_note(&report);
    assert!(note.contains("`open` for carol@example.org"), "{note}");
    assert!(note.contains("`list_unsubscribe` for gina@example.com"), "{note}");
}

/// One bounce and one event of a type that reports no failure, per
/// service: the note names the other event's recipient.
#[test]
fn other_services_note_unread_events() {
    let cases = [
        (
            "mailjet",
            r#"[{"event":"bounce","email":"bob@example.net","mj_message_id":"1","hard_bounce":true,"comment":"550 5.1.1 user unknown"},
                {"event":"open","email":"carol@example.org","mj_message_id":"2","ip":"203.0.113.9"}]"#,
        ),
        (
            "sendgrid",
            r#"[{"event":"bounce","email":"bob@example.net","sg_event_id":"a","reason":"550 5.1.1 user unknown"},
                {"event":"open","email":"carol@example.org","sg_event_id":"b","ip":"203.0.113.9"}]"#,
        ),
        (
            "smtp2go",
            r#"[{"event":"bounce","rcpt":"bob@example.net","bounce":"hard","message":"550 5.1.1 user unknown"},
                {"event":"open","rcpt":"carol@example.org"}]"#,
        ),
        (
            "mailgun",
            r#"[{"event":"failed","severity":"permanent","recipient":"bob@example.net","delivery-status":{"code":550,"message":"5.1.1 user unknown"}},
                {"event":"opened","recipient":"carol@example.org"}]"#,
        ),
        (
            "postmark",
            r#"[{"RecordType":"Bounce","Type":"HardBounce","Email":"bob@example.net","Details":"550 5.1.1 user unknown"},
                {"RecordType":"Open","Recipient":"carol@example.org"}]"#,
        ),
        (
            "mandrill",
            r#"[{"event":"hard_bounce","msg":{"email":"bob@example.net","diag":"550 5.1.1 user unknown"}},
                {"event":"open","msg":{"email":"carol@example.org"}}]"#,
        ),
    ];
    for (service, text) in cases {
        let report = explain(text);
        assert_eq!(report.mta.as_deref(), Some(service), "{report:#?}");
        assert_eq!(recipients(&report), ["bob@example.net"], "{service}");
        let note = not_read_note(&report);
        assert!(note.contains("for carol@example.org"), "{service}: {note}");
    }
}

/// Amazon SES's own refusals (its API reference: `Reject` for a virus,
/// `Rendering Failure` for a template problem) and an `Open` record.
#[test]
fn ses_reject_and_rendering_failure() {
    let text = r#"[
      {"eventType":"Reject","mail":{"source":"alice@example.com","destination":["bob@example.net"]},"reject":{"reason":"Bad content"}},
      {"eventType":"Rendering Failure","mail":{"source":"alice@example.com","destination":["carol@example.org"]},
       "failure":{"errorMessage":"Attribute 'name' is not present in the rendering data.","templateName":"Welcome"}},
      {"eventType":"Open","mail":{"source":"alice@example.com","destination":["dave@example.com"]},"open":{"ipAddress":"203.0.113.5"}}
    ]"#;
    let report = explain(text);
    assert_eq!(report.mta.as_deref(), Some("amazonses"));
    assert_eq!(recipients(&report), ["bob@example.net", "carol@example.org"]);
    let bob = card_for(text, "bob@example.net");
    assert_eq!(bob.explanation.entry, "amazon/reject-virus");
    assert_eq!(bob.reason, Reason::VirusDetected);
    assert_eq!(bob.explanation.who_acts, Actor::You);
    let carol = card_for(text, "carol@example.org");
    assert_eq!(carol.explanation.entry, "amazon/rendering-failure");
    assert_eq!(carol.explanation.who_acts, Actor::You);
    assert!(carol.permanent);
    for r in [&bob, &carol] {
        assert_eq!(r.sender_ip, None);
    }
    let note = not_read_note(&report);
    assert!(note.contains("`Open` for dave@example.com"), "{note}");
    assert!(!note.contains("alice@example.com"), "{note}");
}

/// SendGrid's `spamreport` event: the recipient marked the message as
/// spam, and SendGrid suppresses the address (its Spam Reports API
/// reference). The card tells the sender to stop mailing the address,
/// and nothing is retried.
#[test]
fn sendgrid_spamreport_card() {
    let text = r#"[{"email":"bob@example.net","timestamp":1764931200,"smtp-id":"<14c5d75ce93.dfd.64b469@ismtpd-555>",
        "event":"spamreport","sg_event_id":"a1","sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0"},
      {"email":"carol@example.org","timestamp":1764931300,"event":"open","sg_event_id":"a2","sg_message_id":"m2","ip":"203.0.113.9"}]"#;
    let report = explain(text);
    assert_eq!(report.mta.as_deref(), Some("sendgrid"));
    assert_eq!(recipients(&report), ["bob@example.net"]);
    let r = card_for(text, "bob@example.net");
    assert_eq!(r.explanation.entry, "sendgrid/spamreport");
    assert_eq!(r.reason, Reason::Feedback);
    assert_eq!(r.explanation.who_acts, Actor::You);
    assert!(r.explanation.what.contains("spam"), "{}", r.explanation.what);
    let steps = r.explanation.steps.join(" ");
    assert!(steps.contains("Stop mailing"), "{steps}");
    assert!(steps.contains("suppression"), "{steps}");
    assert!(r.explanation.retry.starts_with("Nothing to retry"), "{}", r.explanation.retry);
    assert!(!r.retrying);
    // A complaint carries no sending IP to quote.
    assert_eq!(r.sender_ip, None);
    assert!(r.explanation.source.contains("sendgrid"), "{}", r.explanation.source);
    assert!(report.summary.contains("spam"), "{}", report.summary);
    let note = not_read_note(&report);
    assert!(note.contains("`open` for carol@example.org"), "{note}");
}

/// Mailgun's `failed` event with reason `old`, as Mailgun posts it
/// once its retry period has run out: code 602 and "Too old".
const MAILGUN_TOO_OLD: &str = r#"{"signature":{"timestamp":"1764931200","token":"t","signature":"s"},
  "event-data":{"event":"failed","severity":"permanent","reason":"old","log-level":"error",
    "recipient":"bob@example.net","recipient-domain":"example.net","timestamp":1764931200.5,
    "envelope":{"sender":"alice@example.com","transport":"smtp","targets":"bob@example.net"},
    "message":{"headers":{"to":"bob@example.net","from":"alice@example.com","subject":"Invoice"}},
    "delivery-status":{"attempt-no":31,"message":"Too old","code":602,"description":"","session-seconds":0.0}}}"#;

/// Mailgun's reason `old`: its help page on retries states that it
/// retries a temporary failure for up to 8 hours, then drops the message
/// with the description "Too old".
#[test]
fn mailgun_old_is_expiry() {
    let text = MAILGUN_TOO_OLD;
    let report = explain(text);
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    let r = card_for(text, "bob@example.net");
    assert_eq!(r.explanation.entry, "mailgun/too-old");
    assert_eq!(r.reason, Reason::Expired);
    assert_eq!(r.action, "failed");
    assert!(!r.retrying);
    assert_eq!(r.explanation.who_acts, Actor::You);
    let what = &r.explanation.what;
    assert!(what.contains("Mailgun"), "{what}");
    assert!(what.contains("stopped"), "{what}");
    assert!(r.explanation.why.contains("8 hours"), "{}", r.explanation.why);
    let steps = r.explanation.steps.join(" ");
    assert!(steps.contains("temporary"), "{steps}");
    // Every attempt failed on a temporary cause, so a later resend can work.
    assert!(!r.explanation.retry.starts_with("Permanent"), "{}", r.explanation.retry);
    assert!(r.explanation.source.contains("mailgun.com"), "{}", r.explanation.source);
    assert!(r.diagnostic.contains("Too old"), "{}", r.diagnostic);
}

/// Other Mailgun reasons keep the reply's own card.
#[test]
fn mailgun_other_reasons_unchanged() {
    let text = read("webhooks", "mailgun-failed.json");
    let r = card_for(&text, "carol@example.org");
    assert_ne!(r.explanation.entry, "mailgun/too-old");
    assert_eq!(r.reason, Reason::Blocked);
}
