//! Mailgun's legacy webhooks, which post one flat event, form-encoded or
//! as JSON. Its `event` is `dropped` for a message Mailgun gave up on or
//! did not send, and `bounced` for a receiver's hard bounce. A `dropped`
//! event names the `recipient`, a `reason` (`hardfail`, `maxfails` or
//! `old`), Mailgun's `code` and its `description`. A `bounced` event carries the receiver's
//! reply code in `code` and its reply in `error`. The fields are those
//! that django-anymail's tests of these webhooks post. The cards are those
//! of the current `failed` event with the same code and text.
//!
//! Documentation addresses only.

use crate::cards;
use crate::cli_run;

use bounce_explainer::{explain, Actor, Reason};
use cards::only;
use cli_run::{json_lines, run, TempDir};

/// A form-encoded `dropped` event for an address that bounced before,
/// as Mailgun posts it, with the signature fields.
const DROPPED_FORM: &str = "domain=mg.example.com&event=dropped&recipient=bob%40example.net\
&reason=hardfail&code=605&description=Not+delivering+to+previously+bounced+address\
&Message-Id=%3C20261205100000.1.ABCDEF%40mg.example.com%3E&timestamp=1764928800\
&token=0f3a9c7d2e&signature=5b2e9f";

/// The same kind of event as JSON, for a message whose retry period ran
/// out.
const DROPPED_OLD_JSON: &str = r#"{"event": "dropped", "recipient": "carol@example.org", "domain": "mg.example.com",
 "reason": "old", "code": "499", "description": "Unable to connect to MX servers: [example.org]",
 "timestamp": "1764928800", "token": "0f3a9c7d2e", "signature": "5b2e9f"}"#;

/// A form-encoded `bounced` event with the receiver's reply.
const BOUNCED_FORM: &str = "domain=mg.example.com&event=bounced&recipient=dave%40example.net\
&code=550&error=550+5.1.1+The+email+account+that+you+tried+to+reach+does+not+exist.\
&notification=&timestamp=1764928800&token=0f3a9c7d2e&signature=5b2e9f";

#[test]
fn form_dropped_reads_suppression() {
    let report = explain(DROPPED_FORM);
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    let r = only(DROPPED_FORM);
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(r.reason, Reason::Suppressed);
    assert_eq!(r.explanation.entry, "reason/suppressed");
    assert_eq!(r.action, "failed");
    assert_eq!(r.explanation.who_acts, Actor::You);
    // Mailgun's own code is no reply of a receiving server.
    assert_eq!(r.reply, None);
}

#[test]
fn json_dropped_old_is_expiry() {
    let report = explain(DROPPED_OLD_JSON);
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    let notes: Vec<&str> = report.notes.iter().map(|n| n.message.as_str()).collect();
    assert!(!notes.iter().any(|n| n.contains("form-encoded")), "{notes:?}");
    let r = only(DROPPED_OLD_JSON);
    assert_eq!(r.recipient.as_deref(), Some("carol@example.org"));
    assert_eq!(r.explanation.entry, "mailgun/too-old");
    assert_eq!(r.reason, Reason::Expired);
    assert!(!r.retrying);
}

#[test]
fn form_bounced_reads_reply() {
    let report = explain(BOUNCED_FORM);
    assert_eq!(report.mta.as_deref(), Some("mailgun"));
    let r = only(BOUNCED_FORM);
    assert_eq!(r.recipient.as_deref(), Some("dave@example.net"));
    assert_eq!(r.reason, Reason::UserUnknown);
    assert_eq!(r.reply.as_deref(), Some("550"));
    assert_eq!(r.status.as_deref(), Some("5.1.1"));
    assert_eq!(r.action, "failed");
}

/// Mailgun's code 625 reads the same in a legacy event as in a `failed`
/// one.
#[test]
fn legacy_625_poor_list_quality() {
    let form = DROPPED_FORM
        .replace("code=605", "code=625")
        .replace("Not+delivering+to+previously+bounced+address", "Poor+mailing+list+quality");
    let json = DROPPED_OLD_JSON
        .replace(r#""reason": "old""#, r#""reason": "hardfail""#)
        .replace(r#""code": "499""#, r#""code": "625""#)
        .replace("Unable to connect to MX servers: [example.org]", "Poor mailing list quality");
    for text in [form, json] {
        let r = only(&text);
        assert_eq!(r.explanation.entry, "mailgun/poor-list-quality", "{text}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
        assert_eq!(r.action, "failed", "{text}");
    }
}

/// A `dropped` event whose `maxfails` reason comes with the last reply is
/// read by that reply.
#[test]
fn maxfails_reads_last_reply() {
    let text = DROPPED_OLD_JSON
        .replace(r#""reason": "old""#, r#""reason": "maxfails""#)
        .replace(r#""code": "499""#, r#""code": "552""#)
        .replace(
            "Unable to connect to MX servers: [example.org]",
            "552 5.2.2 The email account that you tried to reach is over quota.",
        );
    let r = only(&text);
    assert_eq!(r.reason, Reason::MailboxFull, "{text}");
    assert_eq!(r.reply.as_deref(), Some("552"), "{text}");
    assert_ne!(r.explanation.entry, "mailgun/too-old", "{text}");
}

/// SendGrid's `dropped` event names the address in `email` and is still
/// read as SendGrid's.
#[test]
fn sendgrid_dropped_stays_sendgrid() {
    let text = r#"[{"email":"erin@example.net","timestamp":1764928800,"event":"dropped","reason":"Bounced Address","sg_event_id":"x","sg_message_id":"y","smtp-id":"<a@example.com>"}]"#;
    assert_eq!(explain(text).mta.as_deref(), Some("sendgrid"));
}

/// A form body that is no Mailgun event (a sign-up form) gives no card.
#[test]
fn other_form_body_not_read() {
    let text = "name=Bob&email=bob%40example.net&event=signup";
    assert!(explain(text).recipients.is_empty(), "{}", explain(text).summary);
}

/// The CLI names Mailgun for a form-encoded event read from a file.
#[test]
fn cli_reads_form_event_file() {
    let dir = TempDir::new("mailgun-legacy");
    let file = dir.write("dropped.txt", DROPPED_FORM);
    let reports = json_lines(&run(&["--json", file.as_str()], ""));
    assert_eq!(reports[0]["mta"], "mailgun");
    assert_eq!(reports[0]["recipients"][0]["recipient"], "bob@example.net");
    assert_eq!(reports[0]["recipients"][0]["reason"], "suppressed");
    let notes = reports[0]["notes"].to_string();
    assert!(notes.contains("form-encoded body"), "{notes}");
}
