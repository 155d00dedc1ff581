//! Spamhaus: ZEN combines the SBL, CSS, XBL and PBL IP lists. The DBL
//! and ZRD list domains and the HBL lists hashes of message content, so
//! none of those three concerns the sending IP. Removal goes through the Spamhaus checker, except that
//! an SBL listing of a provider's range is for that provider to resolve,
//! and a PBL listing is the network owner's statement that the address
//! should not send mail directly at all.
//!
//! Return codes in 127.255.255.0/24 are errors about the receiver's own query
//! (127.255.255.252 a typo in the zone name, .254 a query through a
//! public or open resolver, .255 too many queries), never a listing.

use super::{Blocklist, Part, Removal};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://www.spamhaus.org/faqs/dnsbl-usage/";
const CHECKED: &str = "2026-12-04";

const CHECKER: LinkRef = LinkRef {
    label: "Spamhaus IP and domain reputation checker",
    url: "https://check.spamhaus.org/results/?query={ip}",
};

/// The checker's start page, for a domain the reply does not name.
const DBL_CHECKER: LinkRef = LinkRef {
    label: "Spamhaus IP and domain reputation checker",
    url: "https://check.spamhaus.org/",
};

pub static SPAMHAUS: Blocklist = Blocklist {
    id: "spamhaus",
    name: "Spamhaus",
    // The CBL (`cbl.abuseat.org`) has run on Spamhaus's systems as part of
    // the XBL since January 2021, per https://www.abuseat.org/.
    tokens: &["spamhaus", "abuseat"],
    domains: &["spamhaus.org", "spamhaus.com", "spamhaus.net", "abuseat.org"],
    entry: &ZEN,
    parts: &[
        Part {
            code: "query-refused",
            tokens: &[
                "127.255.255.252",
                "127.255.255.254",
                "127.255.255.255",
                "open resolver",
                "public resolver",
                "excessive number of queries",
                "returnc",
            ],
            entry: &REFUSED_QUERY,
            not_listed: true,
            lists_domains: false,
        },
        // A Spamhaus lookup link for a domain names this part too (see
        // lookup_links).
        Part { code: "DBL", tokens: &["dbl"], entry: &DBL, not_listed: false, lists_domains: true },
        Part { code: "ZRD", tokens: &["zrd"], entry: &ZRD, not_listed: false, lists_domains: true },
        Part { code: "HBL", tokens: &["hbl"], entry: &HBL, not_listed: false, lists_domains: true },
        Part {
            code: "PBL",
            tokens: &["pbl"],
            entry: &PBL,
            not_listed: false,
            lists_domains: false,
        },
        Part {
            code: "SBL",
            tokens: &["sbl"],
            entry: &SBL,
            not_listed: false,
            lists_domains: false,
        },
        Part {
            code: "XBL",
            tokens: &["xbl", "cbl", "abuseat"],
            entry: &XBL,
            not_listed: false,
            lists_domains: false,
        },
        Part {
            code: "CSS",
            tokens: &["css"],
            entry: &CSS,
            not_listed: false,
            lists_domains: false,
        },
    ],
    links: &[CHECKER],
    removal: Removal::Request(&[CHECKER.url, DBL_CHECKER.url]),
    source: SOURCE,
};

