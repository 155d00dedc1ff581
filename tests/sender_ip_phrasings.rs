//! Sender IP phrasings beyond the usual `Client host [ip]`. The address
//! may sit in parentheses before or after the block statement, or in a
//! provider's case link as a `v=` parameter. A deferral may name the
//! sender's host after the receiver's own address. The receiver's own and
//! internal addresses must still stay out.

use crate::cards::only;
use bounce_explainer::Reason;

/// Asserts the reason and the quoted address, with no hint beside it.
fn assert_quoted(text: &str, reason: Reason, ip: &str) {
    let r = only(text);
    assert_eq!(r.reason, reason, "{text}");
    assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    assert_eq!(r.sender_ip_source.hint, None, "{text}");
}

#[test]
fn address_in_parentheses_after_the_statement() {
    // A block that names poor reputation as its cause reads as a
    // reputation block.
    for (text, reason, ip) in [
        (
            "550 5.7.1 IP address blocked due to poor reputation (203.0.113.5).",
            Reason::BadReputation,
            "203.0.113.5",
        ),
        (
            "550 5.7.1 IP address blocked due to poor reputation (198.51.100.23). \
             Please contact postmaster@example.net if you think this is in error.",
            Reason::BadReputation,
            "198.51.100.23",
        ),
        (
            "554 5.7.1 Sending host blocked for spam complaints [192.0.2.44]",
            Reason::Blocked,
            "192.0.2.44",
        ),
        ("550 5.7.1 Your IP has been blocklisted (2001:db8::25)", Reason::Blocked, "2001:db8::25"),
    ] {
        assert_quoted(text, reason, ip);
    }
}

#[test]
fn address_in_parentheses_before_the_verb() {
    for (text, ip) in [
        ("550 5.7.1 The IP you are sending from (203.0.113.5) has been blocklisted", "203.0.113.5"),
        ("550 5.7.1 Your server (203.0.113.5) is blocked", "203.0.113.5"),
        ("554 5.7.1 Your mail server (198.51.100.23) has been blacklisted", "198.51.100.23"),
        ("550 5.7.1 The host you connect from (192.0.2.44) is on our blocklist", "192.0.2.44"),
    ] {
        assert_quoted(text, Reason::Blocked, ip);
    }
}

/// A host name just before the parenthesis names the host that did the
/// blocking: the receiver, not the sender.
#[test]
fn receiver_named_in_parentheses_not_quoted() {
    let text = "550 5.7.1 IP address blocked by mx.example.net (198.51.100.7).";
    let r = only(text);
    assert_eq!(r.reason, Reason::Blocked);
    assert_eq!(r.sender_ip, None, "{text}");
    let text = "<bob@example.org>: host mx.example.org[198.51.100.2] said: 550 5.7.1 \
                Your server (198.51.100.2) is blocked (in reply to RCPT TO command)";
    let r = only(text);
    assert_eq!(r.sender_ip, None, "{text}");
    let hint = r.sender_ip_source.hint.expect("a hint for the receiver's address");
    assert!(hint.contains("receiving server's own address"), "{hint}");
}

#[test]
fn internal_address_in_parentheses_not_quoted() {
    let r = only("550 5.7.1 Your server (10.20.30.40) is blocked");
    assert_eq!(r.sender_ip, None);
    let hint = r.sender_ip_source.hint.expect("a hint for an internal address");
    assert!(hint.contains("10.20.30.40"), "{hint}");
    assert!(hint.contains("internal address"), "{hint}");
}

#[test]
fn on_our_blocklist_is_blocked() {
    for text in [
        "550 5.7.1 Your IP is on our blocklist",
        "554 5.7.1 Your IP address is on our block list",
        "550 5.7.1 Your server is on our blacklist",
        "550 5.7.1 This IP has been blocklisted",
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::Blocked, "{text}");
    }
    let r = only("550 5.7.1 Your IP is not on our blocklist, but the sender is refused");
    assert_ne!(r.reason, Reason::Blocked);
}

#[test]
fn gmx_case_link_names_the_address() {
    let one_line = "<bob@gmx.net>: host mx00.gmx.net[198.51.100.9] refused to talk to me: \
                    554-gmx.net (mxgmx010) Nemesis ESMTP Service not available 554-No SMTP \
                    service 554-IP address is block listed. 554 For explanation visit \
                    https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=203.0.113.5&r=1abc";
    let r = only(one_line);
    assert_eq!(r.reason, Reason::Blocked);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"));
    assert_eq!(r.sender_ip_source.rule.as_deref(), Some("i=ip&v=<ip> in a link"));
    let web_de = "554-web.de (mxweb112) Nemesis ESMTP Service not available\n\
                  554-No SMTP service\n\
                  554-IP address is block listed.\n\
                  554 For explanation visit https://postmaster.web.de/en/case?c=r0201&i=ip&v=198.51.100.23&r=2def\n";
    assert_quoted(web_de, Reason::Blocked, "198.51.100.23");
    let ionos = "554-kundenserver.de (mxeue001) Nemesis ESMTP Service not available\n\
                 554-No SMTP service\n\
                 554-IP address is block listed.\n\
                 554 For explanation visit https://postmaster.1und1.de/en/case?c=r0201&i=ip&v=192.0.2.44&r=3ghi\n";
    assert_quoted(ionos, Reason::Blocked, "192.0.2.44");
}

