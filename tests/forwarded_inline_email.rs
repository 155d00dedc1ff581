//! A help-desk email that forwards a bounce inline: the email's own From,
//! To and Subject (a person's), a line of the person's own, then the mail
//! program's forward header block and the bounce's text. The README
//! promises that such a bounce is read as the bounce itself: each card
//! names the same recipient, cause, who acts, retry line and IP to quote
//! as the bounce pasted alone. The email's own header is a person's, so it
//! must not decide how the forwarded bounce is read.

use crate::inline_bounces;
use crate::quoting;

use bounce_explainer::explain;
use inline_bounces::{assert_expected, cards, field, split, BOUNCES};
use quoting::quoted;

/// The forward header block each mail program writes above the text it
/// forwards, in its own order of fields.
fn forward_blocks(fields: &[(&str, &str)]) -> Vec<(&'static str, String)> {
    let (from, date, subject, to) = (
        field(fields, "From"),
        field(fields, "Date"),
        field(fields, "Subject"),
        field(fields, "To"),
    );
    vec![
        (
            "gmail",
            format!(
                "---------- Forwarded message ---------\nFrom: {from}\nDate: {date}\n\
                 Subject: {subject}\nTo: {to}\n"
            ),
        ),
        (
            "thunderbird",
            format!(
                "-------- Forwarded Message --------\nSubject: \t{subject}\nDate: \t{date}\n\
                 From: \t{from}\nTo: \t{to}\n"
            ),
        ),
        (
            "outlook rule",
            format!(
                "________________________________\nFrom: {from}\nSent: {date}\nTo: {to}\n\
                 Subject: {subject}\n"
            ),
        ),
        // Outlook's plain-text part of an HTML forward, and a forward
        // copied from its reading pane, have no separator line.
        (
            "outlook without separator",
            format!("From: {from}\nSent: {date}\nTo: {to}\nSubject: {subject}\n"),
        ),
        (
            "outlook original message",
            format!(
                "-----Original Message-----\nFrom: {from}\nSent: {date}\nTo: {to}\n\
                 Subject: {subject}\n"
            ),
        ),
        // Thunderbird in French, as BlueMind's webmail tests copy its block.
        (
            "thunderbird french",
            format!(
                "-------- Message transféré --------\nSujet : \t{subject}\nDate : \t{date}\n\
                 De : \t{from}\nPour : \t{to}\n"
            ),
        ),
        (
            "apple mail",
            format!(
                "Begin forwarded message:\n\nFrom: {from}\nSubject: {subject}\nDate: {date}\n\
                 To: {to}\n"
            ),
        ),
    ]
}

/// The help-desk email: its own header, the person's line, the forward.
fn help_desk_email(block: &str, text: &str, subject: &str) -> String {
    format!(
        "From: Alice <alice@example.com>\nTo: helpdesk@example.com\n\
         Subject: Fwd: {subject}\nDate: Sat, 5 Dec 2026 17:10:00 +0000\n\
         Content-Type: text/plain; charset=utf-8\n\n\
         Hi, I keep getting this when I write to Bob. Can you help?\n\n{block}\n{text}\n"
    )
}

/// Each bounce read alone, as the email it is, gives its cards.
#[test]
fn bounces_alone() {
    for bounce in BOUNCES {
        assert_expected(bounce.name, &explain(bounce.text), bounce);
    }
}

/// Forwarded inline in a help-desk email, each bounce gives the cards it
/// gives alone, in every mail program's layout.
#[test]
fn forwarded_in_help_desk_email() {
    for bounce in BOUNCES {
        let alone = cards(&explain(bounce.text));
        let (fields, text) = split(bounce.text);
        for (program, block) in forward_blocks(&fields) {
            let label = format!("{}, {program}", bounce.name);
            let email = help_desk_email(&block, text, field(&fields, "Subject"));
            let report = explain(&email);
            assert_expected(&label, &report, bounce);
            assert_eq!(cards(&report), alone, "{label}");
        }
    }
}

/// The IP to quote is shown with the line of the pasted email it was
/// found on, not a line of some other text.
#[test]
fn ip_line_is_the_pasted_emails() {
    let bounce = BOUNCES.iter().find(|b| b.name == "orange").expect("orange bounce");
    let (fields, text) = split(bounce.text);
    for (program, block) in forward_blocks(&fields) {
        let email = help_desk_email(&block, text, field(&fields, "Subject"));
        let report = explain(&email);
        let source = &report.recipients[0].sender_ip_source;
        assert!(!source.decoded, "{program}: {source:?}");
        assert_eq!(source.forward_depth, 0, "{program}: {source:?}");
        let line = source.line.expect("the IP's line");
        let shown = email.lines().nth(line - 1).unwrap_or("");
        assert!(shown.contains("192.0.2.33"), "{program}: line {line} is {shown:?}");
    }
}

