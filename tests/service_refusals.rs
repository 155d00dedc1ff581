//! Sending services' events for a message the service itself did not
//! send: SparkPost's policy and generation rejections (its "messages
//! attempted" FAQ, bounce classes 25 and 26) and SendGrid's `dropped`.
//! No receiving server saw the message, so the card names the service's
//! account as the cause and quotes no sending IP.
//!
//! NOTE: the fixtures' "recipient blackhole", template-error and Smart Send
//! reasons are not from SparkPost's documentation; the suppression and
//! "Unconfigured Sending Domain" reasons are.

use crate::cards;

use bounce_explainer::{explain, Actor, Reason};
use cards::card_for;

/// Reads a fixture under tests/fixtures/webhooks.
fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/webhooks/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn sparkpost_policy_events_blame_account() {
    let text = fixture("sparkpost-policy.json");
    assert_eq!(explain(&text).recipients.len(), 3);
    // Bob's event names its reason, an unconfigured sending domain.
    for (address, entry) in [
        ("bob@example.net", "sparkpost/unconfigured-sending-domain"),
        ("carol@example.net", "sparkpost/policy-rejection"),
    ] {
        let r = card_for(&text, address);
        assert_eq!(r.explanation.entry, entry, "{address}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{address}");
        assert!(r.permanent, "{address}");
        assert!(!r.explanation.what.contains("receiving server refused"), "{address}");
        let what = r.explanation.what.to_lowercase();
        assert!(what.contains("no receiving server"), "{address}: {what}");
        assert!(r.sender_ip.is_none(), "{address}: {:?}", r.sender_ip);
        assert!(r.blocklists.is_empty(), "{address}");
    }
    // A generation failure is a template error, which the sender fixes.
    let dave = card_for(&text, "dave@example.org");
    assert_eq!(dave.explanation.entry, "sparkpost/generation-failure");
    assert_eq!(dave.explanation.who_acts, Actor::You);
    assert!(dave.sender_ip.is_none(), "{:?}", dave.sender_ip);
}

#[test]
fn sparkpost_suppressions_read_as_suppressed() {
    let text = fixture("sparkpost-suppressed.json");
    assert_eq!(explain(&text).recipients.len(), 3);
    for address in ["erin@example.net", "frank@example.net", "gina@example.org"] {
        let r = card_for(&text, address);
        assert_eq!(r.reason, Reason::Suppressed, "{address}");
        assert!(r.sender_ip.is_none(), "{address}: {:?}", r.sender_ip);
    }
}

#[test]
fn sparkpost_receiver_block_unchanged() {
    // Class 51 is a receiver's block, so the sending IP is still quoted.
    let text = r#"{"msys": {"message_event": {"type": "bounce", "bounce_class": "51",
        "rcpt_to": "heidi@example.net", "sending_ip": "198.51.100.30",
        "raw_reason": "554 5.7.1 Service unavailable; Client host [198.51.100.30] blocked using zen.spamhaus.org"}}}"#;
    let r = card_for(text, "heidi@example.net");
    assert_eq!(r.reason, Reason::Blocked);
    assert_ne!(r.explanation.entry, "sparkpost/policy-rejection");
    assert_eq!(r.sender_ip.as_deref(), Some("198.51.100.30"));
}

/// A malformed SMTPAPI header is the sending program's fault. `Invalid`
/// names SendGrid's Invalid Emails list, one of the account's own lists,
/// so the sender checks the address.
#[test]
fn sendgrid_drop_blames_account() {
    let text = r#"[{"email":"bob@example.net","event":"dropped","reason":"Invalid SMTPAPI header","sg_event_id":"x1"},
                  {"email":"carol@example.org","event":"dropped","reason":"Invalid","sg_event_id":"x2"}]"#;
    let r = card_for(text, "bob@example.net");
    assert_eq!(r.explanation.entry, "sendgrid/dropped");
    assert_eq!(r.explanation.who_acts, Actor::Admin);
    assert_ne!(r.reason, Reason::Suppressed);
    let r = card_for(text, "carol@example.org");
    assert_eq!(r.explanation.entry, "sendgrid/invalid-dropped");
    assert_eq!(r.explanation.who_acts, Actor::You);
}

#[test]
fn sendgrid_suppression_drop_stays_suppressed() {
    let text = r#"[{"email":"bob@example.net","event":"dropped","reason":"Bounced Address","sg_event_id":"x1"}]"#;
    let r = &explain(text).recipients[0];
    assert_eq!(r.reason, Reason::Suppressed);
    assert_eq!(r.explanation.who_acts, Actor::You);
}

/// SendGrid's drop reasons, from its "Drops" glossary page
/// (<https://docs.sendgrid.com/glossary/drops>), and "Recipient List over
/// Package Quota" from a help-desk page's list of them
/// (<https://support.gosweetspot.com/hc/en-us/articles/115003545572>).
const SENDGRID_DROP_REASONS: &[&str] = &[
    "Invalid SMTPAPI header",
    "Spam Content (if spam checker app enabled)",
    "Unsubscribed Address",
    "Bounced Address",
    "Spam Reporting Address",
    "Invalid",
    "Recipient List over Package Quota",
];

/// Builds a `dropped` event for bob@example.net with `extra` fields after
/// the four that every export keeps.
fn sendgrid_drop(reason: &str, extra: &str) -> String {
    format!(
        r#"[{{"email":"bob@example.net","event":"dropped","reason":"{reason}","timestamp":1796490005{extra}}}]"#
    )
}

#[test]
fn sendgrid_trimmed_drop_read_as_sendgrid() {
    for reason in SENDGRID_DROP_REASONS {
        let report = explain(&sendgrid_drop(reason, ""));
        assert_eq!(report.mta.as_deref(), Some("sendgrid"), "{reason}");
    }
}

#[test]
fn sendgrid_trimmed_drop_matches_full() {
    let full_fields = r#","sg_event_id":"ZHJvcHBlZC00","smtp-id":"<a1@ismtpd-555>""#;
    for reason in SENDGRID_DROP_REASONS {
        let trimmed = card_for(&sendgrid_drop(reason, ""), "bob@example.net");
        let full = card_for(&sendgrid_drop(reason, full_fields), "bob@example.net");
        assert_eq!(trimmed.explanation.entry, full.explanation.entry, "{reason}");
        assert_eq!(trimmed.reason, full.reason, "{reason}");
        assert_eq!(trimmed.explanation.who_acts, full.explanation.who_acts, "{reason}");
        assert_eq!(trimmed.explanation.what, full.explanation.what, "{reason}");
        assert!(trimmed.sender_ip.is_none(), "{reason}: {:?}", trimmed.sender_ip);
    }
}

#[test]
fn other_dropped_event_not_sendgrid() {
    // A reason SendGrid does not use leaves the layout unnamed.
    let report = explain(&sendgrid_drop("550 5.1.1 User unknown", ""));
    assert_ne!(report.mta.as_deref(), Some("sendgrid"));
}
