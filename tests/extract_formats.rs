//! Extraction from the bounce formats met in the field: one fixture per
//! kind of fault fixed, with documentation addresses only.

use crate::common;

use bounce_explainer::Reason;
use common::{only, run};

#[test]
fn exim_reason_without_code() {
    let text = "From: Mail Delivery System <Mailer-Daemon@example.net>\nTo: sender@example.com\n\
        Subject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: user@example.org\n\n\
        This message was created automatically by mail delivery software.\n\n\
        A message sent by\n\n  <other@example.com>\n\n\
        could not be delivered to one or more of its recipients. The following\naddress(es) failed:\n\n\
        \x20 user@example.org\n    retry timeout exceeded\n\n\
        ------ This is a copy of the message, including all the headers. ------\n\n\
        To: user@example.org\n";
    let extracted = run(text);
    let failure = only(&extracted);
    assert_eq!(extracted.mta, Some("exim"));
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failure.diagnostic, "retry timeout exceeded");
    assert_eq!(failure.reply, None);
}

#[test]
fn postfix_contact_address_skipped() {
    let text = "From: MAILER-DAEMON@example.net (Mail Delivery System)\nTo: sender@example.com\n\
        Subject: Undelivered Mail Returned to Sender\n\n\
        This is the Postfix program at host smtp.example.net.\n\n\
        For further assistance, please contact <support@example.net>\n\n\
        <user@example.org>: host\n    mx.example.org[192.0.2.22] said: 550\n    \
        <user@example.org>: User unknown (in reply to end of\n    DATA command)\n";
    let extracted = run(text);
    let failure = only(&extracted);
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failure.reply.as_deref(), Some("550"));
    assert_eq!(failure.command.as_deref(), Some("DATA"));
    assert_eq!(failure.diagnostic, "550 <user@example.org>: User unknown");
}

#[test]
fn notes_reason_before_address() {
    let text = "From: postmaster@example.net\nTo: sender@example.com\nSubject: Undeliverable message\n\n\
        ------- Failure Reasons  --------\n\nUser not listed in public Name & Address Book\nuser@example.org\n\n\
        ------- Returned Message --------\nTo: user@example.org\n";
    let extracted = run(text);
    let failure = only(&extracted);
    assert_eq!(extracted.mta, Some("notes"));
    assert_eq!(failure.diagnostic, "User not listed in public Name & Address Book");
}

#[test]
fn domino_reason_after_lead_in() {
    let text = "From: Postmaster@example.net\nTo: sender@example.com\nSubject: DELIVERY FAILURE: User x\n\n\
        Your message\n\n  Subject: Test\n\nwas not delivered to:\n\n  user@example.org\n\n\
        because:\n\n  User x (user@example.org) not listed in Domino Directory\n";
    let extracted = run(text);
    let failure = only(&extracted);
    assert_eq!(extracted.mta, Some("domino"));
    assert!(failure.diagnostic.contains("not listed in Domino Directory"), "{failure:?}");
}

#[test]
fn google_groups_failed_recipients_header() {
    let text = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: sender@example.com\n\
        Subject: Delivery Status Notification (Failure)\nX-Failed-Recipients: group@googlegroups.com\n\n\
        Hello sender@example.com,\n\nWe're writing to let you know that the group you tried to contact \
        (group) may not exist, or you may not have permission to post messages to the group.\n\n\
        Google Groups\n\n----- Original message -----\n\nTo: group@googlegroups.com\n";
    let extracted = run(text);
    let failure = only(&extracted);
    assert_eq!(extracted.mta, Some("googlegroups"));
    assert_eq!(failure.recipient.as_deref(), Some("group@googlegroups.com"));
    assert!(failure.diagnostic.contains("permission to post"), "{failure:?}");
}

