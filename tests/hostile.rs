//! Worst-case inputs, each built in code: huge, deep, binary, broken. Each
//! must return a well-formed Report that states what was found and what
//! was not, without a panic. Time is not asserted here, because
//! `scripts/linearity.mjs` compares 1x and 10x sizes and docs/fuzzing.md
//! records the figures.
//!
//! Every crash or hang the fuzzer found is kept under
//! `tests/fixtures/regressions/` and replayed by `regression_fixtures`.

use std::fs;
use std::path::Path;

use bounce_explainer::{explain, explain_bytes, InputKind, Reason, Report};

const REPLY: &str = "550 5.1.1 <user@example.org>: Recipient address rejected: User unknown";

/// Builds a multipart/report bounce around a report text, a DSN and the
/// returned message's headers.
fn dsn_email(report_text: &str, dsn: &str, original: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mx.example.net\r\n\
         To: sender@example.com\r\n\
         Subject: Undelivered Mail Returned to Sender\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\
         \r\n\
         --b1\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\
         \r\n\
         {report_text}\r\n\
         --b1\r\n\
         Content-Type: message/delivery-status\r\n\
         \r\n\
         Reporting-MTA: dns; mx.example.net\r\n\
         \r\n\
         {dsn}\r\n\
         --b1\r\n\
         Content-Type: text/rfc822-headers\r\n\
         \r\n\
         {original}\r\n\
         --b1--\r\n"
    )
}

fn dsn_block(recipient: &str) -> String {
    format!(
        "Final-Recipient: rfc822; {recipient}\r\n\
         Action: failed\r\n\
         Status: 5.1.1\r\n\
         Diagnostic-Code: smtp; {REPLY}\r\n"
    )
}

/// What must hold for every Report, whatever the input.
fn check(report: &Report) {
    assert!(!report.summary.trim().is_empty(), "empty summary: {report:?}");
    for r in &report.recipients {
        for link in &r.links {
            assert!(
                ["https://", "http://", "mailto:"].iter().any(|s| link.url.starts_with(s)),
                "link not from the tables: {}",
                link.url
            );
        }
    }
    serde_json::to_string(report).expect("report serialises");
}

/// Asserts the one unknown-user failure of REPLY/dsn_block was found.
fn assert_user_unknown(report: &Report) {
    check(report);
    let first =
        report.recipients.first().unwrap_or_else(|| panic!("no failure found: {report:#?}"));
    assert_eq!(first.reason, Reason::UserUnknown, "{first:#?}");
    assert_eq!(first.recipient.as_deref(), Some("user@example.org"));
}

/// A small deterministic generator, so binary inputs are the same each run.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as u8
        })
        .collect()
}

/// True when the report says the input was cut at the scan limit.
fn says_cut(report: &Report) -> bool {
    report.notes.iter().any(|n| n.message.contains("only its first"))
}

#[test]
fn hundred_thousand_lines() {
    // A long NDR: the reply early on, then chatter far past the scan limit.
    let mut text = String::from("Delivery has failed to these recipients or groups:\n\n");
    text.push_str(&"another line of a long transcript\n".repeat(1_000));
    text.push_str(REPLY);
    text.push('\n');
    text.push_str(&"another line of a long transcript\n".repeat(100_000));
    assert!(text.lines().count() > 100_000);
    let report = explain(&text);
    assert_eq!(report.input_kind, InputKind::NdrText);
    assert_eq!(report.recipients.len(), 1);
    assert_user_unknown(&report);
    assert!(says_cut(&report), "{:?}", report.notes);
}

#[test]
fn megabyte_header_line() {
    let long = "x".repeat(1 << 20);
    let email = dsn_email(
        "Your message could not be delivered.",
        &dsn_block("user@example.org"),
        &format!("From: sender@example.com\r\nSubject: {long}"),
    )
    .replacen("Subject: Undelivered", &format!("X-Long: {long}\r\nSubject: Undelivered"), 1);
    let report = explain(&email);
    assert_eq!(report.input_kind, InputKind::Email);
    assert_user_unknown(&report);
}

