//! Invaluement runs three lists: ivmSIP lists sending IPs, ivmSIP/24 the
//! /24 ranges around them, and ivmURI the domains and URL hosts that
//! appear in spam bodies. An ivmURI refusal is about a link in the
//! message, so its card names a domain or URL, the sender acts and no
//! sending IP is quoted. An ivmSIP or ivmSIP/24 refusal keeps the IP.

use crate::cards::only;
use bounce_explainer::Actor;

const URI_LISTINGS: &[&str] = &[
    "554 5.7.1 Service unavailable; Client host [192.0.2.12] blocked using \
     dnsbl.invaluement.com ivmURI; https://www.invaluement.com/lookup/?item=example.com",
    "554 5.7.1 Message rejected: the body contains a URL listed in ivmURI (example.org)",
    "550 5.7.1 Rejected: example.org in message body is listed on invaluement ivmURI",
    "<bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.1 Message\n    \
     rejected: domain example.org listed in ivmURI (in reply to end of DATA command)\n",
];

const IP_LISTINGS: &[(&str, &str)] = &[
    ("554 5.7.1 Service unavailable; Client host [192.0.2.30] blocked using ivmSIP", "ivmSIP"),
    (
        "554 5.7.1 Service unavailable; Client host [192.0.2.31] blocked using ivmSIP/24",
        "ivmSIP/24",
    ),
    ("550 5.7.1 Rejected: 192.0.2.32 is listed in invaluement ivmSIP24", "ivmSIP/24"),
];

#[test]
fn ivmuri_names_message_domain() {
    for text in URI_LISTINGS {
        let r = only(text);
        assert_eq!(r.blocklists, ["invaluement"], "{text}");
        assert_eq!(r.explanation.entry, "invaluement/uri", "{text}");
        assert_eq!(r.code.as_deref(), Some("ivmURI"), "{text}");
        let what = r.explanation.what.to_lowercase();
        assert!(what.contains("domain"), "{text}: {what}");
        assert!(!what.contains("sending ip"), "{text}: {what}");
    }
}

#[test]
fn ivmuri_sender_acts() {
    for text in URI_LISTINGS {
        let r = only(text);
        assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
    }
}

#[test]
fn ivmuri_quotes_no_ip() {
    for text in URI_LISTINGS {
        let r = only(text);
        assert_eq!(r.sender_ip, None, "{text}");
        assert_eq!(r.sender_ip_source.hint, None, "{text}");
    }
}

#[test]
fn ivmuri_links_invaluement() {
    for text in URI_LISTINGS {
        let r = only(text);
        let linked = r.links.iter().any(|l| l.url.contains("invaluement.com"));
        assert!(linked, "{text}: {:?}", r.links);
    }
}

#[test]
fn ivmsip_keeps_sending_ip() {
    for (text, code) in IP_LISTINGS {
        let r = only(text);
        assert_eq!(r.blocklists, ["invaluement"], "{text}");
        assert_eq!(r.code.as_deref(), Some(*code), "{text}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{text}");
        assert!(r.sender_ip.is_some(), "{text}");
        let what = r.explanation.what.to_lowercase();
        assert!(what.contains("ip"), "{text}: {what}");
        assert!(!what.contains("domain"), "{text}: {what}");
    }
}