/// Only a known provider's link may supply the address, and a statement
/// in words beats any link.
#[test]
fn case_link_trusted_only_from_known_hosts() {
    let forged = "554-IP address is block listed.\n\
                  554 For explanation visit https://postmaster.example.com/en/case?c=r0201&i=ip&v=203.0.113.5\n";
    assert_eq!(only(forged).sender_ip, None);
    let stated = "554-The IP 198.51.100.23 is block listed.\n\
                  554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=203.0.113.5\n";
    assert_eq!(only(stated).sender_ip.as_deref(), Some("198.51.100.23"));
}

#[test]
fn connections_from_your_host_quoted() {
    for (text, ip) in [
        (
            "421 4.7.0 mx.example.net 198.51.100.7 Too many connections from your host 203.0.113.5, try again later",
            "203.0.113.5",
        ),
        ("421 4.7.0 Too many sessions from your IP 192.0.2.44", "192.0.2.44"),
        ("421 Too many concurrent connections from your server [198.51.100.23]", "198.51.100.23"),
    ] {
        let r = only(text);
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    }
}

/// An address that no phrase places is not quoted, but the hint names it
/// rather than claiming the text names none.
#[test]
fn unplaced_address_named_in_hint() {
    for (text, ip) in [
        (
            "421 4.7.0 mx.example.net 198.51.100.7 Too many connections, try again later",
            "198.51.100.7",
        ),
        ("421 4.7.0 Too many connections; 2001:db8::25 is over its limit", "2001:db8::25"),
        (
            "554 5.7.1 Service unavailable; blocked using zen.spamhaus.org, 203.0.113.9",
            "203.0.113.9",
        ),
    ] {
        let r = only(text);
        assert_eq!(r.sender_ip, None, "{text}");
        let hint = r.sender_ip_source.hint.expect("a hint for an unquoted address");
        assert!(hint.contains(ip), "{hint}");
        assert!(!hint.contains("does not state"), "{hint}");
    }
}

/// A dotted version number is not named as a candidate: the hint keeps
/// its wording for a text without an address.
#[test]
fn version_not_named() {
    let text = "421 4.7.0 Too many connections (server version 12.4.2.1)";
    let r = only(text);
    assert_eq!(r.sender_ip, None, "{text}");
    let hint = r.sender_ip_source.hint.expect("a hint for a deferral without an address");
    assert!(hint.contains("does not state"), "{hint}");
}

/// An address inside a link to an unknown site is not quoted, and the
/// hint names it as found only in that link.
#[test]
fn link_address_named_not_quoted() {
    let text = "554 5.7.1 Too many connections, see https://help.example.org/?ip=198.51.100.70";
    let r = only(text);
    assert_eq!(r.sender_ip, None, "{text}");
    let hint = r.sender_ip_source.hint.expect("a hint for a deferral without an address");
    assert!(!hint.contains("does not state"), "{hint}");
    assert!(hint.contains("198.51.100.70 only inside a link to help.example.org"), "{hint}");
}

/// Microsoft's throttling replies name the sending IP after `from` at the
/// end of the sentence. The reason is not checked here: only the address.
#[test]
fn microsoft_try_again_later_from() {
    for (text, ip) in [
        (
            "451 4.7.500 Server busy. Please try again later from [198.51.100.42]. (AS761) \
             [DM6NAM11FT012.eop-nam11.prod.protection.outlook.com]",
            "198.51.100.42",
        ),
        (
            "451 4.7.500 Server busy. Please try again later from [2001:db8:40::7]. (S77719) \
             [BN8NAM12FT034.eop-nam12.prod.protection.outlook.com]",
            "2001:db8:40::7",
        ),
        (
            "<bob@example.org>: host example-org.mail.protection.outlook.com[203.0.113.9] said: \
             451 4.7.500 Access denied, please try again later from [198.51.100.43]. (AS8880) \
             [AM4PEPF00027A5F.eurprd04.prod.outlook.com] (in reply to RCPT TO command)",
            "198.51.100.43",
        ),
        ("421 4.7.0 Please retry later from 192.0.2.44, too many connections", "192.0.2.44"),
    ] {
        let r = only(text);
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
        assert_eq!(r.sender_ip_source.hint, None, "{text}");
        assert_eq!(r.sender_ip_source.line, Some(1), "{text}");
    }
}

/// The address after `from` is still set aside when it is the receiving
/// server's own, as the Postfix `host ...[ip] said` phrase names it.
#[test]
fn try_again_later_from_receiver_not_quoted() {
    let text = "<bob@example.org>: host example-org.mail.protection.outlook.com[198.51.100.42] \
                said: 451 4.7.500 Server busy. Please try again later from [198.51.100.42]. \
                (AS761) (in reply to RCPT TO command)";
    let r = only(text);
    assert_eq!(r.sender_ip, None, "{text}");
}
