//! A bounce forwarded as an attachment, at any depth and under any label
//! that is read, gets the same input checks as the bounce pasted on its
//! own: invisible characters are removed from inside its IPs and
//! addresses and named in a warning, and a bounce that was cut short is
//! noted. The cards, the IP to quote and the warnings must not depend on how
//! the bounce reached the reader.

use crate::bounces;
use crate::forwards;
use crate::text_bounces;

use bounce_explainer::{explain, Report};
use bounces::exim_smtp_error;
use forwards::{as_file, as_rfc822};
use text_bounces::qmail_returning;

/// Returns the bounce pasted on its own, then forwarded in each layout
/// that is read.
fn layouts(bounce: &str) -> Vec<(&'static str, String)> {
    vec![
        ("pasted", bounce.to_string()),
        ("message/rfc822", as_rfc822(bounce)),
        ("octet-stream .eml", as_file("application/octet-stream", bounce)),
        ("text/plain .eml", as_file("text/plain", bounce)),
        ("two forwards", as_rfc822(&as_rfc822(bounce))),
        (
            "three forwards, .eml inside",
            as_rfc822(&as_rfc822(&as_file("application/octet-stream", bounce))),
        ),
    ]
}

/// Exim's text bounce with a zero-width space inside the client IP.
fn exim_split_ip() -> String {
    exim_smtp_error("    554 5.7.1 Service unavailable; Client host [203.0.113.4\u{200B}5] blocked using zen.spamhaus.org")
}

/// Postfix's DSN with bidi overrides in host names, a word joiner inside
/// the client IP and a soft hyphen inside the recipient address.
fn postfix_bidi_hosts() -> String {
    "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
To: alice@example.com\n\
Subject: Undelivered Mail Returned to Sender\n\
Date: Wed, 11 Mar 2026 10:00:05 +0000\n\
MIME-Version: 1.0\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\
\n\
--B1\n\
Content-Type: text/plain; charset=utf-8\n\
\n\
This is the mail system at host mail.example.com.\n\
\n\
<dave@exam\u{AD}ple.org>: host mx.exa\u{202E}mple.org[198.51.100.30] said: 554 5.7.1\n    \
Service unavailable; Client host [192.0.2.1\u{2060}7] blocked using\n    \
zen.spam\u{202E}haus.org (in reply to RCPT TO command)\n\
\n\
--B1\n\
Content-Type: message/delivery-status\n\
\n\
Reporting-MTA: dns; mail.example.com\n\
\n\
Final-Recipient: rfc822; dave@exam\u{AD}ple.org\n\
Action: failed\n\
Status: 5.7.1\n\
Remote-MTA: dns; mx.exa\u{202E}mple.org\n\
Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.1\u{2060}7]\n    \
blocked using zen.spam\u{202E}haus.org\n\
\n\
--B1--\n"
        .to_string()
}

/// Postfix's text bounce whose receiving host imitates Google's with
/// Cyrillic letters.
fn postfix_lookalike_host() -> String {
    "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
To: alice@example.com\n\
Subject: Undelivered Mail Returned to Sender\n\
Date: Wed, 11 Mar 2026 10:00:05 +0000\n\
\n\
This is the mail system at host mail.example.com.\n\
\n\
<erin@example.org>: host gmail-smtp-in.l.g\u{43e}\u{43e}gle.com[198.51.100.26] said:\n    \
550-5.1.1 The email account that you tried to reach does not exist.\n    \
550 5.1.1 https://support.g\u{43e}\u{43e}gle.com/mail/?p=NoSuchUser (in reply to RCPT TO command)\n"
        .to_string()
}

/// Postfix's DSN cut short after its first recipient group: the closing
/// boundary and the second group are missing.
fn postfix_cut_short() -> String {
    "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
To: alice@example.com\n\
Subject: Undelivered Mail Returned to Sender\n\
Date: Wed, 11 Mar 2026 10:00:05 +0000\n\
MIME-Version: 1.0\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\
\n\
--B1\n\
Content-Type: text/plain\n\
\n\
This is the mail system at host mail.example.com.\n\
\n\
<frank@example.net>: host mx.example.net[198.51.100.21] said: 550 5.1.1\n    \
<frank@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n\
\n\
--B1\n\
Content-Type: message/delivery-status\n\
\n\
Reporting-MTA: dns; mail.example.com\n\
\n\
Final-Recipient: rfc822; frank@example.net\n\
Action: failed\n\
Status: 5.1.1\n\
Diagnostic-Code: smtp; 550 5.1.1 <frank@example.net>: Recipient address rejected: User unknown\n\
\n\
Final-Recipient: rfc822; gr"
        .to_string()
}

/// qmail's bounce followed by a returned message longer than the part of
/// the text that is scanned.
fn qmail_over_scan_limit() -> String {
    let filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n".repeat(10_000);
    qmail_returning(&format!(
        "From: alice@example.com\nTo: bob@example.org\nSubject: Minutes\n\n{filler}"
    ))
}

/// Describes what a reader takes from each card: everything but where in
/// the pasted text the IP was found, whose line number depends on the
/// layout.
fn card_views(report: &Report) -> Vec<String> {
    report
        .recipients
        .iter()
        .map(|r| {
            format!(
                "recipient {:?}, reason {:?}, who acts {:?}, retry {:?}, permanent {}, \
                 IP {:?}, lookalikes {:?}, remote host {:?}, diagnostic {:?}, card notes {:?}",
                r.recipient,
                r.reason,
                r.explanation.who_acts,
                r.explanation.retry,
                r.permanent,
                r.sender_ip,
                r.lookalike_hosts,
                r.remote_host,
                r.diagnostic,
                r.notes
            )
        })
        .collect()
}

