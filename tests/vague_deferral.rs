//! A temporary 4.7.1 that names no blocklist, IP address, rDNS check or
//! policy ("Please try again later") is a vague deferral, not a block of
//! the sending IP. No block explanation claims the bounce names an IP.

use crate::cards::only;
use bounce_explainer::{Actor, Reason, Recipient};

fn claims_ip_named(r: &Recipient) -> bool {
    r.explanation.steps.iter().any(|s| s.contains("names the IP"))
}

const DELAY_NOTICE: &str = "This is the mail system at host mail.example.com.\n\n\
    # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n\
    Your message could not be delivered for more than 4 hour(s).\n\
    It will be retried until it is 5 day(s) old.\n\n\
    <bob@example.net>: host mx.example.net[198.51.100.20] said: 451 4.7.1 Please\n    \
    try again later (in reply to RCPT TO command)\n";

#[test]
fn try_again_later_is_on_hold() {
    for text in [DELAY_NOTICE, "451 4.7.1 Please try again later\n"] {
        let r = only(text);
        assert_eq!(r.reason, Reason::OnHold, "{text}");
        assert!(!r.permanent, "{text}");
        assert_eq!(r.explanation.who_acts, Actor::Wait, "{text}");
        assert!(!claims_ip_named(&r), "{:?}", r.explanation.steps);
    }
}

#[test]
fn deferral_naming_ip_stays_blocked() {
    let r = only("451 4.7.1 Temporarily refused, try again later [203.0.113.5]\n");
    assert_eq!(r.reason, Reason::Blocked);
    assert!(!r.permanent);
}

#[test]
fn blocked_without_ip_claims_none() {
    let r = only("421 Service not available, your IP is blacklisted\n");
    assert_eq!(r.reason, Reason::Blocked);
    assert_eq!(r.sender_ip, None);
    assert!(!claims_ip_named(&r), "{:?}", r.explanation.steps);
}

#[test]
fn disabled_mailbox_deferral_is_not_ip_block() {
    for text in
        ["450 4.2.1 Mailbox busy, try again later", "450 4.2.1 Mailbox temporarily disabled"]
    {
        let report = bounce_explainer::explain(text);
        let recipient = &report.recipients[0];
        assert_ne!(recipient.reason, bounce_explainer::Reason::Blocked, "{text}");
        assert!(recipient.links.is_empty(), "{text}: {:?}", recipient.links);
    }
}
