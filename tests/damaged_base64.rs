//! A base64 part with characters outside the base64 alphabet, as when a
//! line was damaged in transit. RFC 2045 (section 6.8) has decoders
//! ignore such characters, so the part's report is still read, with a note
//! that it was damaged, rather than losing every recipient of the part.

use crate::base64;
use crate::cards;

use base64::base64;
use bounce_explainer::{explain, Actor, Reason, Report};
use cards::by_address;

const HEADERS: &str = "Return-Path: <>\n\
    From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
    Subject: Undelivered Mail Returned to Sender\n\
    To: alice@example.com\n\
    MIME-Version: 1.0\n";

const POSTFIX_TEXT: &str = "This is the mail system at host mail.example.com.\n\n\
    <bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.1 \
    Service unavailable; Client host [192.0.2.150] blocked using \
    zen.spamhaus.org (in reply to RCPT TO command)\n\n\
    <carol@example.org>: host mx.example.org[198.51.100.21] said: 550 5.1.1 \
    <carol@example.org>: Recipient address rejected: User unknown (in reply \
    to RCPT TO command)\n";

fn fixture(name: &str) -> Report {
    let path = format!("{}/tests/fixtures/damaged/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    explain(&text)
}

/// Builds a one-part Postfix bounce whose base64 lines `damage` alters.
fn damaged_text_part(damage: fn(&mut Vec<String>)) -> String {
    let mut lines = base64(POSTFIX_TEXT.as_bytes()).lines().map(str::to_string).collect();
    damage(&mut lines);
    format!(
        "{HEADERS}Content-Type: text/plain; charset=us-ascii\n\
         Content-Transfer-Encoding: base64\n\n{}\n",
        lines.join("\n")
    )
}

fn assert_carol_unknown(report: &Report) {
    let carol = by_address(&report.recipients, "carol@example.org");
    assert_eq!(carol.reason, Reason::UserUnknown);
    assert_eq!(carol.reply.as_deref(), Some("550"));
    assert_eq!(carol.explanation.who_acts, Actor::You);
    assert!(carol.hard);
}

fn assert_bob_blocked(report: &Report) {
    let bob = by_address(&report.recipients, "bob@example.net");
    assert_eq!(bob.reason, Reason::Blocked);
    assert_eq!(bob.sender_ip.as_deref(), Some("192.0.2.150"));
    assert_eq!(bob.explanation.who_acts, Actor::Admin);
}

fn assert_damage_noted(report: &Report) {
    let noted =
        report.notes.iter().any(|note| note.message.contains("outside the base64 alphabet"));
    assert!(noted, "{:?}", report.notes);
}

#[test]
fn replaced_quantum_keeps_recipients() {
    let report = fixture("base64-replaced-quantum.eml");
    assert_eq!(report.recipients.len(), 2, "{:?}", report.recipients);
    assert_bob_blocked(&report);
    assert_carol_unknown(&report);
    assert_damage_noted(&report);
}

/// Characters inserted (`~#`, `!`) lose no quantum. One character
/// replaced by two leaves its line one character short of whole quanta,
/// and the lines after it must still decode. Both damages sit outside
/// the recipients' addresses, codes and IP.
#[test]
fn damaged_lines_keep_recipients() {
    let damages: [(&str, fn(&mut Vec<String>)); 2] = [
        ("inserted", |lines| {
            lines[1].insert_str(10, "~#");
            lines[3].insert(0, '!');
        }),
        // In bob's `(in reply to RCPT TO command)`, before carol's line.
        ("shifted", |lines| lines[3].replace_range(44..45, "**")),
    ];
    for (name, damage) in damages {
        let report = explain(&damaged_text_part(damage));
        assert_eq!(report.recipients.len(), 2, "{name}: {:?}", report.recipients);
        assert_bob_blocked(&report);
        assert_carol_unknown(&report);
        assert_damage_noted(&report);
    }
}

/// A damaged line inside a recipient's paragraph loses that paragraph's
/// words, but not the other recipient's card.
#[test]
fn damage_in_one_paragraph_keeps_other() {
    let text = damaged_text_part(|lines| {
        let last = lines.len() - 2;
        lines[1].replace_range(4..8, "\u{a0}\u{a0}");
        lines[last].push('?');
    });
    let report = explain(&text);
    assert_carol_unknown(&report);
    assert_damage_noted(&report);
}

#[test]
fn damaged_delivery_status_read() {
    let dsn = "Reporting-MTA: dns; mail.example.com\n\n\
        Final-Recipient: rfc822; carol@example.org\n\
        Action: failed\n\
        Status: 5.1.1\n\
        Diagnostic-Code: smtp; 550 5.1.1 <carol@example.org>: Recipient address \
        rejected: User unknown\n";
    let mut encoded: Vec<String> = base64(dsn.as_bytes()).lines().map(str::to_string).collect();
    // In `Recipient address rejected`, after the recipient and codes.
    encoded[3].replace_range(8..12, "%%%%");
    let text = format!(
        "{HEADERS}Content-Type: multipart/report; report-type=delivery-status; boundary=\"BB\"\n\n\
         --BB\nContent-Type: text/plain; charset=us-ascii\n\n\
         The mail system could not deliver your message.\n\n\
         --BB\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n\
         {}\n--BB--\n",
        encoded.join("\n")
    );
    let report = explain(&text);
    assert_eq!(report.recipients.len(), 1, "{:?}", report.recipients);
    assert_carol_unknown(&report);
    assert_eq!(
        by_address(&report.recipients, "carol@example.org").status.as_deref(),
        Some("5.1.1")
    );
    assert_damage_noted(&report);
}

/// An HTML part that mail-parser could not decode is read as HTML, not
/// as text with its markup.
#[test]
fn damaged_html_part_read() {
    let escaped = POSTFIX_TEXT.replace('<', "&lt;").replace('>', "&gt;");
    let paragraphs = escaped.replace("\n\n", "</p><p>");
    let html = format!("<html><body><p>{paragraphs}</p></body></html>");
    let mut lines: Vec<String> = base64(html.as_bytes()).lines().map(str::to_string).collect();
    lines[0].insert(12, '!');
    let text = format!(
        "{HEADERS}Content-Type: text/html; charset=utf-8\n\
         Content-Transfer-Encoding: base64\n\n{}\n",
        lines.join("\n")
    );
    let report = explain(&text);
    assert_eq!(report.recipients.len(), 2, "{:?}", report.recipients);
    assert_bob_blocked(&report);
    assert_carol_unknown(&report);
    assert!(!by_address(&report.recipients, "carol@example.org").diagnostic.contains("</p>"));
    assert_damage_noted(&report);
}

/// A part that decodes cleanly gets no note.
#[test]
fn clean_part_not_noted() {
    let report = explain(&damaged_text_part(|_| {}));
    assert_eq!(report.recipients.len(), 2, "{:?}", report.recipients);
    let noted = report.notes.iter().any(|note| note.message.contains("base64"));
    assert!(!noted, "{:?}", report.notes);
}
