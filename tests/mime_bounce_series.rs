//! Saved MIME bounce emails pasted one after another with no blank line
//! between them: the next email's header follows straight after the line
//! that closes the previous email's top-level multipart. Each bounce is
//! read on its own. A single email whose body contains another header
//! block (an attached message/rfc822, a text/rfc822-headers part, an
//! attached multipart bounce) is still read as one.

use bounce_explainer::{explain, Reason, Report};

const SERIES_NOTE: &str = "bounce messages, pasted or forwarded one after another";

fn addresses(report: &Report) -> Vec<&str> {
    report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect()
}

fn has_series_note(report: &Report) -> bool {
    report.notes.iter().any(|n| n.message.contains(SERIES_NOTE))
}

/// Builds a Postfix multipart/report bounce for `rcpt`, refused with
/// `reply`, as Postfix writes it, ending with its closing boundary line.
fn postfix_mime(id: &str, rcpt: &str, reply: &str, status: &str) -> String {
    format!(
        "Return-Path: <>\n\
         Received: by mail.example.com (Postfix)\n\
         \tid {id}; Tue,  3 Mar 2026 10:15:00 +0000 (UTC)\n\
         From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status;\n\
         \tboundary=\"{id}.1772532900/mail.example.com\"\n\
         \n\
         This is a MIME-encapsulated message.\n\
         \n\
         --{id}.1772532900/mail.example.com\n\
         Content-Description: Notification\n\
         Content-Type: text/plain; charset=us-ascii\n\
         \n\
         This is the mail system at host mail.example.com.\n\
         \n\
         <{rcpt}>: host mx.example.net[198.51.100.25] said: {reply} (in reply to\n    \
         RCPT TO command)\n\
         \n\
         --{id}.1772532900/mail.example.com\n\
         Content-Description: Delivery report\n\
         Content-Type: message/delivery-status\n\
         \n\
         Reporting-MTA: dns; mail.example.com\n\
         \n\
         Final-Recipient: rfc822; {rcpt}\n\
         Action: failed\n\
         Status: {status}\n\
         Diagnostic-Code: smtp; {reply}\n\
         \n\
         --{id}.1772532900/mail.example.com\n\
         Content-Description: Undelivered Message Headers\n\
         Content-Type: text/rfc822-headers\n\
         \n\
         Return-Path: <alice@example.com>\n\
         From: Alice <alice@example.com>\n\
         To: {rcpt}\n\
         Subject: Quarterly report\n\
         \n\
         --{id}.1772532900/mail.example.com--\n"
    )
}

fn bob() -> String {
    postfix_mime("4A1B2C3D", "bob@example.net", "550 5.1.1 User unknown", "5.1.1")
}

fn carol() -> String {
    let reply = "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using \
                 zen.spamhaus.org";
    postfix_mime("5E6F7A8B", "carol@example.org", reply, "5.7.1")
}

fn dave() -> String {
    postfix_mime("9C0D1E2F", "dave@example.com", "552 5.2.2 Mailbox full", "5.2.2")
}

#[test]
fn two_mime_bounces_no_blank_between() {
    let report = explain(&format!("{}{}", bob(), carol()));
    assert_eq!(addresses(&report), ["bob@example.net", "carol@example.org"]);
    assert!(has_series_note(&report), "{:?}", report.notes);
    let [bob, carol] = &report.recipients[..] else { unreachable!() };
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert_eq!(bob.mbox_index, Some(0));
    assert_eq!(carol.reason, Reason::Blocked);
    assert_eq!(carol.sender_ip.as_deref(), Some("192.0.2.10"));
    assert_eq!(carol.mbox_index, Some(1));
}

#[test]
fn three_mime_bounces_crlf() {
    let text = format!("{}{}{}", bob(), carol(), dave()).replace('\n', "\r\n");
    let report = explain(&text);
    assert_eq!(addresses(&report), ["bob@example.net", "carol@example.org", "dave@example.com"]);
    assert_eq!(report.recipients[2].reason, Reason::MailboxFull);
    assert_eq!(report.recipients[2].mbox_index, Some(2));
}

