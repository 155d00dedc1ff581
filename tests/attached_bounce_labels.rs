//! A bounce forwarded as a file attachment is read whatever MIME type the
//! forwarding client gave the file. Clients that attach a saved `.eml`
//! from disk label it by its extension or by sniffing, so the bounce may
//! arrive as application/octet-stream, application/x-eml or text/plain
//! rather than message/rfc822. An attachment that is not an email (a
//! PDF, an image, a text note) stays unread.

use crate::base64;

use base64::base64;
use bounce_explainer::{explain, Actor, InputKind, Report};

/// A Postfix-shaped DSN: one Spamhaus block of 203.0.113.45.
const POSTFIX_BLOCK: &str = "Return-Path: <>\n\
Received: by mail.example.com (Postfix) id 4B2C1D0E9F; Wed, 11 Mar 2026 10:00:05 +0000\n\
From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
Date: Wed, 11 Mar 2026 10:00:05 +0000\n\
To: alice@example.com\n\
Subject: Undelivered Mail Returned to Sender\n\
MIME-Version: 1.0\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"R1\"\n\
\n\
--R1\n\
Content-Type: text/plain; charset=us-ascii\n\
\n\
<carol@example.net>: host mx.example.net[198.51.100.21] said: 554 5.7.1\n    \
Service unavailable; Client host [203.0.113.45] blocked using\n    \
zen.spamhaus.org (in reply to RCPT TO command)\n\
\n\
--R1\n\
Content-Type: message/delivery-status\n\
\n\
Reporting-MTA: dns; mail.example.com\n\
\n\
Final-Recipient: rfc822; carol@example.net\n\
Action: failed\n\
Status: 5.7.1\n\
Remote-MTA: dns; mx.example.net\n\
Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.45]\n    \
blocked using zen.spamhaus.org\n\
\n\
--R1--\n";

/// An Exchange-shaped DSN without Received or Return-Path fields: one
/// unknown address.
const EXCHANGE_UNKNOWN: &str = "From: Microsoft Outlook <postmaster@example.com>\n\
To: alice@example.com\n\
Date: Wed, 11 Mar 2026 10:00:05 +0000\n\
Subject: Undeliverable: Quarterly report\n\
MIME-Version: 1.0\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"X1\"\n\
\n\
--X1\n\
Content-Type: text/plain; charset=us-ascii\n\
\n\
Your message to bob@example.org couldn't be delivered.\n\
\n\
--X1\n\
Content-Type: message/delivery-status\n\
\n\
Reporting-MTA: dns; mail.example.com\n\
\n\
Final-Recipient: rfc822; bob@example.org\n\
Action: failed\n\
Status: 5.1.1\n\
Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n\
\n\
--X1--\n";

/// Builds a forward whose second part is `body` under the given part
/// header lines, the way a person forwards a saved bounce to a help desk.
fn forward(part_headers: &str, body: &str) -> String {
    format!(
        "From: Alice <alice@example.com>\nTo: helpdesk@example.com\n\
         Subject: Fwd: bounce\nMIME-Version: 1.0\n\
         Content-Type: multipart/mixed; boundary=\"OUT\"\n\n\
         --OUT\nContent-Type: text/plain\n\nSee attached.\n\n\
         --OUT\n{part_headers}\n\n{body}\n--OUT--\n"
    )
}

fn forward_base64(content_type: &str, filename: &str, bounce: &str) -> String {
    forward_base64_bytes(content_type, filename, bounce.as_bytes())
}

fn assert_block_card(report: &Report, case: &str) {
    assert_eq!(report.input_kind, InputKind::Email, "{case}");
    assert_eq!(report.recipients.len(), 1, "{case}: {report:#?}");
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("carol@example.net"), "{case}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{case}");
    assert_eq!(card.sender_ip.as_deref(), Some("203.0.113.45"), "{case}");
    assert!(
        card.blocklists.iter().any(|b| b.contains("spamhaus")),
        "{case}: {:?}",
        card.blocklists
    );
}

#[test]
fn eml_under_other_types_read() {
    let types = ["application/octet-stream", "application/x-eml", "text/plain", "message/rfc822"];
    for content_type in types {
        let report = explain(&forward_base64(content_type, "bounce.eml", POSTFIX_BLOCK));
        assert_block_card(&report, content_type);
    }
}

#[test]
fn eml_name_case_ignored() {
    let report = explain(&forward_base64("application/octet-stream", "BOUNCE.EML", POSTFIX_BLOCK));
    assert_block_card(&report, "BOUNCE.EML");
}

#[test]
fn unnamed_email_by_content() {
    // No .eml name: the part's own header block shows it is an email.
    let report =
        explain(&forward_base64("application/octet-stream", "attachment.dat", POSTFIX_BLOCK));
    assert_block_card(&report, "Received and Return-Path");
    let report =
        explain(&forward_base64("application/octet-stream", "attachment", EXCHANGE_UNKNOWN));
    assert_eq!(report.recipients.len(), 1, "From, Date and Subject: {report:#?}");
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("bob@example.org"));
    assert_eq!(card.explanation.who_acts, Actor::You);
    assert!(card.permanent);
}

#[test]
fn unencoded_text_attachment_read() {
    let headers = "Content-Type: text/plain; charset=us-ascii\n\
        Content-Disposition: attachment; filename=\"Undeliverable.eml\"";
    let report = explain(&forward(headers, EXCHANGE_UNKNOWN));
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.org"));
    assert_eq!(report.recipients[0].explanation.who_acts, Actor::You);
}

#[test]
fn other_attachments_stay_unread() {
    // A PDF named .eml is not an email, so nothing is read from it.
    let mut pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec();
    pdf.extend((0..600u32).map(|i| (i * 37 % 256) as u8));
    let report = explain(&forward_base64_bytes("application/octet-stream", "bounce.eml", &pdf));
    assert_eq!(report.input_kind, InputKind::NotBounce, "pdf: {report:#?}");
    assert!(report.recipients.is_empty(), "pdf");

    // A note whose first lines are `Name: value` pairs is not an email:
    // it has none of an email's own header fields.
    let note = "Ticket: 4411\nPriority: low\n\nThe printer on floor 2 is out of toner.\n";
    let report = explain(&forward_base64("text/plain", "ticket.txt", note));
    assert_eq!(report.input_kind, InputKind::NotBounce, "note: {report:#?}");
}

#[test]
fn attached_plain_email_not_bounce() {
    // An ordinary email attached as a file reports no failure.
    let email = "From: Dan <dan@example.net>\nDate: Wed, 11 Mar 2026 10:00:05 +0000\n\
        Subject: Lunch\nTo: alice@example.com\n\nSee you at noon.\n";
    let report = explain(&forward_base64("application/octet-stream", "lunch.eml", email));
    assert_eq!(report.input_kind, InputKind::NotBounce, "{report:#?}");
}

fn forward_base64_bytes(content_type: &str, filename: &str, bytes: &[u8]) -> String {
    let headers = format!(
        "Content-Type: {content_type}; name=\"{filename}\"\n\
         Content-Disposition: attachment; filename=\"{filename}\"\n\
         Content-Transfer-Encoding: base64"
    );
    forward(&headers, &base64(bytes))
}
