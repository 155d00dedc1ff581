//! Worst-case contents, each built in code: binary, broken, empty, cut
//! short, forwarded over and over, or not a bounce at all. Each must
//! return a well-formed Report that states what was found and what was
//! not, without a panic.

use crate::worst_case;

use bounce_explainer::{explain, explain_bytes, InputKind, Reason};
use worst_case::{assert_user_unknown, check, dsn_block, dsn_email, noise, REPLY};

#[test]
fn binary_data() {
    let report = explain_bytes(&noise(64 << 10, 7));
    check(&report);
    assert_eq!(report.input_kind, InputKind::Binary);
    assert!(report.recipients.is_empty());
    assert!(report.summary.contains("not text"), "{}", report.summary);

    // Headers, then a binary body: read as an email, nothing found.
    let mut email = b"From: a@example.com\r\nTo: b@example.org\r\nSubject: x\r\n\r\n".to_vec();
    email.extend(noise(64 << 10, 11));
    let report = explain_bytes(&email);
    check(&report);
    assert!(report.recipients.is_empty(), "{report:#?}");
}

#[test]
fn invalid_utf8_in_every_part() {
    let bad = "\u{1}BAD\u{1}";
    let email = dsn_email(
        &format!("Your message {bad} could not be delivered. {bad}"),
        &format!("X-Note: {bad}\r\n{}", dsn_block("user@example.org")),
        &format!("Subject: {bad}"),
    )
    .replacen("To: sender", &format!("X-Bad: {bad}\r\nTo: sender"), 1);
    // Swap the markers for bytes that are never valid UTF-8.
    let mut raw = Vec::new();
    for piece in email.split('\u{1}') {
        raw.extend_from_slice(piece.as_bytes());
        raw.extend_from_slice(b"\xff\xc3\x28\xe2\x82");
    }
    assert!(std::str::from_utf8(&raw).is_err());
    let report = explain_bytes(&raw);
    assert_eq!(report.input_kind, InputKind::Email);
    assert_user_unknown(&report);
    // A bare reply line with broken bytes in the middle.
    let mut line =
        b"550 5.1.1 <user@example.org>: \xff\xfe Recipient address rejected: User unknown".to_vec();
    line.push(0xc3);
    assert_user_unknown(&explain_bytes(&line));
}

#[test]
fn nul_bytes() {
    let line = REPLY.replace(' ', " \0");
    assert_user_unknown(&explain(&line));
    let email =
        dsn_email("\0\0could not be delivered\0", &dsn_block("user@example.org"), "Subject: \0");
    assert_user_unknown(&explain(&email));
    // Nothing but NULs is binary, not a bounce.
    let report = explain_bytes(&[0u8; 4096]);
    check(&report);
    assert!(report.recipients.is_empty());
}

#[test]
fn bare_mbox_separator() {
    for input in ["From ", "From \n", "From MAILER-DAEMON Fri Dec  4 10:00:00 2026\n"] {
        let report = explain(input);
        check(&report);
        assert!(report.recipients.is_empty(), "{input:?}: {report:#?}");
        assert!(report.summary.contains("No delivery failure"), "{input:?}: {}", report.summary);
        assert!(!report.notes.is_empty(), "{input:?} gets a note on what to paste");
    }
    // A separator before a real bounce is skipped.
    let email = format!(
        "From MAILER-DAEMON Fri Dec  4 10:00:00 2026\n{}",
        dsn_email("x", &dsn_block("user@example.org"), "Subject: hi")
    );
    let report = explain(&email);
    assert_eq!(report.input_kind, InputKind::Email);
    assert_user_unknown(&report);
}

#[test]
fn empty_input() {
    for input in ["", " ", "\n\r\n\t "] {
        let report = explain(input);
        check(&report);
        assert_eq!(report.input_kind, InputKind::Empty);
        assert!(report.summary.starts_with("Nothing to explain"), "{}", report.summary);
    }
}

#[test]
fn ordinary_email() {
    let email = "From: alice@example.com\r\nTo: bob@example.org\r\nSubject: Lunch on Friday\r\n\
                 Date: Fri, 4 Dec 2026 10:00:00 +0000\r\n\r\nSee you at noon at the usual place.\r\n";
    let report = explain(email);
    check(&report);
    assert_eq!(report.input_kind, InputKind::NotBounce);
    assert!(report.recipients.is_empty());
    assert!(report.summary.contains("not a bounce"), "{}", report.summary);
}

#[test]
fn truncated_mime_body() {
    let email = dsn_email(
        "Your message could not be delivered.",
        &dsn_block("user@example.org"),
        "Subject: hi",
    );
    // Cut inside the DSN part: no closing boundary, the last field cut short.
    let cut = &email[..email.find("Diagnostic-Code").unwrap() + 20];
    let report = explain(cut);
    assert_eq!(report.input_kind, InputKind::Email);
    assert_user_unknown(&report);
    // Cut inside the headers of the report part: nothing can be read.
    let cut = &email[..email.find("Content-Type: text/plain").unwrap() + 15];
    let report = explain(cut);
    check(&report);
    assert!(report.recipients.is_empty());
    assert!(!report.notes.is_empty());
}

