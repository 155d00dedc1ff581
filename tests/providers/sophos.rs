//! Sophos Email's `XGEMAIL_` reject codes. Each code names the check that
//! failed, whatever status code comes with it.

use super::{one, postfix};
use bounce_explainer::{Actor, Reason};

const HOST: &str = "mx-01-eu-west-1.prod.hydra.sophos.com";

/// The code, entry reason and who acts for each documented code.
const CODES: [(&str, Reason, Actor); 15] = [
    ("0001", Reason::AuthFailure, Actor::Admin),
    ("0002", Reason::AuthFailure, Actor::Admin),
    ("0003", Reason::AuthFailure, Actor::Admin),
    ("0004", Reason::Blocked, Actor::Admin),
    ("0005", Reason::Blocked, Actor::Admin),
    ("0006", Reason::SecurityError, Actor::Admin),
    ("0007", Reason::SystemError, Actor::Recipient),
    ("0008", Reason::Filtered, Actor::Recipient),
    ("0009", Reason::Filtered, Actor::Recipient),
    ("0010", Reason::NoRelaying, Actor::Recipient),
    ("0011", Reason::UserUnknown, Actor::You),
    ("0012", Reason::MesgTooBig, Actor::You),
    ("0013", Reason::MesgTooBig, Actor::You),
    ("0014", Reason::Speeding, Actor::You),
    ("0015", Reason::Speeding, Actor::You),
];

#[test]
fn every_code_decoded() {
    for (digits, reason, actor) in CODES {
        let code = format!("XGEMAIL_{digits}");
        let reply = format!("550 5.7.1 {code} Command rejected");
        let r = one(&postfix("bob@example.org", HOST, &reply));
        assert_eq!(r.provider.as_deref(), Some("sophos"), "{code}");
        assert_eq!(r.code.as_deref(), Some(code.as_str()), "{code}");
        assert_eq!(r.explanation.entry, format!("sophos/{code}"), "{code}");
        assert_eq!(r.reason, reason, "{code}");
        assert_eq!(r.explanation.who_acts, actor, "{code}");
    }
}

/// Sophos sends 5.7.1 for an unknown recipient too, so the code, not the
/// status, makes the bounce hard. The code names Sophos without a host.
#[test]
fn unknown_recipient_without_host() {
    let r = one("550 5.7.1 XGEMAIL_0011 Command rejected");
    assert_eq!(r.provider.as_deref(), Some("sophos"));
    assert_eq!(r.reason, Reason::UserUnknown);
    assert!(r.hard);
    assert_eq!(r.explanation.who_acts, Actor::You);
}

/// Only the recipient can change their own block list or renew their
/// organisation's licence, so the sender's administrator is not sent to.
#[test]
fn recipient_side_codes() {
    for code in ["XGEMAIL_0007", "XGEMAIL_0009"] {
        let reply = format!("550 5.7.1 Message rejected. {code}");
        let r = one(&postfix("bob@example.org", HOST, &reply));
        assert_eq!(r.explanation.who_acts, Actor::Recipient, "{code}");
        assert!(r.permanent, "{code}");
        assert!(!r.hard, "{code}");
    }
}

#[test]
fn rbl_code_gives_blocklist_steps() {
    let text = "<bob@example.org>: host mx-01-eu-west-1.prod.hydra.sophos.com[198.51.100.30] \
                refused to talk to me: 554 5.7.1 Service unavailable; client [203.0.113.45] \
                blocked. XGEMAIL_0004\n";
    let r = one(text);
    assert_eq!(r.explanation.entry, "sophos/XGEMAIL_0004");
    assert_eq!(r.explanation.who_acts, Actor::Admin);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.45"));
    let steps = r.explanation.steps.join(" ");
    assert!(steps.contains("blocklists"), "{steps}");
    assert!(steps.contains("request removal"), "{steps}");
    assert!(!r.links.is_empty());
}

/// A listed domain does not depend on the sending IP, so no IP is quoted.
#[test]
fn domain_blocklist_quotes_no_ip() {
    let text = "<bob@example.org>: host mx-01-eu-west-1.prod.hydra.sophos.com[198.51.100.30] \
                said: 550 5.7.1 client [203.0.113.45] rejected. XGEMAIL_0005 (in reply to MAIL \
                FROM command)\n";
    let r = one(text);
    assert_eq!(r.explanation.entry, "sophos/XGEMAIL_0005");
    assert_eq!(r.sender_ip, None);
}

/// The recipient's total rate limit lifts by itself: the sending server
/// retries after a 4xx reply, and after a 5xx reply the sender resends.
#[test]
fn recipient_rate_limit_retry() {
    let deferred = one("451 4.7.1 XGEMAIL_0015 Try again later");
    assert_eq!(deferred.explanation.who_acts, Actor::Wait);
    assert!(!deferred.permanent);

    let rejected = one(&postfix("bob@example.org", HOST, "550 5.7.1 XGEMAIL_0015 Rejected"));
    assert_eq!(rejected.explanation.who_acts, Actor::You);
    assert!(!rejected.permanent);
}

/// A Sophos host with no documented code keeps the provider, and the
/// reply's own words decide the entry.
#[test]
fn undocumented_code_falls_back() {
    let reply = "550 5.1.1 Recipient address rejected: user unknown. XGEMAIL_0099";
    let r = one(&postfix("bob@example.org", HOST, reply));
    assert_eq!(r.provider.as_deref(), Some("sophos"));
    assert_eq!(r.code, None);
    assert!(!r.explanation.entry.starts_with("sophos/"), "{}", r.explanation.entry);
    assert_eq!(r.reason, Reason::UserUnknown);
}
