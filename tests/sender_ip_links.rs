//! The sender IP and links inside a bounce: a link on a known blocklist's
//! or provider's site may give the IP when the reply states none, but no
//! link chooses it over a statement, and an unknown link host never does.

use crate::cards::only;

/// A reply stating 203.0.113.5, followed by a link whose query names
/// another address. Anyone can write such a link into a bounce, so the
/// statement must win, in the IP and in the removal links built from it.
#[test]
fn forged_link_never_chooses_ip() {
    let cases = [
        (
            "554 resimta-h1p-028598.sys.comcast.net comcast 203.0.113.5 BL000010 \
             To be removed visit https://comcast-delist.example.net/remove?ip=198.51.100.99",
            "<host> <host> <ip> (Comcast)",
        ),
        (
            "421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to \
             unexpected volume or user complaints - 4.16.55.1; \
             see https://postmaster.example.net/check?ip=198.51.100.99",
            "Messages from <ip>",
        ),
        (
            "554 5.7.1 Client host [203.0.113.5] blocked; see \
             <http://www.example.net/lookup?a=1&ip=198.51.100.99>",
            "Client host [<ip>]",
        ),
        (
            "550 5.7.1 Mail from 203.0.113.5 refused, delist at \
             www.example.net/remove?IP=198.51.100.99",
            "<ip> is blocked or not allowed",
        ),
    ];
    for (text, rule) in cases {
        let r = only(text);
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"), "{text}");
        assert_eq!(r.sender_ip_source.rule.as_deref(), Some(rule), "{text}");
        for link in &r.links {
            assert!(!link.url.contains("198.51.100.99"), "{}: {text}", link.url);
        }
    }
    let comcast = only(cases[0].0);
    let cloudmark = comcast
        .links
        .iter()
        .find(|l| l.url.contains("cloudmark"))
        .expect("a Cloudmark link for BL000010");
    assert_eq!(cloudmark.url, "https://csi.cloudmark.com/reset-request/?ip=203.0.113.5");
}

/// With no statement at all, the address in the receiver's link is still
/// reported, ranked below every statement.
#[test]
fn link_ip_used_without_statement() {
    let r =
        only("550 5.7.1 Service unavailable; see https://www.spamhaus.org/query/ip/203.0.113.5");
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"));
    assert_eq!(r.sender_ip_source.rule.as_deref(), Some("<ip> in a link"));
}

/// A reply that states no address, with a link whose host is not a known
/// blocklist's or provider's: a forged delisting site, a lookalike of the
/// Spamhaus site, a helpdesk link. Such a link must not choose the IP, nor
/// fill the product's own lookup links. The hint names the link's address
/// as not quoted, rather than claiming the text names no address.
#[test]
fn unknown_link_host_never_chooses_ip() {
    let cases = [
        "554 5.7.1 Service unavailable; blocked using zen.spamhaus.org. To request \
         removal visit https://delist.example.org/remove?ip=198.51.100.70",
        "554 5.7.1 Service unavailable; blocked using zen.spamhaus.org, see \
         https://www.spamhaus.org.evil.example.org/query/ip/198.51.100.68",
        "554 5.7.1 Service unavailable; blocked using zen.spamhaus.org, see \
         https://www.spamhaus.org@example.net/query/ip/198.51.100.69",
        "550 5.7.1 Your message was rejected. Questions? \
         https://helpdesk.example.org/ticket?id=1&ip=198.51.100.71",
    ];
    for text in cases {
        let r = only(text);
        assert_eq!(r.sender_ip, None, "{text}");
        assert_eq!(r.sender_ip_source.rule, None, "{text}");
        for link in &r.links {
            assert!(!link.url.contains("198.51.100."), "{}: {text}", link.url);
        }
        if text.contains("spamhaus") {
            let hint = r.sender_ip_source.hint.expect("a hint for a block without an address");
            assert!(!hint.contains("does not state"), "{hint}");
            assert!(hint.contains("inside a link to"), "{hint}");
            assert!(hint.contains("not quoted"), "{hint}");
        }
    }
}

/// Links on the known blocklists' and providers' sites, and their
/// subdomains, still give the address when the reply states none.
#[test]
fn known_link_host_gives_ip() {
    let cases = [
        "550 5.7.1 Service unavailable; see https://check.spamhaus.org/results/?query=x&ip=203.0.113.5",
        "554 Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.5",
        "550 5.7.1 blocked, reset at https://csi.cloudmark.com/reset-request/?ip=203.0.113.5",
        "550 5.7.1 blocked: see https://ipcheck.proofpoint.com/?ip=203.0.113.5",
    ];
    for text in cases {
        let r = only(text);
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"), "{text}");
    }
}

/// The only address in the reply is in the query of a link to an unknown
/// site. It is not quoted, and the hint names it with the link's host.
#[test]
fn link_only_address_named_in_hint() {
    let text = "550 5.7.1 Rejected. See \
                https://www.example-rbl.org/lookup?ip=192.0.2.37&reason=listed for details";
    let r = only(text);
    assert_eq!(r.sender_ip, None);
    assert_eq!(r.sender_ip_source.rule, None);
    let hint = r.sender_ip_source.hint.expect("a hint for a block without an address");
    assert!(!hint.contains("does not state"), "{hint}");
    assert!(hint.contains("names 192.0.2.37 only inside a link"), "{hint}");
    assert!(hint.contains("www.example-rbl.org"), "{hint}");
    assert!(hint.contains("not quoted"), "{hint}");
}
