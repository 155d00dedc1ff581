//! A sending service's event record whose sending-IP field names another
//! address than the receiver's reply. The reply's address is quoted, since
//! the receiver saw it, and a note names the field and its address so the
//! reader sees both.

use bounce_explainer::{explain, Recipient};

fn only_recipient(text: &str) -> Recipient {
    let mut all = explain(text).recipients;
    assert_eq!(all.len(), 1, "one recipient expected in: {text}");
    all.remove(0)
}

const SPAMHAUS: &str =
    "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org";

/// Returns the notes that name `field` and `ip`.
fn field_notes<'a>(r: &'a Recipient, field: &str, ip: &str) -> Vec<&'a str> {
    r.notes
        .iter()
        .map(|n| n.message.as_str())
        .filter(|m| m.contains(&format!("`{field}`")) && m.contains(ip))
        .collect()
}

/// Event records in each service's layout: (record, field, field's IP).
fn records(reply: &str) -> Vec<(String, &'static str, &'static str)> {
    vec![
        (
            format!(
                r#"[{{"email":"nina@example.net","event":"bounce","reason":"{reply}","status":"5.7.1","ip":"203.0.113.5"}}]"#
            ),
            "ip",
            "203.0.113.5",
        ),
        (
            format!(
                r#"{{"event-data": {{"event": "failed", "severity": "permanent", "recipient": "carol@example.org",
 "envelope": {{"sender": "bounce@mg.example.com", "sending-ip": "192.0.2.21"}},
 "delivery-status": {{"code": 554, "message": "{reply}", "mx-host": "mx.example.org"}}}}}}"#
            ),
            "envelope.sending-ip",
            "192.0.2.21",
        ),
        (
            format!(
                r#"[{{"msys": {{"message_event": {{"type": "bounce", "rcpt_to": "heidi@example.net", "sending_ip": "2001:db8::44", "raw_reason": "{reply}"}}}}}}]"#
            ),
            "sending_ip",
            "2001:db8::44",
        ),
        (
            format!(
                r#"[{{"event": "hard_bounce", "msg": {{"email": "judy@example.net", "state": "bounced",
 "smtp_events": [{{"type": "bounced", "diag": "{reply}", "source_ip": "192.0.2.60", "destination_ip": "198.51.100.2"}}]}}}}]"#
            ),
            "smtp_events.source_ip",
            "192.0.2.60",
        ),
    ]
}

#[test]
fn disagreeing_field_gets_note() {
    for (text, field, ip) in records(SPAMHAUS) {
        let r = only_recipient(&text);
        assert_eq!(r.sender_ip.as_deref(), Some("198.51.100.7"), "{text}");
        assert_eq!(field_notes(&r, field, ip).len(), 1, "{text}: {:#?}", r.notes);
        let note = field_notes(&r, field, ip)[0];
        assert!(note.contains("198.51.100.7"), "{note}");
    }
}

#[test]
fn agreeing_field_gets_no_note() {
    let reply =
        "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org";
    let r = only_recipient(&records(reply)[0].0);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"));
    assert!(field_notes(&r, "ip", "203.0.113.5").is_empty(), "{:#?}", r.notes);
}

#[test]
fn field_alone_gets_no_note() {
    // With no address in the reply, the field's address is the one quoted.
    let reply = "554 5.7.1 Your access to this mail system has been rejected due to the sending MTA's poor reputation.";
    let r = only_recipient(&records(reply)[0].0);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"));
    assert!(field_notes(&r, "ip", "203.0.113.5").is_empty(), "{:#?}", r.notes);
}

#[test]
fn ipv6_written_differently_agrees() {
    let reply = "554 5.7.1 Service unavailable; Client host [2001:DB8:0:0::44] blocked using zen.spamhaus.org";
    let r = only_recipient(&records(reply)[2].0);
    assert!(r.sender_ip.is_some(), "{r:#?}");
    assert!(field_notes(&r, "sending_ip", "2001:db8::44").is_empty(), "{:#?}", r.notes);
}
