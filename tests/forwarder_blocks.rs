//! A block after a forward at the recipient's side: the recipient's server
//! forwards bob@example.org to another address, and the next hop refuses
//! that forwarding server's address. The address to quote is the
//! forwarding server's, so the recipient's side acts, not the sender's
//! administrator. An alias on the sender's own server stays the sender's.

use bounce_explainer::{explain, Actor, Recipient};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/forwarder/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn only_recipient(name: &str) -> Recipient {
    let report = explain(&fixture(name));
    assert_eq!(report.recipients.len(), 1, "one recipient expected in {name}");
    report.recipients.into_iter().next().expect("length checked above")
}

fn note_texts(r: &Recipient) -> Vec<String> {
    r.notes.iter().map(|n| n.message.clone()).collect()
}

fn forwarder_note(r: &Recipient) -> Option<String> {
    note_texts(r).into_iter().find(|t| t.contains("refused the forwarding server"))
}

#[test]
fn forwarder_block_recipient_acts() {
    for (name, ip, target) in [
        ("forwarder-spamhaus-dsn.eml", "203.0.113.180", "bob@example.net"),
        ("forwarder-spamhaus.eml", "203.0.113.180", "bob@example.net"),
        ("forwarder-gmail-spam.eml", "203.0.113.180", "bob.personal@gmail.com"),
        ("exim-forwarder-gmail.txt", "203.0.113.181", "bob.personal@gmail.com"),
    ] {
        let r = only_recipient(name);
        assert_eq!(r.recipient.as_deref(), Some(target), "{name}");
        assert_eq!(r.original_recipient.as_deref(), Some("bob@example.org"), "{name}");
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{name}");
        assert_eq!(r.explanation.who_acts, Actor::Recipient, "{name}");

        let note = forwarder_note(&r).unwrap_or_default();
        assert!(note.contains("mx.example.org"), "note {note:?} names the forwarder in {name}");
        assert!(note.contains(ip), "note {note:?} names the address in {name}");
        assert!(note.contains(target), "note {note:?} names the target in {name}");

        let steps = r.explanation.steps.join(" ");
        assert!(steps.contains("bob@example.org"), "steps {steps:?} in {name}");
        assert!(steps.contains(ip), "steps {steps:?} in {name}");
        assert!(!steps.contains("your mail administrator"), "steps {steps:?} in {name}");
        assert!(r.explanation.retry.contains("bob@example.org"), "retry in {name}");
    }
}

#[test]
fn own_alias_block_stays_admin() {
    for name in ["own-alias-spamhaus-dsn.eml", "own-alias-spamhaus.eml"] {
        let r = only_recipient(name);
        assert_eq!(r.original_recipient.as_deref(), Some("team@example.com"), "{name}");
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.180"), "{name}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{name}");
        assert_eq!(forwarder_note(&r), None, "{name}");
    }
}

#[test]
fn forwarder_block_without_headers_unchanged() {
    // Without the bounce's headers nothing shows whose server forwarded.
    let text = "<bob@example.net> (expanded from <bob@example.org>): host \
                mx.example.net[198.51.100.20] said: 554 5.7.1 Service unavailable; Client \
                host [203.0.113.180] blocked using zen.spamhaus.org (in reply to RCPT TO command)";
    let report = explain(text);
    let r = &report.recipients[0];
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.180"));
    assert_eq!(r.explanation.who_acts, Actor::Admin);
    assert_eq!(forwarder_note(r), None);
}

#[test]
fn forwarder_dmarc_keeps_auth_note() {
    let r = only_recipient("forwarder-dmarc.eml");
    let notes = note_texts(&r);
    assert!(notes.iter().any(|t| t.contains("SRS")), "notes {notes:?}");
    assert_eq!(forwarder_note(&r), None, "notes {notes:?}");
}

