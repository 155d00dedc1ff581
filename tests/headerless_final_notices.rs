//! Final notices whose own words state that the sending server gave up,
//! read the same with and without their mail header: an agent often
//! copies only the body out of a mail client. OpenSMTPD's notice lists
//! each recipient as `address: reason` under its `notice_error` sentence
//! (usr.sbin/smtpd/bounce.c), and hMailServer's and Exchange 2003's head
//! their list with "The following recipient(s) could not be reached".
//! Their delay notices use other words, so they stay delays.

use bounce_explainer::{explain, Reason, Recipient};

const OPENSMTPD_INTRO: &str =
    "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n";

const OPENSMTPD_ERROR: &str = "    An error has occurred while attempting to deliver a message for\n    the following list of recipients:\n\n";

const ORIGINAL: &str = "\n    Below is a copy of the original message:\n\nFrom: alice@example.org\nTo: bob@example.net\nSubject: hi\n\nhello\n";

const HEADER: &str = "Subject: Delivery status notification: failed\nFrom: Mailer Daemon <MAILER-DAEMON@mail.example.org>\nTo: alice@example.org\n\n";

fn opensmtpd_body(lines: &str) -> String {
    format!("{OPENSMTPD_INTRO}{OPENSMTPD_ERROR}{lines}{ORIGINAL}")
}

fn recipient<'a>(recipients: &'a [Recipient], address: &str) -> &'a Recipient {
    recipients
        .iter()
        .find(|r| r.recipient.as_deref() == Some(address))
        .unwrap_or_else(|| panic!("no card for {address}: {recipients:#?}"))
}

const EXPIRED_AND_CODED: &str = "bob@example.net: Envelope expired\ncarol@example.net: 421 4.7.0 mx.example.net Error: too many connections from 198.51.100.4\n";

#[test]
fn expired_recipient_kept_beside_a_coded_one() {
    for text in [
        format!("{HEADER}{}", opensmtpd_body(EXPIRED_AND_CODED)),
        opensmtpd_body(EXPIRED_AND_CODED),
    ] {
        let report = explain(&text);
        assert_eq!(report.recipients.len(), 2, "{report:#?}");
        let bob = recipient(&report.recipients, "bob@example.net");
        assert_eq!(bob.reason, Reason::Expired);
        assert!(!bob.retrying);
        let carol = recipient(&report.recipients, "carol@example.net");
        assert_eq!(carol.reply.as_deref(), Some("421"));
        assert!(!carol.retrying, "OpenSMTPD's error notice is final: {carol:#?}");
        assert_eq!(report.mta.as_deref(), Some("opensmtpd"));
    }
}

#[test]
fn expired_recipients_alone_are_a_bounce() {
    let report = explain(&opensmtpd_body(
        "bob@example.net: Envelope expired\ncarol@example.net: Envelope expired\n",
    ));
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    for r in &report.recipients {
        assert_eq!(r.reason, Reason::Expired, "{r:#?}");
        assert!(!r.retrying);
    }
}

#[test]
fn opensmtpd_delay_notice_stays_a_delay() {
    let text = format!(
        "{OPENSMTPD_INTRO}    A message is delayed for more than 4 hours for the following\n    list of recipients:\n\n\
         bob@example.net: 421 4.7.0 mx.example.net Error: too many connections from 198.51.100.4\n\n\
         \x20   Please note that this is only a temporary failure report.\n\
         \x20   The message is kept in the queue for up to 4 days.\n\
         \x20   You DO NOT NEED to re-send the message to these recipients.\n{ORIGINAL}"
    );
    let report = explain(&text);
    let bob = recipient(&report.recipients, "bob@example.net");
    assert!(bob.retrying, "{bob:#?}");
    assert_eq!(bob.action, "delayed");
}

#[test]
fn address_line_without_failure_words() {
    let text = opensmtpd_body(
        "carol@example.net: 550 5.1.1 no such user\nsupport@example.org: ask us anything\n",
    );
    let report = explain(&text);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    recipient(&report.recipients, "carol@example.net");
}

const HMAILSERVER_BODY: &str = "Your message did not reach some or all of the intended recipients.\n\n\
    \x20  Sent: Mon, 01 Jan 2024 10:00:00 +0000\n   Subject: Quote\n\n\
    The following recipient(s) could not be reached:\n\n\
    bob@example.net\n   Error Type: SMTP\n   Remote server (203.0.113.25) issued an error.\n\
    \x20  hMailServer sent: RCPT TO:<bob@example.net>\n\
    \x20  Remote server replied: 450 4.7.1 <bob@example.net>: Recipient address rejected: Greylisted\n\n\
    Tried 5 time(s)\n\nhMailServer\n";

#[test]
fn hmailserver_body_alone_has_given_up() {
    let with_header = format!(
        "From: mailer-daemon@mail.example.org\nSubject: Message undeliverable\n\n{HMAILSERVER_BODY}"
    );
    for text in [HMAILSERVER_BODY.to_string(), with_header] {
        let report = explain(&text);
        let bob = recipient(&report.recipients, "bob@example.net");
        assert!(!bob.retrying, "{bob:#?}");
        assert_eq!(bob.action, "failed");
        assert_eq!(bob.explanation.entry, "practice/greylisting-gave-up");
    }
}
