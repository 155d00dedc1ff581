//! A zone that only looks like a known blocklist's names no list: the
//! reply is explained as a block by an unnamed blocklist, never with
//! Spamhaus's, SpamCop's or Barracuda's steps.

use bounce_explainer::{explain, Reason};

const REPLY: &str = "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using ";

#[test]
fn lookalike_zone_is_an_unnamed_blocklist() {
    for zone in [
        "zen.spamhaus.org.evil.example; see https://www.spamhaus.org.evil.example/remove?ip=198.51.100.99",
        "zen.spamhaus.example",
        "zen.spamhaus.org-evil.example",
        "bl.spamcop.net.evil.example",
        "b.barracudacentral.org.evil.example",
    ] {
        let report = explain(&format!("{REPLY}{zone}"));
        assert_eq!(report.recipients.len(), 1, "{zone}");
        let r = &report.recipients[0];
        assert_eq!(r.reason, Reason::Blocked, "{zone}");
        assert!(r.blocklists.is_empty(), "{zone}: {:?}", r.blocklists);
        // The explanation and its links, as every front end shows them;
        // the receiver's own text (`diagnostic`) is left out.
        let said = format!("{:?} {:?}", r.explanation, r.links).to_lowercase();
        for list in ["spamhaus", "spamcop", "barracuda"] {
            assert!(!said.contains(list), "{zone}: {said}");
        }
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.9"), "{zone}");
    }
}

#[test]
fn real_zone_still_names_its_list() {
    for (zone, id) in [
        ("zen.spamhaus.org", "spamhaus"),
        ("bl.spamcop.net", "spamcop"),
        ("b.barracudacentral.org", "barracuda"),
    ] {
        let report = explain(&format!("{REPLY}{zone}"));
        assert_eq!(report.recipients[0].blocklists, [id], "{zone}");
    }
}
