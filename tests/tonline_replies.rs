//! Telekom (T-Online) rejects with `554 IP=<ip> - <text> (<CODE>)`, where
//! the bracketed code names the check that failed: `(BL)` blocklisted,
//! `(NOWL)` no reputation yet, `(DIAL)` a dial-up or dynamic address. The
//! reply shape and its code name Telekom by themselves, so a line pasted
//! without the receiving host still gets Telekom's entry, the IP to quote
//! and Telekom's postmaster page.

use crate::cards::only;
use bounce_explainer::Actor;

/// Replies with no Telekom host or contact address, each with its code.
const BARE: &[(&str, &str, &str)] = &[
    ("554 IP=192.0.2.12 - Dynamic IP addresses not allowed (DIAL)", "DIAL", "192.0.2.12"),
    (
        "554 IP=198.51.100.40 - Dialup/transient IP not allowed. Use a mailgateway. (DIAL)",
        "DIAL",
        "198.51.100.40",
    ),
    (
        "554 IP=203.0.113.9 - None/bad reputation. Ask your postmaster for help. (NOWL)",
        "NOWL",
        "203.0.113.9",
    ),
    (
        "554 IP=192.0.2.77 - A problem occurred. (Ask your postmaster for help.) (BL)",
        "BL",
        "192.0.2.77",
    ),
    (
        "450 4.7.1 [EAB] 554 IP=192.0.2.79 - Dynamic IP addresses not allowed (DIAL)",
        "DIAL",
        "192.0.2.79",
    ),
    ("554 IP=2001:db8::25 - Dynamic IP addresses not allowed (DIAL)", "DIAL", "2001:db8::25"),
];

#[test]
fn bare_reply_gets_telekom_entry() {
    for (reply, code, _) in BARE {
        let r = only(reply);
        assert_eq!(r.provider.as_deref(), Some("t-online"), "{reply}");
        assert_eq!(r.code.as_deref(), Some(*code), "{reply}");
        assert_eq!(r.explanation.entry, format!("t-online/{code}"), "{reply}");
    }
}

#[test]
fn bare_reply_quotes_ip() {
    for (reply, _, ip) in BARE {
        let r = only(reply);
        assert_eq!(r.sender_ip.as_deref(), Some(*ip), "{reply}");
    }
}

#[test]
fn bare_reply_admin_acts_no_retry() {
    for (reply, _, _) in BARE {
        let r = only(reply);
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{reply}");
        assert!(r.permanent, "{reply}");
        assert!(r.explanation.retry.starts_with("Permanent"), "{reply}: {}", r.explanation.retry);
        let postmaster = r.links.iter().any(|l| l.url.contains("postmaster.t-online.de"));
        assert!(postmaster, "{reply}: {:?}", r.links);
    }
}

#[test]
fn dial_names_dynamic_address() {
    let r = only(BARE[0].0);
    let what = r.explanation.what.to_lowercase();
    assert!(what.contains("dynamic"), "{what}");
    let steps = r.explanation.steps.join(" ");
    assert!(steps.contains("toda@rx.t-online.de"), "{steps}");
}

/// Other servers' replies that share a part of the shape stay unread as
/// Telekom's.
#[test]
fn partial_shape_is_not_telekom() {
    for reply in [
        "554 IP=192.0.2.12 - Dynamic IP addresses not allowed",
        "554 Dynamic IP addresses not allowed (DIAL)",
        "550 5.7.1 Rejected (BL) for IP 192.0.2.12",
        "554 IP=192.0.2.12 - rejected (BLOCKED)",
    ] {
        let r = only(reply);
        assert_ne!(r.provider.as_deref(), Some("t-online"), "{reply}");
    }
}
