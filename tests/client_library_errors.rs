//! Errors that a sending program's mail library reports when the
//! receiving server rejects a recipient. Each library wraps the server's
//! reply in words of its own ("RCPT TO command failed:", "Mailer Error:",
//! "The server response was:"), and the reply inside decides the card,
//! not the wrapper. PHPMailer's wordings are those of its SMTP class and
//! language file ("SMTP Error: The following recipients failed: "). The
//! other layouts are as these libraries' users quote them.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

const REPLY: &str = "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown";

fn assert_unknown_bob(text: &str) {
    let r = only(text);
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"), "{text}");
    assert_eq!(r.reason, Reason::UserUnknown, "{text}");
    assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
    assert!(!r.retrying, "{text}");
}

#[test]
fn phpmailer_debug_reply_and_error() {
    let text = format!(
        "2026-12-05 10:01:02 SERVER -> CLIENT: {REPLY}\n\
         2026-12-05 10:01:02 SMTP ERROR: RCPT TO command failed: {REPLY}\n"
    );
    assert_unknown_bob(&text);
}

#[test]
fn phpmailer_whole_session() {
    let text = format!(
        "2026-12-05 10:01:02 SERVER -> CLIENT: 220 mx.example.net ESMTP Postfix\n\
         2026-12-05 10:01:02 CLIENT -> SERVER: EHLO www.example.com\n\
         2026-12-05 10:01:02 SERVER -> CLIENT: 250-mx.example.net\n\
         2026-12-05 10:01:02 CLIENT -> SERVER: MAIL FROM:<alice@example.com>\n\
         2026-12-05 10:01:02 SERVER -> CLIENT: 250 2.1.0 Ok\n\
         2026-12-05 10:01:02 CLIENT -> SERVER: RCPT TO:<bob@example.net>\n\
         2026-12-05 10:01:02 SERVER -> CLIENT: {REPLY}\n\
         2026-12-05 10:01:02 SMTP ERROR: RCPT TO command failed: {REPLY}\n\
         2026-12-05 10:01:02 CLIENT -> SERVER: QUIT\n\
         2026-12-05 10:01:02 SERVER -> CLIENT: 221 2.0.0 Bye\n\
         SMTP Error: The following recipients failed: bob@example.net: \
         <bob@example.net>: Recipient address rejected: User unknown\n\
         Message could not be sent. Mailer Error: SMTP Error: The following recipients \
         failed: bob@example.net: <bob@example.net>: Recipient address rejected: User unknown\n"
    );
    assert_unknown_bob(&text);
}

#[test]
fn phpmailer_final_error_line() {
    // PHPMailer's ErrorInfo keeps the reply's text without its codes, and
    // its example scripts print it after "Mailer Error: ".
    assert_unknown_bob(
        "Message could not be sent. Mailer Error: SMTP Error: The following recipients \
         failed: bob@example.net: <bob@example.net>: Recipient address rejected: User unknown",
    );
}

#[test]
fn phpmailer_data_refusal_is_spam() {
    let r = only(
        "2026-12-05 10:01:02 SERVER -> CLIENT: 554 5.7.1 Message rejected as spam\n\
         2026-12-05 10:01:02 SMTP ERROR: DATA END command failed: 554 5.7.1 Message rejected as spam\n",
    );
    assert_eq!(r.reason, Reason::SpamDetected);
}

#[test]
fn nodemailer_rejected_recipients() {
    let text = format!(
        "Error: Can't send mail - all recipients were rejected: {REPLY}\n    \
         at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:807:19) {{\n  \
         code: 'EENVELOPE',\n  response: '{REPLY}',\n  responseCode: 550,\n  command: 'RCPT TO',\n  \
         rejected: [ 'bob@example.net' ]\n}}\n"
    );
    assert_unknown_bob(&text);
}

#[test]
fn dotnet_failed_recipient() {
    // .NET drops the reply code and keeps the rest of the reply.
    assert_unknown_bob(
        "System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server \
         response was: 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n   \
         at System.Net.Mail.SmtpTransport.SendMail(MailAddress sender, MailAddressCollection \
         recipients, String deliveryNotify, Boolean allowUnicode, \
         SmtpFailedRecipientException& exception)\n",
    );
}

#[test]
fn java_mail_address_failed() {
    let text = format!(
        "javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\t\
         com.sun.mail.smtp.SMTPAddressFailedException: {REPLY}\n\t\
         at com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)\n"
    );
    assert_unknown_bob(&text);
}

#[test]
fn python_recipients_refused() {
    assert_unknown_bob(
        "Traceback (most recent call last):\n  File \"send.py\", line 12, in <module>\n    \
         s.sendmail(\"alice@example.com\", [\"bob@example.net\"], msg)\n\
         smtplib.SMTPRecipientsRefused: {'bob@example.net': (550, b'5.1.1 <bob@example.net>: \
         Recipient address rejected: User unknown')}\n",
    );
}

#[test]
fn mailer_failure_without_wrapper_stays() {
    // Sendmail's report of a local delivery program that exited with 255.
    for text in [
        "554 5.3.0 <carol@example.net>... unknown mailer error 255",
        "550 5.3.0 <carol@example.net>... procmail: Quota exceeded while writing \"/var/mail/carol\"",
    ] {
        assert_eq!(only(text).reason, Reason::MailerError, "{text}");
    }
}
