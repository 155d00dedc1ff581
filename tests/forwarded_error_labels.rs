//! A person's email that forwards an NDR keeps the NDR's error table: the
//! receiver's reply after a field's label (`Error:`, `Reported error:`,
//! `Fehler:`, `Erreur :`). A reply after such a label is set off from the
//! person's prose, so the card reads it. Documentation addresses only.

use bounce_explainer::explain;

const DIR: &str = "tests/fixtures/forwarded_error_labels";

fn assert_spamhaus_card(name: &str, text: &str) {
    let report = explain(text);
    let card = report
        .recipients
        .iter()
        .find(|r| r.recipient.as_deref() == Some("bob@example.net"))
        .unwrap_or_else(|| panic!("{name}: no card for bob@example.net"));
    assert_eq!(card.status.as_deref(), Some("5.7.1"), "{name}\n{card:#?}");
    assert_eq!(card.explanation.entry, "spamhaus/zen", "{name}\n{card:#?}");
    assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.95"), "{name}\n{card:#?}");
}

#[test]
fn forwarded_ndr_files_read() {
    for file in
        ["outlook-fw-ndr-html.eml", "fw-html-reported-error.eml", "fw-plain-error-label.eml"]
    {
        let path = format!("{DIR}/{file}");
        let text = std::fs::read_to_string(&path).expect("fixture is readable");
        assert_spamhaus_card(&path, &text);
    }
}

#[test]
fn labels_in_three_languages() {
    for label in [
        "Error:",
        "Reported error:",
        "Remote server response:",
        "Fehler:",
        "Erreur :",
        "Diagnostic-Code: smtp;",
    ] {
        let text = format!(
            "From: Alice <alice@example.com>\nSubject: FW: bounce\nContent-Type: text/plain\n\n\
             Your message to bob@example.net couldn't be delivered.\n\n\
             {label} 554 5.7.1 Service unavailable; Client host [192.0.2.95] blocked using Spamhaus\n"
        );
        assert_spamhaus_card(label, &text);
    }
}

/// A person's sentence that reports speech before a colon is no label.
#[test]
fn speech_before_colon_is_prose() {
    let text = "From: Alice <alice@example.com>\nSubject: numbers\nContent-Type: text/plain\n\n\
        Hi Bob,\n\nThen she said: 550 is the limit for the hall.\n\nAlice\n";
    let report = explain(text);
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
}