#[test]
fn arf_one_failure_per_recipient() {
    let text =
        "From: fbl@example.net\nTo: abuse@example.com\nSubject: Abuse Report\nMIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=feedback-report; boundary=\"b\"\n\n\
        --b\nContent-Type: text/plain\n\nA complaint.\n\
        --b\nContent-Type: message/feedback-report\n\n\
        Feedback-Type: abuse\nUser-Agent: x/1.0\nVersion: 1\n\
        Original-Rcpt-To: a@example.org\nOriginal-Rcpt-To: b@example.org\n\
        --b\nContent-Type: message/rfc822\n\nTo: a@example.org\n\nhello\n--b--\n";
    let extracted = run(text);
    assert_eq!(extracted.mta, Some("feedback"));
    assert_eq!(extracted.failures.len(), 2);
    assert_eq!(extracted.failures[1].recipient.as_deref(), Some("b@example.org"));
    assert_eq!(extracted.failures[0].reason, Some(Reason::Feedback));
}

#[test]
fn jmrp_feedback() {
    let text = "From: staff@hotmail.com\nTo: abuse@example.com\nSubject: complaint about message from 192.0.2.1\n\n\
        X-HmXmrOriginalRecipient: a@example.org\nTo: a@example.org\n\nhello\n";
    let extracted = run(text);
    assert_eq!(only(&extracted).reason, Some(Reason::Feedback));
    assert_eq!(only(&extracted).recipient.as_deref(), Some("a@example.org"));
}

#[test]
fn amazon_ses_sns_bounce() {
    let text = "From: SES <no-reply@sns.amazonaws.com>\nTo: sender@example.com\nSubject: AWS Notification Message\n\n\
        {\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bouncedRecipients\":\
        [{\"emailAddress\":\"user@example.org\",\"action\":\"failed\",\"status\":\"5.1.1\",\"diagnosticCode\":\"smtp; 550 5.1.1 us\n \
        er unknown\"}]}}\n--\nIf you wish to stop receiving notifications ...\n";
    let extracted = run(text);
    let failure = only(&extracted);
    assert_eq!(extracted.mta, Some("amazonses"));
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failure.reply.as_deref(), Some("550"));
    assert_eq!(failure.diagnostic, "550 5.1.1 user unknown");
}

#[test]
fn auto_reply_is_vacation() {
    let text = "From: Person <person@example.org>\nTo: sender@example.com\nSubject: Automatic reply: hello\n\
        Auto-Submitted: auto-replied\n\nI am out of the office until Monday.\n";
    let extracted = run(text);
    assert_eq!(extracted.mta, Some("vacation"));
    assert_eq!(only(&extracted).reason, Some(Reason::Vacation));
    assert_eq!(only(&extracted).recipient.as_deref(), Some("person@example.org"));
}

#[test]
fn delay_notice_with_window() {
    let text = "From: Mail Delivery System <mailer-daemon@example.net>\nTo: sender@example.com\n\
        Subject: Warning: message 1abc-000 delayed 24 hours\n\n\
        This message was created automatically by mail delivery software.\n\
        A message that you sent has not yet been delivered to one or more of its\n\
        recipients after more than 24 hours on the queue on example.net.\n\n\
        The address to which the message has not yet been delivered is:\n\n\
        \x20 user@example.org\n    host mx.example.org [192.0.2.5]\n    \
        Delay reason: SMTP error from remote mail server after MAIL FROM:<sender@example.com> SIZE=1024:\n    \
        450 4.7.1 greylisted, try again later\n\n\
        No action is required on your part. Delivery attempts will continue for\nsome time.\n\
        It will be retried until it is 5 day(s) old.\n";
    let extracted = run(text);
    let failure = only(&extracted);
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failure.action.as_deref(), Some("delayed"));
    assert_eq!(failure.reply.as_deref(), Some("450"));
    assert_eq!(failure.command.as_deref(), Some("MAIL"));
    assert_eq!(failure.retry_window.as_deref(), Some("it is 5 day(s) old"));
}

