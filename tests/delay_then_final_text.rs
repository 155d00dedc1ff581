//! A delay notice and the final notice for the same recipient, copied as
//! text and pasted together in either order. The text has no header and
//! no returned Message-ID, so it is read as one paste, and the final
//! notice decides the card: the sending server has stopped retrying, so
//! the card must not say "Do not resend". Documentation addresses only.

use crate::cards;

use bounce_explainer::{explain, Actor, Report};
use cards::{by_address, only};

const GMAIL_DELAY: &str = "** Message delayed **\n\
\n\
There was a temporary problem delivering your message to bob@example.net. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\
\n\
The response was:\n\
The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 198.51.100.9: timed out]\n";

const GMAIL_FINAL: &str = "** Message not delivered **\n\
\n\
There was a problem delivering your message to bob@example.net. See the technical details below, or try resending in a few minutes.\n\
\n\
The response was:\n\
The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 198.51.100.9: timed out]\n";

/// Postfix's delay notice text (the `delay_template` of bounce(5)).
fn postfix_delay(recipient: &str) -> String {
    format!(
        "This is the mail system at host mail.example.com.\n\
\n\
####################################################################\n\
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\
####################################################################\n\
\n\
Your message could not be delivered for more than 4 hour(s).\n\
It will be retried until it is 5 day(s) old.\n\
\n\
                   The mail system\n\
\n\
<{recipient}>: host mx.example.net[198.51.100.9] said: 452 4.2.2 Mailbox\n    \
full (in reply to RCPT TO command)\n"
    )
}

/// Postfix's final notice text (the `failure_template` of bounce(5)).
const POSTFIX_FINAL: &str = "This is the mail system at host mail.example.com.\n\
\n\
I'm sorry to have to inform you that your message could not\n\
be delivered to one or more recipients. It's attached below.\n\
\n\
                   The mail system\n\
\n\
<bob@example.net>: host mx.example.net[198.51.100.9] said: 552 5.2.2 Mailbox\n    \
full (in reply to RCPT TO command)\n";

const EXIM_DELAY: &str = "This message was created automatically by mail delivery software.\n\
A message that you sent has not yet been delivered to one or more of its\n\
recipients after more than 24 hours on the queue on mx.example.com.\n\
\n\
The address to which the message has not yet been delivered is:\n\
\n\
  bob@example.net\n\
    host mx1.example.net [198.51.100.7]\n\
    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n\
    451 4.7.1 Greylisted, please try again later\n\
\n\
No action is required on your part. Delivery attempts will continue for\n\
some time, and this warning may be repeated at intervals if the message\n\
remains undelivered.\n";

const EXIM_FINAL: &str = "This message was created automatically by mail delivery software.\n\
\n\
A message that you sent could not be delivered to one or more of its\n\
recipients. This is a permanent error. The following address(es) failed:\n\
\n\
  bob@example.net\n\
    host mx1.example.net [198.51.100.7]\n\
    SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n\
    550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n";

/// Joins two notices as a reader copies them, with a blank line between.
fn pasted(first: &str, second: &str) -> String {
    format!("{first}\n{second}")
}

/// Asserts that no card in `report` tells the reader to wait.
fn assert_not_waiting(report: &Report, label: &str) {
    for card in &report.recipients {
        let retry = card.explanation.retry.to_lowercase();
        assert!(!retry.contains("do not resend"), "{label}: {retry}");
        assert!(!retry.contains("still queued"), "{label}: {retry}");
        assert!(!card.retrying, "{label}");
        assert_ne!(card.explanation.who_acts, Actor::Wait, "{label}");
    }
}

#[test]
fn gmail_pair_reads_as_failed() {
    for (label, text) in [
        ("delay first", pasted(GMAIL_DELAY, GMAIL_FINAL)),
        ("final first", pasted(GMAIL_FINAL, GMAIL_DELAY)),
    ] {
        let report = explain(&text);
        assert_eq!(report.recipients.len(), 1, "{label}: {report:#?}");
        assert_eq!(report.recipients[0].action, "failed", "{label}");
        assert_not_waiting(&report, label);
        assert!(!report.summary.contains("not failed yet"), "{label}: {}", report.summary);
    }
}

#[test]
fn postfix_pair_takes_final_code() {
    let delay = postfix_delay("bob@example.net");
    for (label, text) in [
        ("delay first", pasted(&delay, POSTFIX_FINAL)),
        ("final first", pasted(POSTFIX_FINAL, &delay)),
    ] {
        let report = explain(&text);
        assert_eq!(report.recipients.len(), 1, "{label}: {report:#?}");
        let card = &report.recipients[0];
        assert_eq!(card.action, "failed", "{label}");
        assert_eq!(card.reply.as_deref(), Some("552"), "{label}");
        assert_eq!(card.status.as_deref(), Some("5.2.2"), "{label}");
        assert_not_waiting(&report, label);
    }
}

#[test]
fn delay_alone_still_waits() {
    for (label, text) in [
        ("gmail", GMAIL_DELAY.to_string()),
        ("postfix", postfix_delay("bob@example.net")),
        ("exim", EXIM_DELAY.to_string()),
    ] {
        let card = only(&text);
        assert_eq!(card.action, "delayed", "{label}");
        assert!(card.retrying, "{label}");
    }
}

