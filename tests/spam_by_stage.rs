//! Spam named only as the cause of a refusal ("Message rejected due to
//! spam") is a verdict on the message in reply to DATA, because by then
//! the receiver has read it. Before DATA the same words refuse the sender
//! for spam seen earlier, a block. With no command known they do not decide. Also covers the Mimecast spam
//! signature, QQ Mail's "Suspected spam ip" and the X.7.1 code's own
//! title, "Delivery not authorized, message refused".

use bounce_explainer::{explain, Reason};

fn recipient_of(text: &str) -> bounce_explainer::Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}");
    report.recipients[0].clone()
}

fn postfix_line(reply: &str, command: &str) -> String {
    format!(
        "<bob@example.net>: host mx.example.net[198.51.100.7] said: {reply} (in reply to \
         {command} command)\n"
    )
}

fn exim_after_data(reply: &str) -> String {
    format!(
        "This message was created automatically by mail delivery software.\n\n\
         A message that you sent could not be delivered to one or more of its\n\
         recipients. This is a permanent error. The following address(es) failed:\n\n  \
         bob@example.net\n    host mx.example.net [198.51.100.7]\n    \
         SMTP error from remote mail server after end of data:\n    {reply}\n"
    )
}

fn sendmail_after_data(reply: &str) -> String {
    format!(
        "----- Transcript of session follows -----\n\
         ... while talking to mx.example.net.:\n>>> DATA\n<<< 354 Go ahead\n>>> .\n\
         <<< {reply}\n554 5.0.0 Service unavailable\n"
    )
}

fn dsn_only(reply: &str) -> String {
    format!(
        "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; bob@example.net\n\
         Action: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; {reply}\n"
    )
}

/// Refusals that name spam only as the cause.
const SPAM_AS_CAUSE: &[&str] = &[
    "554 5.7.1 Message rejected due to spam",
    "550 5.7.1 Rejected as spam",
    "554 5.7.1 Message refused: spam",
    "550 5.7.1 Message blocked for spam content",
    "550 5.7.1 Mail rejected because of spam",
];

#[test]
fn spam_cause_after_data_is_verdict() {
    for reply in SPAM_AS_CAUSE {
        let layouts = [
            postfix_line(reply, "end of DATA"),
            exim_after_data(reply),
            sendmail_after_data(reply),
        ];
        for text in layouts {
            let r = recipient_of(&text);
            assert_eq!(r.smtp_command.as_deref(), Some("DATA"), "{text}");
            assert_eq!(r.reason, Reason::SpamDetected, "{text}");
        }
    }
}

#[test]
fn spam_cause_before_data_is_block() {
    let replies = [
        "554 5.7.1 Message rejected due to spam",
        "550 5.7.1 Rejected as spam",
        "550 5.7.1 Blocked due to spam",
        "554 5.7.1 Sender blocked for spam",
    ];
    for reply in replies {
        for command in ["RCPT TO", "MAIL FROM"] {
            let text = postfix_line(reply, command);
            assert_eq!(recipient_of(&text).reason, Reason::Blocked, "{text}");
        }
    }
}

/// An explicit verdict phrase before DATA keeps reading as spam, as the
/// receiver's own words state one.
#[test]
fn spam_verdict_before_data_kept() {
    let reply = "550 5.7.0 <bob@example.net>: Recipient address rejected: Spam detected";
    let text = postfix_line(reply, "RCPT TO");
    assert_eq!(recipient_of(&text).reason, Reason::SpamDetected, "{text}");
}

/// A blocked sending IP stays a block, even in reply to DATA.
#[test]
fn blocked_ip_due_to_spam_stays_block() {
    let reply = "550 5.7.1 Your IP 203.0.113.9 is blocked due to spam";
    for command in ["RCPT TO", "end of DATA"] {
        let text = postfix_line(reply, command);
        assert_eq!(recipient_of(&text).reason, Reason::Blocked, "{text}");
    }
}

/// A DSN with only a Diagnostic-Code gives no command, so the stage is
/// unknown. The words could then mean a block of the sending IP as well
/// as a content verdict, so they do not decide and the X.7.1 code reads
/// as a security refusal.
#[test]
fn spam_cause_unknown_stage_keeps_code() {
    let text = dsn_only("554 5.7.1 Message rejected due to spam");
    let r = recipient_of(&text);
    assert_eq!(r.smtp_command, None, "{text}");
    assert_eq!(r.reason, Reason::SecurityError, "{text}");
}

#[test]
fn denied_spam_cause_no_verdict() {
    let text =
        postfix_line("550 5.7.1 Message rejected: not spam, but no such user here", "end of DATA");
    assert_ne!(recipient_of(&text).reason, Reason::SpamDetected, "{text}");
}

#[test]
fn mimecast_spam_signature_any_host() {
    let replies = [
        "550 5.7.1 [MCSpamSignature.sa.12.3] Rejected",
        "554 Email rejected due to security policies - MCSpamSignature.sa.2.2",
    ];
    for reply in replies {
        for host in ["mx.example.net", "us-smtp-inbound-1.mimecast.com"] {
            let text = format!(
                "<bob@example.net>: host {host}[198.51.100.7] said: {reply} (in reply to end \
                 of DATA command)\n"
            );
            assert_eq!(recipient_of(&text).reason, Reason::SpamDetected, "{text}");
        }
    }
}

#[test]
fn suspected_spam_ip_is_block() {
    let replies = [
        "550 Suspected spam ip",
        "550 Suspected spam IP, please try again later",
        "554 5.7.1 Known spam IP 203.0.113.9",
    ];
    for reply in replies {
        let text = postfix_line(reply, "RCPT TO");
        assert_eq!(recipient_of(&text).reason, Reason::Blocked, "{text}");
    }
}

/// "Delivery not authorized, message refused" is the X.7.1 code's title in
/// RFC 3463. It does not single out the envelope sender, so it reads the
/// same under 550 and 554 and at every stage.
#[test]
fn x71_title_same_under_550_554() {
    for code in ["550", "554"] {
        let reply = format!("{code} 5.7.1 Delivery not authorized, message refused");
        for command in ["RCPT TO", "end of DATA", "MAIL FROM"] {
            let text = postfix_line(&reply, command);
            assert_eq!(recipient_of(&text).reason, Reason::SecurityError, "{text}");
        }
        let text = format!("{code} Delivery not authorized, message refused\n");
        assert_eq!(recipient_of(&text).reason, Reason::SecurityError, "{text}");
    }
}
