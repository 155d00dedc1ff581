//! A bounce that states how long the sending server tried gets that
//! period in its explanation, in a readable unit when it is large, and
//! never a guessed period such as "several days". Without a stated
//! period, an entry may name several days only as the typical default.

use bounce_explainer::{explain, Reason, Recipient};

/// Joins what, why, steps and retry advice into one text to search.
fn card(r: &Recipient) -> String {
    let e = &r.explanation;
    format!("{} {} {} {}", e.what, e.why, e.steps.join(" "), e.retry)
}

fn recipient(text: &str, address: &str) -> Recipient {
    explain(text)
        .recipients
        .into_iter()
        .find(|r| r.recipient.as_deref() == Some(address))
        .unwrap_or_else(|| panic!("no recipient {address} in: {text}"))
}

fn ses_dsn(diagnostic: &str) -> String {
    format!(
        "From: MAILER-DAEMON@amazonses.com\nTo: sender@example.com\n\
         Subject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\n\
         --B1\nContent-Type: text/plain; charset=UTF-8\n\n\
         An error occurred while trying to deliver the mail to the following recipients:\n\
         dana@example.org\n\n\
         --B1\nContent-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; a1-2.smtp-out.amazonses.com\n\n\
         Action: failed\nFinal-Recipient: rfc822; dana@example.org\n\
         Diagnostic-Code: smtp; {diagnostic}\nStatus: 4.4.7\n\n--B1--\n"
    )
}

/// Asserts that the card states `period` and no guessed period.
fn states_period(r: &Recipient, period: &str) {
    let text = card(r);
    assert!(text.contains(period), "{period} missing from: {text}");
    assert!(!text.contains("several days"), "{text}");
}

#[test]
fn ses_minutes_shown_in_hours() {
    let text = ses_dsn(
        "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Unable to \
         connect to remote host: Connection timed out>",
    );
    let r = recipient(&text, "dana@example.org");
    assert_eq!(r.reason, Reason::Expired);
    states_period(&r, "840 minutes (14 hours)");
}

#[test]
fn stated_periods_in_other_units() {
    for (diagnostic, period) in [
        ("554 4.4.7 Message expired: unable to deliver in 2880 minutes.", "2880 minutes (2 days)"),
        ("554 4.4.7 Message expired: unable to deliver in 90 minutes.", "90 minutes"),
        ("554 4.4.7 Message expired: delivery failed after 48 hours", "48 hours (2 days)"),
        ("554 4.4.7 Message expired: unable to deliver in 3 days", "3 days"),
    ] {
        let r = recipient(&ses_dsn(diagnostic), "dana@example.org");
        assert_eq!(r.reason, Reason::Expired, "{diagnostic}");
        states_period(&r, period);
    }
}

#[test]
fn sendmail_and_dragonfly_queue_timeouts() {
    let sendmail = "From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>\n\
         To: sender@example.com\nSubject: Returned mail: Cannot send message for 4 days\n\n   \
         ----- Transcript of session follows -----\n\
         421 example.net (smtp)... Deferred: Connection timed out with example.net\n   \
         ----- Unsent message follows -----\nTo: erin@example.net\nSubject: Hello\n\nHi\n";
    let dragonfly = "From: MAILER-DAEMON@mail.example.com\nTo: sender@example.com\n\
         Subject: Mail delivery failed\n\n\
         There was an error delivering your mail to <erin@example.net>.\n\n\
         Could not deliver for the last 432000 seconds. Giving up.\n\n\
         Message headers follow.\n";
    for (text, period) in [(sendmail, "4 days"), (dragonfly, "432000 seconds (5 days)")] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}");
        let r = &report.recipients[0];
        assert_eq!(r.reason, Reason::Expired, "{text}");
        states_period(r, period);
    }
}

#[test]
fn unstated_period_is_only_typical() {
    let postfix = "This is the mail system at host mail.example.com.\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients. It's attached below.\n\n\
         <bob@example.net>: delivery temporarily suspended: connect to\n    \
         mx.example.net[198.51.100.20]:25: Connection timed out\n";
    let qmail = "<bob@example.net>:\n198.51.100.7 does not like recipient.\n\
         Remote host said: 451 4.4.1 timeout\n\
         I'm not going to try again; this message has been in the queue too long.\n";
    let exim = "This message was created automatically by mail delivery software.\n\n\
         A message that you sent could not be delivered to one or more of its\n\
         recipients. This is a permanent error. The following address(es) failed:\n\n  \
         bob@example.net\n    retry timeout exceeded\n";
    for text in [postfix, qmail, exim] {
        let r = recipient(text, "bob@example.net");
        assert_eq!(r.reason, Reason::Expired, "{text}");
        let card = card(&r);
        assert!(card.contains("several days"), "{card}");
        for (at, _) in card.match_indices("several days") {
            assert!(card[..at].ends_with("typically "), "{card}");
        }
    }
}

#[test]
fn delay_window_replaces_typical_period() {
    let text = "From: MAILER-DAEMON@mail.example.com\nTo: sender@example.com\n\
         Subject: Delivery Status Notification (Delay)\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B2\"\n\n\
         --B2\nContent-Type: text/plain\n\n\
         Delivery to fay@example.net is delayed. Delivery attempts will continue for 2 days.\n\n\
         --B2\nContent-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; mail.example.com\n\n\
         Action: delayed\nFinal-Recipient: rfc822; fay@example.net\n\
         Diagnostic-Code: smtp; 421 4.4.1 Connection timed out\nStatus: 4.4.1\n\n--B2--\n";
    let r = recipient(text, "fay@example.net");
    assert_eq!(r.action, "delayed");
    let card = card(&r);
    assert!(card.contains("2 days"), "{card}");
    assert!(!card.contains("several days"), "{card}");
}
