//! Bounces that state the failure in text alone, without a
//! delivery-status part, each followed by the returned message. A test
//! file that declares `mod bounces;` and `mod text_bounces;` uses them.

use super::bounces::exim_smtp_error;

/// The message a bounce returns below its report, with another address
/// and reply than the failure, so that a mix-up shows.
const RETURNED: &str =
    "From: alice@example.com\nTo: pat@example.org\nSubject: Quarterly report\n\n\
Pat, here is the report. Call me on 550 1234 if needed.\n";

/// Builds qmail's bounce for bob@example.org, an unknown user.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn qmail() -> String {
    qmail_returning(RETURNED)
}

/// Builds qmail's bounce for bob@example.org, an unknown user, that
/// returns `returned` below it.
pub fn qmail_returning(returned: &str) -> String {
    format!(
        "Return-Path: <>\n\
Received: (qmail 1234 invoked for bounce); 11 Mar 2026 10:00:05 -0000\n\
Date: 11 Mar 2026 10:00:05 -0000\n\
From: MAILER-DAEMON@mail.example.com\n\
To: alice@example.com\n\
Subject: failure notice\n\
\n\
Hi. This is the qmail-send program at mail.example.com.\n\
I'm afraid I wasn't able to deliver your message to the following addresses.\n\
This is a permanent error; I've given up. Sorry it didn't work out.\n\
\n\
<bob@example.org>:\n\
198.51.100.7 does not like recipient.\n\
Remote host said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n\
Giving up on 198.51.100.7.\n\
\n\
--- Below this line is a copy of the message.\n\
\n\
{returned}"
    )
}

/// Builds Exim's bounce for carol@example.net, blocked by Spamhaus.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn exim() -> String {
    let reply = "    554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org";
    format!(
        "{}\n------ This is a copy of the message, including all the headers. ------\n\n{RETURNED}",
        exim_smtp_error(reply)
    )
}

/// Builds Postfix's bounce for carol@example.net, blocked by Spamhaus,
/// without its delivery-status part.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn postfix_without_dsn() -> String {
    format!(
        "Return-Path: <>\n\
Received: by mail.example.com (Postfix) id 4B2C1D0E9F; Wed, 11 Mar 2026 10:00:05 +0000\n\
Date: Wed, 11 Mar 2026 10:00:05 +0000\n\
From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
To: alice@example.com\n\
Subject: Undelivered Mail Returned to Sender\n\
Content-Type: text/plain; charset=us-ascii\n\
\n\
This is the mail system at host mail.example.com.\n\
\n\
I'm sorry to have to inform you that your message could not\n\
be delivered to one or more recipients. It's attached below.\n\
\n\
                   The mail system\n\
\n\
<carol@example.net>: host mx.example.net[198.51.100.21] said: 554 5.7.1\n    \
Service unavailable; Client host [203.0.113.45] blocked using\n    \
zen.spamhaus.org (in reply to RCPT TO command)\n\
\n\
{RETURNED}"
    )
}

/// Builds Sendmail's bounce for frank@example.org, with its transcript.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn sendmail() -> String {
    format!(
        "Return-Path: <MAILER-DAEMON@mail.example.com>\n\
Received: from localhost (localhost) by mail.example.com (8.17.1/8.17.1) id 2BBA05x1;\n\
\tWed, 11 Mar 2026 10:00:05 +0000\n\
Date: Wed, 11 Mar 2026 10:00:05 +0000\n\
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>\n\
To: <alice@example.com>\n\
Subject: Returned mail: see transcript for details\n\
Auto-Submitted: auto-generated (failure)\n\
\n\
The original message was received at Wed, 11 Mar 2026 10:00:01 +0000\n\
from [192.0.2.10]\n\
\n\
   ----- The following addresses had permanent fatal errors -----\n\
<frank@example.org>\n\
    (reason: 550 5.1.1 <frank@example.org>... User unknown)\n\
\n\
   ----- Transcript of session follows -----\n\
... while talking to mx.example.org.:\n\
>>> DATA\n\
<<< 550 5.1.1 <frank@example.org>... User unknown\n\
550 5.1.1 <frank@example.org>... User unknown\n\
<<< 503 5.0.0 Need RCPT (recipient)\n\
\n\
   ----- Original message follows -----\n\
\n\
{RETURNED}"
    )
}

/// Builds an Exchange NDR whose delivery-status part was dropped on the
/// way, as some gateways and archiving tools do.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn exchange_without_dsn() -> String {
    format!(
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>\n\
To: alice@example.com\n\
Date: Wed, 11 Mar 2026 10:00:05 +0000\n\
Subject: Undeliverable: Quarterly report\n\
Content-Type: text/plain; charset=us-ascii\n\
\n\
Delivery has failed to these recipients or groups:\n\
\n\
henry@example.org\n\
The email address you entered couldn't be found. Please check the recipient's email address and try \
to resend the message.\n\
\n\
Diagnostic information for administrators:\n\
\n\
Generating server: mail.example.com\n\
\n\
henry@example.org\n\
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\
\n\
Original message headers:\n\
\n\
{RETURNED}"
    )
}

/// Builds a provider's notice sent as HTML alone, without a text part.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn html_only() -> String {
    "From: Mail Delivery Subsystem <mailer-daemon@mail.example.com>\n\
To: alice@example.com\n\
Date: Wed, 11 Mar 2026 10:00:05 +0000\n\
Subject: Delivery Status Notification (Failure)\n\
MIME-Version: 1.0\n\
Content-Type: text/html; charset=utf-8\n\
\n\
<html><body><p>Your message wasn't delivered to <b>grace@example.org</b> because the address \
couldn't be found, or is unable to receive mail.</p>\
<p>The response from the remote server was:</p>\
<p>550 5.1.1 The email account that you tried to reach does not exist.</p></body></html>\n"
        .to_string()
}
