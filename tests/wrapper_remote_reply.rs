//! A sending server's generic expiry or delay reply (Exchange's `400 4.4.7
//! Message delayed`, `550 4.4.7 QUEUE.Expired; message expired`) does not
//! state the cause. When a later line quotes the remote server's
//! own reply, the card shows that reply as the receiver's message and
//! keeps the wrapper's codes. Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{Reason, Recipient};

fn exchange_delay(wrapper: &str, dated_reply: &str) -> String {
    format!(
        "Delivery is delayed to these recipients or groups:\n\n\
         ann@example.net\n\n\
         Subject: Invoice 42\n\n\
         This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n\
         Diagnostic information for administrators:\n\n\
         Generating server: AM0PR02MB5678.eurprd02.prod.outlook.com\n\
         Receiving server: mx1.example.net (198.51.100.25)\n\n\
         ann@example.net\n\
         Remote Server at mx1.example.net (198.51.100.25) returned '{wrapper}'\n\
         12/5/2026 3:10:00 PM - Remote Server at mx1.example.net (198.51.100.25) returned '{dated_reply}'\n"
    )
}

fn exchange_expiry(wrapper: &str, remote: &str) -> String {
    format!(
        "Delivery has failed to these recipients or groups:\n\n\
         bob@example.org\n\
         The message couldn't be delivered in time.\n\n\
         Diagnostic information for administrators:\n\n\
         Generating server: MW4PR01MB1234.namprd01.prod.outlook.com\n\n\
         bob@example.org\n\
         12/7/2026 2:27:25 PM - Remote Server at mx.example.org (203.0.113.60) returned '{wrapper}'\n\
         12/7/2026 2:07:22 PM - Remote Server at mx.example.org (203.0.113.60) returned '{remote}'\n"
    )
}

#[test]
fn delay_notice_shows_remote_reply() {
    for (reply, ip) in [
        ("451 4.7.1 Client host [203.0.113.30] temporarily blocked due to spam complaints", Some("203.0.113.30")),
        ("421 4.7.0 [TSS04] Messages from 192.0.2.77 temporarily deferred due to user complaints", Some("192.0.2.77")),
        ("452 4.2.2 The email account that you tried to reach is over quota", None),
    ] {
        let text = exchange_delay("400 4.4.7 Message delayed", reply);
        let r = only(&text);
        assert_eq!(r.diagnostic, reply, "{text}");
        assert_eq!(r.status.as_deref(), Some("4.4.7"), "{text}");
        assert_eq!(r.sender_ip.as_deref(), ip, "{text}");
        assert!(r.retrying, "{text}");
    }
}

#[test]
fn delay_notice_reason_from_remote_reply() {
    let reply = "452 4.2.2 The email account that you tried to reach is over quota";
    let text = exchange_delay("400 4.4.7 Message delayed", reply);
    assert_eq!(only(&text).reason, Reason::MailboxFull, "{text}");
}

/// The reason is the expiry's unless the remote reply names a cause of
/// its own, as greylisting does (a final greylisting bounce is `onhold`,
/// as Postfix's is).
#[test]
fn expiry_ndr_shows_remote_reply() {
    for (wrapper, remote, reason) in [
        (
            "550 4.4.7 QUEUE.Expired; message expired",
            "451 4.4.0 SMTPSEND.SuspiciousRemoteServerError; remote server disconnected abruptly; retry will be delayed",
            Reason::Expired,
        ),
        ("550 5.4.7 Message expired", "421 4.4.2 Connection timed out", Reason::Expired),
        (
            "554 5.4.7 Delivery time expired",
            "451 4.7.1 Greylisted, please try again later",
            Reason::OnHold,
        ),
    ] {
        let text = exchange_expiry(wrapper, remote);
        let r = only(&text);
        assert_eq!(r.diagnostic, remote, "{text}");
        assert_eq!(r.reply.as_deref(), Some(&wrapper[..3]), "{text}");
        assert_eq!(r.status.as_deref(), Some(&wrapper[4..9]), "{text}");
        assert_eq!(r.action, "failed", "{text}");
        assert_eq!(r.reason, reason, "{text}");
        assert!(!r.retrying, "{text}");
    }
}

#[test]
fn pasted_wrapper_lines_show_remote_reply() {
    let text = "Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'\n\
                12/7/2026 2:07:22 PM - Remote Server at mx.example.org (203.0.113.60) returned \
                '421 4.7.0 [192.0.2.88] Your IP is temporarily blocked'\n";
    let r = only(text);
    assert_eq!(r.diagnostic, "421 4.7.0 [192.0.2.88] Your IP is temporarily blocked", "{text}");
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.88"), "{text}");
}

/// A first reply that states its own cause stays the receiver's message,
/// and a wrapper with no later reply stays as it is.
#[test]
fn specific_first_reply_stays() {
    let later = "451 4.7.1 Client host [203.0.113.30] temporarily blocked";
    for first in [
        "550 5.7.1 Mail from IP 198.51.100.44 was rejected due to listing in Spamhaus SBL.",
        "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Unable to connect>",
        "450 4.2.1 The user you are trying to contact is receiving mail too quickly",
    ] {
        let text = exchange_delay(first, later);
        assert_eq!(only(&text).diagnostic, first, "{text}");
    }
    let text = exchange_delay("400 4.4.7 Message delayed", "400 4.4.7 Message delayed");
    assert_eq!(only(&text).diagnostic, "400 4.4.7 Message delayed", "{text}");
}

