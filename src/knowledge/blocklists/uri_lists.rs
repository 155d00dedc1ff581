//! URI blocklists, which list the domains of web sites linked in spam
//! rather than the servers that send it. A receiver checks the domains of
//! the links in a message's body against them, so a listing tells nothing
//! about the sending IP, and the fix is in the message or at the domain.
//! The Spamhaus DBL works the same way and lives with the other Spamhaus
//! zones.

use super::{Blocklist, Removal};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const CHECKED: &str = "2026-12-05";

/// SURBL's site. Its lookup form states that SURBLs are lists of web
/// sites, not of mail servers or sending IPs.
const SURBL_SITE: LinkRef =
    LinkRef { label: "SURBL (domain lookup and removal)", url: "https://www.surbl.org/" };
const SURBL_SOURCE: &str = "https://surbl.org/lookupform/embed_form.php";

pub static SURBL: Blocklist = Blocklist {
    id: "surbl",
    name: "SURBL",
    tokens: &["surbl"],
    domains: &["surbl.org"],
    entry: &Entry {
        id: "surbl/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because a domain in it, \
               usually in a link, is on SURBL, a list of web sites seen in \
               spam.",
        why: "SURBL lists the domains of web sites that appear in spam, \
              phishing or malware messages. A shortened or tracking link can \
              carry a listed domain into your message. The sending IP plays \
              no part in this listing.",
        steps: &[
            "Find the listed domain: the reply often names it, otherwise \
             look up each domain linked in the message at SURBL.",
            "If it is someone else's domain, remove or replace the link and \
             send the message again.",
            "If it is your own domain, clean the site of whatever drew the \
             listing, then request removal at SURBL.",
        ],
        who: Actor::You,
        temporary: None,
        links: &[SURBL_SITE],
        source: SURBL_SOURCE,
        checked: CHECKED,
    },
    parts: &[],
    links: &[SURBL_SITE],
    removal: Removal::Request(&[SURBL_SITE.url]),
    source: SURBL_SOURCE,
};

/// URIBL's site, whose lookup page and delisting form (after a login)
/// are linked from its about page.
const URIBL_SITE: LinkRef =
    LinkRef { label: "URIBL (domain lookup and delisting)", url: "https://www.uribl.com/" };
const URIBL_SOURCE: &str = "https://www.uribl.com/about.shtml";

pub static URIBL: Blocklist = Blocklist {
    id: "uribl",
    name: "URIBL",
    tokens: &["uribl"],
    domains: &["uribl.com"],
    entry: &Entry {
        id: "uribl/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because a domain in it, \
               usually in a link, is on URIBL, a list of domains seen in \
               spam.",
        why: "URIBL lists domains that appear in unsolicited bulk mail, not \
              the servers that sent it; its black, grey and red lists are \
              combined in multi.uribl.com. The sending IP plays no part in \
              this listing.",
        steps: &[
            "Find the listed domain: the reply often names it, otherwise \
             look up each domain linked in the message at URIBL.",
            "If it is someone else's domain, remove or replace the link and \
             send the message again.",
            "If it is your own domain, stop the mailings that drew the \
             listing, then request delisting at URIBL (it needs a login).",
        ],
        who: Actor::You,
        temporary: None,
        links: &[URIBL_SITE],
        source: URIBL_SOURCE,
        checked: CHECKED,
    },
    parts: &[],
    links: &[URIBL_SITE],
    removal: Removal::Request(&[URIBL_SITE.url]),
    source: URIBL_SOURCE,
};