#[test]
fn message_rfc822_nested_1000_deep() {
    // Forwarded bounces inside forwarded bounces: three levels are read,
    // and the reader is told that the rest was not.
    let mut email = dsn_email(
        "Your message could not be delivered.",
        &dsn_block("user@example.org"),
        "Subject: hi",
    );
    for _ in 0..1000 {
        email = format!(
            "From: a@example.com\r\nTo: b@example.com\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"f\"\r\n\r\n--f\r\n\
             Content-Type: message/rfc822\r\n\r\n{email}\r\n--f--\r\n"
        );
    }
    let report = explain(&email);
    check(&report);
    assert!(report.recipients.is_empty());
    assert_eq!(report.input_kind, InputKind::Email, "{report:#?}");
    assert!(report.summary.contains("looks like a bounce"), "{}", report.summary);
}

#[test]
fn ten_thousand_recipients() {
    let dsn: Vec<String> =
        (0..10_000).map(|i| dsn_block(&format!("user{i}@example.org"))).collect();
    let email = dsn_email("Your message could not be delivered.", &dsn.join("\r\n"), "Subject: hi");
    let report = explain(&email);
    check(&report);
    // The DSN is cut at the scan limit: the recipients before it are all
    // listed, in order, and a note says the rest were not read.
    let listed = report.recipients.len();
    assert!(listed > 1_000, "{listed} recipients");
    assert!(says_cut(&report), "{:?}", report.notes);
    assert!(report.summary.contains(&format!("{listed} recipients")), "{}", report.summary);
    for (i, recipient) in report.recipients.iter().enumerate() {
        assert_eq!(recipient.reason, Reason::UserUnknown);
        assert_eq!(recipient.recipient, Some(format!("user{i}@example.org")));
    }
}

#[test]
fn ten_thousand_blocked_recipients_each_with_own_ip() {
    // Every recipient names another sender IP: each is still reported.
    let ip = |i: usize| format!("198.51.{}.{}", i / 250, i % 250 + 1);
    let dsn: Vec<String> = (0..10_000)
        .map(|i| {
            format!(
                "Final-Recipient: rfc822; user{i}@example.org\r\nAction: failed\r\nStatus: 5.7.1\r\n\
                 Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [{}] \
                 blocked using zen.spamhaus.org\r\n",
                ip(i)
            )
        })
        .collect();
    let email = dsn_email("Your message could not be delivered.", &dsn.join("\r\n"), "Subject: hi");
    let report = explain(&email);
    check(&report);
    assert!(report.recipients.len() > 1_000, "{} recipients", report.recipients.len());
    assert!(says_cut(&report), "{:?}", report.notes);
    for (i, recipient) in report.recipients.iter().enumerate() {
        assert_eq!(recipient.sender_ip, Some(ip(i)), "{recipient:#?}");
    }
}

#[test]
fn feedback_report_naming_five_thousand_recipients() {
    // Every recipient of a feedback report has the same sources, so they
    // are scanned once, not once per recipient. Here every Source-IP is
    // internal, so no scan stops early.
    let fields: String = (0..5_000)
        .map(|i| {
            format!(
                "Original-Rcpt-To: user{i}@example.com\r\nSource-IP: 10.0.{}.{}\r\n",
                i / 250,
                i % 250 + 1
            )
        })
        .collect();
    let email = format!(
        "From: fbl@example.net\r\nTo: abuse@example.com\r\nSubject: complaint\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=feedback-report; boundary=\"b1\"\r\n\r\n\
         --b1\r\nContent-Type: text/plain\r\n\r\nThis is an abuse report.\r\n\
         --b1\r\nContent-Type: message/feedback-report\r\n\r\n\
         Feedback-Type: abuse\r\nUser-Agent: fbl/1.0\r\nVersion: 1\r\n{fields}\r\n--b1--\r\n"
    );
    let report = explain(&email);
    check(&report);
    assert_eq!(report.recipients.len(), 5_000);
    for (i, recipient) in report.recipients.iter().enumerate() {
        assert_eq!(recipient.recipient, Some(format!("user{i}@example.com")));
        assert_eq!(recipient.sender_ip, None);
        let hint = recipient.sender_ip_source.hint.as_deref().unwrap_or_default();
        assert!(hint.contains("10.0.0.1"), "{hint}");
        assert!(hint.contains("internal"), "{hint}");
    }
}

