use crate::report::Actor;

/// A Postfix delay notice, anonymised.
const DELAY_NOTICE: &str = "From: MAILER-DAEMON@example.net\r
To: user@example.org\r
Subject: Delayed Mail (still being retried)\r
MIME-Version: 1.0\r
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r
\r
--b\r
Content-Type: text/plain\r
\r
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r
\r
Your message could not be delivered for more than 4 hour(s).\r
It will be retried until it is 5 day(s) old.\r
\r
<rcpt@example.com>: connect to mx.example.com[192.0.2.1]:25: Connection timed out\r
\r
--b\r
Content-Type: message/delivery-status\r
\r
Reporting-MTA: dns; mail.example.net\r
\r
Final-Recipient: rfc822; rcpt@example.com\r
Action: delayed\r
Status: 4.4.1\r
Diagnostic-Code: X-Postfix; connect to mx.example.com[192.0.2.1]:25: Connection timed out\r
\r
--b--\r
";

#[test]
fn delay_notice_is_warning() {
    let report = crate::explain(DELAY_NOTICE);
    assert_eq!(report.recipients.len(), 1);
    let recipient = &report.recipients[0];
    assert_eq!(recipient.action, "delayed");
    assert!(!recipient.permanent);
    assert_eq!(recipient.explanation.who_acts, Actor::Wait);
    let retry = &recipient.explanation.retry;
    assert!(retry.contains("until it is 5 day(s) old"), "{retry}");
    assert!(report.summary.contains("delayed"), "{}", report.summary);
}

#[test]
fn null_mx_is_hard() {
    let report =
        crate::explain("550 5.1.10 Recipient address has null MX; the domain accepts no mail");
    assert!(report.recipients[0].hard);
    let report = crate::explain("421 4.3.2 System not accepting network messages");
    assert!(!report.recipients[0].hard);
}

#[test]
fn delay_notice_steps_do_not_resend() {
    let report = crate::explain(DELAY_NOTICE);
    let steps = &report.recipients[0].explanation.steps;
    assert!(!steps.is_empty());
    for step in steps {
        assert!(!step.contains("send the message again"), "{step}");
    }
}

/// A delay notice for a full mailbox, anonymised.
const DELAYED_MAILBOX_FULL: &str = "From: Mail Delivery System <Mailer-Daemon@example.net>\r
To: user@example.org\r
Subject: Warning: message delayed\r
MIME-Version: 1.0\r
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r
\r
--b\r
Content-Type: text/plain\r
\r
A message that you sent has not yet been delivered to one or more of its\r
recipients after more than 24 hours on the queue.\r
\r
--b\r
Content-Type: message/delivery-status\r
\r
Reporting-MTA: dns; mail.example.net\r
\r
Final-Recipient: rfc822; rcpt@example.com\r
Action: delayed\r
Status: 4.2.2\r
Remote-MTA: dns; mx.example.com\r
Diagnostic-Code: smtp; 452 4.2.2 <rcpt@example.com>: mailbox full, over quota\r
\r
--b--\r
";

#[test]
fn delayed_mailbox_full_no_resend() {
    let report = crate::explain(DELAYED_MAILBOX_FULL);
    let recipient = &report.recipients[0];
    assert_eq!(recipient.action, "delayed");
    assert_eq!(recipient.reason, crate::reason::Reason::MailboxFull);
    let steps = &recipient.explanation.steps;
    assert!(steps.iter().any(|s| s.contains("mailbox is full")), "{steps:?}");
    for step in steps {
        assert!(!super::steps::tells_to_resend(step), "{step}");
    }
}

#[test]
fn pasted_4xx_line_waits() {
    let report = crate::explain("421 4.7.0 Try again later, closing connection.");
    let recipient = &report.recipients[0];
    assert!(!recipient.permanent);
    assert_eq!(recipient.explanation.who_acts, Actor::Wait);
}

#[test]
fn pasted_5xx_line_permanent() {
    let report =
        crate::explain("550 5.1.1 <user@example.com>: Recipient address rejected: User unknown");
    let recipient = &report.recipients[0];
    assert!(recipient.permanent);
    assert_ne!(recipient.explanation.who_acts, Actor::Wait);
}
