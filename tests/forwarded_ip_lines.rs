//! For a bounce forwarded as an attachment, the card shows where the IP
//! to quote was found, as it does for a pasted bounce. An attachment sent
//! as 8bit is in the pasted text as written, so the line counts lines of
//! the pasted text. A base64 or quoted-printable attachment is not, so the
//! line counts lines of the attached bounce's decoded text, and the report
//! gives how many forwards deep that bounce lies.

use crate::base64;
use crate::bounces;
use crate::forwards;

use std::io::Write;
use std::process::{Command, Stdio};

use bounce_explainer::report::SenderIpSource;
use bounce_explainer::{explain, Report};
use bounces::exim_smtp_error;
use forwards::{as_file, as_quoted_printable_file, as_rfc822};

const IP: &str = "203.0.113.45";

/// The receiver's statement of the address. It is long enough that
/// quoted-printable breaks it inside the address (column 75).
const STATEMENT: &str = "    554 5.7.1 Service unavailable to this sender today; \
    Client host [203.0.113.45] blocked using zen.spamhaus.org";

fn exim() -> String {
    exim_smtp_error(STATEMENT)
}

/// Returns the 1-based line of the bounce's body (its text after the
/// header block) that contains the statement.
fn body_line(bounce: &str) -> usize {
    let (_, body) = bounce.split_once("\n\n").unwrap();
    body.lines().position(|l| l == STATEMENT).unwrap() + 1
}

fn source(report: &Report) -> &SenderIpSource {
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let recipient = &report.recipients[0];
    assert_eq!(recipient.sender_ip.as_deref(), Some(IP));
    &recipient.sender_ip_source
}

/// Checks that `source` points at the statement on `line` of the decoded
/// bounce attached `depth` forwards deep.
fn assert_decoded_line(name: &str, source: &SenderIpSource, line: usize, depth: usize) {
    assert_eq!(source.line, Some(line), "{name}: {source:?}");
    assert!(source.decoded, "{name}: {source:?}");
    assert_eq!(source.forward_depth, depth, "{name}: {source:?}");
    let excerpt = source.excerpt.as_deref().unwrap_or_default();
    assert!(excerpt.contains("Client host [203.0.113.45] blocked"), "{name}: {excerpt:?}");
}

#[test]
fn pasted_bounce_line_unchanged() {
    let bounce = exim();
    let report = explain(&bounce);
    let source = source(&report);
    let line = bounce.lines().position(|l| l == STATEMENT).unwrap() + 1;
    assert_eq!(source.line, Some(line));
    assert!(!source.decoded);
    assert_eq!(source.forward_depth, 0);
}

#[test]
fn eight_bit_forward_points_into_paste() {
    let text = as_rfc822(&exim());
    let report = explain(&text);
    let source = source(&report);
    assert!(!source.decoded, "{source:?}");
    assert_eq!(source.forward_depth, 0);
    let line = source.line.expect("line of the pasted text");
    assert_eq!(text.lines().nth(line - 1), Some(STATEMENT));
}

#[test]
fn base64_forward_line_decoded() {
    let bounce = exim();
    let report = explain(&as_file("application/octet-stream", &bounce));
    assert_decoded_line("base64", source(&report), body_line(&bounce), 1);
}

#[test]
fn quoted_printable_forward_line_decoded() {
    let bounce = exim();
    let text = as_quoted_printable_file(&bounce);
    assert!(!text.contains(IP), "the soft line break must split the address");
    let report = explain(&text);
    assert_decoded_line("quoted-printable", source(&report), body_line(&bounce), 1);
}

#[test]
fn two_forwards_deep_line_decoded() {
    let bounce = exim();
    let layouts = [
        (
            "base64 in base64",
            as_file("application/octet-stream", &as_file("application/octet-stream", &bounce)),
        ),
        ("base64 in 8bit", as_rfc822(&as_file("application/octet-stream", &bounce))),
        ("8bit in base64", as_file("application/octet-stream", &as_rfc822(&bounce))),
        (
            "quoted-printable in base64",
            as_file("application/octet-stream", &as_quoted_printable_file(&bounce)),
        ),
    ];
    for (name, text) in layouts {
        let report = explain(&text);
        assert_decoded_line(name, source(&report), body_line(&bounce), 2);
    }
}

/// A forwarded DSN bounce whose human-readable part is itself base64:
/// the line counts that bounce's text parts after decoding.
#[test]
fn forwarded_dsn_line_decoded() {
    let report_text = "This is the mail system at host mail.example.com.\n\n\
        <bob@example.org>: host mx.example.org[198.51.100.7] said: 554 5.7.1\n    \
        Service unavailable; Client host [203.0.113.45] blocked using\n    \
        zen.spamhaus.org (in reply to RCPT TO command)\n";
    let bounce = format!(
        "From: MAILER-DAEMON@mail.example.com\nTo: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"IN\"\n\n\
         --IN\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{}\n\
         --IN\nContent-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; mail.example.com\n\n\
         Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.7.1\n\
         Diagnostic-Code: smtp; 554 5.7.1 Service unavailable\n\
         --IN--\n",
        base64::base64(report_text.as_bytes())
    );
    for (name, text) in
        [("8bit", as_rfc822(&bounce)), ("base64", as_file("application/octet-stream", &bounce))]
    {
        let report = explain(&text);
        let source = source(&report);
        assert_eq!(source.line, Some(4), "{name}: {source:?}");
        assert!(source.decoded, "{name}: {source:?}");
        assert_eq!(source.forward_depth, 1, "{name}: {source:?}");
        let excerpt = source.excerpt.as_deref().unwrap_or_default();
        assert!(
            excerpt.starts_with("Service unavailable; Client host [203.0.113.45]"),
            "{name}: {excerpt:?}"
        );
    }
}

fn cli_text(input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bounce-explainer"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn cli_names_attached_bounce() {
    let bounce = exim();
    let line = body_line(&bounce);
    let once = cli_text(&as_file("application/octet-stream", &bounce));
    let expected =
        format!("IP to quote: {IP} (found on line {line} of the attached bounce's decoded text)");
    assert!(once.contains(&expected), "{once}");
    let twice = cli_text(&as_file(
        "application/octet-stream",
        &as_file("application/octet-stream", &bounce),
    ));
    let expected = format!(
        "IP to quote: {IP} (found on line {line} of the decoded text of the bounce attached 2 levels deep)"
    );
    assert!(twice.contains(&expected), "{twice}");
}
