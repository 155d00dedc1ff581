//! Abusix Mail Intelligence. Its combined zone lists sending IPs. Its
//! domain blocklist (dblack, with the shorthash and diskhash lists of short
//! and file-sharing links) and its list of newly observed domains (nod)
//! contain names and links found in messages. Abusix's documentation
//! advises against checking the connecting IP against them.

use super::{Blocklist, Part, Removal};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const CHECKED: &str = "2026-12-04";

const ABUSIX_LOOKUP: LinkRef = LinkRef {
    label: "Abusix lookup and delisting",
    url: "https://lookup.abusix.com/search?q={ip}",
};

pub static ABUSIX: Blocklist = Blocklist {
    id: "abusix",
    name: "Abusix Mail Intelligence",
    tokens: &["abusix"],
    domains: &["abusix.com", "abusix.zone"],
    entry: &Entry {
        id: "abusix/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because Abusix Mail \
               Intelligence lists the sending IP address.",
        why: "Abusix lists IPs that hit its spam traps, act like exploited \
              machines, or (in its policy list) look like addresses that \
              should not send mail directly.",
        steps: &[
            "Look the IP up in the Abusix lookup to see which list holds it.",
            "Your mail administrator fixes the cause, then delists it there \
             (free, with an account); trap listings also expire a few days \
             after the last hit.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[ABUSIX_LOOKUP],
        source: "https://docs.abusix.com/",
        checked: CHECKED,
    },
    parts: &[
        Part {
            code: "dblack",
            tokens: &["dblack", "shorthash", "diskhash"],
            entry: &DOMAIN,
            not_listed: false,
            lists_domains: true,
        },
        Part {
            code: "nod",
            tokens: &["nod"],
            entry: &NEW_DOMAIN,
            not_listed: false,
            lists_domains: true,
        },
    ],
    links: &[ABUSIX_LOOKUP],
    removal: Removal::Request(&[ABUSIX_LOOKUP.url, DOMAIN_LOOKUP.url]),
    source: "https://docs.abusix.com/",
};

/// The lookup's start page, for a domain. The IP lookup's link would be
/// filled with an address that plays no part.
const DOMAIN_LOOKUP: LinkRef =
    LinkRef { label: "Abusix domain lookup and delisting", url: "https://lookup.abusix.com/" };

static DOMAIN: Entry = Entry {
    id: "abusix/domain",
    reason: Reason::Blocked,
    what: "A domain in the message (in a link, the sender address or the \
           server name) is on the Abusix domain blocklist.",
    why: "Abusix lists domains found in the body of spam that reached its \
          traps, including the targets of short links. A listing ends about \
          5 days after the domain was last seen. The sending IP plays no \
          part in this listing.",
    steps: &[
        "Look each domain in the message up in the Abusix lookup to find \
         the listed one.",
        "If it is someone else's domain (a link), remove or replace the \
         link and send the message again.",
        "If it is yours, find what put it into spam (a hacked site, an \
         abused form), fix it, then request delisting there.",
    ],
    who: Actor::You,
    temporary: None,
    links: &[DOMAIN_LOOKUP],
    source: "https://docs.abusix.com/ami-production-zones/dblack",
    checked: "2026-12-05",
};

static NEW_DOMAIN: Entry = Entry {
    id: "abusix/new-domain",
    reason: Reason::Blocked,
    what: "A domain in the message, usually that of the sender address, is \
           on the Abusix list of newly observed domains.",
    why: "Abusix lists each domain first seen in DNS in the last 25 hours, \
          because spam often comes from brand-new domains. It is no verdict \
          on the domain, and the sending IP plays no part in this listing.",
    steps: &[
        "Wait until the domain is older (25 hours after it was first used) \
         and send the message again: the listing ends by itself, and Abusix \
         takes no delisting request for it.",
        "If it cannot wait, send from an address at an established domain.",
        "The Abusix lookup shows whether the domain is still listed.",
    ],
    who: Actor::You,
    temporary: None,
    links: &[DOMAIN_LOOKUP],
    source: "https://docs.abusix.com/ami-production-zones/nod",
    checked: "2026-12-05",
};
