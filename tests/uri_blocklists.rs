//! URI blocklists (SURBL, URIBL) list domains linked in a message, not
//! sending servers. A refusal that names one is about a link in the
//! message: the sender acts, the removal request goes to the list for the
//! domain, and no sending IP is asked for.

use crate::cards::only;
use bounce_explainer::Actor;

/// Each input and the list it names.
const LISTINGS: &[(&str, &str)] = &[
    (
        "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.7.1 Message\n    \
         rejected: the link example.org in the body is listed at multi.surbl.org\n    \
         (in reply to end of DATA command)\n",
        "surbl",
    ),
    (
        "554 5.7.1 Message rejected because it contains a URL listed in multi.surbl.org \
         (example.org)",
        "surbl",
    ),
    (
        "554 5.7.1 Rejected: message contains a domain listed by black.uribl.com: example.org",
        "uribl",
    ),
    (
        "bob@example.net\n  host mx.example.net [198.51.100.20]\n  \
         SMTP error from remote mail server after end of data:\n  \
         550 Rejected: example.org in message body is listed on multi.uribl.com\n",
        "uribl",
    ),
    ("550 5.7.1 Blocked: URL domain example.org listed in URIBL", "uribl"),
];

#[test]
fn uri_listing_names_the_list() {
    for (text, list) in LISTINGS {
        let rcpt = only(text);
        assert_eq!(rcpt.blocklists, [*list], "{text}");
        assert_eq!(rcpt.explanation.entry, format!("{list}/listed"), "{text}");
    }
}

#[test]
fn uri_listing_sender_acts() {
    for (text, _) in LISTINGS {
        let rcpt = only(text);
        assert_eq!(rcpt.explanation.who_acts, Actor::You, "{text}");
        let what = rcpt.explanation.what.to_ascii_lowercase();
        assert!(what.contains("domain"), "{text}: {what}");
        assert!(!what.contains("ip address"), "{text}: {what}");
    }
}

#[test]
fn uri_listing_asks_no_ip() {
    for (text, _) in LISTINGS {
        let rcpt = only(text);
        assert_eq!(rcpt.sender_ip, None, "{text}");
        assert_eq!(rcpt.sender_ip_source.hint, None, "{text}");
    }
}

#[test]
fn uri_listing_links_list_site() {
    for (text, list) in LISTINGS {
        let rcpt = only(text);
        let host = format!("{list}.");
        assert!(rcpt.links.iter().any(|l| l.url.contains(&host)), "{text}: {:?}", rcpt.links);
    }
}

#[test]
fn other_uribl_zone_is_not_uribl_com() {
    // "uribl" inside another operator's zone names that operator's list.
    let text = "554 5.7.1 Rejected: example.org is listed in uribl.spameatingmonkey.net";
    let rcpt = only(text);
    assert!(!rcpt.blocklists.iter().any(|l| l == "uribl"), "{:?}", rcpt.blocklists);
}
