//! An unknown-user reply without a 5.1.x code reads the same on every
//! path: pasted alone, in a Postfix bounce that names RCPT TO, in a
//! DSN-only bounce whose Diagnostic-Code names no SMTP command, and in a
//! Microsoft 365 NDR. A bounce that names no command does not show that
//! the address passed RCPT, so the reply's own words (the address does
//! not exist) decide the card: you check the address. The reason field
//! keeps Sisimai's name there (`filtered`), except for Outlook.com's own
//! code, which names an unknown user by itself.
//! Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

/// Replies that state an unknown address without an addressing code:
/// cPanel's, RFC 5321's own text for 550, Yandex's and Outlook.com's.
const REPLIES: &[&str] = &[
    "550 No Such User Here",
    "550 Requested action not taken: mailbox unavailable",
    "550 5.7.1 No such user!",
    "550 <bob@example.net>: User unknown",
    "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). \
     [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]",
];

/// Returns the status a DSN gives with `reply`: its own, else the class.
fn status_of(reply: &str) -> &str {
    match reply.split_whitespace().nth(1) {
        Some(code) if code.split('.').count() == 3 => code,
        _ => "5.0.0",
    }
}

/// Builds a Postfix bounce whose text names the command.
fn postfix_bounce(reply: &str, command: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         Auto-Submitted: auto-replied\n\n\
         This is the mail system at host mail.example.com.\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients. It's attached below.\n\n\
         \x20                  The mail system\n\n\
         <bob@example.net>: host mx.example.net[198.51.100.20] said: {reply} (in reply to \
         {command} command)\n"
    )
}

/// Builds a bounce of `header` lines, a text part of `text`, and a
/// delivery-status part that names no SMTP command beside `reply`.
fn report_with_dsn(header: &str, text: &str, reply: &str) -> String {
    format!(
        "{header}\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n\
         --b1\n\
         Content-Type: text/plain; charset=us-ascii\n\n\
         {text}\n\n\
         --b1\n\
         Content-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; mail.example.com\n\n\
         Final-Recipient: rfc822; bob@example.net\n\
         Action: failed\n\
         Status: {}\n\
         Remote-MTA: dns; mx.example.net\n\
         Diagnostic-Code: smtp; {reply}\n\n\
         --b1--\n",
        status_of(reply)
    )
}

/// Builds a bounce with only a delivery-status part, as a relay that
/// copies the receiver's reply into Diagnostic-Code writes it.
fn dsn_only(reply: &str) -> String {
    let header = "From: postmaster@example.com\n\
                  To: alice@example.com\n\
                  Subject: Delivery Status Notification (Failure)";
    report_with_dsn(header, "Your message could not be delivered.", reply)
}

/// Builds a Microsoft 365 NDR whose error is `reply`.
fn m365_ndr(reply: &str) -> String {
    let header = "From: Microsoft Outlook <postmaster@example.com>\n\
                  To: alice@example.com\n\
                  Subject: Undeliverable: Quarterly figures\n\
                  X-MS-Exchange-Message-Is-Ndr:";
    let text = format!(
        "Your message to bob@example.net couldn't be delivered.\n\
         The recipient's email system rejected your message.\n\n\
         Error Details\n\
         Error:   {reply}\n\
         Message rejected by:     mx.example.net"
    );
    report_with_dsn(header, &text, reply)
}

#[test]
fn unknown_user_same_on_paths() {
    for reply in REPLIES {
        let bare = only(reply);
        assert_eq!(bare.explanation.who_acts, Actor::You, "{reply}: {bare:#?}");
        let paths = [postfix_bounce(reply, "RCPT TO"), dsn_only(reply), m365_ndr(reply)];
        for text in paths {
            let card = only(&text);
            let explanation = &card.explanation;
            assert_eq!(explanation.entry, bare.explanation.entry, "{text}");
            assert_eq!(explanation.what, bare.explanation.what, "{text}");
            assert_eq!(explanation.steps, bare.explanation.steps, "{text}");
            assert_eq!(explanation.who_acts, Actor::You, "{text}");
            assert!(card.permanent, "{text}");
        }
    }
}

#[test]
fn outlook_mailbox_unavailable_is_userunknown() {
    let reply = REPLIES[4];
    for text in [reply.to_string(), dsn_only(reply), m365_ndr(reply)] {
        let card = only(&text);
        assert_eq!(card.reason, Reason::UserUnknown, "{text}");
        assert_eq!(card.explanation.entry, "microsoft/recipient-not-found", "{text}");
    }
}

#[test]
fn unknown_user_after_data_stays_filter() {
    let card = only(&postfix_bounce("550 Unknown user", "end of DATA"));
    assert_eq!(card.reason, Reason::Filtered, "{card:#?}");
    assert_eq!(card.explanation.entry, "reason/filtered", "{card:#?}");
}
