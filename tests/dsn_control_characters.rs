//! Control characters in a delivery-status field's address or host name,
//! as an RFC 2047 encoded word (`=0D=0A`), an RFC 6533 `\x{D}` escape, a
//! raw ESC or NEL in the paste or a JSON string's `\r\n` carry them. Such
//! a value is no valid address or host name, so the card leaves it out
//! and a note shows it with escapes (`⟨U+000D⟩`). No string in the report,
//! which the notes, the cards and the JSON output are built from, keeps a
//! raw control character.

use bounce_explainer::report::NoteLevel;
use bounce_explainer::{explain, Recipient, Report};

// The inputs are hostile rather than real bounces, so they stay out of
// tests/fixtures, whose files the redaction round trip replays.
const ENCODED_RECIPIENTS: &str = "Reporting-MTA: dns; mx.example.net\n\
    \n\
    Final-Recipient: utf-8; =?utf-8?q?victim=0D=0ABcc:_attacker=40evil.example=0D=0ASubject:_x?=@example.net\n\
    Action: failed\n\
    Status: 5.7.1\n\
    Diagnostic-Code: smtp; 550 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org\n\
    \n\
    Final-Recipient: rfc822; =?utf-8?q?a=0D=0ABcc:_x=40evil.example?=@example.net\n\
    Action: failed\n\
    Status: 5.7.1\n\
    Diagnostic-Code: smtp; 550 5.7.1 Client host [203.0.113.45] blocked using zen.spamhaus.org\n";

const ENCODED_HOST: &str = "Original-Recipient: rfc822; =?utf-8?q?o=0D=0ABcc:_x=40evil.example?=@example.org\n\
    Final-Recipient: rfc822; real@example.net\n\
    Action: failed\n\
    Status: 5.7.1\n\
    Remote-MTA: dns; =?utf-8?q?mx=0D=0AX-Evil:_1?=.example.net\n\
    Diagnostic-Code: smtp; 550 5.7.1 =?utf-8?q?Client_host_[203.0.113.45]_blocked_using_zen.spamhaus.org=0D=0ATo:_evil=40evil.example?=\n";

const ESCAPED_AND_RAW: &str = "Final-Recipient: utf-8; v\\x{D}\\x{A}Bcc: x@evil.example\n\
    Action: failed\n\
    Status: 5.1.1\n\
    Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\
    \n\
    Final-Recipient: rfc822; bare\u{1b}[2J\u{85}@example.net\n\
    Action: failed\n\
    Status: 5.1.1\n\
    Diagnostic-Code: smtp; 550 5.1.1 User unknown\n";

/// Collects the report's strings that contain a C0 or C1 control character.
fn control_strings(report: &Report) -> Vec<String> {
    fn walk(value: &serde_json::Value, found: &mut Vec<String>) {
        match value {
            serde_json::Value::String(text) if text.contains(char::is_control) => {
                found.push(text.clone())
            }
            serde_json::Value::Array(items) => items.iter().for_each(|item| walk(item, found)),
            serde_json::Value::Object(fields) => fields.values().for_each(|v| walk(v, found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(&serde_json::to_value(report).expect("a report serializes"), &mut found);
    found
}

fn warnings(recipient: &Recipient) -> Vec<&str> {
    let notes = recipient.notes.iter().filter(|n| n.level == NoteLevel::Warning);
    notes.map(|n| n.message.as_str()).collect()
}

#[test]
fn encoded_line_break_recipient_rejected() {
    let report = explain(ENCODED_RECIPIENTS);
    assert_eq!(control_strings(&report), Vec::<String>::new());
    assert_eq!(report.recipients.len(), 2, "{:?}", report.recipients);
    for card in &report.recipients {
        assert_eq!(card.recipient, None);
        assert_eq!(card.sender_ip.as_deref(), Some("203.0.113.45"));
        assert_eq!(card.blocklists, ["spamhaus"]);
    }
    let first = warnings(&report.recipients[0]);
    let escaped = "victim⟨U+000D⟩⟨U+000A⟩Bcc: attacker@evil.example⟨U+000D⟩⟨U+000A⟩Subject: x";
    assert!(first.iter().any(|n| n.contains(escaped)), "{first:?}");
    let second = warnings(&report.recipients[1]);
    assert!(second.iter().any(|n| n.contains("a⟨U+000D⟩⟨U+000A⟩Bcc:")), "{second:?}");
}

#[test]
fn encoded_line_break_host_rejected() {
    let report = explain(ENCODED_HOST);
    assert_eq!(control_strings(&report), Vec::<String>::new());
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("real@example.net"));
    assert_eq!(card.original_recipient, None);
    assert_eq!(card.remote_host, None);
    let notes = warnings(card);
    assert!(
        notes.iter().any(|n| n.contains("mx⟨U+000D⟩⟨U+000A⟩X-Evil: 1.example.net")),
        "{notes:?}"
    );
    assert!(card.diagnostic.ends_with("zen.spamhaus.org⟨U+000D⟩⟨U+000A⟩To: evil@evil.example"));
    assert_eq!(card.blocklists, ["spamhaus"]);
}

#[test]
fn escaped_and_raw_controls_rejected() {
    let report = explain(ESCAPED_AND_RAW);
    assert_eq!(control_strings(&report), Vec::<String>::new());
    assert_eq!(report.recipients.len(), 2, "{:?}", report.recipients);
    let first = warnings(&report.recipients[0]);
    assert!(first.iter().any(|n| n.contains("v⟨U+000D⟩⟨U+000A⟩Bcc:")), "{first:?}");
    let second = warnings(&report.recipients[1]);
    assert!(second.iter().any(|n| n.contains("bare⟨U+001B⟩[2J⟨U+0085⟩@example.net")), "{second:?}");
    assert!(report.recipients.iter().all(|r| r.recipient.is_none()));
}

#[test]
fn json_line_break_recipient_rejected() {
    let message = r#"{\"notificationType\": \"Bounce\", \"bounce\": {\"bounceType\": \"Permanent\", \"bounceSubType\": \"General\", \"bouncedRecipients\": [{\"emailAddress\": \"gone\\r\\nBcc: x@evil.example\", \"action\": \"failed\", \"status\": \"5.1.1\", \"diagnosticCode\": \"smtp; 550 5.1.1 user unknown\\r\\nTo: y@evil.example\"}], \"timestamp\": \"2026-12-06T07:00:00.000Z\"}, \"mail\": {\"source\": \"sender@example.com\", \"destination\": [\"gone@example.net\"]}}"#;
    let text = format!("{{\"Type\": \"Notification\", \"Message\": \"{message}\"}}");
    let report = explain(&text);
    assert_eq!(control_strings(&report), Vec::<String>::new());
    assert_eq!(report.recipients.len(), 1, "{:?}", report.recipients);
    let card = &report.recipients[0];
    assert_eq!(card.recipient, None);
    let notes = warnings(card);
    assert!(notes.iter().any(|n| n.contains("gone⟨U+000D⟩⟨U+000A⟩Bcc:")), "{notes:?}");
}
