//! A reply line pasted on its own, with no other mark of a bounce, always
//! gets a card: RFC 5321's own reply texts (sections 4.2.2 and 4.2.3) and
//! short replies that real servers send, with and without an enhanced
//! status code. The card's cause follows the reply's code and words.
//! Prose that only starts with a three-digit number gets no card.

use crate::cards::only;
use bounce_explainer::{explain, Reason};

/// Each reply without an enhanced status code, the same reply with one
/// that fits its words, and the reason its card must give.
const REPLIES: &[(&str, &str, Reason)] = &[
    ("421 Service not available, closing transmission channel", "4.3.2", Reason::NotAccept),
    ("450 Requested mail action not taken: mailbox unavailable", "4.2.1", Reason::OnHold),
    ("451 Requested action aborted: local error in processing", "4.3.0", Reason::SystemError),
    ("452 Requested action not taken: insufficient system storage", "4.3.1", Reason::SystemFull),
    ("455 Server unable to accommodate parameters", "4.5.4", Reason::SystemError),
    ("500 Syntax error, command unrecognized", "5.5.2", Reason::SyntaxError),
    ("501 Syntax error in parameters or arguments", "5.5.4", Reason::SyntaxError),
    ("502 Command not implemented", "5.5.1", Reason::SyntaxError),
    ("503 Bad sequence of commands", "5.5.1", Reason::SyntaxError),
    ("504 Command parameter not implemented", "5.5.4", Reason::SyntaxError),
    ("550 Requested action not taken: mailbox unavailable", "5.1.1", Reason::UserUnknown),
    ("551 User not local; please try <bob@example.net>", "5.1.6", Reason::HasMoved),
    (
        "552 Requested mail action aborted: exceeded storage allocation",
        "5.2.2",
        Reason::MailboxFull,
    ),
    ("553 Requested action not taken: mailbox name not allowed", "5.1.3", Reason::Rejected),
    ("554 Transaction failed", "5.0.0", Reason::OnHold),
    ("554 No SMTP service here", "5.3.2", Reason::NotAccept),
    (
        "555 MAIL FROM/RCPT TO parameters not recognized or not implemented",
        "5.5.4",
        Reason::SyntaxError,
    ),
    ("550 Access denied", "5.7.1", Reason::OnHold),
    ("554 Message rejected", "5.7.1", Reason::OnHold),
    ("421 Too many connections", "4.7.0", Reason::TooManyConn),
    ("550 Rejected", "5.7.1", Reason::OnHold),
    ("552 Message size exceeds maximum permitted", "5.3.4", Reason::MesgTooBig),
    ("554 Delivery error", "5.0.0", Reason::OnHold),
    ("550 Blocked", "5.7.1", Reason::OnHold),
    ("451 Temporary local problem - please try later", "4.3.0", Reason::SystemError),
];

/// Inserts `status` after the reply code: `550 Blocked` becomes
/// `550 5.7.1 Blocked`.
fn with_status(reply: &str, status: &str) -> String {
    let (code, text) = reply.split_at(3);
    format!("{code} {status}{text}")
}

#[test]
fn bare_reply_gets_card() {
    for (reply, status, _) in REPLIES {
        for line in [reply.to_string(), with_status(reply, status)] {
            let r = only(&line);
            let code = &line[..3];
            assert_eq!(r.reply.as_deref(), Some(code), "{line}");
            assert_eq!(r.permanent, code.starts_with('5'), "{line}");
            assert!(!r.explanation.what.is_empty(), "{line}");
        }
    }
}

/// A status code whose own entry gives another reason leaves the card to
/// the reply code's entry, not to the generic one for an unread cause.
#[test]
fn mailbox_unavailable_450_keeps_reply_entry() {
    let r = only("450 4.2.1 Requested mail action not taken: mailbox unavailable");
    assert_eq!(r.reason, Reason::OnHold);
    assert_eq!(r.explanation.entry, "reply/450");
}

#[test]
fn bare_reply_cause_follows_words() {
    for (reply, _, reason) in REPLIES {
        assert_eq!(only(reply).reason, *reason, "{reply}");
    }
}

/// Command and syntax replies concern the sending software, whatever
/// the enhanced status code adds.
#[test]
fn command_replies_name_sending_software() {
    for (reply, status, _) in REPLIES
        .iter()
        .filter(|(r, ..)| ["500", "501", "502", "503", "504", "555"].contains(&&r[..3]))
    {
        for line in [reply.to_string(), with_status(reply, status)] {
            let r = only(&line);
            assert_eq!(r.reason, Reason::SyntaxError, "{line}");
            let what = r.explanation.what.to_lowercase();
            let names_command = ["command", "argument", "option"].iter().any(|w| what.contains(w));
            assert!(names_command, "{line}: {what}");
        }
    }
}

#[test]
fn prose_after_number_gets_no_card() {
    let prose = [
        "we sent 550 newsletters",
        "room 421 transaction failed to post",
        "550 newsletters went out today",
        "421 people signed up for the delivery newsletter",
        "554 customers were affected by the transaction outage",
        "Our office moved to 550 Main Street.",
        "The invoice total was 452 dollars and the transaction failed twice.",
        "550 people came to the party",
    ];
    for text in prose {
        let report = explain(text);
        assert!(report.recipients.is_empty(), "{text}\n{report:#?}");
    }
}

/// Short 5xx lines whose words name no known cause, pasted alone, still
/// refuse the message: the card explains at least the reply code.
#[test]
fn short_5xx_refusal_gets_card() {
    let lines = [
        "550 Requested action not taken",
        "550 Not permitted",
        "550 Dynamic IP addresses not allowed",
        "554 Your IP is not welcome here",
    ];
    for line in lines {
        let r = only(line);
        assert_eq!(r.reply.as_deref(), Some(&line[..3]), "{line}");
        assert!(r.permanent, "{line}");
        assert!(!r.explanation.what.is_empty(), "{line}");
    }
}

/// A T-Online style refusal of a dynamic IP, pasted without Telekom's
/// host or contact address, still refuses and names the IP to quote.
#[test]
fn dynamic_ip_line_names_ip() {
    let r = only("554 IP=192.0.2.12 - Dynamic IP addresses not allowed (DIAL)");
    assert_eq!(r.reply.as_deref(), Some("554"));
    assert!(r.permanent);
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.12"));
}