#[test]
fn transcript_naming_two_thousand_recipients() {
    // No transcript block has a status line, so every block's replies
    // belong to every recipient: one shared text, scanned once.
    let listed: String = (0..2_000).map(|i| format!("<user{i}@example.org>\n")).collect();
    let blocks: String = (0..2_000)
        .map(|i| {
            format!(
                "... while talking to mx.example.org.:\n>>> RCPT To:<user{i}@example.org>\n\
                 <<< 550 5.7.1 <user{i}@example.org>... Rejected, see 10.1.{}.{}\n",
                i / 250,
                i % 250
            )
        })
        .collect();
    let email = format!(
        "From: MAILER-DAEMON@mx.example.net\nTo: sender@example.com\n\
         Subject: Returned mail: see transcript for details\n\n\
         ----- The following addresses had permanent fatal errors -----\n{listed}\n\
         ----- Transcript of session follows -----\n{blocks}"
    );
    let report = explain(&email);
    check(&report);
    assert_eq!(report.recipients.len(), 2_000);
    for (i, recipient) in report.recipients.iter().enumerate() {
        assert_eq!(recipient.recipient, Some(format!("user{i}@example.org")));
        assert_eq!(recipient.sender_ip, None);
    }
}

#[test]
fn blocked_recipients_under_long_trace() {
    // Each blocked recipient without an address gets a hint that looks up
    // the Reporting-MTA in the Received headers: read once, not per recipient.
    let trace: String = (0..2_000)
        .map(|i| format!("Received: from relay{i}.example.com ([192.0.2.{}])\r\n", i % 250 + 1))
        .collect();
    let dsn: Vec<String> = (0..2_000)
        .map(|i| {
            format!(
                "Final-Recipient: rfc822; user{i}@example.org\r\nAction: failed\r\nStatus: 5.7.1\r\n\
                 Diagnostic-Code: smtp; 554 5.7.1 blocked using zen.spamhaus.org\r\n"
            )
        })
        .collect();
    let email = trace
        + &dsn_email("Your message could not be delivered.", &dsn.join("\r\n"), "Subject: hi");
    let report = explain(&email);
    check(&report);
    assert_eq!(report.recipients.len(), 2_000);
    for recipient in &report.recipients {
        assert_eq!(recipient.sender_ip, None);
        let hint = recipient.sender_ip_source.hint.as_deref().unwrap_or_default();
        assert!(hint.contains("mx.example.net"), "{hint}");
    }
}

#[test]
fn twenty_megabytes() {
    let line = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\r\n";
    let attachment = line.repeat((20 << 20) / line.len() + 1);
    let email = dsn_email(
        REPLY,
        &dsn_block("user@example.org"),
        &format!("Subject: hi\r\n\r\n{attachment}"),
    );
    assert!(email.len() > 20 << 20);
    assert_user_unknown(&explain(&email));

    let filler = "a sentence of filler text\n";
    let plain = format!("{REPLY}\n{}", filler.repeat((20 << 20) / filler.len() + 1));
    assert!(plain.len() > 20 << 20);
    assert_user_unknown(&explain(&plain));
}

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

/// Replays every input the fuzzer found a crash, hang or blowup on.
#[test]
fn regression_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/regressions");
    let mut count = 0;
    for entry in fs::read_dir(&dir).expect("regressions folder exists") {
        let path = entry.expect("folder entry").path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let raw = fs::read(&path).expect("fixture readable");
        check(&explain_bytes(&raw));
        if let Ok(text) = std::str::from_utf8(&raw) {
            check(&explain(text));
        }
        count += 1;
    }
    println!("{count} regression fixtures replayed");
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
