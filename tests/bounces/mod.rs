//! Bounce emails for tests, in the layouts the MTAs write them. A test
//! file that declares `mod bounces;` uses them.

/// Exim's text above the failed addresses, the same for every bounce.
const EXIM_PREAMBLE: &str = "This message was created automatically by mail delivery software.\n\
     \n\
     A message that you sent could not be delivered to one or more of its\n\
     recipients. This is a permanent error. The following address(es) failed:\n";

/// Builds Exim's bounce email, as cPanel's servers send it too, whose
/// list of failed addresses is `blocks`: each address indented two
/// spaces, its reason lines below it indented four.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn exim_failed(blocks: &str) -> String {
    format!(
        "From: Mail Delivery System <Mailer-Daemon@server1.example.com>\n\
         To: alice@example.com\n\
         Subject: Mail delivery failed: returning message to sender\n\
         \n\
         {EXIM_PREAMBLE}\n\
         {blocks}\n"
    )
}

/// Builds Exim's bounce for carol@example.net after an SMTP error, whose
/// last line is `reply`, the receiver's statement as Exim indents it.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn exim_smtp_error(reply: &str) -> String {
    format!(
        "Return-path: <>\n\
         Received: from Debian-exim by mail.example.com with local (Exim 4.96)\n\
         \tid 1tAbCd-000123-4X; Wed, 11 Mar 2026 10:00:05 +0000\n\
         From: Mail Delivery System <Mailer-Daemon@mail.example.com>\n\
         To: alice@example.com\n\
         Subject: Mail delivery failed: returning message to sender\n\
         Date: Wed, 11 Mar 2026 10:00:05 +0000\n\
         \n\
         {EXIM_PREAMBLE}\n\
         \x20 carol@example.net\n\
         \x20   host mx.example.net [198.51.100.21]\n\
         \x20   SMTP error from remote mail server after RCPT TO:<carol@example.net>:\n\
         {reply}\n"
    )
}

/// Builds Postfix's bounce email with its own header, carrying the
/// delivery records in `records`.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn postfix_email(id: &str, records: &str) -> String {
    format!(
        "Return-Path: <>\n\
         From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         Message-ID: <{id}@mail.example.com>\n\
         \n\
         This is the mail system at host mail.example.com.\n\
         \n\
         {records}\n"
    )
}

/// Builds Postfix's multipart/report bounce: `text` above the
/// attachments, then a delivery-status part for `recipient` with Action
/// failed, `status` and an X-Postfix `diagnostic`.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn postfix_report(text: &str, recipient: &str, status: &str, diagnostic: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         Date: Sat, 5 Dec 2026 10:00:00 +0000\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\n\
         --B1\n\
         Content-Type: text/plain; charset=us-ascii\n\n\
         This is the mail system at host mail.example.com.\n\n{text}\n\
         --B1\n\
         Content-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; mail.example.com\n\n\
         Final-Recipient: rfc822; {recipient}\n\
         Action: failed\n\
         Status: {status}\n\
         Diagnostic-Code: X-Postfix; {diagnostic}\n\n\
         --B1--\n"
    )
}

/// Builds Gmail's delivery status notification for bob@example.net, sent
/// to alice@gmail.com, whose Remote-MTA `remote_mta` replied `reply` and
/// whose DSN gives `status`.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn gmail_dsn(status: &str, remote_mta: &str, reply: &str) -> String {
    format!(
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\
         To: alice@gmail.com\n\
         Subject: Delivery Status Notification (Failure)\n\
         Auto-Submitted: auto-replied\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"g1\"\n\n\
         --g1\n\
         Content-Type: text/plain; charset=UTF-8\n\n\
         ** Message not delivered **\n\n\
         There was a problem delivering your message to bob@example.net.\n\n\
         The response from the remote server was:\n\n\
         {reply}\n\n\
         --g1\n\
         Content-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; googlemail.com\n\n\
         Final-Recipient: rfc822; bob@example.net\n\
         Action: failed\n\
         Status: {status}\n\
         Remote-MTA: dns; {remote_mta}. (198.51.100.20, the server for the domain example.net.)\n\
         Diagnostic-Code: smtp; {reply}\n\n\
         --g1--\n"
    )
}