/// Exchange Online's delay DSN as an email: the Diagnostic-Code field has
/// only the wrapper, and the text part has the remote reply.
fn delay_dsn_email(dated_reply: &str) -> String {
    format!(
        "From: Microsoft Outlook <postmaster@example.com>\r\n\
         To: ann@example.com\r\n\
         Subject: Delivery delayed:Invoice 42\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n\
         --b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n\
         Delivery is delayed to these recipients or groups:\r\n\r\n\
         eve@example.net\r\n\r\n\
         Diagnostic information for administrators:\r\n\r\n\
         Generating server: PH0PR01MB1234.namprd01.prod.outlook.com\r\n\r\n\
         eve@example.net\r\n\
         Remote Server at mx.example.net (198.51.100.40) returned '400 4.4.7 Message delayed'\r\n\
         12/5/2026 1:00:00 AM - Remote Server at mx.example.net (198.51.100.40) returned '{dated_reply}'\r\n\r\n\
         --b1\r\nContent-Type: message/delivery-status\r\n\r\n\
         Reporting-MTA: dns;PH0PR01MB1234.namprd01.prod.outlook.com\r\n\r\n\
         Final-Recipient: rfc822;eve@example.net\r\n\
         Action: delayed\r\n\
         Status: 4.4.7\r\n\
         Diagnostic-Code: smtp;400 4.4.7 Message delayed\r\n\
         Remote-MTA: dns;mx.example.net\r\n\r\n\
         --b1--\r\n"
    )
}

#[test]
fn delay_dsn_email_shows_remote_reply() {
    for (reply, ip) in [
        (
            "451 4.7.1 Client host [203.0.113.30] temporarily blocked due to spam complaints",
            Some("203.0.113.30"),
        ),
        ("452 4.2.2 The email account that you tried to reach is over quota", None),
    ] {
        let email = delay_dsn_email(reply);
        let report = bounce_explainer::explain_bytes(email.as_bytes());
        assert_eq!(report.recipients.len(), 1, "{email}");
        let r = &report.recipients[0];
        assert_eq!(r.diagnostic, reply, "{email}");
        assert_eq!(r.status.as_deref(), Some("4.4.7"), "{email}");
        assert_eq!(r.sender_ip.as_deref(), ip, "{email}");
        assert!(r.retrying, "{email}");
    }
}

/// A DSN whose Diagnostic-Code already states a cause keeps it.
#[test]
fn specific_dsn_diagnostic_stays() {
    let email = delay_dsn_email("451 4.7.1 Client host [203.0.113.30] temporarily blocked")
        .replace("smtp;400 4.4.7 Message delayed", "smtp;450 4.2.1 Mailbox busy, try later");
    let report = bounce_explainer::explain_bytes(email.as_bytes());
    assert_eq!(report.recipients[0].diagnostic, "450 4.2.1 Mailbox busy, try later", "{email}");
}

#[test]
fn expiry_dsn_email_shows_remote_reply() {
    let remote = "421 4.4.2 Connection timed out";
    let email = delay_dsn_email(remote)
        .replace("Action: delayed", "Action: failed")
        .replace("smtp;400 4.4.7 Message delayed", "smtp;550 4.4.7 QUEUE.Expired; message expired");
    let report = bounce_explainer::explain_bytes(email.as_bytes());
    let r = &report.recipients[0];
    assert_eq!(r.diagnostic, remote, "{email}");
    assert_eq!(r.reply.as_deref(), Some("550"), "{email}");
    assert_eq!(r.action, "failed", "{email}");
    assert!(!r.retrying, "{email}");
}

fn note_messages(r: &Recipient) -> Vec<&str> {
    r.notes.iter().map(|n| n.message.as_str()).collect()
}

/// Under a wrapper, the X.4.7 status is the sending server's own delay or
/// expiry verdict, not a code the remote reply contradicts.
#[test]
fn wrapper_status_not_called_misleading() {
    for (wrapper, remote) in [
        (
            "400 4.4.7 Message delayed",
            "451 4.7.1 Client host [203.0.113.30] temporarily blocked due to spam complaints",
        ),
        (
            "400 4.4.7 Message delayed",
            "452 4.2.2 The email account that you tried to reach is over quota",
        ),
        (
            "550 5.4.7 Message expired",
            "550 5.7.1 Service unavailable, client host [198.51.100.9] blocked",
        ),
    ] {
        let text = exchange_delay(wrapper, remote);
        let r = only(&text);
        let notes = note_messages(&r);
        assert!(notes.iter().all(|m| !m.contains("misleading")), "{notes:?}\n{text}");
        let status = &wrapper[4..9];
        let own = notes.iter().find(|m| m.contains(status) && m.contains("sending server"));
        assert!(own.is_some(), "no note on the sending server's {status}: {notes:?}\n{text}");
        assert!(own.is_some_and(|m| m.contains(&remote[..9])), "{notes:?}\n{text}");
    }
}

/// A single reply whose own status code contradicts its words still gets
/// the mismatch note, X.4.7 or not.
#[test]
fn single_reply_mismatch_still_noted() {
    for reply in [
        "452 4.4.7 The email account that you tried to reach is over quota",
        "550 5.1.1 Too many recipients this hour, slow down",
    ] {
        let r = only(reply);
        let notes = note_messages(&r);
        assert!(notes.iter().any(|m| m.contains("misleading")), "{notes:?}\n{reply}");
    }
}
