//! A domain blocklist that lists the sending server's own host name: the
//! HELO or EHLO name, or the name its IP's reverse DNS (PTR) record gives.
//! The server's administrator changes that name or has its domain
//! delisted. No link in the message is involved, and the listed thing is a
//! domain name, so the card quotes no IP and gives no hint to find one.

use crate::cards::only;
use bounce_explainer::Actor;

fn postfix(reply: &str) -> String {
    format!(
        "<user@example.net>: host mx.example.net[198.51.100.7] said: {reply} \
         (in reply to RCPT TO command)\n"
    )
}

/// Postfix's reject_rhsbl_helo, reject_rhsbl_client and
/// reject_rhsbl_reverse_client replies, two other wordings of a HELO
/// listing, and Exchange Online's S8001 with and without the DBL link.
const SERVER_NAME_REPLIES: &[&str] = &[
    "554 5.7.1 Service unavailable; Helo command [mail.example.com] blocked using dbl.spamhaus.org; \
     https://www.spamhaus.org/query/dbl?domain=mail.example.com",
    "554 5.7.1 Service unavailable; Reverse client host [mail.example.com] blocked using \
     dbl.spamhaus.org; https://www.spamhaus.org/query/dbl?domain=mail.example.com",
    "554 5.7.1 Service unavailable; Client host [mail.example.com] blocked using dbl.spamhaus.org",
    "554 5.7.1 Service unavailable; Helo command [mail.example.com] blocked using multi.surbl.org",
    "554 5.7.1 <mail.example.org>: Helo command rejected: mail.example.org listed at dbl.spamhaus.org",
    "554 5.7.1 <mail.example.com>: Helo command rejected: Domain is listed in dbl.spamhaus.org",
    "550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. To request removal from this \
     list see https://www.spamhaus.org/query/dbl?domain=mail.example.com (S8001) \
     [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]",
    "550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. To request removal from this \
     list see https://www.spamhaus.org/query/lookup/ (S8001) \
     [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]",
];

#[test]
fn server_name_listing_names_administrator() {
    for reply in SERVER_NAME_REPLIES {
        for text in [reply.to_string(), postfix(reply)] {
            let r = only(&text);
            assert_eq!(r.explanation.who_acts, Actor::Admin, "{text}");
            assert_eq!(r.explanation.entry, "blocklist/server-name", "{text}");
        }
    }
}

#[test]
fn server_name_listing_blames_no_link() {
    for reply in SERVER_NAME_REPLIES {
        let r = only(reply);
        let what = r.explanation.what.to_lowercase();
        assert!(what.contains("host name"), "{reply}: {what}");
        assert!(!what.contains("link"), "{reply}: {what}");
        for step in &r.explanation.steps {
            assert!(!step.contains("link"), "{reply}: {step}");
        }
    }
}

#[test]
fn server_name_listing_quotes_no_ip() {
    for reply in SERVER_NAME_REPLIES {
        for text in [reply.to_string(), postfix(reply)] {
            let r = only(&text);
            assert_eq!(r.sender_ip, None, "{text}");
            assert_eq!(r.sender_ip_source.hint, None, "{text}");
            assert!(r.explanation.why.contains("not IP addresses"), "{text}");
        }
    }
}

#[test]
fn spamhaus_server_name_links_checker() {
    let r = only(SERVER_NAME_REPLIES[0]);
    assert!(
        r.links.iter().any(|l| l.url.starts_with("https://check.spamhaus.org/")),
        "{:?}",
        r.links
    );
    assert_eq!(r.blocklists, ["spamhaus"]);
}

#[test]
fn postfix_server_name_is_listed_domain() {
    let r = only(SERVER_NAME_REPLIES[1]);
    let named =
        r.notes.iter().any(|n| n.message.contains("names mail.example.com as the listed domain"));
    assert!(named, "{:?}", r.notes);
}

/// An IP address in Postfix's "Client host [...]" is reject_rbl_client's
/// listing of the address, which keeps the IP list's explanation.
#[test]
fn client_host_ip_stays_ip_listing() {
    for reply in [
        "554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org",
        "554 5.7.1 Service unavailable; Client host [2001:db8::25] blocked using zen.spamhaus.org",
    ] {
        let r = only(reply);
        assert_eq!(r.explanation.entry, "spamhaus/zen", "{reply}");
        assert!(r.sender_ip.is_some(), "{reply}");
    }
}

/// A domain in the message (the sender address, a link) stays the DBL's
/// own explanation, whose steps are the sender's.
#[test]
fn message_domain_stays_dbl() {
    for reply in [
        "554 5.7.1 Service unavailable; Sender address [alice@example.com] blocked using \
         dbl.spamhaus.org",
        "550 5.7.1 Message contains a URL listed in dbl.spamhaus.org",
    ] {
        let r = only(&postfix(reply));
        assert_eq!(r.explanation.entry, "spamhaus/dbl", "{reply}");
    }
}
