//! Barracuda's cloud filter and appliance, and the Barracuda Reputation
//! Block List they consult.

use super::{one, postfix};
use bounce_explainer::Reason;

const CLOUD_MX: &str = "d123456a.ess.barracudanetworks.com";

#[test]
fn cloud_block_gets_barracuda_entry() {
    let r = one(&postfix(
        "user@example.com",
        CLOUD_MX,
        "550 permanent failure for one or more recipients (user@example.com:blocked)",
    ));
    assert_eq!(r.provider.as_deref(), Some("barracuda"));
    assert_eq!(r.explanation.entry, "barracuda/blocked");
    assert_eq!(r.reason, Reason::Blocked);
    assert!(r.permanent);
    let urls: Vec<&str> = r.links.iter().map(|l| l.url.as_str()).collect();
    assert!(
        urls.contains(&"https://www.barracudacentral.org/lookups/lookup-reputation"),
        "{urls:?}"
    );
}

#[test]
fn cloud_block_named_without_host() {
    let r = one("550 permanent failure for one or more recipients (user@example.com:blocked)\n");
    assert_eq!(r.provider.as_deref(), Some("barracuda"));
    assert_eq!(r.explanation.entry, "barracuda/blocked");
}

#[test]
fn relayed_reply_read_from_inner_reply() {
    let r = one(&postfix(
        "user@example.com",
        CLOUD_MX,
        "550 permanent failure for one or more recipients (user@example.com:550 5.1.1 \
         <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table)",
    ));
    assert_eq!(r.reason, Reason::UserUnknown);
    assert!(!r.explanation.entry.starts_with("barracuda/"), "{}", r.explanation.entry);
}

#[test]
fn appliance_block_quotes_rated_ip() {
    // The appliance names the host in brackets and the rated IP only in
    // its lookup link. The removal links come from the table.
    let r = one(&postfix(
        "user@example.com",
        "mx.example.com",
        "554 Service unavailable; Client host [mail.example.net] blocked using Barracuda \
         Reputation; http://bbl.barracudacentral.com/q.cgi?ip=192.0.2.61",
    ));
    assert_eq!(r.explanation.entry, "barracuda/listed");
    assert_eq!(r.blocklists, ["barracuda"]);
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.61"));
    let urls: Vec<&str> = r.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://www.barracudacentral.org/lookups/lookup-reputation",
            "https://www.barracudacentral.org/rbl/removal-request",
        ]
    );
    assert!(r.explanation.steps[0].starts_with("Quote the IP address the reply names"));
}

#[test]
fn appliance_reputation_link_names_barracuda() {
    let r = one(&postfix(
        "user@example.com",
        "mx.example.com",
        "554 Service unavailable; Client host [192.0.2.62] blocked using Barracuda Reputation; \
         http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.62",
    ));
    assert_eq!(r.explanation.entry, "barracuda/listed");
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.62"));
    assert_eq!(r.reason, Reason::Blocked);
}

#[test]
fn cloud_rate_control_is_temporary() {
    // Barracuda documents the feature, not its reply, so this wording
    // only needs to name the feature.
    let r = one(&postfix(
        "user@example.com",
        CLOUD_MX,
        "421 4.7.0 Rate control: too many messages from 192.0.2.63, try again later",
    ));
    assert_eq!(r.provider.as_deref(), Some("barracuda"));
    assert_eq!(r.explanation.entry, "barracuda/rate-control");
    assert_eq!(r.reason, Reason::Speeding);
    assert!(!r.permanent);
}
