//! A DSN whose Diagnostic-Code states that the last attempt got no reply
//! (the connection was refused, timed out or lost) keeps that
//! diagnostic and its status, even when the text part quotes a reply from
//! an earlier attempt. That reply came from another attempt, so its code,
//! provider and IP are not the final cause.

use crate::cards::only;
use bounce_explainer::Reason;

/// Builds a Postfix-style DSN for oscar@example.org whose text part quotes
/// `earlier` as an earlier attempt's reply and whose delivery-status part
/// states `Action: failed` with `status` and `diagnostic`.
fn dsn(earlier: &str, status: &str, diagnostic: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
         To: sender@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"x\"\n\n\
         --x\nContent-Type: text/plain\n\n\
         This is the mail system at host mail.example.com.\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients.\n\n\
         <oscar@example.org>: {diagnostic}\n\n\
         Attempts:\n\
         \x20 Sun, 29 Nov 2026 07:00:00: {earlier}\n\
         \x20 Sat, 5 Dec 2026 06:59:00: {diagnostic}\n\n\
         --x\nContent-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; mail.example.com\n\n\
         Final-Recipient: rfc822; oscar@example.org\n\
         Action: failed\n\
         Status: {status}\n\
         Diagnostic-Code: X-Postfix; {diagnostic}\n\n\
         --x--\n"
    )
}

const YAHOO_DEFERRAL: &str =
    "421 4.7.0 [TSS04] Messages from 192.0.2.80 temporarily deferred due to unexpected volume or user complaints";

#[test]
fn expired_after_time_out_keeps_dsn_status() {
    let diagnostic =
        "delivery temporarily suspended: connect to mx.example.org[198.51.100.50]:25: Connection timed out";
    let r = only(&dsn(YAHOO_DEFERRAL, "4.4.7", diagnostic));
    assert_eq!(r.status.as_deref(), Some("4.4.7"));
    assert_eq!(r.reply, None);
    assert_eq!(r.reason, Reason::Expired);
    assert_eq!(r.provider, None, "the recipient's MX is not Yahoo's");
    assert_eq!(r.sender_ip, None, "the IP is from an earlier attempt's reply");
    assert!(r.diagnostic.contains("Connection timed out"), "{}", r.diagnostic);
    assert!(!r.retrying, "Action: failed means the server stopped retrying");
}

#[test]
fn other_unanswered_attempts_keep_dsn_diagnostic() {
    for (status, diagnostic) in [
        ("4.4.1", "connect to mx.example.org[198.51.100.50]:25: Connection refused"),
        ("4.4.1", "connect to mx.example.org[198.51.100.50]:25: No route to host"),
        (
            "4.4.2",
            "conversation with mx.example.org[198.51.100.50] timed out while receiving the initial server greeting",
        ),
        (
            "4.4.2",
            "lost connection with mx.example.org[198.51.100.50] while receiving the initial server greeting",
        ),
    ] {
        let r = only(&dsn(YAHOO_DEFERRAL, status, diagnostic));
        assert_eq!(r.status.as_deref(), Some(status), "{diagnostic}");
        assert_eq!(r.reply, None, "{diagnostic}");
        assert_eq!(r.provider, None, "{diagnostic}");
        assert_eq!(r.sender_ip, None, "{diagnostic}");
    }
}

#[test]
fn codeless_dsn_text_still_takes_text_reply() {
    // A DSN field without codes that states no connection failure is a
    // summary of the receiver's reply, so the text's coded reply replaces it.
    let text = dsn(
        "550 5.1.1 <oscar@example.org>: Recipient address rejected: User unknown",
        "5.1.1",
        "unknown user: \"oscar\"",
    );
    let r = only(&text);
    assert_eq!(r.reply.as_deref(), Some("550"));
    assert_eq!(r.reason, Reason::UserUnknown);
}