#[test]
fn forwarder_auth_refusal_recipient_acts() {
    let dmarc = fixture("forwarder-dmarc.eml");
    let spf = dmarc
        .replace(
            "550-5.7.26 Unauthenticated\n    email from example.com is not accepted due to domain's DMARC policy.",
            "550-5.7.27 The sender's\n    domain has an SPF record that does not authorize this IP address.",
        )
        .replace("Status: 5.7.26", "Status: 5.7.27");
    for (name, text) in [("dmarc", dmarc), ("spf", spf)] {
        let report = explain(&text);
        assert_eq!(report.recipients.len(), 1, "{name}");
        let r = &report.recipients[0];
        assert_eq!(r.explanation.who_acts, Actor::Recipient, "{name}");
        let steps = r.explanation.steps.join(" ");
        assert!(steps.contains("mx.example.org"), "steps {steps:?} name the forwarder in {name}");
        assert!(steps.contains("bob@example.org"), "steps {steps:?} in {name}");
        assert!(steps.contains("ARC"), "steps {steps:?} in {name}");
        assert!(!steps.contains("DNS administrator"), "steps {steps:?} in {name}");
        assert!(r.explanation.retry.contains("bob@example.org"), "retry in {name}");
        let notes = note_texts(r).join(" ");
        assert!(notes.contains("The recipient's domain can fix this"), "notes {notes:?}");
    }
}

#[test]
fn own_alias_auth_refusal_stays_admin() {
    // A forward inside the sender's own domain is its administrator's to fix.
    let text =
        fixture("forwarder-dmarc.eml").replace("To: alice@example.com", "To: alice@example.org");
    let report = explain(&text);
    let r = &report.recipients[0];
    assert_eq!(r.explanation.who_acts, Actor::Admin);
}

#[test]
fn forwarder_under_public_suffix() {
    // The recipient's organisation forwards, and the sender is another
    // organisation under the same public suffix.
    let same = fixture("forwarder-spamhaus.eml")
        .replace("example.org", "example.co.jp")
        .replace("example.com", "sender.co.jp");
    let r = &explain(&same).recipients[0];
    assert_eq!(r.explanation.who_acts, Actor::Recipient);
    let note = forwarder_note(r).unwrap_or_default();
    assert!(note.contains("mx.example.co.jp"), "note {note:?}");

    // A bounce written by a third organisation under `co.jp` shows no
    // forward at the recipient's side.
    let other = fixture("forwarder-spamhaus.eml")
        .replace("example.org", "example.co.jp")
        .replace("mx.example.co.jp", "mx.other.co.jp");
    let r = &explain(&other).recipients[0];
    assert_eq!(r.explanation.who_acts, Actor::Admin);
    assert_eq!(forwarder_note(r), None);
}

#[test]
fn forwarder_unknown_target_unchanged() {
    // A dead forward target keeps its own steps: the owner fixes the forward.
    let text = fixture("forwarder-spamhaus.eml").replace(
        "554 5.7.1 Service unavailable; Client\n    host [203.0.113.180] blocked using zen.spamhaus.org",
        "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown",
    );
    let report = explain(&text);
    let r = &report.recipients[0];
    assert_eq!(r.explanation.who_acts, Actor::Recipient);
    assert_eq!(forwarder_note(r), None);
    assert!(r.explanation.steps.join(" ").contains("point the forward"));
}

/// A forwarder that rewrites the envelope sender with the Sender Rewriting
/// Scheme (`SRS0=hash=time=domain=local@forwarder`) sends its bounce to
/// that rewritten address, in its own domain. The sender is the address
/// inside it, so the forward is still seen.
#[test]
fn srs_rewritten_sender_still_forward() {
    let original = fixture("forwarder-spamhaus.eml");
    for rewritten in [
        "SRS0=AbCd=ZZ=example.com=alice@mx.example.org",
        "srs0=AbCd=ZZ=example.com=alice@mx.example.org",
        "SRS1=XyZw=relay.example.net==AbCd=ZZ=example.com=alice@mx.example.org",
    ] {
        let text = original.replacen("To: alice@example.com", &format!("To: {rewritten}"), 1);
        let report = explain(&text);
        assert_eq!(report.recipients.len(), 1, "{rewritten}");
        let r = &report.recipients[0];
        assert_eq!(r.explanation.who_acts, Actor::Recipient, "{rewritten}");
        assert!(forwarder_note(r).is_some(), "{rewritten}: {:?}", note_texts(r));
    }
}
