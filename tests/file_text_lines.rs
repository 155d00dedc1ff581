//! `input::file_text` gives the page the text it shows for an opened file.
//! The report's line numbers must point into that text, and the text must
//! explain as the file's bytes do, because editing the text box sends it
//! back as text.

use bounce_explainer::input::file_text;
use bounce_explainer::{explain, explain_bytes};

// A Kerio Connect report, with the receiver's reply on line 18.
const KERIO: &str = "From: Kerio Connect <postmaster@mail.example.org>\r
To: alice@example.org\r
Subject: Undeliverable: Quarterly figures\r
MIME-Version: 1.0\r
Content-Type: text/plain; charset=utf-8\r
Date: Sat, 5 Dec 2026 10:00:00 +0100\r
\r
Your message did not reach some or all of the intended recipients.\r
\r
   Subject: Quarterly figures\r
   Sent:    05.12.2026 09:59\r
\r
The following recipient(s) could not be reached:\r
\r
bob@example.net\r
   Error Type: SMTP\r
   Remote server (198.51.100.20) issued an error.\r
   Remote server replied: 550 5.7.1 Service unavailable; Client host [192.0.2.44] blocked using bl.spamcop.net\r
";

fn encodings() -> Vec<(&'static str, Vec<u8>)> {
    let mut le = vec![0xFF, 0xFE];
    le.extend(KERIO.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(KERIO.encode_utf16().flat_map(u16::to_be_bytes));
    let mut le32 = vec![0xFF, 0xFE, 0, 0];
    le32.extend(KERIO.chars().flat_map(|c| u32::from(c).to_le_bytes()));
    // "Jürgen" with the Windows-1252 byte 0xFC, which is not UTF-8.
    let latin = KERIO.replace("Your message", "J\u{fc}rgen, your message");
    let latin: Vec<u8> = latin.chars().map(|c| u8::try_from(u32::from(c)).unwrap()).collect();
    vec![("UTF-16LE", le), ("UTF-16BE", be), ("UTF-32LE", le32), ("Windows-1252", latin)]
}

#[test]
fn line_numbers_point_into_file_text() {
    for (name, raw) in encodings() {
        let report = explain_bytes(&raw);
        assert_eq!(report.recipients.len(), 1, "{name}");
        let recipient = &report.recipients[0];
        assert_eq!(recipient.sender_ip.as_deref(), Some("192.0.2.44"), "{name}");
        assert_eq!(recipient.sender_ip_source.line, Some(18), "{name}");
        let text = file_text(&raw);
        let line = text.lines().nth(17).unwrap_or_default();
        assert!(line.contains("[192.0.2.44]"), "{name}: line 18 is {line:?}");
    }
}

#[test]
fn file_text_explains_as_bytes_do() {
    for (name, raw) in encodings() {
        let text = file_text(&raw);
        assert!(!text.contains('\0'), "{name}");
        assert!(!text.contains('\u{fffd}'), "{name}");
        let from_bytes = &explain_bytes(&raw).recipients[0];
        // The page sends the edited text box as text.
        let edited = explain(&format!("{text} "));
        assert_eq!(edited.recipients.len(), 1, "{name}");
        let from_text = &edited.recipients[0];
        assert_eq!(from_text.recipient, from_bytes.recipient, "{name}");
        assert_eq!(from_text.reason, from_bytes.reason, "{name}");
        assert_eq!(from_text.sender_ip, from_bytes.sender_ip, "{name}");
        assert_eq!(from_text.explanation.who_acts, from_bytes.explanation.who_acts, "{name}");
    }
}
