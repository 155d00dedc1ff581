//! A Postfix delay notice and a one-card check, shared by the tests of
//! delay notices.

use bounce_explainer::{explain, Recipient};

/// Builds a Postfix delay DSN for a recipient whose server deferred with
/// `reply`, under the DSN status `status`.
pub fn postfix_delay(status: &str, reply: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
         To: alex@example.com\n\
         Subject: Delayed Mail (still being retried)\n\
         Date: Sat, 5 Dec 2026 15:12:00 +0000\n\
         Message-ID: <delay2@mail.example.com>\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b2\"\n\n\
         --b2\n\
         Content-Type: text/plain; charset=us-ascii\n\n\
         This is the mail system at host mail.example.com.\n\n\
         ####################################################################\n\
         # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\
         ####################################################################\n\n\
         Your message could not be delivered for more than 4 hour(s).\n\
         It will be retried until it is 5 day(s) old.\n\n\
         <ann@example.net>: host mx1.example.net[198.51.100.25] said: {reply} (in reply to RCPT TO command)\n\n\
         --b2\n\
         Content-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; mail.example.com\n\
         X-Postfix-Queue-ID: 4AB12C0DE\n\
         Arrival-Date: Sat,  5 Dec 2026 11:02:00 +0000 (UTC)\n\n\
         Final-Recipient: rfc822; ann@example.net\n\
         Original-Recipient: rfc822;ann@example.net\n\
         Action: delayed\n\
         Status: {status}\n\
         Remote-MTA: dns; mx1.example.net\n\
         Diagnostic-Code: smtp; {reply}\n\
         Will-Retry-Until: Thu, 10 Dec 2026 11:02:00 +0000 (UTC)\n\n\
         --b2--\n"
    )
}

pub fn only_card(text: &str) -> Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "one card expected: {report:#?}");
    report.recipients.into_iter().next().expect("length checked above")
}