/// A delay for another recipient is no delay of the failed one, so its
/// card stays.
#[test]
fn other_recipient_delay_kept() {
    let text = pasted(&postfix_delay("carol@example.net"), POSTFIX_FINAL);
    let report = explain(&text);
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    assert_eq!(by_address(&report.recipients, "carol@example.net").action, "delayed");
    let bob = by_address(&report.recipients, "bob@example.net");
    assert_eq!(bob.action, "failed");
    assert_eq!(bob.reply.as_deref(), Some("552"));
}

const SENDMAIL_DELAY: &str = "    **********************************************\n\
    **      THIS IS A WARNING MESSAGE ONLY      **\n\
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n\
    **********************************************\n\
\n\
The original message was received at Mon, 1 Dec 2026 06:00:00 +0000\n\
from host.example.com [192.0.2.10]\n\
\n\
   ----- Transcript of session follows -----\n\
<bob@example.net>... Deferred: 451 4.3.0 Temporary system failure\n\
Warning: message still undelivered after 4 hours\n\
Will keep trying until message is 5 days old\n";

const SENDMAIL_FINAL: &str =
    "The original message was received at Mon, 1 Dec 2026 06:00:00 +0000\n\
from host.example.com [192.0.2.10]\n\
\n\
   ----- The following addresses had permanent fatal errors -----\n\
<bob@example.net>\n\
    (reason: 550 5.1.1 <bob@example.net>... User unknown)\n\
\n\
   ----- Transcript of session follows -----\n\
... while talking to mx.example.net.:\n\
>>> RCPT To:<bob@example.net>\n\
<<< 550 5.1.1 <bob@example.net>... User unknown\n";

/// Exim's and Sendmail's pairs, each in both orders, end as the final
/// notice's user-unknown failure.
#[test]
fn exim_sendmail_pairs_read_as_failed() {
    let pairs = [("exim", EXIM_DELAY, EXIM_FINAL), ("sendmail", SENDMAIL_DELAY, SENDMAIL_FINAL)];
    for (mta, delay, last) in pairs {
        for (order, text) in
            [("delay first", pasted(delay, last)), ("final first", pasted(last, delay))]
        {
            let label = format!("{mta}, {order}");
            check_user_unknown(&text, &label);
        }
    }
}

/// Checks that `text` gives one failed card with status 5.1.1 and no
/// waiting advice.
fn check_user_unknown(text: &str, label: &str) {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{label}: {report:#?}");
    let card = &report.recipients[0];
    assert_eq!(card.action, "failed", "{label}");
    assert_eq!(card.status.as_deref(), Some("5.1.1"), "{label}");
    assert_not_waiting(&report, label);
}

/// Microsoft 365's delay notice, in the wording Exchange 2010 and later
/// use ("Delivery is delayed to these recipients or groups").
const MICROSOFT_365_DELAY: &str = "Delivery is delayed to these recipients or groups:\n\
\n\
bob@example.net\n\
\n\
Subject: Invoice 2231\n\
\n\
This message hasn't been delivered yet. Delivery will continue to be attempted.\n\
\n\
The server will keep trying to deliver this message for the next 1 days, 19 hours and 51 minutes. You'll be notified if the message can't be delivered by that time.\n\
\n\
Diagnostic information for administrators:\n\
\n\
Generating server: DM6PR11MB1234.namprd11.prod.outlook.com\n\
Receiving server: mx.example.net (198.51.100.20)\n\
\n\
bob@example.net\n\
Remote Server returned '451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\"'\n";

/// Microsoft 365's newer NDR, opening "Your message to ... couldn't be
/// delivered".
const MICROSOFT_365_FINAL: &str = "Your message to bob@example.net couldn't be delivered.\n\
bob wasn't found at example.net.\n\
\n\
How to Fix It\n\
The address may be misspelled or may not exist.\n\
\n\
Diagnostic information for administrators:\n\
\n\
Generating server: DM6PR11MB1234.namprd11.prod.outlook.com\n\
bob@example.net\n\
Remote Server returned '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown'\n";

/// Exchange's older NDR, opening "Delivery has failed to these recipients
/// or groups".
const EXCHANGE_FINAL: &str = "Delivery has failed to these recipients or groups:\n\
\n\
bob@example.net\n\
The email address you entered couldn't be found.\n\
\n\
Diagnostic information for administrators:\n\
\n\
Generating server: mail.example.com\n\
\n\
bob@example.net\n\
Remote Server returned '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown'\n";

/// Microsoft 365's delay notice with either of Microsoft's final notices,
/// in both orders, ends as the final notice's user-unknown failure.
#[test]
fn microsoft_pairs_read_as_failed() {
    for (form, last) in [("new NDR", MICROSOFT_365_FINAL), ("old NDR", EXCHANGE_FINAL)] {
        for (order, text) in [
            ("delay first", pasted(MICROSOFT_365_DELAY, last)),
            ("final first", pasted(last, MICROSOFT_365_DELAY)),
        ] {
            let label = format!("{form}, {order}");
            check_user_unknown(&text, &label);
        }
    }
}

#[test]
fn microsoft_delay_alone_still_waits() {
    let card = only(MICROSOFT_365_DELAY);
    assert_eq!(card.action, "delayed");
    assert!(card.retrying);
}