/// Forged or chatty text: numbers in sentences are not reply codes, so a
/// line number or a head count is never explained as the receiver's reply.
#[test]
fn numbers_in_prose_are_not_replies() {
    let cases = [
        "Delivery failed: see line 400 of a long transcript",
        "Undeliverable: the 421 people on the list did not get it",
        "Mail delivery failed. Room 550 is booked for the review.",
    ];
    for text in cases {
        let report = explain(text);
        check(&report);
        assert!(
            report.recipients.iter().all(|r| r.reply.is_none()),
            "{text:?} gave reply {:?}",
            report.recipients.iter().map(|r| &r.reply).collect::<Vec<_>>()
        );
    }
    // Prose that wraps right before a number, in an email from a person.
    let email = "From: Alice <alice@example.com>\nTo: Bob <bob@example.org>\nSubject: Quote\n\n\
                 Hi Bob,\n\nthe quote for the new mail server came to\n550 dollars, and the manual runs to\n\
                 450-odd pages.\n\nThanks, Alice\n";
    let report = explain(email);
    check(&report);
    assert_eq!(report.input_kind, InputKind::NotBounce, "{:#?}", report.recipients);
    // The same number quoted after a lead-in word is the receiver's reply.
    let report = explain("Delivery failed: mx.example.net said 550 no such user here");
    check(&report);
    assert_eq!(report.recipients[0].reply.as_deref(), Some("550"));
}

/// Wraps `email` as an attachment of a forward, `times` times over.
fn forwarded(email: &str, times: usize) -> String {
    let mut out = email.to_string();
    for level in 0..times {
        out = format!(
            "From: helpdesk{level}@example.com\r\nTo: admin@example.com\r\nSubject: Fwd: bounce\r\n\
             MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"f{level}\"\r\n\r\n\
             --f{level}\r\nContent-Type: text/plain\r\n\r\nSee the attached message.\r\n\
             --f{level}\r\nContent-Type: message/rfc822\r\n\r\n{out}\r\n--f{level}--\r\n"
        );
    }
    out
}

#[test]
fn bounce_forwarded_three_times() {
    let bounce = dsn_email(
        "Your message could not be delivered.",
        &dsn_block("user@example.org"),
        "Subject: hi",
    );
    for times in 1..=3 {
        let report = explain(&forwarded(&bounce, times));
        check(&report);
        assert_user_unknown(&report);
    }
    // Deeper than that, the reader is told why nothing was read.
    let report = explain(&forwarded(&bounce, 4));
    check(&report);
    assert!(report.recipients.is_empty());
    assert_eq!(report.input_kind, InputKind::Email);
    assert!(report.summary.contains("looks like a bounce"), "{}", report.summary);
}

#[test]
fn truncated_bounce_is_not_called_ordinary() {
    let email = dsn_email(
        "Your message could not be delivered.",
        &dsn_block("user@example.org"),
        "Subject: hi",
    );
    let cut = &email[..email.find("Final-Recipient").unwrap()];
    let report = explain(cut);
    check(&report);
    assert!(report.recipients.is_empty());
    assert!(report.summary.contains("looks like a bounce"), "{}", report.summary);
    assert!(!report.summary.contains("not a bounce"), "{}", report.summary);
}

/// A bounce cut inside its delivery-status part: the recipient whose group
/// was cut is read from the text part, and a note says the email is cut.
#[test]
fn cut_inside_dsn_keeps_text_recipients() {
    let report_text = "<carol@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.1 \
        Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org \
        (in reply to RCPT TO command)\r\n\r\n\
        <dave@example.org>: host mx.example.org[198.51.100.30] said: 550 5.1.1 \
        <dave@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)";
    let dsn = format!("{}\r\n{}", dsn_block("carol@example.net"), dsn_block("dave@example.org"));
    let email = dsn_email(report_text, &dsn, "Subject: hi");
    let cut = &email[..email.find("Final-Recipient: rfc822; dave").unwrap() + 30];
    let report = explain(cut);
    check(&report);
    let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, [Some("carol@example.net"), Some("dave@example.org")]);
    assert_eq!(report.recipients[1].reason, Reason::UserUnknown);
    assert!(report.notes.iter().any(|n| n.message.contains("cut short")), "{:?}", report.notes);
    // The whole email gives the same two recipients and no such note.
    let whole = explain(&email);
    assert_eq!(whole.recipients.len(), 2);
    assert!(!whole.notes.iter().any(|n| n.message.contains("cut short")), "{:?}", whole.notes);
}
