//! IP blocklists whose listings end on their own, where a listed sender
//! has no free removal request: the card states how the listing ends and
//! does not send the reader to look for a form.

use super::{Blocklist, Removal};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const CHECKED: &str = "2026-12-06";

/// The test page shows whether the IP is listed, until when, and the
/// paid express delisting.
const BACKSCATTERER_TEST: LinkRef = LinkRef {
    label: "Backscatterer.org IP test and express delisting",
    url: "https://www.backscatterer.org/?target=test",
};

/// Backscatterer.org, run by the UCEPROTECT network, lists an IP for four
/// weeks after the last backscatter it saw and sells an express delisting
/// for those who cannot wait.
pub static BACKSCATTERER: Blocklist = Blocklist {
    id: "backscatterer",
    name: "Backscatterer.org",
    tokens: &["backscatterer"],
    domains: &["backscatterer.org"],
    entry: &Entry {
        id: "backscatterer/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because Backscatterer.org \
               lists the sending IP address for backscatter.",
        why: "Backscatter is mail a server sends to the forged sender of \
              spam: bounces and auto-replies for mail it first accepted, \
              and sender-verification callouts. Backscatterer.org, run \
              with the UCEPROTECT network, lists each IP that sends it for \
              4 weeks after the last time.",
        steps: &[
            "Your mail administrator makes the server reject unwanted mail \
             during the SMTP session instead of accepting it and bouncing \
             it later, stops auto-replies to spam, and turns off sender \
             callouts.",
            "Then the listing expires free of charge 4 weeks after the \
             last backscatter; no free removal request exists.",
            "Backscatterer.org sells an express delisting for those who \
             cannot wait. Fix the cause first, or the IP is listed again.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[BACKSCATTERER_TEST],
        source: "https://www.backscatterer.org/index.php",
        checked: CHECKED,
    },
    parts: &[],
    links: &[BACKSCATTERER_TEST],
    removal: Removal::NoRequest("no free removal request exists"),
    source: "https://www.backscatterer.org/index.php",
};

const TRUNCATE_LOOKUP: LinkRef =
    LinkRef { label: "GBUdb Truncate lookup", url: "https://www.gbudb.com/truncate/" };

/// Truncate's listing and removal are automatic. The facts come from the
/// list's site as quoted by DNSBL.com, because the site itself could not
/// be opened.
pub static GBUDB: Blocklist = Blocklist {
    id: "gbudb",
    name: "GBUdb Truncate",
    tokens: &["gbudb"],
    domains: &["gbudb.net", "gbudb.com"],
    entry: &Entry {
        id: "gbudb/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because GBUdb's Truncate \
               list (truncate.gbudb.net) lists the sending IP address.",
        why: "Truncate lists IPs that the GBUdb network of Message Sniffer \
              filters sees sending almost nothing but spam, scams or \
              malware. Both listing and removal are automatic.",
        steps: &[
            "Your mail administrator stops the spam from the IP.",
            "No removal request is possible: the IP drops off by itself, \
             usually within a couple of days after the bad mail stops, and \
             later after much of it.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[TRUNCATE_LOOKUP],
        source: "https://www.dnsbl.com/2015/08/status-of-truncategbudbnet-alive.html",
        checked: CHECKED,
    },
    parts: &[],
    links: &[TRUNCATE_LOOKUP],
    removal: Removal::NoRequest("No removal request is possible"),
    source: "https://www.dnsbl.com/2015/08/status-of-truncategbudbnet-alive.html",
};

// NOTE: blocklist.de's own pages that could be opened describe only its
// DNS zones, so the 48-hour expiry comes from a blocklist directory and
// the card links no removal page.
pub static BLOCKLIST_DE: Blocklist = Blocklist {
    id: "blocklist-de",
    name: "blocklist.de",
    tokens: &["blocklist.de"],
    domains: &["blocklist.de"],
    entry: &Entry {
        id: "blocklist-de/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because blocklist.de lists \
               the sending IP address as a source of attacks.",
        why: "blocklist.de lists IPs that servers running fail2ban and \
              similar tools reported for attacks, such as password \
              guessing on mail, SSH or web logins. It is not a spam list: \
              something on this IP attacked other servers.",
        steps: &[
            "Your mail administrator finds what attacked from this IP (an \
             infected machine, a hacked account or web application) and \
             stops it.",
            "Then wait: a listing expires 48 hours after the last reported \
             attack. No removal page could be confirmed for this card.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[],
        source: "https://www.suped.com/learn/blocklists/wwwblocklistde-fail2ban-reporting-service-blocklistde",
        checked: CHECKED,
    },
    parts: &[],
    links: &[],
    removal: Removal::NoRequest("No removal page could be confirmed"),
    source: "https://www.suped.com/learn/blocklists/wwwblocklistde-fail2ban-reporting-service-blocklistde",
};

const SPAMHAUS_CHECK: LinkRef = LinkRef {
    label: "Spamhaus IP and domain reputation checker",
    url: "https://check.spamhaus.org/results/?query={ip}",
};

/// McAfee's RBL (`cidr.bl.mcafee.com`) is McAfee's own list of IPs merged
/// with the Spamhaus lists, per McAfee's knowledge base article KB53783.
// NOTE: the part of that article on listings that are McAfee's own could
// not be read, so the card states that no McAfee removal page is known.
pub static MCAFEE_RBL: Blocklist = Blocklist {
    id: "mcafee-rbl",
    name: "McAfee RBL",
    tokens: &["cidr.bl.mcafee.com", "mcafee rbl"],
    domains: &["mcafee.com"],
    entry: &Entry {
        id: "mcafee-rbl/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because the McAfee RBL \
               (cidr.bl.mcafee.com) lists the sending IP address.",
        why: "McAfee's RBL merges a list McAfee keeps itself with the \
              Spamhaus lists, so an IP that Spamhaus lists is on it too.",
        steps: &[
            "Look the IP up in the Spamhaus checker first, and follow its \
             removal steps if Spamhaus lists it.",
            "If Spamhaus does not list it, the listing is McAfee's own, and \
             there is no removal page of McAfee's own that this card could \
             confirm. Ask the recipient's administrator to report the block \
             to McAfee support.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[SPAMHAUS_CHECK],
        source: "https://kc.mcafee.com/corporate/index?page=content&id=KB53783",
        checked: CHECKED,
    },
    parts: &[],
    links: &[SPAMHAUS_CHECK],
    removal: Removal::NoRequest("no removal page of McAfee's own"),
    source: "https://kc.mcafee.com/corporate/index?page=content&id=KB53783",
};
