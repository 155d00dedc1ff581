//! Text in front of a raw email's header: a UTF-8 byte order mark, blank
//! lines brought along when the message is selected, and Gmail's "Show
//! original" summary copied with the page. The email must still be parsed
//! from its header, and line numbers must still count the text as given.

use bounce_explainer::input::file_text;
use bounce_explainer::{explain, explain_bytes, InputKind, Report};

/// An Exchange bounce whose report text is base64, so it is read only when
/// the MIME structure is: the recipient is bob@example.net, blocked by
/// SpamCop for 203.0.113.45.
const EXCHANGE: &str = include_str!("fixtures/before_header/exchange-base64.eml");
/// A Sendmail DSN in plain text.
const SENDMAIL: &str = include_str!("fixtures/before_header/sendmail-dsn.eml");
/// A bounce with a quoted-printable report and a DSN part, read as
/// Postfix's. The IP to quote is on line 29.
const MIXED: &str = include_str!("fixtures/before_header/mixed-dsn-qp.eml");
/// Gmail's "Show original" page copied whole, with the Exchange bounce.
const GMAIL_PAGE: &str = include_str!("fixtures/before_header/gmail-show-original.txt");

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

fn with_bom(text: &str) -> Vec<u8> {
    [UTF8_BOM, text.as_bytes()].concat()
}

/// Checks the Exchange fixture's one card, however it was given.
fn assert_exchange_read(report: &Report, case: &str) {
    assert_eq!(report.input_kind, InputKind::Email, "{case}");
    assert_eq!(report.mta.as_deref(), Some("exchange2007"), "{case}");
    assert_eq!(report.recipients.len(), 1, "{case}: {:?}", report.recipients);
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{case}");
    assert_eq!(card.sender_ip.as_deref(), Some("203.0.113.45"), "{case}");
    assert!(card.blocklists.iter().any(|list| list.contains("spamcop")), "{case}");
}

#[test]
fn utf8_bom_before_mime_email() {
    assert_exchange_read(&explain_bytes(&with_bom(EXCHANGE)), "bytes");
    assert_exchange_read(&explain(&format!("\u{feff}{EXCHANGE}")), "text");
    // With CRLF line ends, as Notepad saves them.
    let crlf = EXCHANGE.replace('\n', "\r\n");
    assert_exchange_read(&explain_bytes(&with_bom(&crlf)), "CRLF bytes");
}

#[test]
fn utf8_bom_keeps_mta_and_lines() {
    let plain = explain(SENDMAIL);
    let marked = explain_bytes(&with_bom(SENDMAIL));
    assert_eq!(plain.mta.as_deref(), Some("sendmail"));
    assert_eq!(marked.input_kind, InputKind::Email);
    assert_eq!(marked.mta, plain.mta);
    assert_eq!(marked.recipients.len(), plain.recipients.len());
    let (plain, marked) = (&plain.recipients[0], &marked.recipients[0]);
    assert_eq!(marked.recipient, plain.recipient);
    assert_eq!(marked.sender_ip, plain.sender_ip);
    assert_eq!(marked.sender_ip_source.line, plain.sender_ip_source.line);
}

#[test]
fn utf8_bom_file_text_explains_alike() {
    // The page shows `file_text` and explains the bytes; an edit sends the
    // text. Both must give the same card.
    let raw = with_bom(EXCHANGE);
    let text = file_text(&raw);
    assert!(!text.starts_with('\u{feff}'));
    assert_exchange_read(&explain(&text), "file text");
    assert_exchange_read(&explain_bytes(&raw), "file bytes");
}

#[test]
fn blank_lines_before_mime_email() {
    for prefix in ["\n", "\r\n", " \n", "\t\n", "\u{a0}\n", "\n\n\n", " \r\n\t\r\n"] {
        let case = format!("{prefix:?}");
        assert_exchange_read(&explain(&format!("{prefix}{EXCHANGE}")), &case);
    }
}

#[test]
fn blank_lines_keep_line_numbers() {
    let plain = explain(MIXED);
    assert_eq!(plain.mta.as_deref(), Some("postfix"));
    let card = &plain.recipients[0];
    assert_eq!(card.sender_ip.as_deref(), Some("2001:db8:1:2::10"));
    assert_eq!(card.sender_ip_source.line, Some(29));
    for (prefix, lines) in [("\n", 1), ("\r\n \r\n", 2), ("\u{a0}\n\t\n\n", 3)] {
        let text = format!("{prefix}{MIXED}");
        let report = explain(&text);
        let case = format!("{prefix:?}");
        assert_eq!(report.input_kind, InputKind::Email, "{case}");
        assert_eq!(report.mta, plain.mta, "{case}");
        let shifted = &report.recipients[0];
        assert_eq!(shifted.recipient, card.recipient, "{case}");
        assert_eq!(shifted.sender_ip, card.sender_ip, "{case}");
        let line = shifted.sender_ip_source.line;
        assert_eq!(line, Some(29 + lines), "{case}");
        let line_text = text.lines().nth(28 + lines).unwrap_or_default();
        assert!(line_text.contains("2001:db8:1:2::10"), "{case}: the line is {line_text:?}");
    }
}

#[test]
fn gmail_show_original_page() {
    let report = explain(GMAIL_PAGE);
    assert_exchange_read(&report, "Gmail page");
    // Blank lines and CRLF line ends around the copied page.
    let crlf = format!("\n\n{GMAIL_PAGE}").replace('\n', "\r\n");
    assert_exchange_read(&explain(&crlf), "Gmail page, CRLF");
}

/// Checks that no card names the Gmail page's Message-ID.
fn assert_message_id_not_recipient(report: &Report, case: &str) {
    let recipients: Vec<Option<&str>> =
        report.recipients.iter().map(|card| card.recipient.as_deref()).collect();
    assert!(!recipients.contains(&Some("abc@mail.example.org")), "{case}: {recipients:?}");
}

#[test]
fn message_id_never_recipient() {
    // Without its button row the summary's end is unknown, so the page is
    // read as text. Its Message ID row must still name no recipient.
    let cut = GMAIL_PAGE.replace("Download Original\tCopy to clipboard\t\n", "");
    assert_ne!(cut, GMAIL_PAGE);
    assert_message_id_not_recipient(&explain(&cut), "page without its button row");
    let lines = [
        "Message ID\t<abc@mail.example.org>\n550 5.1.1 user unknown\n",
        "Message-ID: <abc@mail.example.org>\n550 5.1.1 user unknown\n",
        "message_id=<abc@mail.example.org> 550 5.1.1 user unknown\n",
    ];
    for text in lines {
        assert_message_id_not_recipient(&explain(text), text);
    }
}