#[test]
fn forwarded_quoted_bounce() {
    let text = "From: sender@example.com\nTo: admin@example.net\nSubject: Fwd: Returned mail\n\n\
        Begin forwarded message:\n\n\
        > From: Mail Delivery Subsystem <MAILER-DAEMON>\n> Message-Id: <1234@example.com>\n>\n\
        >    ----- The following addresses had permanent fatal errors -----\n> <user@example.org>\n\
        >     (reason: 550 5.1.1 <user@example.org>... User unknown)\n>\n\
        >    ----- Transcript of session follows -----\n>>>> DATA\n\
        > <<< 550 5.1.1 <user@example.org>... User unknown\n";
    let extracted = run(text);
    let failure = only(&extracted);
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failure.diagnostic, "550 5.1.1 <user@example.org>... User unknown");
}

#[test]
fn attached_bounce_read_inside() {
    let text = "From: MAILER-DAEMON@example.com\nTo: ops@example.com\nSubject: Returned mail\n\
        MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"outer\"\n\n\
        --outer\nContent-Type: text/plain\n\nThe following addresses had permanent delivery errors\n\n\
        --outer\nContent-Type: message/rfc822\n\n\
        From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>\nTo: sender@example.com\n\
        Subject: Returned mail: User unknown\nMIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"inner\"\n\n\
        --inner\nContent-Type: text/plain\n\nUser unknown.\n\
        --inner\nContent-Type: message/delivery-status\n\n\
        Reporting-MTA: dns; relay.example.com\n\nFinal-Recipient: RFC822; user@example.org\n\
        Action: failed\nStatus: 5.1.1\nDiagnostic-Code: SMTP; 550 5.1.1 <user@example.org>... User unknown\n\n\
        --inner--\n\n--outer--\n";
    let extracted = run(text);
    let failure = only(&extracted);
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failure.reply.as_deref(), Some("550"));
}

#[test]
fn reply_above_recipient_list() {
    let text = "From: postmaster@example.net\nTo: sender@example.com\nSubject: Undeliverable Mail: \"hello\"\n\n\
        Your message:\n   From:    sender@example.com\n   Subject: hello\n\n\
        Could not be delivered because of\n\n550 5.1.1 User unknown\n\n\
        The following recipients were affected: \n    user@example.org\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failure.reply.as_deref(), Some("550"));
    assert_eq!(failure.diagnostic, "550 5.1.1 User unknown");
}

#[test]
fn dsn_generic_status_gives_way() {
    let text = "From: MAILER-DAEMON@example.net\nTo: sender@example.com\nSubject: Undelivered Mail Returned to Sender\n\
        MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
        --b\nContent-Type: text/plain\n\nNot delivered.\n\
        --b\nContent-Type: message/delivery-status\n\n\
        Reporting-MTA: dns; example.net\n\nFinal-Recipient: rfc822; user@example.org\nAction: failed\n\
        Status: 5.0.0\nDiagnostic-Code: smtp; 550 5.7.1 Message rejected as spam\n\n--b--\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.status.as_deref(), Some("5.7.1"));
    assert_eq!(failure.diagnostic, "550 5.7.1 Message rejected as spam");
}

#[test]
fn exchange_reply_beats_prose_status() {
    let text = "From: Microsoft Outlook <postmaster@outlook.com>\nTo: sender@example.com\nSubject: Undeliverable: hello\n\n\
        Delivery has failed to these recipients or groups:\n\n\
        user@example.org<mailto:user@example.org>\nThe email address you entered couldn't be found. \
        For more tips to resolve this issue see DSN 5.1.1 in Exchange Online.\n\n\
        Diagnostic information for administrators:\n\nGenerating server: EXAMPLE.prod.outlook.com\n\n\
        user@example.org\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n\
        Original message headers:\n\nTo: user@example.org\n";
    let extracted = run(text);
    let failure = only(&extracted);
    assert_eq!(extracted.mta, Some("office365"));
    assert_eq!(failure.reply.as_deref(), Some("550"));
    assert_eq!(failure.diagnostic, "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found");
}

