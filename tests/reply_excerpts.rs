//! The receiver's message quoted for each recipient: it contains the reply
//! and nothing the sending MTA wrote after it (qmail's closing lines, the
//! next DSN field), and a reply sent over several lines reads as one
//! message. Documentation addresses only.

use crate::common;

use common::run;

/// Returns the diagnostic extracted for `recipient`.
fn diagnostic_of(text: &str, recipient: &str) -> String {
    let extracted = run(text);
    let failure = extracted
        .failures
        .iter()
        .find(|f| f.recipient.as_deref() == Some(recipient))
        .unwrap_or_else(|| panic!("no failure for {recipient} in {extracted:#?}"));
    failure.diagnostic.clone()
}

const QMAIL_HEAD: &str = "Hi. This is the qmail-send program at mail.example.com.\n\
    I'm afraid I wasn't able to deliver your message to the following addresses.\n\
    This is a permanent error; I've given up. Sorry it didn't work out.\n\n";

#[test]
fn qmail_closing_lines_are_not_the_reply() {
    let cases = [
        (
            "<ann@example.net>:\n198.51.100.10 does not like recipient.\n\
             Remote host said: 550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown\n\
             Giving up on 198.51.100.10.\n",
            "ann@example.net",
            "550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown",
        ),
        (
            "<bob@example.org>:\nConnected to 203.0.113.4 but sender was rejected.\n\
             Remote host said: 421 4.7.0 Try again later, closing connection\n\
             I'm not going to try again; this message has been in the queue too long.\n",
            "bob@example.org",
            "421 4.7.0 Try again later, closing connection",
        ),
        (
            "<cat@example.org>:\n192.0.2.33 does not like recipient.\nRemote host said: 552 Mailbox quota exceeded\n\
             Giving up on 2001:db8::25.\n",
            "cat@example.org",
            "552 Mailbox quota exceeded",
        ),
        (
            "<dan@example.com>:\nSorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n\
             I'm not going to try again; this message has been in the queue too long.\n",
            "dan@example.com",
            "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
        ),
    ];
    for (block, recipient, expected) in cases {
        let text = format!("{QMAIL_HEAD}{block}");
        assert_eq!(diagnostic_of(&text, recipient), expected, "{text}");
    }
}

#[test]
fn sendmail_alias_line_is_not_the_reply() {
    let text = "----- The following addresses had permanent fatal errors -----\n\
        lee@example.org\n    (reason: 452 4.4.5 Insufficient disk space; try again later)\n    \
        (expanded from: lee)\n\n   ----- Transcript of session follows -----\n";
    assert_eq!(
        diagnostic_of(text, "lee@example.org"),
        "452 4.4.5 Insufficient disk space; try again later"
    );
}

#[test]
fn next_dsn_field_is_not_the_reply() {
    let cases = [
        (
            "Final-Recipient: rfc822; kim@example.com\nAction: failed\n\
             Diagnostic-Code: smtp; 550 5.7.1 Service unavailable, Client host [203.0.113.30] blocked using Spamhaus\n\
             Status: 5.7.1\n",
            "550 5.7.1 Service unavailable, Client host [203.0.113.30] blocked using Spamhaus",
        ),
        (
            "Final-Recipient: rfc822; kim@example.com\n\
             Diagnostic-Code: smtp; 552 5.2.2 <kim@example.com>... Mailbox Full\n\
             Remote-MTA: dns; mx.example.com\nLast-Attempt-Date: Fri, 4 Dec 2026 10:00:00 +0000\n",
            "552 5.2.2 <kim@example.com>... Mailbox Full",
        ),
        (
            "Final-Recipient: rfc822; kim@example.com\n\
             Diagnostic-Code: smtp; 550 5.1.1\n <kim@example.com>... User Unknown\n\
             Action: failed\nStatus: 5.1.1\n",
            "550 5.1.1 <kim@example.com>... User Unknown",
        ),
    ];
    for (fields, expected) in cases {
        let text = format!(
            "An error occurred while trying to deliver the mail to the following recipients:\n\
             kim@example.com\nReporting-MTA: dns; a1-2.smtp-out.amazonses.com\n\n{fields}"
        );
        assert_eq!(diagnostic_of(&text, "kim@example.com"), expected, "{text}");
    }
}

