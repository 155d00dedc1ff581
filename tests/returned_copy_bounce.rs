//! A bounce whose returned copy contains an earlier bounce, forwarded
//! inline or attached, reports only its own failure. The returned copy is
//! the message that failed, not a further bounce, so its text neither adds
//! a card nor replaces the bounce's own reply.

use bounce_explainer::{explain, Actor, Reason, Report};

const QMAIL: &str = include_str!("fixtures/returned/qmail-returned-fwd-bounce.eml");
const EXIM: &str = include_str!("fixtures/returned/exim-returned-fwd-bounce.eml");
const POSTFIX_PASTED: &str = include_str!("fixtures/returned/postfix-pasted-returned-bounce.txt");

const SERIES_NOTE: &str = "bounce messages, pasted or forwarded one after another";

/// Asserts that `report` has one card, for bob@example.net's unknown
/// address, with bob's own reply and the sender to act.
fn assert_only_bob(report: &Report) {
    let addresses: Vec<_> =
        report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect();
    assert_eq!(addresses, ["bob@example.net"]);
    let bob = &report.recipients[0];
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert_eq!(bob.reply.as_deref(), Some("550"));
    assert_eq!(bob.status.as_deref(), Some("5.1.1"));
    assert_eq!(bob.explanation.who_acts, Actor::You);
    assert_eq!(bob.sender_ip, None);
    assert!(report.notes.iter().all(|n| !n.message.contains(SERIES_NOTE)), "{:?}", report.notes);
}

#[test]
fn qmail_copy_with_forwarded_bounce() {
    assert_only_bob(&explain(QMAIL));
}

#[test]
fn exim_copy_with_forwarded_bounce() {
    assert_only_bob(&explain(EXIM));
}

#[test]
fn pasted_report_with_attached_bounce() {
    assert_only_bob(&explain(POSTFIX_PASTED));
}

/// The same returned copies behind the other forward markers mail
/// programs write, and behind other MTAs' copy markers.
#[test]
fn other_markers_with_forwarded_bounce() {
    let forward_markers = [
        "-------- Forwarded Message --------",
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "-----Original Message-----",
    ];
    for marker in forward_markers {
        let qmail = QMAIL.replace("-------- Forwarded Message --------", marker);
        assert_only_bob(&explain(&qmail));
        let exim = EXIM.replace("---------- Forwarded message ---------", marker);
        assert_only_bob(&explain(&exim));
    }
    let copy_markers = [
        "------ This is a copy of the message, including all the headers. ------",
        "--- Below this line is a copy of the message.",
    ];
    for marker in copy_markers {
        let qmail = QMAIL.replace("--- Below this line is a copy of the message.", marker);
        assert_only_bob(&explain(&qmail));
    }
}

/// A bounce's returned copy followed by a second raw bounce pasted below
/// it, opening with the null sender, is still a series of two.
#[test]
fn raw_bounce_after_returned_copy() {
    let second = "Return-Path: <>\n\
                  From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
                  To: alice@example.com\n\
                  Subject: Undelivered Mail Returned to Sender\n\
                  \n\
                  This is the mail system at host mail.example.com.\n\
                  \n\
                  <dave@example.com>: host mx.example.com[198.51.100.30] said: 552 5.2.2\n    \
                  Mailbox full (in reply to RCPT TO command)\n";
    let text = format!("{EXIM}\n{second}");
    let report = explain(&text);
    let addresses: Vec<_> =
        report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect();
    assert_eq!(addresses, ["bob@example.net", "dave@example.com"]);
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
}