#[test]
fn postmaster_can_be_recipient() {
    let text = "From: postmaster@example.net\nTo: sender@example.com\nSubject: Returned mail: Service unavailable\n\n\
        \x20  ----- The following addresses had delivery problems -----\npostmaster@example.org\n\n\
        \x20  ----- Non-delivered information -----\nThe number of messages in recipient's mailbox exceeded the local limit.\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.recipient.as_deref(), Some("postmaster@example.org"));
}

#[test]
fn pipe_path_not_an_address() {
    let text = "From: Mail Delivery System <mailer-daemon@example.net>\nTo: sender@example.com\n\
        Subject: Mail delivery failed: returning message to sender\n\n\
        This message was created automatically by mail delivery software.\n\n\
        \x20 pipe to |/usr/local/bin/filter user@example.org /home/user/.filter\n    generated by user@example.org\n\n\
        The following text was generated during the delivery attempt:\n\n\
        Failed to read template /home/user/.filter/user@example.org: No such file or directory\n";
    let extracted = run(text);
    let failure = only(&extracted);
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
}

#[test]
fn transcript_failure_after_success() {
    let text = "From: MAILER-DAEMON@example.net (Mail Delivery System)\nTo: sender@example.com\n\
        Subject: Undelivered Mail Returned to Sender\n\n\
        <user@example.org>: host mx.example.org[192.0.2.1] said: 250 2.1.5 Ok In: DATA\n    \
        Out: 354 End data Out: 451 4.3.0 Error: queue file write error\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.reply.as_deref(), Some("451"));
    assert_eq!(failure.status.as_deref(), Some("4.3.0"));
}

#[test]
fn stated_reasons() {
    let groups = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: sender@example.com\n\
        Subject: Delivery Status Notification (Failure)\nX-Failed-Recipients: group@googlegroups.com\n\n\
        The group you tried to contact may not exist.\n\nGoogle Groups\n";
    assert_eq!(only(&run(groups)).reason, Some(Reason::Rejected));
    let expired = "From: Mailer Daemon <MAILER-DAEMON@example.net>\nTo: sender@example.com\n\
        Subject: Delivery status notification: error\n\n\
        An error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\n\
        user@example.org: Envelope expired\n\nBelow is a copy of the original message:\n";
    assert_eq!(only(&run(expired)).reason, Some(Reason::Expired));
    let cause = "From: Mail Delivery System <mailer-daemon@example.net>\nTo: sender@example.com\n\
        Subject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: user@example.org\n\n\
        The following address(es) failed:\n\n  save to /var/mail/user\n    generated by user@example.org\n    \
        mailbox is full: retry timeout exceeded\n";
    assert_eq!(only(&run(cause)).reason, None);
}

#[test]
fn exchange_hash_frame() {
    let text = "Your message did not reach some or all of the intended recipients.\n\n\
        The following recipient(s) cannot be reached:\n\n\
        \x20     user@example.org on 1/1/2024 10:00 AM\n\
        \x20           #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failure.diagnostic, "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found");
}

#[test]
fn dsn_retry_deadline() {
    let text = "From: postmaster@example.net\nTo: sender@example.com\nSubject: Delivery Status Notification (Delay)\n\
        MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
        --b\nContent-Type: text/plain\n\nDelivery is delayed.\n\
        --b\nContent-Type: message/delivery-status\n\n\
        Reporting-MTA: dns; example.net\n\nFinal-Recipient: rfc822; user@example.org\nAction: delayed\n\
        Status: 4.4.7\nWill-Retry-Until: Fri, 30 Jan 2015 21:28:58 -0800\n\n--b--\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.action.as_deref(), Some("delayed"));
    assert_eq!(failure.retry_window.as_deref(), Some("until Fri, 30 Jan 2015 21:28:58 -0800"));
}

