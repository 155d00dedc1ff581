//! Sendmail transcripts that talk to several receiving hosts: each
//! `... while talking to HOST:` line opens a session of its own, and a
//! refusal at MAIL FROM or DATA in one session concerns only the
//! recipients sent to that host.

use bounce_explainer::{explain, Reason, Recipient};

const HEAD: &str = "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>\n\
    To: <sender@example.com>\n\
    Subject: Returned mail: see transcript for details\n";

/// Builds the human-readable part: the list of failed addresses, then the
/// transcript made of `sessions`.
fn text_part(listed: &str, sessions: &str) -> String {
    format!(
        "The original message was received at Fri, 4 Dec 2026 09:59:00 GMT\n\
         from desk.example.com [192.0.2.44]\n\n\
         \x20  ----- The following addresses had permanent fatal errors -----\n\
         {listed}\n\
         \x20  ----- Transcript of session follows -----\n\
         {sessions}\n"
    )
}

fn plain(listed: &str, sessions: &str) -> String {
    format!("{HEAD}\n{}", text_part(listed, sessions))
}

/// Builds a multipart/report with one delivery-status group per
/// `(recipient, status, remote host, diagnostic)`.
fn report(listed: &str, sessions: &str, groups: &[(&str, &str, &str, &str)]) -> String {
    let fields: String = groups
        .iter()
        .map(|(rcpt, status, host, diag)| {
            format!(
                "Final-Recipient: RFC822; {rcpt}\nAction: failed\nStatus: {status}\n\
                 Remote-MTA: DNS; {host}\nDiagnostic-Code: SMTP; {diag}\n\n"
            )
        })
        .collect();
    format!(
        "{HEAD}Auto-Submitted: auto-generated (failure)\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"SEP\"\n\n\
         --SEP\n\n{}\n--SEP\nContent-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; relay.example.com\n\n{fields}--SEP--\n",
        text_part(listed, sessions)
    )
}

const LISTED: &str = "<dan@example.net>\n    (reason: 550 5.1.1 <dan@example.net>... User unknown)\n\
    <erin@example.org>\n    (reason: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org)\n";

const DAN_SESSION: &str = "... while talking to mx.example.net.:\n\
    >>> RCPT To:<dan@example.net>\n\
    <<< 550 5.1.1 <dan@example.net>... User unknown\n\
    550 5.1.1 <dan@example.net>... User unknown\n";

/// Builds the session in which Erin's host rejects the whole session
/// after `command`.
fn erin_session(command: &str) -> String {
    format!(
        "... while talking to mx.example.org.:\n\
         >>> {command}\n\
         <<< 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org\n\
         554 5.0.0 Service unavailable\n"
    )
}

const DAN_DSN: (&str, &str, &str, &str) =
    ("dan@example.net", "5.1.1", "mx.example.net", "550 5.1.1 <dan@example.net>... User unknown");
const ERIN_DSN: (&str, &str, &str, &str) = (
    "erin@example.org",
    "5.0.0",
    "mx.example.org",
    "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org",
);

fn find<'a>(recipients: &'a [Recipient], address: &str) -> &'a Recipient {
    recipients
        .iter()
        .find(|r| r.recipient.as_deref() == Some(address))
        .unwrap_or_else(|| panic!("{address} missing"))
}

fn check(email: &str) {
    let report = explain(email);
    assert_eq!(report.recipients.len(), 2, "{email}\n{:#?}", report.recipients);
    let dan = find(&report.recipients, "dan@example.net");
    assert_eq!(dan.reason, Reason::UserUnknown, "{email}\n{dan:#?}");
    assert_eq!(dan.sender_ip, None, "{email}\n{dan:#?}");
    assert!(!dan.diagnostic.contains("spamhaus"), "{email}\n{}", dan.diagnostic);
    assert!(dan.blocklists.is_empty(), "{email}\n{dan:#?}");
    let erin = find(&report.recipients, "erin@example.org");
    assert_eq!(erin.reason, Reason::Blocked, "{email}\n{erin:#?}");
    assert_eq!(erin.sender_ip.as_deref(), Some("203.0.113.9"), "{email}\n{erin:#?}");
}

#[test]
fn session_refusal_stays_with_host() {
    for command in ["MAIL From:<sender@example.com> SIZE=2048", "DATA"] {
        let erin = erin_session(command);
        for sessions in [format!("{DAN_SESSION}{erin}"), format!("{erin}{DAN_SESSION}")] {
            check(&plain(LISTED, &sessions));
            check(&report(LISTED, &sessions, &[DAN_DSN, ERIN_DSN]));
        }
    }
}

#[test]
fn session_refusals_follow_remote_mta() {
    // Two hosts each reject the whole session. The DSN's Remote-MTA field
    // names the host each recipient was sent to.
    let listed = "<fay@example.net>\n    (reason: 451 4.7.1 Try again later)\n\
        <erin@example.org>\n    (reason: 554 5.7.1 Service unavailable)\n";
    let sessions = format!(
        "... while talking to mx.example.net.:\n\
         >>> DATA\n\
         <<< 451 4.7.1 Greylisted, please try again later\n\
         451 4.7.1 Try again later\n{}",
        erin_session("MAIL From:<sender@example.com>")
    );
    let email = report(
        listed,
        &sessions,
        &[
            ("fay@example.net", "4.7.1", "mx.example.net", "451 4.7.1 Try again later"),
            ("erin@example.org", "5.0.0", "mx.example.org", "554 5.7.1 Service unavailable"),
        ],
    );
    let report = explain(&email);
    let fay = find(&report.recipients, "fay@example.net");
    assert_eq!(fay.sender_ip, None, "{fay:#?}");
    assert!(!fay.diagnostic.contains("spamhaus"), "{}", fay.diagnostic);
    let erin = find(&report.recipients, "erin@example.org");
    assert_eq!(erin.sender_ip.as_deref(), Some("203.0.113.9"), "{erin:#?}");
    assert!(!erin.diagnostic.contains("Greylisted"), "{}", erin.diagnostic);
}
