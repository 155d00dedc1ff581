//! A receiver's reply that names the recipient under another address: the
//! target of an alias or a virtual table (`<bob.smith@example.org>: User
//! unknown in virtual alias table` for bob@example.net), or the address
//! the relay saw. That address is the same recipient after rewriting, so
//! however the bounce wraps the reply (Microsoft 365's NDR or Postfix's),
//! it gives one card for the recipient the sender wrote to.

use bounce_explainer::{explain, Report};

/// Replies that name an address other than the recipient's, as Postfix,
/// Sendmail and a relay word them.
const REPLIES: [&str; 4] = [
    "550 5.1.1 <bob.smith@example.org>: Recipient address rejected: User unknown in virtual \
     alias table",
    "554 5.7.1 <carol@example.net>: Relay access denied",
    "550 5.1.1 <bob.smith@example.org>... User unknown",
    "550 5.1.1 bob.smith@example.org: Mailbox not found",
];

/// Builds a Microsoft 365 NDR for bob@example.net whose remote reply is `reply`,
/// with its delivery-status part when `with_dsn`.
fn m365_ndr(reply: &str, with_dsn: bool) -> String {
    let text = format!(
        "Your message to bob@example.net couldn't be delivered.\r\n\
         The recipient's email system rejected your message.\r\n\r\n\
         More Info for Email Admins\r\nStatus code: 5.1.1\r\n\r\n\
         Original Message Details\r\n\
         Sender Address:  alice@example.com\r\n\
         Recipient Address:       bob@example.net\r\n\
         Subject:         Quarterly figures\r\n\r\n\
         Error Details\r\n\
         Error:   {reply}\r\n\
         Message rejected by:     mx.example.net\r\n"
    );
    let dsn = format!(
        "--b1\r\nContent-Type: message/delivery-status\r\n\r\n\
         Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.outlook.com\r\n\r\n\
         Final-Recipient: rfc822;bob@example.net\r\n\
         Action: failed\r\nStatus: 5.1.1\r\n\
         Remote-MTA: dns;mx.example.net\r\n\
         Diagnostic-Code: smtp;{reply}\r\n\r\n"
    );
    let dsn = if with_dsn { dsn.as_str() } else { "" };
    format!(
        "From: Microsoft Outlook <postmaster@example.com>\r\n\
         To: Alice <alice@example.com>\r\n\
         Subject: Undeliverable: Quarterly figures\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n\
         --b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n{text}\r\n\
         {dsn}--b1--\r\n"
    )
}

fn recipients(report: &Report) -> Vec<&str> {
    report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect()
}

#[test]
fn m365_reply_alias_one_card() {
    for reply in REPLIES {
        let report = explain(&m365_ndr(reply, true));
        assert_eq!(recipients(&report), ["bob@example.net"], "{reply}");
        assert!(report.recipients[0].notes.is_empty(), "{reply}: {:?}", report.recipients[0].notes);
        let shown = report.recipients[0].reply.as_deref();
        assert_eq!(shown, Some(&reply[..3]), "{reply}");
    }
}

#[test]
fn m365_text_only_alias_one_card() {
    for reply in REPLIES {
        let report = explain(&m365_ndr(reply, false));
        assert_eq!(recipients(&report), ["bob@example.net"], "{reply}");
    }
}

#[test]
fn postfix_reply_alias_one_card() {
    for reply in REPLIES {
        let email = format!(
            "From: MAILER-DAEMON@mail.example.com\r\nTo: alice@example.com\r\n\
             Subject: Undelivered Mail Returned to Sender\r\n\r\n\
             I'm sorry to have to inform you that your message could not\r\n\
             be delivered to one or more recipients.\r\n\r\n\
             <bob@example.net>: host mx.example.net[198.51.100.20] said: {reply} (in reply to \
             RCPT TO command)\r\n"
        );
        let report = explain(&email);
        assert_eq!(recipients(&report), ["bob@example.net"], "{reply}");
    }
}

#[test]
fn text_recipient_with_own_reply_kept() {
    // A recipient the text names with a reply that no DSN entry carries is
    // another recipient, so it keeps its card.
    let email = m365_ndr(REPLIES[0], true).replace(
        "Message rejected by:     mx.example.net\r\n",
        "Message rejected by:     mx.example.net\r\n\r\n\
         <dave@example.org>: host mx.example.org[198.51.100.30] said: 552 5.2.2 Mailbox full \
         (in reply to RCPT TO command)\r\n",
    );
    let report = explain(&email);
    assert_eq!(recipients(&report), ["bob@example.net", "dave@example.org"]);
}

#[test]
fn labelled_replies_each_own_recipient() {
    // Each reply opens its own recipient's block when no recipient was
    // named above it.
    let email = "From: postmaster@example.com\r\nTo: alice@example.com\r\n\
                 Subject: Undeliverable: Quarterly figures\r\n\r\n\
                 Delivery has failed to these recipients.\r\n\r\n\
                 Error: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\r\n\
                 Error: 550 5.1.1 <carol@example.net>: Recipient address rejected: User unknown\r\n";
    let report = explain(email);
    assert_eq!(recipients(&report), ["bob@example.net", "carol@example.net"]);
}
