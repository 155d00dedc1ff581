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

/// Characters that look like a full stop but are not one. IDNA (RFC 3490,
/// section 3.1) reads U+3002, U+FF0E and U+FF61 as dots, so a browser takes
/// `zen.spamhaus.org\u{3002}evil.example` for a name under evil.example.
const DOT_LOOKALIKES: [char; 6] =
    ['\u{2024}', '\u{2027}', '\u{3002}', '\u{FE52}', '\u{FF0E}', '\u{FF61}'];

#[test]
fn lookalike_dot_names_no_list() {
    for dot in DOT_LOOKALIKES {
        for zone in ["zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org"] {
            let name = format!("{zone}{dot}evil.example");
            let report = explain(&format!("{REPLY}{name}"));
            let r = &report.recipients[0];
            assert_eq!(r.reason, Reason::Blocked, "{name}");
            assert!(r.blocklists.is_empty(), "{name}: {:?}", r.blocklists);
            let said = format!("{:?} {:?}", r.explanation, r.links).to_lowercase();
            for list in ["spamhaus", "spamcop", "barracuda"] {
                assert!(!said.contains(list), "{name}: {said}");
            }
            assert_eq!(r.lookalike_hosts, [name.as_str()], "{name}");
            assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.9"), "{name}");
        }
    }
}

#[test]
fn lookalike_dot_names_no_provider() {
    for dot in DOT_LOOKALIKES {
        let name = format!("mx.google.com{dot}evil.example");
        let report = explain(&format!(
            "550 5.7.26 Unauthenticated email is not accepted, rejected by {name}"
        ));
        let r = &report.recipients[0];
        assert_eq!(r.provider, None, "{name}");
        assert_eq!(r.lookalike_hosts, [name.as_str()], "{name}");
    }
}

#[test]
fn sentence_end_after_zone_still_names_list() {
    // An ideographic full stop after a name ends the sentence, as in a
    // Japanese notice, and a name followed by other script is no disguise.
    for text in [
        format!("{REPLY}zen.spamhaus.org\u{3002}"),
        format!("{REPLY}zen.spamhaus.org\u{3002}\u{6b21}\u{306e}"),
    ] {
        let r = &explain(&text).recipients[0];
        assert_eq!(r.blocklists, ["spamhaus"], "{text}");
        assert!(r.lookalike_hosts.is_empty(), "{text}: {:?}", r.lookalike_hosts);
    }
}

#[test]
fn lookalike_dot_reads_as_ascii_dot() {
    // A dot lookalike must give what an ASCII dot gives: the name is
    // evil.example's, so a query name under it yields no IP, and the
    // receiver's own statement that an address is listed keeps it.
    for template in [
        "554 5.7.1 Rejected: 9.113.0.203.zen.spamhaus.org{dot}evil.example",
        "554 5.7.1 Rejected: 203.0.113.9 is listed in zen.spamhaus.org{dot}evil.example",
        "554 5.7.1 Rejected: listed at zen.spamhaus.org{dot}evil.example (203.0.113.9)",
    ] {
        let plain = &explain(&template.replace("{dot}", ".")).recipients[0];
        for dot in DOT_LOOKALIKES {
            let text = template.replace("{dot}", &dot.to_string());
            let r = &explain(&text).recipients[0];
            assert_eq!(r.sender_ip, plain.sender_ip, "{text}");
            assert_eq!(r.blocklists, plain.blocklists, "{text}");
            assert_eq!(r.explanation.entry, plain.explanation.entry, "{text}");
        }
    }
    let query =
        &explain("554 5.7.1 Rejected: 9.113.0.203.zen.spamhaus.org.evil.example").recipients[0];
    assert_eq!(query.sender_ip, None);
}
