//! A mail library's exception pasted with the stack trace the program
//! printed after it. The card's receiver message is the SMTP reply the
//! exception quotes, and ends where the reply ends: no stack frame and no
//! field of a logged error object reaches it. Each runtime prints frames
//! in its own layout (see src/extract/exception_text.rs).

use bounce_explainer::{explain, Reason};

const REPLY: &str =
    "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table";

/// Nodemailer's error as Node.js's console.error prints it: the message
/// (nodemailer/lib/smtp-connection: "Can't send mail - all recipients
/// were rejected: " and the reply), the stack, then the error's own
/// fields in util.inspect's layout.
const NODEMAILER: &str = "\
Error: Can't send mail - all recipients were rejected: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table
    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)
    at SMTPConnection._actionRCPT (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1656:28)
    at SMTPConnection.<anonymous> (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1609:30)
    at SMTPConnection._processResponse (/app/node_modules/nodemailer/lib/smtp-connection/index.js:969:20)
    at TLSSocket.SMTPConnection._onSocketData (/app/node_modules/nodemailer/lib/smtp-connection/index.js:193:44)
    at TLSSocket.emit (node:events:517:28)
    at addChunk (node:internal/streams/readable:368:12) {
  code: 'EENVELOPE',
  response: '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
  responseCode: 550,
  command: 'RCPT TO',
  rejected: [ 'bob@example.net' ],
  rejectedErrors: [
    Error: Recipient command failed: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table
        at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)
        at SMTPConnection._actionRCPT (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1644:24) {
      code: 'EENVELOPE',
      response: '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      responseCode: 550,
      command: 'RCPT TO',
      recipient: 'bob@example.net'
    }
  ]
}
";

/// Python's smtplib: SMTPRecipientsRefused's argument maps each refused
/// address to the reply code and the reply's bytes (smtplib.py,
/// SMTP.sendmail), under a traceback with Python 3.11's `^` markers.
const PYTHON: &str = "\
Traceback (most recent call last):
  File \"/app/send.py\", line 14, in <module>
    server.send_message(msg)
  File \"/usr/lib/python3.11/smtplib.py\", line 986, in send_message
    return self.sendmail(from_addr, to_addrs, flatmsg, mail_options,
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File \"/usr/lib/python3.11/smtplib.py\", line 901, in sendmail
    raise SMTPRecipientsRefused(senderrs)
smtplib.SMTPRecipientsRefused: {'bob@example.net': (550, b'5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table')}
";

/// JavaMail: SendFailedException with the SMTPAddressFailedException it
/// wraps, whose message is the reply with its line end, then the frames.
const JAVA: &str = "\
javax.mail.SendFailedException: Invalid Addresses;
  nested exception is:
\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table

\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)
\tat com.sun.mail.smtp.SMTPTransport.sendMessage(SMTPTransport.java:1286)
\tat javax.mail.Transport.send0(Transport.java:255)
\tat javax.mail.Transport.send(Transport.java:124)
\tat com.example.mail.Mailer.send(Mailer.java:42)
Caused by: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table

\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:1940)
\t... 4 more
";

/// .NET's SmtpClient: SmtpFailedRecipientException's message quotes the
/// server's reply after its own sentence, without the reply code.
const DOTNET: &str = "\
System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table
   at System.Net.Mail.SmtpTransport.SendMail(MailAddress sender, MailAddressCollection recipients, String deliveryNotify, Boolean allowUnicode, SmtpFailedRecipientException& exception)
   at System.Net.Mail.SmtpClient.Send(MailMessage message)
   at Example.Mail.Mailer.Send() in C:\\src\\Mailer.cs:line 42
";

/// Symfony Mailer's exception, uncaught, as PHP prints it: its message
/// (SmtpTransport::assertResponseCode) quotes the whole reply, then PHP
/// adds the file and line and the stack trace.
const SYMFONY: &str = "\
PHP Fatal error:  Uncaught Symfony\\Component\\Mailer\\Exception\\UnexpectedResponseException: Expected response code \"250/251/252\" but got code \"550\", with message \"550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table\". in /var/www/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342
Stack trace:
#0 /var/www/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(208): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->assertResponseCode()
#1 /var/www/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(146): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->executeCommand()
#2 {main}
  thrown in /var/www/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php on line 342
";

const RUNTIMES: [(&str, &str); 5] = [
    ("nodemailer", NODEMAILER),
    ("python", PYTHON),
    ("java", JAVA),
    ("dotnet", DOTNET),
    ("symfony", SYMFONY),
];

const FRAME_WORDS: &[&str] = &[
    "SMTPConnection",
    "node_modules",
    "responseCode",
    "EENVELOPE",
    "smtplib.py",
    "Traceback",
    "SMTPTransport.java",
    "System.Net.Mail.SmtpTransport",
    "Mailer.cs",
    "SmtpTransport.php",
    "Expected response code",
];

#[test]
fn traces_stay_off_the_card() {
    for (name, text) in RUNTIMES {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{name}: {report:#?}");
        let bob = &report.recipients[0];
        for word in FRAME_WORDS {
            assert!(!bob.diagnostic.contains(word), "{name}: {word} in {:?}", bob.diagnostic);
        }
        assert_eq!(bob.reason, Reason::UserUnknown, "{name}: {bob:#?}");
        assert!(bob.permanent, "{name}");
    }
}

#[test]
fn trace_reply_ends_at_reply() {
    for (name, text) in
        [("nodemailer", NODEMAILER), ("python", PYTHON), ("java", JAVA), ("symfony", SYMFONY)]
    {
        let report = explain(text);
        assert_eq!(report.recipients[0].diagnostic, REPLY, "{name}");
    }
    // .NET quotes the reply without its reply code.
    let report = explain(DOTNET);
    assert_eq!(report.recipients[0].diagnostic, REPLY.trim_start_matches("550 "));
}

#[test]
fn trace_recipient_is_refused_address() {
    for (name, text) in RUNTIMES {
        let report = explain(text);
        let recipient = report.recipients[0].recipient.as_deref();
        assert_eq!(recipient, Some("bob@example.net"), "{name}");
    }
}