static ZEN: Entry = Entry {
    id: "spamhaus/zen",
    reason: Reason::Blocked,
    what: "The receiving server refused the connection because Spamhaus \
           lists the sending IP address.",
    why: "The receiver checks each connecting IP against Spamhaus ZEN, \
          which combines four lists: SBL (spam sources), CSS (low-reputation \
          senders), XBL (infected or hijacked machines) and PBL (addresses \
          that should not send mail directly).",
    steps: &[
        "Look the IP up in the Spamhaus checker: it says which list holds \
         it, why, and whether you can remove it yourself.",
        "If the IP belongs to your provider or an email service, send the \
         bounce to them; only the owner of the IP can fix the cause.",
        "Otherwise your mail administrator fixes the cause, then asks for \
         removal in the checker.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[CHECKER],
    source: SOURCE,
    checked: CHECKED,
};

static SBL: Entry = Entry {
    id: "spamhaus/sbl",
    reason: Reason::Blocked,
    what: "The sending IP address is on the Spamhaus Block List (SBL), so \
           the receiver refused it.",
    why: "Spamhaus staff list IPs and ranges they have verified as sources \
          of spam or as services to spammers. The listing record explains \
          the evidence.",
    steps: &[
        "Open the SBL record from the Spamhaus checker and read the reason.",
        "Removal is for the owner of the IP: your hosting provider, ISP or \
         email service contacts Spamhaus once the problem is fixed. Send \
         them the bounce.",
        "If you run the server yourself, stop the spam, then ask Spamhaus \
         through the record's instructions.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[CHECKER],
    source: "https://www.spamhaus.org/faqs/spamhaus-blocklist-sbl/",
    checked: CHECKED,
};

static XBL: Entry = Entry {
    id: "spamhaus/xbl",
    reason: Reason::Blocked,
    what: "The sending IP address is on the Spamhaus Exploits Block List \
           (XBL), so the receiver refused it.",
    why: "The XBL lists IPs seen acting like malware-infected or hijacked \
          machines: spam bots, open proxies, brute-force logins. Often it \
          is a device on the same network, not the mail server. The \
          Composite Blocking List (CBL, cbl.abuseat.org) now runs as part \
          of the XBL, so a CBL listing is removed the same way.",
    steps: &[
        "Find and clean the infected device or service on the network that \
         uses this public IP.",
        "Then remove the IP yourself in the Spamhaus checker; a listing \
         returns if the infection is still there.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[CHECKER],
    source: "https://www.spamhaus.org/faqs/exploits-blocklist-xbl/",
    checked: CHECKED,
};

static PBL: Entry = Entry {
    id: "spamhaus/pbl",
    reason: Reason::Blocked,
    what: "The sending IP address is on the Spamhaus Policy Block List \
           (PBL): its owner says it should not deliver mail directly.",
    why: "A PBL listing is not a spam accusation. Internet providers list \
          their home and dynamic ranges so that mail from them goes through \
          the provider's own mail server.",
    steps: &[
        "Send through your provider's or email service's outgoing (SMTP) \
         server with a login, instead of delivering straight from this \
         connection.",
        "Only if this IP is a static address for a properly configured \
         mail server may its operator remove it in the Spamhaus checker. \
         For a home connection, removal is not the fix.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[CHECKER],
    source: "https://www.spamhaus.org/faqs/policy-blocklist-pbl/",
    checked: CHECKED,
};

static CSS: Entry = Entry {
    id: "spamhaus/css",
    reason: Reason::Blocked,
    what: "The sending IP address is on the Spamhaus CSS list of \
           low-reputation senders, so the receiver refused it.",
    why: "CSS is filled automatically with IPs that sent spam-like mail, \
          often from compromised accounts, web forms or bad lists.",
    steps: &[
        "Your mail administrator finds what sent the spam (a hacked \
         account, a contact form, a bought list) and stops it.",
        "They then ask for removal in the Spamhaus checker.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[CHECKER],
    source: SOURCE,
    checked: CHECKED,
};

static DBL: Entry = Entry {
    id: "spamhaus/dbl",
    reason: Reason::Blocked,
    what: "A domain in the message (in a link, the sender address or the \
           server name) is on the Spamhaus Domain Block List (DBL).",
    why: "The DBL lists domains seen in spam, phishing or malware. A link \
          shortener or a shared tracking domain can carry a listing into \
          your message.",
    steps: &[
        "Look each domain in the message up in the Spamhaus checker to find \
         the listed one.",
        "If it is someone else's domain (a link), remove or replace the \
         link. If it is yours, fix the cause and request removal there.",
    ],
    who: Actor::You,
    temporary: None,
    links: &[DBL_CHECKER],
    source: "https://www.spamhaus.org/faqs/domain-blocklist/",
    checked: CHECKED,
};

/// The Zero Reputation Domain list. Spamhaus Technology's ZRD page states
/// that it adds newly registered domains automatically.
// NOTE: the listing period of 24 hours is stated by Spamhaus's resellers
// (securityzones.net), not on the Spamhaus page opened as the source.
static ZRD: Entry = Entry {
    id: "spamhaus/zrd",
    reason: Reason::Blocked,
    what: "A domain in the message, usually that of the sender address, is \
           on the Spamhaus Zero Reputation Domain list (ZRD) of newly \
           registered domains.",
    why: "Spamhaus adds domains registered or first used in the last day \
          or so to the ZRD automatically, because spam and phishing often \
          come from brand-new domains. It is no verdict on the domain, and \
          the sending IP plays no part in this listing.",
    steps: &[
        "Wait until the domain is older (about a day after it was \
         registered) and send the message again: the listing ends by \
         itself, and no removal request is needed.",
        "If it cannot wait, send from an address at an established domain, \
         and remove links to the new domain from the message.",
        "The Spamhaus checker shows whether the domain is still listed.",
    ],
    who: Actor::You,
    temporary: None,
    links: &[DBL_CHECKER],
    source: "https://www.spamhaustech.com/protecting-mail-streams/domain-reputation-for-email/zrd/",
    checked: "2026-12-05",
};

/// The Hash Blocklist: hashes of email addresses, cryptocurrency wallet
/// addresses and files seen in spam, per the Spamhaus HBL FAQ.
static HBL: Entry = Entry {
    id: "spamhaus/hbl",
    reason: Reason::Blocked,
    what: "Something in the message (the sender address, an attachment or \
           a cryptocurrency wallet address) is on the Spamhaus Hash \
           Blocklist (HBL).",
    why: "The HBL lists hashes of email addresses, files and wallet \
          addresses that Spamhaus found in spam; a listed sender address \
          often belongs to a hacked account. The sending IP plays no part \
          in this listing.",
    steps: &[
        "If the listed item is your address, secure the account (change its \
         password, check forwarding rules and sent mail), then follow the \
         HBL lookup's instructions in the Spamhaus checker.",
        "If it is an attachment or a wallet address, remove it from the \
         message and send it again.",
    ],
    who: Actor::You,
    temporary: None,
    links: &[DBL_CHECKER],
    source: "https://www.spamhaus.org/faq/section/Spamhaus%20HBL",
    checked: "2026-12-05",
};

static REFUSED_QUERY: Entry = Entry {
    id: "spamhaus/refused-query",
    reason: Reason::Blocked,
    what: "The recipient's mail server rejected your message because of its \
           own Spamhaus set-up, not because your server is listed.",
    why: "Spamhaus refused to answer the receiving server's lookups (it \
          queried through a public or open resolver, or made too many \
          queries) and sent back an error code. The receiver wrongly treats \
          that error as a listing, so it may be refusing everyone's mail.",
    steps: &[
        "Do not request removal: there is nothing to remove.",
        "Tell the recipient, by another channel, that their mail server \
         misreads Spamhaus error answers; send them the bounce.",
        "Their administrator queries Spamhaus through their own resolver or \
         the Spamhaus Data Query Service, and ignores 127.255.255.x \
         answers.",
    ],
    who: Actor::Recipient,
    temporary: None,
    links: &[LinkRef {
        label: "Spamhaus help for legacy blocklist users",
        url: "https://www.spamhaus.com/resource-center/help-for-spamhaus-projects-legacy-blocklist-users",
    }],
    source: "https://www.spamhaus.org/news/article/788/",
    checked: CHECKED,
};