#[test]
fn ip_line_counts_whole_series() {
    let text = format!("{}{}", bob(), carol());
    let report = explain(&text);
    let line = report.recipients[1].sender_ip_source.line.expect("carol's IP has a line");
    // The line is counted from the top of the whole text, in carol's email.
    assert!(line > bob().lines().count(), "line {line}");
    let text_line = text.lines().nth(line - 1).unwrap_or_default();
    assert!(text_line.contains("[192.0.2.10]"), "line {line}: {text_line}");
}

/// A second bounce without `Return-Path: <>`, as a mail program that
/// drops that field saves it, still starts after the closing line.
#[test]
fn bounce_without_null_sender_after_close() {
    let second = carol().replacen("Return-Path: <>\n", "", 1);
    let report = explain(&format!("{}{second}", bob()));
    assert_eq!(addresses(&report), ["bob@example.net", "carol@example.org"]);
}

/// A person's forward with the bounce attached as message/rfc822: the
/// bounce's own closing line is a nested multipart's, not the email's end.
#[test]
fn attached_bounce_stays_one() {
    let text = format!(
        "From: Alice <alice@example.com>\n\
         To: help@example.com\n\
         Subject: Fwd: Undelivered Mail Returned to Sender\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/mixed; boundary=\"outer\"\n\
         \n\
         --outer\n\
         Content-Type: text/plain\n\
         \n\
         This came back, can you look?\n\
         \n\
         --outer\n\
         Content-Type: message/rfc822\n\
         \n\
         {}\
         --outer--\n",
        bob()
    );
    let report = explain(&text);
    assert_eq!(addresses(&report), ["bob@example.net"]);
    assert!(!has_series_note(&report), "{:?}", report.notes);
}

/// A bounce that returns a multipart message, itself a bounce: the
/// returned copy's closing line is followed by the bounce's own, and
/// starts nothing.
#[test]
fn returned_multipart_bounce_stays_one() {
    let inner = carol();
    let text =
        bob().replace("Content-Type: text/rfc822-headers\n\n", "Content-Type: message/rfc822\n\n");
    let text = text.replace(
        "Return-Path: <alice@example.com>\nFrom: Alice <alice@example.com>\nTo: bob@example.net\n\
         Subject: Quarterly report\n\n",
        &inner,
    );
    assert!(text.contains("5E6F7A8B.1772532900/mail.example.com--\n--4A1B2C3D"), "{text}");
    let report = explain(&text);
    assert_eq!(addresses(&report), ["bob@example.net"]);
    assert!(!has_series_note(&report), "{:?}", report.notes);
}

/// A header block quoted in the body after the closing line of an email
/// that is no bounce starts no bounce of its own: it names no mail system.
#[test]
fn quoted_header_after_close_stays() {
    let quoted = "From: Alice <alice@example.com>\n\
                  To: bob@example.net\n\
                  Subject: Quarterly report\n\
                  \n\
                  Hi Bob\n";
    let report = explain(&format!("{}{quoted}", bob()));
    assert_eq!(addresses(&report), ["bob@example.net"]);
    assert!(!has_series_note(&report), "{:?}", report.notes);
}

/// An mbox whose writer put no blank line before the next `From ` line:
/// the closing line ends the message, so the `From ` line opens the next.
#[test]
fn mbox_without_blank_before_from() {
    let from = "From MAILER-DAEMON  Tue Mar  3 10:15:00 2026\n";
    let report = explain(&format!("{from}{}{from}{}", bob(), carol()));
    assert_eq!(addresses(&report), ["bob@example.net", "carol@example.org"]);
    assert_eq!(report.recipients[1].mbox_index, Some(1));
}
