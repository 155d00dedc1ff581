//! Receivers that refuse mail sent directly from dynamic, dial-up or
//! residential addresses, or from a server whose reverse DNS name looks
//! generated from its IP, word it in many ways ("Dynamic IP addresses not
//! allowed", "residential IP", "generic rDNS"). Each is a policy block of
//! the sending IP: the administrator or the ISP acts, sending again
//! unchanged fails, and the IP to quote is the one the reply names.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

fn postfix(reply: &str) -> String {
    format!(
        "<bob@example.net>: host mx.example.net[198.51.100.7] said: {reply} \
         (in reply to RCPT TO command)\n"
    )
}

/// Replies that name the sending IP, and that IP.
const WITH_IP: &[(&str, &str)] = &[
    ("550 5.7.1 Client host [192.0.2.12] rejected: dynamic IP address", "192.0.2.12"),
    ("554 5.7.1 Mail from 192.0.2.13 refused: dial-up or residential IP address", "192.0.2.13"),
    ("550 Residential IP 192.0.2.14 not accepted, use your ISP's mail server", "192.0.2.14"),
    (
        "550 5.7.1 Your IP 192.0.2.15 looks dynamic. Send through your provider's relay",
        "192.0.2.15",
    ),
    ("554 Rejected: 192.0.2.16 has a generic rDNS name", "192.0.2.16"),
    ("550 5.7.1 Client host [2001:db8::16] rejected: dynamic IP address", "2001:db8::16"),
];

/// Replies that name no IP.
const WITHOUT_IP: &[&str] = &[
    "550 Dynamic IP addresses not allowed",
    "554 5.7.1 Connections from dialup hosts are not accepted",
    "550 Generic reverse DNS names are not accepted, set a custom PTR",
    "550 5.7.1 Mail from residential IPs is refused",
];

fn all_replies() -> Vec<String> {
    let replies = WITH_IP.iter().map(|(reply, _)| *reply).chain(WITHOUT_IP.iter().copied());
    replies.flat_map(|reply| [reply.to_string(), postfix(reply)]).collect()
}

#[test]
fn dynamic_ip_read_as_block() {
    for text in all_replies() {
        let r = only(&text);
        assert_eq!(r.reason, Reason::Blocked, "{text}");
        assert_eq!(r.explanation.entry, "dynamic-ip/refused", "{text}");
    }
}

#[test]
fn dynamic_ip_admin_acts() {
    for text in all_replies() {
        let r = only(&text);
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{text}");
    }
}

#[test]
fn dynamic_ip_no_retry() {
    for text in all_replies() {
        let r = only(&text);
        assert!(r.permanent, "{text}");
        assert!(r.explanation.retry.starts_with("Permanent"), "{text}: {}", r.explanation.retry);
    }
}

#[test]
fn dynamic_ip_fix_names_relay_and_rdns() {
    let r = only(WITHOUT_IP[0]);
    let steps = r.explanation.steps.join(" ").to_lowercase();
    assert!(steps.contains("relay"), "{steps}");
    assert!(steps.contains("reverse dns"), "{steps}");
    assert!(steps.contains("isp"), "{steps}");
}

#[test]
fn dynamic_ip_quotes_named_ip() {
    for (reply, ip) in WITH_IP {
        for text in [reply.to_string(), postfix(reply)] {
            let r = only(&text);
            assert_eq!(r.sender_ip.as_deref(), Some(*ip), "{text}");
        }
    }
}

#[test]
fn dynamic_ip_without_ip_quotes_none() {
    for reply in WITHOUT_IP {
        let r = only(reply);
        assert_eq!(r.sender_ip, None, "{reply}");
    }
}

/// A denial, or a provider's own code for the same cause, keeps its
/// reading.
#[test]
fn other_readings_kept() {
    let r = only("550 5.1.1 <bob@example.net>: user unknown; your IP is not a dynamic IP");
    assert_eq!(r.reason, Reason::UserUnknown);
    let text = "<bob@outlook.com>: host outlook-com.olc.protection.outlook.com[198.51.100.8] \
                said: 550 DY-001 (COL004-MC1F12) Unfortunately, messages from 192.0.2.20 weren't \
                sent. (in reply to MAIL FROM command)\n";
    let r = only(text);
    assert_eq!(r.explanation.entry, "microsoft/dynamic-ip");
}