#[test]
fn multi_line_reply_reads_as_one_message() {
    let cases = [
        (
            "<eve@gmx.net>: host mx00.emig.gmx.net[212.227.15.9] refused to talk to me: 554-gmx.net (mxgmx117) \
             Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. \
             554 For explanation visit https://www.gmx.net/mail/senderguidelines?c=bl",
            "554 gmx.net (mxgmx117) Nemesis ESMTP Service not available No SMTP service IP address is block listed. \
             For explanation visit https://www.gmx.net/mail/senderguidelines?c=bl",
        ),
        (
            "<eve@gmx.net>: host mx00.emig.gmx.net[212.227.15.9] said: 554-first line\n554-second line\n554 last line",
            "554 first line second line last line",
        ),
        (
            "<eve@gmx.net>: host mx00.emig.gmx.net[212.227.15.9] said: 550-5.7.1 first line 550-5.7.1 second line \
             550 5.7.1 last line (in reply to RCPT TO command)",
            "550 5.7.1 first line second line last line",
        ),
        (
            "<eve@gmx.net>: host mx00.emig.gmx.net[212.227.15.9] said: 550-5.7.1 first line\n550-5.7.1 second line\n\
             550 5.7.1 last line",
            "550 5.7.1 first line second line last line",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(diagnostic_of(text, "eve@gmx.net"), expected, "{text}");
    }
}

/// qmail's closing line is left out of the quoted reply, but it states
/// why the MTA gave up, so the classifier still reads it.
#[test]
fn qmail_expiry_line_sets_reason() {
    let cases = [
        "<fay@example.org>:\nResources temporarily unavailable, please try again later [#4.1.9].\n\
         I'm not going to try again; this message has been in the queue too long.\n",
        "<fay@example.org>:\nConnected to 198.51.100.7 but connection died. (#4.4.2)\n\
         I'm not going to try again; this message has been in the queue too long.\n",
    ];
    for block in cases {
        let text = format!("{QMAIL_HEAD}{block}");
        let report = bounce_explainer::explain(&text);
        assert_eq!(report.recipients.len(), 1, "{text}");
        let r = &report.recipients[0];
        assert!(!r.diagnostic.contains("queue too long"), "{}", r.diagnostic);
        assert_eq!(r.reason, bounce_explainer::Reason::Expired, "{text}");
    }
}

/// A Sendmail transcript goes on after the failed command's reply: the
/// replies to the commands sent after it are not part of it.
#[test]
fn sendmail_transcript_later_reply_left_out() {
    let cases = [
        (
            "    (reason: 525 5.7.13 Disabled recipient address)\n\n   ----- Transcript of session follows -----\n\
             ... while talking to mail.example.org.:\n>>> DATA\n<<< 525 5.7.13 Disabled recipient address\n\
             554 5.0.0 Service unavailable\n<<< 503 5.0.0 Need RCPT (recipient)\n",
            "525 5.7.13 Disabled recipient address",
        ),
        (
            "    (reason: 554-5.7.1 Rejected as spam)\n\n   ----- Transcript of session follows -----\n\
             ... while talking to mail.example.org.:\n>>> DATA\n<<< 354 Enter mail, end with \".\" on a line by itself\n\
             >>> .\n<<< 554-5.7.1 Rejected as spam\n<<< 554 5.7.1 See https://www.example.org/policy\n\
             554 5.0.0 Service unavailable\n<<< 221 2.0.0 mail.example.org closing connection\n",
            "554 5.7.1 Rejected as spam See https://www.example.org/policy",
        ),
    ];
    for (report, expected) in cases {
        let text = format!(
            "   ----- The following addresses had permanent fatal errors -----\n<ivy@example.org>\n{report}"
        );
        assert_eq!(diagnostic_of(&text, "ivy@example.org"), expected, "{text}");
    }
}