/// A person's email that forwards their own message, not a bounce, is no
/// bounce: its reply code in prose stays a mention.
#[test]
fn forwarded_person_message_is_no_bounce() {
    let block = "---------- Forwarded message ---------\nFrom: Bob <bob@example.net>\n\
                 Date: Sat, 5 Dec 2026 16:00:00 +0000\nSubject: Lunch\nTo: alice@example.com\n";
    let email = help_desk_email(block, "Shall we meet at noon on Monday?\n", "Lunch");
    let report = explain(&email);
    assert!(report.recipients.is_empty(), "{report:#?}");
}

/// Encodes `text` as quoted-printable (RFC 2045, section 6.7) without
/// wrapping its lines: `=` and every byte outside ASCII become `=XX`.
fn quoted_printable(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'=' => out.push_str("=3D"),
            b'\n' | 0x20..=0x7e => out.push(byte as char),
            _ => out.push_str(&format!("={byte:02X}")),
        }
    }
    out
}

/// In a quoted-printable email a soft line break can split the IP, so
/// its line is counted in the email's decoded text. The forward is inline,
/// so that is the pasted email's own text, not an attached bounce's.
#[test]
fn ip_line_in_decoded_email() {
    let bounce = BOUNCES.iter().find(|b| b.name == "orange").expect("orange bounce");
    let (fields, text) = split(bounce.text);
    for (program, block) in forward_blocks(&fields) {
        let plain = help_desk_email(&block, text, field(&fields, "Subject"));
        let (head, body) = plain.split_once("\n\n").expect("email header and body");
        let encoded = quoted_printable(body).replace("192.0.2.33", "192.0.2.=\n33");
        let email = format!("{head}\nContent-Transfer-Encoding: quoted-printable\n\n{encoded}");
        let report = explain(&email);
        assert_eq!(report.recipients.len(), 1, "{program}: {report:#?}");
        let r = &report.recipients[0];
        assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.33"), "{program}");
        let source = &r.sender_ip_source;
        assert!(source.decoded, "{program}: {source:?}");
        assert_eq!(source.forward_depth, 0, "{program}: {source:?}");
        let line = source.line.expect("the IP's line");
        let shown = body.lines().nth(line - 1).unwrap_or("");
        assert!(shown.contains("192.0.2.33"), "{program}: line {line} is {shown:?}");
    }
}

/// The help-desk email's text pasted without its own header (the person's
/// line, the forward header block and the bounce) gives the bounce's cards
/// too.
#[test]
fn forward_pasted_without_header() {
    for bounce in BOUNCES {
        let alone = cards(&explain(bounce.text));
        let (fields, text) = split(bounce.text);
        for (program, block) in forward_blocks(&fields) {
            let label = format!("{}, {program}", bounce.name);
            let email = help_desk_email(&block, text, field(&fields, "Subject"));
            let (_, body) = email.split_once("\n\n").expect("email header and body");
            let report = explain(body);
            assert_expected(&label, &report, bounce);
            assert_eq!(cards(&report), alone, "{label}");
        }
    }
}

/// A reply that quotes the forward with "> " below the person's line
/// gives the bounce's cards too.
#[test]
fn quoted_forward_in_email() {
    for bounce in BOUNCES {
        let (fields, text) = split(bounce.text);
        for (program, block) in forward_blocks(&fields) {
            let label = format!("{}, {program}, quoted", bounce.name);
            let forward = quoted(&format!("{block}\n{text}"));
            let email = help_desk_email(&forward, "", field(&fields, "Subject"));
            assert_expected(&label, &explain(&email), bounce);
        }
    }
}

/// A reply that quotes the bounce itself with "> ", under the mail
/// program's attribution line naming the bounce's sender, gives the
/// bounce's cards. The attribution's sender marks the quoted text as a
/// bounce, also for the Libero and 163.com bounces, whose text alone
/// names no mail system.
#[test]
fn quoted_bounce_under_attribution() {
    for bounce in BOUNCES {
        let (fields, text) = split(bounce.text);
        let from = field(&fields, "From");
        let attribution = format!("On Sat, Dec 5, 2026 at 5:00 PM {from} wrote:");
        let reply = format!("{attribution}\n{}", quoted(text));
        let email = help_desk_email(&reply, "", field(&fields, "Subject"));
        assert_expected(&format!("{}, quoted reply", bounce.name), &explain(&email), bounce);
    }
}
