//! "Denylist", the term many receivers now write in place of "blacklist",
//! states the same block of the sending IP: the reason, the explanation
//! and the IP to quote must match what the older words give.

use crate::cards::only;
use bounce_explainer::Reason;

/// Checks that `text` reads as a block of the sending IP `ip`.
fn check_ip_block(text: &str, ip: &str) {
    let r = only(text);
    assert_eq!(r.reason, Reason::Blocked, "{text}\n{r:#?}");
    assert_eq!(r.explanation.entry, "reason/blocked", "{text}\n{r:#?}");
    assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}\n{r:#?}");
}

#[test]
fn own_denylist_blocks_ip() {
    for list in ["denylist", "deny list", "deny-list", "blocked list", "blocklist", "blacklist"] {
        let text = format!("550 5.7.1 Your IP 198.51.100.50 is on our {list}");
        check_ip_block(&text, "198.51.100.50");
    }
}

#[test]
fn denylisted_address_blocks_ip() {
    check_ip_block("554 5.7.1 203.0.113.9 has been denylisted", "203.0.113.9");
    check_ip_block("554 5.7.1 203.0.113.9 has been deny-listed", "203.0.113.9");
    check_ip_block(
        "554 5.7.1 Service unavailable; 203.0.113.9 is denylisted at dnsbl.example.net",
        "203.0.113.9",
    );
    check_ip_block("550 5.7.1 Denylisted IP 203.0.113.9", "203.0.113.9");
    check_ip_block("550 5.7.1 Blocklisted IP 203.0.113.9", "203.0.113.9");
    check_ip_block("550 5.7.1 Sending IP denylisted (203.0.113.9)", "203.0.113.9");
}

#[test]
fn dns_denylist_names_listing() {
    let text = "554 5.7.1 Rejected: 192.0.2.77 is listed on a DNS denylist";
    check_ip_block(text, "192.0.2.77");
}

#[test]
fn denied_listing_is_no_block() {
    let r =
        only("550 5.7.1 Your IP 198.51.100.50 is not on our denylist, but the message was refused");
    assert_ne!(r.reason, Reason::Blocked, "{r:#?}");
}
