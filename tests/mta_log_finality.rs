//! A pasted MTA log excerpt for one queue ID ends in the line that states
//! its final state: Postfix's qmgr `status=expired, returned to sender`,
//! Sendmail's `DSN: Cannot send message for 5 days`, Exim's `**` after
//! its `==` lines. A recipient deferred earlier and returned later failed
//! for good. Each Sendmail line is a record that ends at its newline, so
//! one line's `stat=` text never takes in the next record.

use crate::cards;

use bounce_explainer::{explain, Reason};
use cards::{by_address, only};

const POSTFIX_EXPIRED: &str = include_str!("fixtures/mta_logs/postfix-expired-returned.txt");
const POSTFIX_MIXED: &str = include_str!("fixtures/mta_logs/postfix-mixed-expired.txt");
const SENDMAIL_DEFERRALS: &str = include_str!("fixtures/mta_logs/sendmail-two-deferrals.txt");
const SENDMAIL_RETURNED: &str = include_str!("fixtures/mta_logs/sendmail-returned.txt");

#[test]
fn postfix_expiry_line_is_final() {
    let bob = only(POSTFIX_EXPIRED);
    assert_eq!(bob.action, "failed");
    assert_eq!(bob.reason, Reason::Expired);
    assert!(!bob.retrying);
    // The last attempt's reply still states why.
    assert_eq!(bob.reply.as_deref(), Some("450"));
    assert_eq!(bob.sender_ip.as_deref(), Some("203.0.113.45"));
}

#[test]
fn postfix_expiry_spares_other_queue_ids() {
    let report = explain(POSTFIX_MIXED);
    assert_eq!(report.recipients.len(), 3, "{report:#?}");
    let bob = by_address(&report.recipients, "bob@example.net");
    assert_eq!(bob.action, "failed");
    assert_eq!(bob.reason, Reason::Expired);
    let carol = by_address(&report.recipients, "carol@example.com");
    assert_eq!(carol.reason, Reason::UserUnknown);
    let dave = by_address(&report.recipients, "dave@example.org");
    assert_eq!(dave.action, "delivered");
}

// The expiry line must come after the deferral: a deferral logged after
// an earlier expiry line of another message with a reused queue ID is
// still pending.
#[test]
fn postfix_deferral_after_expiry_stays_delayed() {
    let mut lines: Vec<&str> = POSTFIX_EXPIRED.lines().collect();
    let expiry = lines.iter().position(|l| l.contains("status=expired")).expect("expiry line");
    let line = lines.remove(expiry);
    lines.insert(0, line);
    let log = lines.join("\n");
    let bob = only(&log);
    assert_eq!(bob.action, "delayed", "{log}");
    assert!(bob.retrying);
}

#[test]
fn sendmail_stat_ends_at_line_end() {
    let bob = only(SENDMAIL_DEFERRALS);
    assert_eq!(bob.diagnostic, "451 4.7.1 Please try again later");
    assert_eq!(bob.reply.as_deref(), Some("451"));
    assert_eq!(bob.status.as_deref(), Some("4.7.1"));
    assert_eq!(bob.action, "delayed");
    assert_ne!(bob.reason, Reason::Blocked);
    assert!(bob.blocklists.is_empty());
    assert_eq!(bob.sender_ip, None);
    assert!(bob.retrying);
}

#[test]
fn sendmail_return_line_is_final() {
    let report = explain(SENDMAIL_RETURNED);
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    let bob = by_address(&report.recipients, "bob@example.net");
    assert_eq!(bob.action, "failed");
    assert_eq!(bob.reason, Reason::Expired);
    assert!(!bob.retrying);
    assert_eq!(bob.diagnostic, "451 4.7.1 Please try again later");
    let carol = by_address(&report.recipients, "carol@example.com");
    assert_eq!(carol.action, "failed");
    assert_eq!(carol.reason, Reason::UserUnknown);
    assert_eq!(carol.status.as_deref(), Some("5.1.1"));
    assert_eq!(carol.diagnostic, "User unknown");
}

// Sendmail's delay warning is no return: the message stays queued.
#[test]
fn sendmail_warning_line_not_final() {
    let log = format!(
        "{SENDMAIL_DEFERRALS}Jan  1 14:00:01 mail sm-mta[2234]: 401A0000012345: \
         401A0000012346: DSN: Warning: could not send message for past 4 hours\n"
    );
    let bob = only(&log);
    assert_eq!(bob.action, "delayed");
    assert!(bob.retrying);
}

#[test]
fn sendmail_sent_line_is_delivered() {
    let log = "Jan  1 10:00:01 mail sendmail[1236]: 401A0000012348: to=<dave@example.org>, \
        delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120000, \
        relay=mx.example.org. [198.51.100.22], dsn=2.0.0, stat=Sent (Ok: queued as 12345)\n";
    let dave = only(log);
    assert_eq!(dave.action, "delivered");
    assert_eq!(dave.status.as_deref(), Some("2.0.0"));
}

// Exim follows the same rule: a `**` line after `==` lines for the same
// address is the final state.
#[test]
fn exim_failed_after_deferral_is_final() {
    let log = "2024-01-01 10:00:01 1abcDE-0001xy-AB == bob@example.net R=dnslookup \
        T=remote_smtp defer (-45) H=mx.example.net [198.51.100.20]: SMTP error from remote \
        mail server after RCPT TO:<bob@example.net>: 451 4.7.1 Greylisted, please try again \
        later\n\
        2024-01-05 10:00:01 1abcDE-0001xy-AB ** bob@example.net: retry timeout exceeded\n";
    let bob = only(log);
    assert_eq!(bob.action, "failed");
    assert_eq!(bob.reason, Reason::Expired);
    assert!(!bob.retrying);
}
