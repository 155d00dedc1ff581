//! Worst-case inputs, each built in code: huge and deep. Each
//! must return a well-formed Report that states what was found and what
//! was not, without a panic. Time is not asserted here, because
//! `scripts/linearity.mjs` compares 1x and 10x sizes and docs/fuzzing.md
//! records the figures.
//!
//! Every crash or hang the fuzzer found is kept under
//! `tests/fixtures/regressions/` and replayed by `regression_fixtures`.

use crate::worst_case;

use std::fs;
use std::path::Path;

use bounce_explainer::{explain, explain_bytes, InputKind, Reason};
use worst_case::{assert_user_unknown, check, dsn_block, dsn_email, says_cut, REPLY};

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
fn pasted_dsn_blocks_without_email() {
    // Delivery-status recipient groups copied without the email around
    // them are read as pasted text, whose checks for prose look at every
    // place a reply's codes occur: once per code pair, not per recipient.
    let same: String = (0..2_000)
        .map(|i| {
            format!(
                "Final-Recipient: rfc822; user{i}@example.org\nAction: failed\nStatus: 5.1.1\n\
                 Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n"
            )
        })
        .collect();
    let report = explain(&same);
    check(&report);
    assert_eq!(report.recipients.len(), 2_000);
    for (i, recipient) in report.recipients.iter().enumerate() {
        assert_eq!(recipient.recipient, Some(format!("user{i}@example.org")));
        assert_eq!(recipient.reason, Reason::UserUnknown);
    }

    // A new code pair in every group: past the bound on pairs checked,
    // each group is still read as a reply.
    let own_codes: String = (0..2_000)
        .map(|i| {
            let status = format!("5.{}.{}", 1 + i / 200, i % 200);
            format!(
                "Final-Recipient: rfc822; user{i}@example.org\nAction: failed\nStatus: {status}\n\
                 Diagnostic-Code: smtp; 550 {status} User unknown\n\n"
            )
        })
        .collect();
    let report = explain(&own_codes);
    check(&report);
    assert_eq!(report.recipients.len(), 2_000);
    for (i, recipient) in report.recipients.iter().enumerate() {
        assert_eq!(recipient.recipient, Some(format!("user{i}@example.org")));
        assert_eq!(recipient.reply.as_deref(), Some("550"), "{recipient:#?}");
    }
}

#[test]
fn html_stray_end_tags_under_deep_nesting() {
    // 40,000 open elements, then as many end tags of a name never opened.
    // Each stray end tag used to search every open element, so this 512 KB
    // part took seconds natively. Now such a tag is ignored at once.
    let html = format!(
        "<p>550 5.1.1 &lt;bob@example.net&gt;: User unknown</p>{}{}",
        "<span>".repeat(40_000),
        "</b>".repeat(40_000)
    );
    let email = format!(
        "From: MAILER-DAEMON@example.com\nTo: alice@example.com\nSubject: Undeliverable\n\
         MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n{html}\n"
    );
    let report = explain(&email);
    check(&report);
    assert_eq!(report.recipients.len(), 1, "{:#?}", report.recipients);
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
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
