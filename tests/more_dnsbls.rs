//! Widely used DNSBLs beyond the big ones. A reply "blocked using <zone>"
//! must name the list and either link its removal page or state that
//! there is no removal request, as the list's own site describes.

use crate::cards::only;

/// Zone, blocklist id and knowledge entry for each list.
const ZONES: &[(&str, &str, &str)] = &[
    ("cbl.abuseat.org", "spamhaus", "spamhaus/xbl"),
    ("ix.dnsbl.manitu.net", "nixspam", "nixspam/closed"),
    ("dnsbl.dronebl.org", "dronebl", "dronebl/listed"),
    ("ips.backscatterer.org", "backscatterer", "backscatterer/listed"),
    ("ubl.unsubscore.com", "lashback", "lashback/listed"),
    ("ubl.lashback.com", "lashback", "lashback/listed"),
    ("bl.0spam.org", "0spam", "0spam/listed"),
    ("all.s5h.net", "s5h", "s5h/listed"),
    ("hostkarma.junkemailfilter.com", "hostkarma", "hostkarma/listed"),
    ("dnsbl.spfbl.net", "spfbl", "spfbl/listed"),
    ("bl.blocklist.de", "blocklist-de", "blocklist-de/listed"),
    ("db.wpbl.info", "wpbl", "wpbl/closed"),
    ("rbl.interserver.net", "interserver", "interserver/listed"),
    ("truncate.gbudb.net", "gbudb", "gbudb/listed"),
    ("cidr.bl.mcafee.com", "mcafee-rbl", "mcafee-rbl/listed"),
];

/// Statements that stand in for a removal link on a card without one.
const NO_REQUEST: &[&str] = &["there is none", "No removal page could be confirmed"];

fn postfix_reply(zone: &str) -> String {
    format!(
        "<bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.1\n    \
         Service unavailable; Client host [203.0.113.45] blocked using {zone};\n    \
         (in reply to RCPT TO command)\n"
    )
}

#[test]
fn zones_name_their_list() {
    for (zone, list, entry) in ZONES {
        let recipient = only(&postfix_reply(zone));
        assert_eq!(recipient.blocklists, [*list], "{zone}");
        assert_eq!(recipient.explanation.entry, *entry, "{zone}");
        assert_eq!(recipient.sender_ip.as_deref(), Some("203.0.113.45"), "{zone}");
    }
}

#[test]
fn zones_give_removal_route() {
    for (zone, _, _) in ZONES {
        let recipient = only(&postfix_reply(zone));
        let steps = recipient.explanation.steps.join(" ");
        let stated = NO_REQUEST.iter().any(|s| steps.contains(s))
            || steps.contains("no free removal request")
            || steps.contains("No removal request is possible")
            || steps.contains("no removal page of McAfee's own");
        assert!(!recipient.links.is_empty() || stated, "{zone}: {steps}");
    }
}

#[test]
fn backscatterer_expires_or_paid() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.7.1
    Service unavailable; Client host [203.0.113.45] blocked using
    ips.backscatterer.org; Backscatter/Sender-Callouts are not accepted here. See
    http://www.backscatterer.org/?ip=203.0.113.45 (in reply to RCPT TO command)
";
    let recipient = only(text);
    assert_eq!(recipient.explanation.entry, "backscatterer/listed");
    let steps = recipient.explanation.steps.join(" ");
    assert!(steps.contains("4 weeks"), "{steps}");
    assert!(steps.contains("express delisting"), "{steps}");
}

#[test]
fn lookalike_zones_stay_unnamed() {
    for zone in ["dnsbl.dronebl.org.example", "bl.0spam.example", "ubl.lashback.com.example"] {
        let recipient = only(&postfix_reply(zone));
        assert!(recipient.blocklists.is_empty(), "{zone}: {:?}", recipient.blocklists);
    }
}