/// Returns the report's notes, sorted, because a forward may list them
/// in another order.
fn note_messages(report: &Report) -> Vec<String> {
    let mut notes: Vec<String> =
        report.notes.iter().map(|n| format!("{:?}: {}", n.level, n.message)).collect();
    notes.sort();
    notes
}

/// Explains `bounce` in every layout and checks each against the pasted
/// one. Returns the pasted report for the caller's own checks.
fn same_in_every_layout(name: &str, bounce: &str) -> Report {
    let pasted = explain(bounce);
    assert!(
        !pasted.recipients.is_empty() || !pasted.notes.is_empty(),
        "{name}: nothing to compare: {pasted:#?}"
    );
    for (layout, input) in layouts(bounce).into_iter().skip(1) {
        let report = explain(&input);
        assert_eq!(card_views(&report), card_views(&pasted), "{name} as {layout}: cards");
        assert_eq!(note_messages(&report), note_messages(&pasted), "{name} as {layout}: notes");
    }
    pasted
}

fn removal_note(report: &Report) -> Option<&str> {
    let note = report.notes.iter().find(|n| n.message.contains("invisible characters"))?;
    Some(note.message.as_str())
}

#[test]
fn split_ip_read_whole_when_forwarded() {
    let pasted = same_in_every_layout("exim", &exim_split_ip());
    assert_eq!(pasted.recipients.len(), 1, "{pasted:#?}");
    assert_eq!(pasted.recipients[0].sender_ip.as_deref(), Some("203.0.113.45"));
    let note = removal_note(&pasted).expect("a note on the removed character");
    assert!(note.contains("203.0.113.45"), "{note}");
}

#[test]
fn bidi_hosts_same_when_forwarded() {
    let pasted = same_in_every_layout("postfix", &postfix_bidi_hosts());
    assert_eq!(pasted.recipients.len(), 1, "{pasted:#?}");
    let card = &pasted.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("dave@example.org"));
    assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.17"));
    let note = removal_note(&pasted).expect("a note on the removed characters");
    assert!(note.contains("192.0.2.17"), "{note}");
    assert!(note.contains("dave@example.org"), "{note}");
    // A host name is not joined: the override stays in the card, where
    // the page and the CLI show it as an escape.
    assert!(card.diagnostic.contains("zen.spam\u{202E}haus.org"), "{:?}", card.diagnostic);
}

#[test]
fn lookalike_host_same_when_forwarded() {
    let pasted = same_in_every_layout("postfix", &postfix_lookalike_host());
    assert_eq!(pasted.recipients.len(), 1, "{pasted:#?}");
    let lookalikes = &pasted.recipients[0].lookalike_hosts;
    assert!(lookalikes.iter().any(|h| h.contains("g\u{43e}\u{43e}gle.com")), "{lookalikes:?}");
}

#[test]
fn cut_short_noted_when_forwarded() {
    let pasted = same_in_every_layout("postfix", &postfix_cut_short());
    let recipients: Vec<_> = pasted.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, [Some("frank@example.net")]);
    assert!(pasted.notes.iter().any(|n| n.message.contains("cut short")), "{:?}", pasted.notes);
}

#[test]
fn cut_before_recipients_noted_when_forwarded() {
    // Cut before any recipient group, nothing can be read, and the notes
    // give the reason in every layout.
    let bounce = postfix_cut_short();
    let cut = &bounce[..bounce.find("<frank@").expect("the recipient line")];
    let pasted = same_in_every_layout("postfix cut early", cut);
    assert!(pasted.recipients.is_empty(), "{pasted:#?}");
    assert!(pasted.notes.iter().any(|n| n.message.contains("cut short")), "{:?}", pasted.notes);
}

#[test]
fn scan_limit_noted_when_forwarded() {
    let pasted = same_in_every_layout("qmail", &qmail_over_scan_limit());
    let recipients: Vec<_> = pasted.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, [Some("bob@example.org")]);
    assert!(
        pasted.notes.iter().any(|n| n.message.contains("only its first")),
        "{:?}",
        pasted.notes
    );
}

#[test]
fn returned_bounce_notes_not_shown() {
    // A bounce whose returned message is itself a bounce, cut short, is
    // read from its own DSN. The returned bounce's cut does not concern
    // the reader, so its note is not shown.
    let returned = postfix_cut_short().replace("frank@example.net", "henry@example.net");
    let bounce = format!(
        "From: MAILER-DAEMON@relay.example.org (Mail Delivery System)\n\
         To: MAILER-DAEMON@mail.example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"R1\"\n\n\
         --R1\nContent-Type: text/plain\n\nThis is the mail system at host relay.example.org.\n\n\
         --R1\nContent-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; relay.example.org\n\n\
         Final-Recipient: rfc822; alice@example.com\nAction: failed\nStatus: 5.2.2\n\
         Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n\
         --R1\nContent-Type: message/rfc822\n\n{returned}\n--R1--\n"
    );
    let report = explain(&bounce);
    let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, [Some("alice@example.com")], "{report:#?}");
    assert!(!report.notes.iter().any(|n| n.message.contains("cut short")), "{:?}", report.notes);
}
