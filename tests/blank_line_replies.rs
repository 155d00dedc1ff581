//! A multi-line reply with blank lines inside it, as a copy from a web
//! page or a wrapped log gives. The lines after the blank ones belong to
//! the same reply, so the card reads the whole reply and names the
//! blocklist that only its later lines give.

use crate::cards::only;
use bounce_explainer::{explain, Actor};

const FIRST: &str = "550-5.7.1 Our system has detected that 203.0.113.45 is listed";
const LAST: &str = "550 5.7.1 at bl.spamcop.net. Please visit https://www.spamcop.net/bl.shtml";

fn assert_spamcop_listing(text: &str) {
    let r = only(text);
    assert!(r.diagnostic.contains("bl.spamcop.net"), "{text}: {}", r.diagnostic);
    assert_eq!(r.explanation.entry, "spamcop/listed", "{text}");
    assert_eq!(r.blocklists, ["spamcop"], "{text}");
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.45"), "{text}");
    assert_eq!(r.explanation.who_acts, Actor::Admin, "{text}");
}

#[test]
fn blank_line_inside_reply() {
    for gap in ["\n\n", "\n   \n", "\n\n\n", "\r\n\r\n"] {
        assert_spamcop_listing(&format!("{FIRST}{gap}{LAST}\n"));
    }
}

#[test]
fn blank_lines_between_three_lines() {
    let text = format!("{FIRST}\n\n550-5.7.1 by a public list\n\n{LAST}\n");
    assert_spamcop_listing(&text);
}

#[test]
fn same_reply_without_blank_line() {
    assert_spamcop_listing(&format!("{FIRST}\n{LAST}\n"));
}

#[test]
fn finished_reply_ends_at_blank_line() {
    // `550 ` without a dash ends its reply, so the next paragraph's reply
    // with other codes is another delivery's.
    let text = "550 5.1.1 User unknown\n\n452 4.2.2 Mailbox full\n";
    assert_eq!(explain(text).recipients.len(), 2, "{text}");
}

#[test]
fn named_recipient_reply_with_blank_line() {
    for lead in ["bob@example.org\n", "<bob@example.org>:\n"] {
        let text = format!("{lead}{FIRST}\n\n{LAST}\n");
        assert_spamcop_listing(&text);
        let r = only(&text);
        assert_eq!(r.recipient.as_deref(), Some("bob@example.org"), "{text}");
    }
}
