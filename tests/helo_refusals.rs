//! Replies that reject the name the sending server gave in HELO or EHLO.
//! The fix is the sending server's own configuration (a fully qualified
//! name that resolves), so the card must not send the reader to a
//! blocklist, and a Postfix 5.5.2 over its own HELO reply is no
//! misleading code. Blocklist refusals that only mention HELO in passing
//! keep the blocklist card.

use bounce_explainer::{explain, Actor, Reason};

const HELO_ENTRY: &str = "wording/helo-name-rejected";

/// One reply per MTA or site wording, with the retry class its code gives.
const HELO_REPLIES: &[(&str, bool)] = &[
    ("550 5.7.1 Invalid HELO name (mail.local)", true),
    ("504 5.5.2 <mail>: Helo command rejected: need fully-qualified hostname", true),
    ("450 4.7.1 <mail.example.com>: Helo command rejected: Host not found", false),
    ("550 5.7.1 <mail.local>: Helo command rejected: Host not found", true),
    ("550 5.7.1 Invalid HELO name (mail.local). See RFC 5321 section 4.1.1.1", true),
    ("550 HELO/EHLO mail.local rejected: not a fully qualified domain name", true),
    ("550 5.7.1 bogus HELO name used: localhost", true),
    ("554 5.7.1 Rejected: bad HELO", true),
    ("451 4.7.1 EHLO mail.local does not resolve", false),
    ("421 4.7.0 Your EHLO name is invalid, try again later", false),
];

#[test]
fn helo_wordings_get_helo_card() {
    for (reply, permanent) in HELO_REPLIES {
        let report = explain(reply);
        assert_eq!(report.recipients.len(), 1, "{reply}");
        let r = &report.recipients[0];
        assert_eq!(r.explanation.entry, HELO_ENTRY, "{reply}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{reply}");
        assert_eq!(r.permanent, *permanent, "{reply}");
    }
}

#[test]
fn helo_card_has_no_blocklist_steps() {
    for (reply, _) in HELO_REPLIES {
        let r = &explain(reply).recipients[0];
        let steps = r.explanation.steps.join(" ").to_lowercase();
        assert!(!steps.contains("blocklist"), "{reply}: {steps}");
        assert!(!steps.contains("removal"), "{reply}: {steps}");
        assert!(steps.contains("helo"), "{reply}: {steps}");
        assert!(r.blocklists.is_empty(), "{reply}: {:?}", r.blocklists);
    }
}

#[test]
fn postfix_5_5_2_helo_not_called_misleading() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.3] said: 504 5.5.2 <mail>:\n    \
                Helo command rejected: need fully-qualified hostname (in reply to RCPT TO\n    \
                command)\n";
    let report = explain(text);
    let r = &report.recipients[0];
    assert_eq!(r.explanation.entry, HELO_ENTRY);
    let notes = serde_json::to_string(&report).unwrap();
    assert!(!notes.contains("misleading"), "{notes}");
}

#[test]
fn blocklist_mentioning_helo_keeps_blocklist_card() {
    let guards = [
        "554 5.7.1 Service unavailable; Client host [192.0.2.8] blocked using zen.spamhaus.org; \
         from=<alice@example.com> to=<bob@example.net> proto=ESMTP helo=<mail.example.com>",
        "554 5.7.1 <mail.example.org>: Helo command rejected: mail.example.org listed at dbl.spamhaus.org",
        "550 5.7.1 Your IP 192.0.2.8 is listed on our blocklist (HELO mail.example.com rejected)",
    ];
    for text in guards {
        let r = &explain(text).recipients[0];
        assert_eq!(r.reason, Reason::Blocked, "{text}");
        assert_ne!(r.explanation.entry, HELO_ENTRY, "{text}");
    }
}

/// A reply that denies a listing names no listing: "is not blacklisted,
/// rejected for missing HELO" is a HELO refusal, whichever denial it uses.
#[test]
fn denied_listing_keeps_helo_card() {
    let replies = [
        "550 [203.0.113.5] is not blacklisted, rejected for missing HELO",
        "550 5.7.1 203.0.113.5 is not listed in any blocklist, rejected: invalid HELO name",
        "550 5.7.1 Your IP isn't on any blocklist, but your HELO name is invalid",
        "550 5.7.1 203.0.113.5 not listed at zen.spamhaus.org; HELO mail.local rejected",
        "550 5.7.1 203.0.113.5 is not on our blacklist. Bad HELO",
    ];
    for reply in replies {
        let report = explain(reply);
        assert_eq!(report.recipients.len(), 1, "{reply}");
        let r = &report.recipients[0];
        assert_eq!(r.reason, Reason::Blocked, "{reply}");
        assert_eq!(r.explanation.entry, HELO_ENTRY, "{reply}: {r:#?}");
        assert!(r.blocklists.is_empty(), "{reply}: {:?}", r.blocklists);
    }
}

/// A listing named beside a denial of another one is still a listing.
#[test]
fn listing_beside_denial_keeps_block_card() {
    let reply = "550 5.7.1 HELO mail.local rejected: 203.0.113.5 is not listed at \
                 bl.example.net, but is listed at zen.spamhaus.org";
    let r = &explain(reply).recipients[0];
    assert_ne!(r.explanation.entry, HELO_ENTRY, "{reply}: {r:#?}");
    assert_eq!(r.reason, Reason::Blocked, "{reply}");
}
