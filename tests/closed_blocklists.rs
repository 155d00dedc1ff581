//! Blocklists that closed years ago still appear in old receiver
//! configurations, and a closed list can no longer remove anyone. A
//! refusal that names one is for the receiver's administrator, who drops
//! the list from the server's settings. The card states that and never sends
//! the sender to request removal.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

/// Each closed list's DNS zone, as a reply names it, and the list's id.
const CLOSED: &[(&str, &str)] = &[
    ("dnsbl.njabl.org", "njabl"),
    ("combined.njabl.org", "njabl"),
    ("dnsbl.ahbl.org", "ahbl"),
    ("rhsbl.ahbl.org", "ahbl"),
    ("list.dsbl.org", "dsbl"),
    ("unconfirmed.dsbl.org", "dsbl"),
    ("relays.ordb.org", "ordb"),
    ("dnsbl.sorbs.net", "sorbs"),
    ("bl.spamcannibal.org", "spamcannibal"),
    ("rbl.megarbl.net", "megarbl"),
    ("bl.emailbasura.org", "emailbasura"),
];

/// Builds the replies that name `zone` as receivers write them: Postfix's bare reply,
/// Postfix's bounce record and an Exchange NDR line.
fn replies(zone: &str) -> Vec<String> {
    let postfix =
        format!("554 5.7.1 Service unavailable; Client host [192.0.2.116] blocked using {zone}");
    vec![
        postfix.clone(),
        format!(
            "<bob@example.net>: host mx.example.net[198.51.100.20] said: {postfix} \
             (in reply to RCPT TO command)\n"
        ),
        format!("bob@example.net\nRemote Server returned '550 blacklisted at {zone}'\n"),
    ]
}

#[test]
fn closed_list_names_its_entry() {
    for (zone, id) in CLOSED {
        for text in replies(zone) {
            let card = only(&text);
            assert_eq!(card.reason, Reason::Blocked, "{text}");
            assert_eq!(card.explanation.entry, format!("{id}/closed"), "{text}");
            assert_eq!(card.blocklists, [*id], "{text}");
        }
    }
}

#[test]
fn closed_list_receiver_acts() {
    for (zone, _) in CLOSED {
        for text in replies(zone) {
            let card = only(&text);
            assert_eq!(card.explanation.who_acts, Actor::Recipient, "{text}");
            let what = card.explanation.what.to_ascii_lowercase();
            assert!(what.contains("shut down"), "{text}: {what}");
            let steps = card.explanation.steps.join(" ").to_ascii_lowercase();
            assert!(steps.contains("there is none"), "{text}: {steps}");
            assert!(steps.contains("blocklist settings"), "{text}: {steps}");
            assert!(!steps.contains("request removal"), "{text}: {steps}");
        }
    }
}

/// A word that only contains a closed list's name is no mention of it.
#[test]
fn closed_list_needs_whole_name() {
    let card = only("554 5.7.1 Service unavailable; Client host [192.0.2.116] blocked using dnsbl.example.net; see njablx");
    assert_ne!(card.explanation.entry, "njabl/closed");
}

/// A closed list's card states who asks whom and for what: the sender asks
/// the recipient, whose administrator drops the list or allows the IP
/// that the card quotes.
#[test]
fn closed_list_states_request() {
    let mut texts: Vec<String> = CLOSED.iter().flat_map(|(zone, _)| replies(zone)).collect();
    texts.push("554 [203.0.113.5] blacklisted by dnsbl.sorbs.net".to_string());
    for text in texts {
        let card = only(&text);
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{text}");
        let named = ["192.0.2.116", "203.0.113.5"].into_iter().find(|ip| text.contains(ip));
        assert_eq!(card.sender_ip.as_deref(), named, "IP for {text}");
        let steps = card.explanation.steps.join(" ").to_ascii_lowercase();
        assert!(steps.contains("ask the recipient"), "{text}: {steps}");
        assert!(steps.contains("ip to quote"), "{text}: {steps}");
        assert!(steps.contains("allow"), "{text}: {steps}");
    }
}

/// A reply that names a closed list and a live one. The live listing still
/// rejects the message once the receiver drops the closed list, so its
/// card leads: the sender's side acts and the removal page is linked. The
/// closed list becomes a note.
#[test]
fn live_list_leads_closed_one() {
    for text in [
        "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.7.1 203.0.113.45 \
         listed at dnsbl.sorbs.net, zen.spamhaus.org (in reply to RCPT TO command)\n",
        "550 5.7.1 203.0.113.45 listed at zen.spamhaus.org, dnsbl.njabl.org\n",
    ] {
        let card = only(text);
        assert_eq!(card.explanation.entry, "spamhaus/zen", "{text}");
        assert_ne!(card.explanation.who_acts, Actor::Recipient, "{text}");
        assert!(card.links.iter().any(|l| l.url.contains("spamhaus.org")), "{text}");
        let closed = if text.contains("sorbs") { "SORBS" } else { "NJABL" };
        let note = card.notes.iter().find(|n| n.message.contains(closed));
        assert!(note.is_some_and(|n| n.message.contains("shut down")), "{text}: {:?}", card.notes);
        assert!(card.blocklists.iter().any(|id| id == "spamhaus"), "{text}");
    }
}
