//! A bounce whose only statement of the IP to quote is the Diagnostic-Code
//! field of its delivery-status part, forwarded as a base64 or
//! quoted-printable attachment, or with that part base64 itself. No line
//! of the pasted text contains the address, so the card points at the
//! line of the decoded delivery-status part and names the field, rather
//! than showing no place at all.

use crate::base64;
use crate::forwards;

use std::io::Write;
use std::process::{Command, Stdio};

use base64::base64;
use bounce_explainer::report::{DecodedPart, SenderIpSource};
use bounce_explainer::{explain, Report};
use forwards::{as_file, as_quoted_printable_file, as_rfc822};

const IP: &str = "192.0.2.10";

/// The delivery-status part's fields. The human-readable part names no
/// address, so the Diagnostic-Code field is the only statement of it.
const DSN: &str = "Reporting-MTA: dns; mail.example.com\n\
                   \n\
                   Final-Recipient: rfc822; carol@example.org\n\
                   Action: failed\n\
                   Status: 5.7.1\n\
                   Remote-MTA: dns; mx.example.org\n\
                   Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host\n    \
                   [192.0.2.10] blocked using zen.spamhaus.org\n";

/// Builds a Postfix multipart/report bounce whose delivery-status part is
/// `dsn_part`, under the part header lines `dsn_headers`.
fn postfix_bounce(dsn_headers: &str, dsn_part: &str) -> String {
    format!(
        "Return-Path: <>\n\
         From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\
         \n\
         --B1\n\
         Content-Type: text/plain; charset=us-ascii\n\
         \n\
         This is the mail system at host mail.example.com.\n\
         \n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients.\n\
         \n\
         --B1\n\
         {dsn_headers}\n\
         \n\
         {dsn_part}\n\
         --B1--\n"
    )
}

fn plain_bounce() -> String {
    postfix_bounce("Content-Type: message/delivery-status", DSN)
}

fn base64_dsn_bounce() -> String {
    let headers = "Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64";
    postfix_bounce(headers, &base64(DSN.as_bytes()))
}

/// Returns the 1-based line of the delivery-status part that states the
/// address.
fn dsn_line() -> usize {
    DSN.lines().position(|l| l.contains(IP)).unwrap() + 1
}

fn source(report: &Report) -> &SenderIpSource {
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let recipient = &report.recipients[0];
    assert_eq!(recipient.recipient.as_deref(), Some("carol@example.org"));
    assert_eq!(recipient.sender_ip.as_deref(), Some(IP));
    &recipient.sender_ip_source
}

/// Checks that `source` points at the statement in the delivery-status
/// part of the bounce attached `depth` forwards deep.
fn assert_dsn_line(name: &str, source: &SenderIpSource, depth: usize) {
    assert_eq!(source.line, Some(dsn_line()), "{name}: {source:?}");
    assert!(source.decoded, "{name}: {source:?}");
    assert_eq!(source.part, DecodedPart::DeliveryStatus, "{name}: {source:?}");
    assert_eq!(source.field.as_deref(), Some("Diagnostic-Code"), "{name}: {source:?}");
    assert_eq!(source.forward_depth, depth, "{name}: {source:?}");
    let excerpt = source.excerpt.as_deref().unwrap_or_default();
    assert!(excerpt.contains("[192.0.2.10] blocked"), "{name}: {excerpt:?}");
}

#[test]
fn encoded_forward_points_into_dsn() {
    let bounce = plain_bounce();
    let layouts = [
        ("base64 file", as_file("application/octet-stream", &bounce)),
        ("base64 message/rfc822", as_file("message/rfc822", &bounce)),
        ("8bit forward of base64 part", as_rfc822(&base64_dsn_bounce())),
    ];
    for (name, text) in layouts {
        assert!(!text.contains(IP), "{name}: the pasted text must not contain the address");
        assert_dsn_line(name, source(&explain(&text)), 1);
    }
}

#[test]
fn quoted_printable_forward_points_into_dsn() {
    // The statement is shorter than a quoted-printable line, so the
    // pasted text contains it as written and its line is the pasted one.
    let text = as_quoted_printable_file(&plain_bounce());
    let report = explain(&text);
    let short = source(&report);
    assert!(!short.decoded, "{short:?}");
    let line = short.line.expect("line of the pasted text");
    assert!(text.lines().nth(line - 1).unwrap_or_default().contains(IP));
    // A long statement is split by a soft line break inside the address.
    let long = DSN.replace("Service unavailable;", "Service unavailable today;");
    let bounce = postfix_bounce("Content-Type: message/delivery-status", &long);
    let text = as_quoted_printable_file(&bounce.replace("Client host\n    [", "Client host ["));
    assert!(!text.contains(IP), "the soft line break must split the address");
    let report = explain(&text);
    let split = source(&report);
    assert!(split.decoded, "{split:?}");
    assert_eq!(split.part, DecodedPart::DeliveryStatus, "{split:?}");
    assert_eq!(split.field.as_deref(), Some("Diagnostic-Code"), "{split:?}");
    assert_eq!(split.forward_depth, 1, "{split:?}");
}

#[test]
fn pasted_base64_dsn_points_into_dsn() {
    assert_dsn_line("pasted", source(&explain(&base64_dsn_bounce())), 0);
}

#[test]
fn plain_dsn_line_unchanged() {
    let bounce = plain_bounce();
    let report = explain(&bounce);
    let plain = source(&report);
    assert!(!plain.decoded, "{plain:?}");
    assert_eq!(plain.part, DecodedPart::Text);
    assert_eq!(plain.field, None);
    let line = plain.line.expect("line of the pasted text");
    assert!(bounce.lines().nth(line - 1).unwrap_or_default().contains(IP));
}

#[test]
fn cli_names_dsn_part_and_field() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bounce-explainer"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let text = as_file("application/octet-stream", &plain_bounce());
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let expected = format!(
        "IP to quote: {IP} (found on line {} of the attached bounce's delivery-status part, \
         in its Diagnostic-Code field)",
        dsn_line()
    );
    assert!(stdout.contains(&expected), "{stdout}");
}
