//! Blocklists named in a reply, with their removal links.

use super::{one, postfix};
use bounce_explainer::Reason;

#[test]
fn spamhaus_zen_link_has_ip() {
    let r = one(&postfix(
        "user@example.com",
        "mx.example.com",
        "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using \
         zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7",
    ));
    assert_eq!(r.explanation.entry, "spamhaus/zen");
    assert_eq!(r.reason, Reason::Blocked);
    assert_eq!(r.blocklists, ["spamhaus"]);
    assert_eq!(r.sender_ip.as_deref(), Some("198.51.100.7"));
    let urls: Vec<&str> = r.links.iter().map(|l| l.url.as_str()).collect();
    assert!(urls.contains(&"https://check.spamhaus.org/results/?query=198.51.100.7"), "{urls:?}");
}

#[test]
fn spamhaus_pbl_is_not_for_removal() {
    let r = one(&postfix(
        "user@example.com",
        "mx.example.com",
        "554 5.7.1 Service unavailable; Client host [203.0.113.50] blocked using \
         pbl.spamhaus.org",
    ));
    assert_eq!(r.explanation.entry, "spamhaus/pbl");
    assert_eq!(r.code.as_deref(), Some("PBL"));
    assert!(r.explanation.steps.iter().any(|s| s.contains("removal is not the fix")));
}

#[test]
fn spamhaus_refused_query_is_recipients_problem() {
    let r = one(&postfix(
        "user@example.com",
        "mx.example.com",
        "554 5.7.1 Service unavailable; Client host [203.0.113.50] blocked using \
         zen.spamhaus.org; Error: open resolver; \
         https://www.spamhaus.org/returnc/pub/198.51.100.53",
    ));
    assert_eq!(r.explanation.entry, "spamhaus/refused-query");
    assert_eq!(r.explanation.who_acts, bounce_explainer::Actor::Recipient);
    assert!(r.blocklists.is_empty());
    assert!(r.links.iter().all(|l| !l.url.contains("check.spamhaus.org")), "{:?}", r.links);
}

#[test]
fn other_lists() {
    let cases = [
        ("blocked using bl.spamcop.net", "spamcop/listed", "spamcop"),
        ("blocked using b.barracudacentral.org", "barracuda/listed", "barracuda"),
        ("blocked using psbl.surriel.com", "psbl/listed", "psbl"),
        ("blocked using dnsbl-1.uceprotect.net", "uceprotect/listed", "uceprotect"),
        ("blocked using bl.mailspike.net", "mailspike/listed", "mailspike"),
        ("blocked using combined.mail.abusix.zone", "abusix/listed", "abusix"),
        ("blocked using dnsbl.sorbs.net", "sorbs/closed", "sorbs"),
    ];
    for (tail, entry, list) in cases {
        let reply = format!("554 5.7.1 Service unavailable; Client host [192.0.2.77] {tail}");
        let r = one(&postfix("user@example.com", "mx.example.com", &reply));
        assert_eq!(r.explanation.entry, entry, "{tail}");
        assert_eq!(r.blocklists, [list], "{tail}");
    }
}

#[test]
fn spamcop_link_has_ip() {
    let r = one(&postfix(
        "user@example.com",
        "mx.example.com",
        "554 5.7.1 Service unavailable; Client host [192.0.2.77] blocked using bl.spamcop.net",
    ));
    let urls: Vec<&str> = r.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(urls, ["https://www.spamcop.net/w3m?action=checkblock&ip=192.0.2.77"]);
}

#[test]
fn spamhaus_behind_microsoft_keeps_both() {
    let r = one(&postfix(
        "user@example.org",
        "example-org.mail.protection.outlook.com",
        "550 5.7.1 Service unavailable, Client host [192.0.2.99] blocked using Spamhaus. To \
         request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.99 \
         AS(1450) [DM6NAM10FT012.eop-nam10.prod.protection.outlook.com]",
    ));
    assert_eq!(r.provider.as_deref(), Some("microsoft"));
    assert_eq!(r.explanation.entry, "spamhaus/zen");
    assert_eq!(r.blocklists, ["spamhaus"]);
    let urls: Vec<&str> = r.links.iter().map(|l| l.url.as_str()).collect();
    assert!(urls.contains(&"https://check.spamhaus.org/results/?query=192.0.2.99"), "{urls:?}");
}

#[test]
fn outlook_mailfrom_domain_listing() {
    let r = one(&postfix(
        "user@hotmail.com",
        "hotmail-com.olc.protection.outlook.com",
        "550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus. To request \
         removal from this list see https://www.spamhaus.org/query/lookup/ (S8002) \
         [BN8NAM12FT066.eop-nam12.prod.protection.outlook.com]",
    ));
    assert_eq!(r.provider.as_deref(), Some("microsoft"));
    assert_eq!(r.code.as_deref(), Some("S8002"));
    assert_eq!(r.explanation.entry, "microsoft/mailfrom-listed");
    assert_eq!(r.reason, Reason::Blocked);
}

#[test]
fn deferral_by_list_stays_temporary() {
    let r = one(&postfix(
        "user@example.com",
        "mx.example.com",
        "450 4.7.1 Client host [192.0.2.88] blocked using b.barracudacentral.org; Try Later; see \
         http://www.barracudacentral.org/rbl/removal-request",
    ));
    assert_eq!(r.explanation.entry, "barracuda/listed");
    assert!(!r.permanent);
}
