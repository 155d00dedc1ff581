//! Microsoft 365's NDR shows a "Status code: 550 5.x.x" box (German
//! "Statuscode:", French "Code d'état :") above the line with the whole
//! reply. The card is read from the whole reply: the blocklist and the IP
//! of a block, Microsoft's RecipientNotFound for 5.1.10. The reply shown
//! ends where the NDR's own fields start. Documentation addresses only.

use bounce_explainer::explain;

const BOX: &str = "tests/fixtures/m365_status_box";

struct Expected {
    file: &'static str,
    recipient: &'static str,
    entry: &'static str,
    ip: Option<&'static str>,
    diagnostic_start: &'static str,
}

const CASES: &[Expected] = &[
    Expected {
        file: "outlook-web-remote-block.txt",
        recipient: "bob@example.net",
        entry: "spamhaus/zen",
        ip: Some("192.0.2.95"),
        diagnostic_start: "550 5.7.350 Remote server returned message detected as spam",
    },
    Expected {
        file: "gmail-view-remote-block.txt",
        recipient: "bob@example.net",
        entry: "spamhaus/zen",
        ip: Some("192.0.2.95"),
        diagnostic_start: "550 5.7.350 Remote server returned message detected as spam",
    },
    Expected {
        file: "outlook-web-not-found.txt",
        recipient: "bob@example.net",
        entry: "microsoft/recipient-not-found",
        ip: None,
        diagnostic_start: "550 5.1.10 RESOLVER.ADR.RecipientNotFound",
    },
    Expected {
        file: "classic-en.txt",
        recipient: "bob@example.net",
        entry: "microsoft/recipient-not-found",
        ip: None,
        diagnostic_start: "550 5.1.10 RESOLVER.ADR.RecipientNotFound",
    },
    Expected {
        file: "classic-de.txt",
        recipient: "bob@example.net",
        entry: "microsoft/recipient-not-found",
        ip: None,
        diagnostic_start: "550 5.1.10 RESOLVER.ADR.RecipientNotFound",
    },
    Expected {
        file: "forwarded-fr.txt",
        recipient: "bob@example.net",
        entry: "microsoft/recipient-not-found",
        ip: None,
        diagnostic_start: "550 5.1.10 RESOLVER.ADR.RecipientNotFound",
    },
    Expected {
        file: "outlook-web-5.7.708.txt",
        recipient: "bob@example.net",
        entry: "microsoft/low-reputation-pool",
        // The IP is Microsoft's own, and no removal request quotes it.
        ip: None,
        diagnostic_start: "550 5.7.708 Service unavailable. Access denied",
    },
    Expected {
        file: "outlook-web-s3150.txt",
        recipient: "bob@outlook.com",
        entry: "microsoft/network-blocked",
        ip: Some("192.0.2.98"),
        diagnostic_start: "550 5.7.1 Unfortunately, messages from [192.0.2.98] weren't sent.",
    },
];

#[test]
fn whole_reply_wins_over_status_box() {
    for case in CASES {
        let path = format!("{BOX}/{}", case.file);
        let text = std::fs::read_to_string(&path).expect("fixture is readable");
        let report = explain(&text);
        let card = report
            .recipients
            .iter()
            .find(|r| r.recipient.as_deref() == Some(case.recipient))
            .unwrap_or_else(|| panic!("{path}: no card for {}", case.recipient));
        assert_eq!(card.explanation.entry, case.entry, "{path}\n{card:#?}");
        assert_eq!(card.sender_ip.as_deref(), case.ip, "{path}\n{card:#?}");
        assert!(
            card.diagnostic.starts_with(case.diagnostic_start),
            "{path}: diagnostic {:?}",
            card.diagnostic
        );
    }
}

#[test]
fn reply_ends_before_ndr_fields() {
    for file in ["outlook-web-remote-block.txt", "gmail-view-remote-block.txt"] {
        let path = format!("{BOX}/{file}");
        let text = std::fs::read_to_string(&path).expect("fixture is readable");
        let report = explain(&text);
        let card = &report.recipients[0];
        let expected = "550 5.7.350 Remote server returned message detected as spam -> \
            554 5.7.1 Service unavailable; Client host [192.0.2.95] blocked using Spamhaus; \
            To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.95";
        assert_eq!(card.diagnostic, expected, "{path}");
    }
}

/// A status box with only codes yields to a later line with the same
/// codes, in each language. A box whose codes no later line repeats is
/// still read.
#[test]
fn status_box_labels_in_three_languages() {
    let reply =
        "550 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org";
    for label in ["Status code:", "Statuscode:", "Code d'état :"] {
        let text = format!(
            "Your message to carol@example.org couldn't be delivered.\n\n\
             {label} 550 5.7.1\n\n\
             carol@example.org\n\
             Remote Server returned '{reply}'\n"
        );
        let report = explain(&text);
        let card = report.recipients.first().unwrap_or_else(|| panic!("no card: {text}"));
        assert_eq!(card.explanation.entry, "spamhaus/zen", "{text}\n{card:#?}");
        assert_eq!(card.sender_ip.as_deref(), Some("198.51.100.7"), "{text}");
    }
    let alone = "Your message to carol@example.org couldn't be delivered.\n\n\
        Status code: 550 5.1.1\n";
    let report = explain(alone);
    let card = report.recipients.first().unwrap_or_else(|| panic!("no card: {alone}"));
    assert_eq!(card.status.as_deref(), Some("5.1.1"), "{card:#?}");
}

/// Without the error table, the reply is the status box alone, and the
/// NDR's sentence that explains the code is left out of it.
#[test]
fn box_reply_ends_before_explanation() {
    let path = format!("{BOX}/gmail-view-remote-block.txt");
    let text = std::fs::read_to_string(&path).expect("fixture is readable");
    let without_table: String = text
        .lines()
        .filter(|l| !l.starts_with("Reported error:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let report = explain(&without_table);
    let card = report.recipients.first().unwrap_or_else(|| panic!("no card: {without_table}"));
    assert_eq!(card.diagnostic, "550 5.7.350", "{card:#?}");
}
