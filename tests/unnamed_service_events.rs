//! Webhook events of sending services with no reader of their own:
//! Postal, MailerSend and Resend. The recipient comes from a field that
//! names one (`to`, `recipient.email`), never from the sender's `from`
//! or the `message_id`, which also look like addresses.

use bounce_explainer::{explain, InputKind, Reason, Report};

fn fixture(name: &str) -> Report {
    let path = format!("{}/tests/fixtures/webhooks/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    explain(&text)
}

fn addresses(report: &Report) -> Vec<&str> {
    report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect()
}

#[test]
fn postal_failure_names_to() {
    let report = fixture("postal-bounce.json");
    assert_eq!(addresses(&report), ["bob@example.net"]);
    assert_eq!(report.input_kind, InputKind::JsonRecord);
    let card = &report.recipients[0];
    assert_eq!(card.reply.as_deref(), Some("554"));
    assert_eq!(card.reason, Reason::Blocked);
    assert!(card.diagnostic.contains("zen.spamhaus.org"), "{}", card.diagnostic);
    assert!(!card.diagnostic.contains("sent_with_ssl"), "{}", card.diagnostic);
}

#[test]
fn mailersend_bounce_names_recipient() {
    let report = fixture("mailersend-bounce.json");
    assert_eq!(addresses(&report), ["bob@example.net"]);
    let card = &report.recipients[0];
    assert_eq!(card.reply.as_deref(), Some("550"));
    assert_eq!(card.reason, Reason::UserUnknown);
}

#[test]
fn resend_suppressed_bounce_read() {
    let report = fixture("resend-bounce.json");
    assert_eq!(addresses(&report), ["bob@example.net"]);
    assert_eq!(report.recipients[0].reason, Reason::Suppressed);
}

/// A record whose only addresses are the sender's and the Message-ID's
/// names no recipient.
#[test]
fn sender_only_event_names_nobody() {
    let text = r#"{"event":"MessageDeliveryFailed","payload":{"message":{"message_id":"abc@example.com","from":"alice@example.com"},"output":"550 5.1.1 User unknown"}}"#;
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1);
    assert_eq!(report.recipients[0].recipient, None);
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
}

#[test]
fn delayed_event_with_recipients_list() {
    let text = r#"{"type":"email.delivery_delayed","data":{"from":"alice@example.com","to":["bob@example.net","carol@example.org"],"reason":"451 4.7.1 Try again later"}}"#;
    let report = explain(text);
    assert_eq!(addresses(&report), ["bob@example.net", "carol@example.org"]);
    for card in &report.recipients {
        assert_eq!(card.action, "delayed");
        assert_eq!(card.reply.as_deref(), Some("451"));
    }
}

/// Postal's MessageBounced event, as its webhook reference shows it
/// (<https://docs.postalserver.io/developer/webhooks>): `original_message`
/// is the message sent, and `bounce` is the bounce message Postal received,
/// whose `to` is the sender's own return path.
const POSTAL_BOUNCED: &str = r#"{"event":"MessageBounced","timestamp":1764900000.0,"payload":{"original_message":{"id":1,"token":"a","direction":"outgoing","message_id":"x@example.com","to":"bob@example.net","from":"alice@example.com","subject":"Hi","timestamp":1764899990.0,"spam_status":"NotChecked","tag":null},"bounce":{"id":2,"token":"b","direction":"incoming","message_id":"y@mail.example.net","to":"bounces@example.com","from":"MAILER-DAEMON@mail.example.net","subject":"Undelivered Mail Returned to Sender","timestamp":1764900000.0,"spam_status":"NotChecked","tag":null}}}"#;

#[test]
fn postal_bounced_names_original_recipient() {
    let report = explain(POSTAL_BOUNCED);
    assert_eq!(report.input_kind, InputKind::JsonRecord);
    assert_eq!(addresses(&report), ["bob@example.net"]);
    assert_eq!(report.recipients[0].action, "failed");
}

/// Postal's MessageBounced event carries no reply at all, so its card
/// says the event gives no reply text, not that a reply lacks a code.
#[test]
fn postal_bounced_card_names_missing_reply() {
    let report = explain(POSTAL_BOUNCED);
    let card = &report.recipients[0];
    assert!(card.diagnostic.is_empty(), "{}", card.diagnostic);
    let explanation = &card.explanation;
    assert!(!explanation.why.contains("carries no code"), "{}", explanation.why);
    assert!(!explanation.why.contains("server's reply"), "{}", explanation.why);
    assert!(explanation.what.contains("no reply text"), "{}", explanation.what);
}

/// The received bounce is recognised by its `direction` alone, or by a
/// mail system's `from` alone, whichever the layout has.
#[test]
fn received_bounce_message_skipped() {
    let by_direction = POSTAL_BOUNCED.replace("MAILER-DAEMON@", "notices@");
    let by_sender = POSTAL_BOUNCED.replace(r#""direction":"incoming","#, "");
    let postmaster = by_sender.replace("MAILER-DAEMON@", "postmaster@");
    for text in [&by_direction, &by_sender, &postmaster] {
        let report = explain(text);
        assert_eq!(addresses(&report), ["bob@example.net"], "{text}");
    }
}

/// A bounce object that lists the failed recipients, with no message of
/// its own, still gives them.
#[test]
fn bounce_object_recipients_kept() {
    let text = r#"{"type":"message.bounced","data":{"message":{"from":"alice@example.com","to":["bob@example.net"]},"bounce":{"type":"Permanent","recipients":[{"email":"bob@example.net","diagnostic_code":"550 5.1.1 user unknown"}]}}}"#;
    let report = explain(text);
    assert_eq!(addresses(&report), ["bob@example.net"]);
}