#[test]
fn success_actions_are_delivered() {
    for action in ["delivered", "relayed", "expanded"] {
        let text = format!(
            "From: postmaster@example.net\nTo: sender@example.com\nSubject: Delivery Status Notification (Relay)\n\
             MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
             --b\nContent-Type: text/plain\n\nYour message was handed on.\n\
             --b\nContent-Type: message/delivery-status\n\n\
             Reporting-MTA: dns; example.net\n\nFinal-Recipient: rfc822; user@example.org\nAction: {action}\n\
             Status: 2.0.0\n\n--b--\n"
        );
        let extracted = run(&text);
        assert_eq!(only(&extracted).reason, Some(Reason::Delivered), "{action}");
    }
}

#[test]
fn postfix_local_delivery_x_unix() {
    let text = "From: MAILER-DAEMON@example.net (Mail Delivery System)\nTo: sender@example.com\n\
        Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\n\
        --B1\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n\
        This is the mail system at host example.net.\n\n\
        <user@example.net>: temporary failure\n\n\
        --B1\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n\
        Reporting-MTA: dns; example.net\n\n\
        Final-Recipient: rfc822; user@example.net\nAction: failed\nStatus: 4.3.0\n\
        Diagnostic-Code: x-unix; temporary failure\n\n--B1--\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.diagnostic_type.as_deref(), Some("x-unix"));
    let report = bounce_explainer::explain(text);
    assert_eq!(report.recipients[0].reason, Reason::MailerError);
}

#[test]
fn sendmail_local_mailer_report() {
    let text = "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\nTo: <sender@example.com>\n\
        Subject: Returned mail: Service unavailable\n\n\
        \x20  ----- The following addresses had permanent fatal errors -----\n<user@example.net>\n\n\
        \x20  ----- Transcript of session follows -----\n\
        mail.local: unknown user: user\n\
        554 <user@example.net>... Service unavailable\n\n";
    let failure = only(&run(text)).clone();
    assert!(
        failure.diagnostic.starts_with("mail.local: unknown user: user"),
        "{}",
        failure.diagnostic
    );
    assert_eq!(failure.diagnostic_type.as_deref(), Some("x-unix"));
    let report = bounce_explainer::explain(text);
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
}

#[test]
fn qmail_sender_rejected_stage() {
    let text = "From: MAILER-DAEMON@example.jp\nTo: sender@example.jp\nSubject: failure notice\n\n\
        Hi. This is the qmail-send program at example.jp.\n\
        I'm afraid I wasn't able to deliver your message to the following addresses.\n\
        This is a permanent error; I've given up. Sorry it didn't work out.\n\n\
        <user@example.org>:\nConnected to 192.0.2.225 but sender was rejected.\n\
        Remote host said: 550 5.7.1 <sender@example.jp>... Access denied\n\n\
        --- Below this line is a copy of the message.\n\nSubject: hi\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.command.as_deref(), Some("MAIL"));
    let report = bounce_explainer::explain(text);
    assert_eq!(report.recipients[0].reason, Reason::Rejected);
}

#[test]
fn dmarc_failure_report_is_not_a_complaint() {
    let report = |feedback_type: &str| {
        format!(
            "From: dmarc@mx.example.org\nTo: dmarc-reports@example.com\nSubject: DMARC failure report\n\
             MIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report; boundary=\"b\"\n\n\
             --b\nContent-Type: text/plain\n\nAn email failed authentication.\n\n\
             --b\nContent-Type: message/feedback-report\n\n\
             Feedback-Type: {feedback_type}\nUser-Agent: example/1.0\nVersion: 1\nAuth-Failure: dmarc\n\
             Source-IP: 198.51.100.60\nReported-Domain: example.com\n\n\
             --b\nContent-Type: text/rfc822-headers\n\nFrom: alice@example.com\nTo: carol@example.net\n\n--b--\n"
        )
    };
    let auth = bounce_explainer::explain(&report("auth-failure"));
    let entry = &auth.recipients[0].explanation;
    assert_eq!(entry.entry, "reason/feedback-auth-failure");
    assert!(!entry.steps.iter().any(|s| s.contains("remove it from your")), "{:?}", entry.steps);
    let abuse = bounce_explainer::explain(&report("abuse"));
    assert_eq!(abuse.recipients[0].explanation.entry, "reason/feedback");
}
