//! Blocklists other than Spamhaus, one table entry each.

use super::{Blocklist, Removal};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const CHECKED: &str = "2026-12-04";

const SPAMCOP_CHECK: LinkRef = LinkRef {
    label: "SpamCop blocking list lookup",
    url: "https://www.spamcop.net/w3m?action=checkblock&ip={ip}",
};

pub static SPAMCOP: Blocklist = Blocklist {
    id: "spamcop",
    name: "SpamCop Blocking List (SCBL)",
    tokens: &["spamcop"],
    domains: &["spamcop.net"],
    entry: &Entry {
        id: "spamcop/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because the SpamCop Blocking \
               List lists the sending IP address.",
        why: "SpamCop lists IPs that its users reported for spam or that hit \
              its spam traps. Misdirected bounces and auto-replies sent to \
              forged senders are a common cause.",
        steps: &[
            "Look the IP up in SpamCop to see when it was last reported.",
            "Your mail administrator stops the source (spam, or bounces and \
             auto-replies to forged addresses).",
            "No removal request is needed: the listing expires about a day \
             after the reports stop.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[SPAMCOP_CHECK],
        source: "https://www.spamcop.net/bl.shtml",
        checked: CHECKED,
    },
    parts: &[],
    links: &[SPAMCOP_CHECK],
    removal: Removal::NoRequest("No removal request is needed"),
    source: "https://www.spamcop.net/bl.shtml",
};

const BRBL_REMOVAL: LinkRef = LinkRef {
    label: "Barracuda Reputation Block List removal request",
    url: "https://www.barracudacentral.org/rbl/removal-request",
};
const BRBL_LOOKUP: LinkRef = LinkRef {
    label: "Barracuda reputation lookup",
    url: "https://www.barracudacentral.org/lookups/lookup-reputation",
};

/// Barracuda lists single IPs it rates "poor". A Barracuda gateway can
/// rate an address read from the Received headers instead of the
/// connecting server's: with known forwarders set, it checks the first
/// address in the headers that is not one of them
/// (<https://campus.barracuda.com/product/emailsecuritygateway/doc/171802767/ip-analysis-inbound>,
/// checked 2026-12-04). The listing causes follow
/// <https://barracudacentral.org/lookups/reason> (checked 2026-12-04).
/// The list is a free public DNSBL (`b.barracudacentral.org`) that
/// receivers without a Barracuda product query too
/// (<https://www.barracudacentral.org/rbl>, checked 2026-12-04), so the
/// entry names the list, not a Barracuda filter.
pub static BARRACUDA: Blocklist = Blocklist {
    id: "barracuda",
    name: "Barracuda Reputation Block List (BRBL)",
    tokens: &["barracudacentral", "barracuda reputation", "brbl"],
    // Barracuda appliances link to `http://bbl.barracudacentral.com/q.cgi?ip=`.
    domains: &["barracudacentral.org", "barracudacentral.com"],
    entry: &Entry {
        id: "barracuda/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because the sending IP is \
               on the Barracuda Reputation Block List (BRBL), a public \
               blocklist.",
        why: "Any mail server can look IPs up in this list \
              (b.barracudacentral.org); the receiver need not run a \
              Barracuda product. Barracuda lists single IPs that sent to \
              its spam traps or behaved like spam bots or open relays. \
              Common causes are an \
              infected computer or server on the network, a misconfigured \
              mail server, bulk mail sent without consent, or a dynamic IP \
              that a spammer used before.",
        steps: &[
            "Quote the IP address the reply names: it is the one Barracuda \
             rated. It can be an earlier hop from the Received headers, \
             such as your own computer's or office network's address, \
             rather than your mail server's; then that network's \
             administrator or provider must act.",
            "Look the IP up in Barracuda's reputation lookup.",
            "Your mail administrator fixes the cause, then files one removal \
             request for that IP with a contact address and what was fixed. \
             Barracuda checks each request by hand, usually within a day.",
            "Do not file repeated requests; they slow the review.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[BRBL_LOOKUP, BRBL_REMOVAL],
        source: "https://www.barracudacentral.org/rbl",
        checked: CHECKED,
    },
    parts: &[],
    links: &[BRBL_LOOKUP, BRBL_REMOVAL],
    removal: Removal::Request(&[BRBL_REMOVAL.url]),
    source: "https://www.barracudacentral.org/rbl",
};

const CLOUDMARK_RESET: LinkRef = LinkRef {
    label: "Cloudmark CSI reset request",
    url: "https://csi.cloudmark.com/reset-request/?ip={ip}",
};

pub static CLOUDMARK: Blocklist = Blocklist {
    id: "cloudmark",
    name: "Cloudmark Sender Intelligence (CSI)",
    // "CSI" alone is Cloudmark Sender Intelligence in replies such as
    // `has a poor reputation on CSI`. A host name that only starts with
    // it (Mimecast's `csi.mimecast.org`) is not under Cloudmark's domain,
    // so it names no list.
    tokens: &["cloudmark", "csi-global", "csi"],
    domains: &["cloudmark.com"],
    entry: &Entry {
        id: "cloudmark/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because Cloudmark Sender \
               Intelligence rates the sending IP address badly.",
        why: "Cloudmark scores IPs from the spam and complaints its network \
              of providers sees; many cable and telecom providers (Comcast, \
              Cox, Spectrum, Orange) reject on that score.",
        steps: &[
            "Your mail administrator stops any spam from the IP.",
            "They file a Cloudmark reset request for the IP; a first request \
             is normally granted within about a business day, repeats are \
             reviewed more strictly.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[CLOUDMARK_RESET],
        source: "https://csi.cloudmark.com/reasons-admin.php",
        checked: "2026-12-05",
    },
    parts: &[],
    links: &[CLOUDMARK_RESET],
    removal: Removal::Request(&[CLOUDMARK_RESET.url]),
    source: "https://csi.cloudmark.com/reasons-admin.php",
};

const SENDERSCORE: LinkRef = LinkRef {
    label: "Sender Score blocklist lookup",
    url: "https://senderscore.org/blocklistlookup/",
};

pub static VALIDITY: Blocklist = Blocklist {
    id: "validity",
    name: "Validity (Return Path) Reputation Network Blocklist",
    tokens: &["senderscore", "returnpath", "return path", "rpbl"],
    domains: &["senderscore.org", "senderscore.com", "returnpath.com", "validity.com"],
    entry: &Entry {
        id: "validity/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because the Validity \
               (Return Path) Reputation Network Blocklist lists the sending \
               IP address.",
        why: "Validity lists IPs that hit spam traps, send to many unknown \
              users, look like bots, or have a Sender Score near zero.",
        steps: &[
            "Look the IP up on the Sender Score blocklist page; it shows the \
             listing reason.",
            "Your mail administrator fixes that cause and requests removal \
             there; removal is immediate but the IP is listed again if the \
             cause remains.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[SENDERSCORE],
        source: "https://help.returnpath.com/hc/en-us/articles/360003366532",
        checked: CHECKED,
    },
    parts: &[],
    links: &[SENDERSCORE],
    removal: Removal::Request(&[SENDERSCORE.url]),
    source: "https://help.returnpath.com/hc/en-us/articles/360003366532",
};

const UCEPROTECT_CHECK: LinkRef = LinkRef {
    label: "UCEPROTECT blocklist check",
    url: "https://www.uceprotect.net/en/rblcheck.php",
};

pub static UCEPROTECT: Blocklist = Blocklist {
    id: "uceprotect",
    name: "UCEPROTECT",
    tokens: &["uceprotect"],
    domains: &["uceprotect.net"],
    entry: &Entry {
        id: "uceprotect/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because UCEPROTECT lists the \
               sending IP address or its whole network.",
        why: "Level 1 lists single IPs that hit its traps and expires about \
              a week after the last hit. Levels 2 and 3 list whole ranges or \
              networks because of other customers of the same provider; the \
              sender cannot fix those.",
        steps: &[
            "Check the IP on UCEPROTECT's site to see which level lists it.",
            "For level 1, your mail administrator stops the spam and waits \
             for the listing to expire.",
            "For levels 2 and 3, ask the recipient's administrator to stop \
             using those levels (many receivers do not), or send through \
             another provider.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[UCEPROTECT_CHECK],
        source: "https://www.uceprotect.net/en/",
        checked: CHECKED,
    },
    parts: &[],
    links: &[UCEPROTECT_CHECK],
    // NOTE: the entry links no request page because none was sourced, so
    // the card only tells the sender to wait for level 1 to expire.
    removal: Removal::NoRequest("waits for the listing to expire"),
    source: "https://www.uceprotect.net/en/",
};

const PSBL_LISTING: LinkRef =
    LinkRef { label: "PSBL listing and removal", url: "https://psbl.org/listing?ip={ip}" };

pub static PSBL: Blocklist = Blocklist {
    id: "psbl",
    name: "Passive Spam Block List (PSBL)",
    tokens: &["psbl", "surriel.com"],
    domains: &["psbl.org", "surriel.com"],
    entry: &Entry {
        id: "psbl/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because the Passive Spam \
               Block List lists the sending IP address.",
        why: "PSBL lists any IP that sent mail to its spam traps and is not \
              a known mail server; a shared server is often listed because \
              of one user.",
        steps: &[
            "Open the PSBL listing page for the IP.",
            "Anyone may remove an IP there; your mail administrator should \
             still stop the spam, or it is listed again.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[PSBL_LISTING],
        source: "https://psbl.org/",
        checked: CHECKED,
    },
    parts: &[],
    links: &[PSBL_LISTING],
    removal: Removal::Request(&[PSBL_LISTING.url]),
    source: "https://psbl.org/",
};

const MAILSPIKE_VERIFY: LinkRef = LinkRef {
    label: "Mailspike IP Verify (lookup and delisting)",
    url: "https://mailspike.io/ip_verify",
};

pub static MAILSPIKE: Blocklist = Blocklist {
    id: "mailspike",
    name: "Mailspike",
    tokens: &["mailspike"],
    domains: &["mailspike.io", "mailspike.net"],
    entry: &Entry {
        id: "mailspike/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because Mailspike rates the \
               sending IP address badly.",
        why: "Mailspike scores IPs by their sending behaviour over time, and \
              separately lists IPs seen taking part in a spam wave; both \
              usually point to an infected machine or a hacked account.",
        steps: &[
            "Look the IP up in Mailspike IP Verify.",
            "Your mail administrator cleans the cause (malware, a hacked \
             account), then asks for delisting there.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[MAILSPIKE_VERIFY],
        source: "https://mailspike.io/ip_verify/about",
        checked: CHECKED,
    },
    parts: &[],
    links: &[MAILSPIKE_VERIFY],
    removal: Removal::Request(&[MAILSPIKE_VERIFY.url]),
    source: "https://mailspike.io/ip_verify/about",
};

pub static SORBS: Blocklist = Blocklist {
    id: "sorbs",
    name: "SORBS (closed)",
    tokens: &["sorbs"],
    // The list is closed, but old receiver configurations still link to
    // its lookup page with the address.
    domains: &["sorbs.net"],
    entry: &Entry {
        id: "sorbs/closed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because of SORBS, a \
               blocklist that shut down in June 2024.",
        why: "SORBS no longer publishes data or handles removals. A server \
              that still consults it is using an out-of-date configuration, \
              and its answers can no longer be trusted.",
        steps: &[
            "Do not look for a removal form: there is none, and no change on \
             your side clears this refusal.",
            "Ask the recipient, by phone or another address, to pass this \
             bounce to their mail administrator.",
            "What to ask for: remove SORBS from the server's blocklist \
             settings, or at least allow your server's IP, the IP to quote \
             on this card.",
        ],
        who: Actor::Recipient,
        temporary: None,
        links: &[],
        source: "https://www.techzine.eu/news/security/120916/proofpoint-discontinues-anti-spam-service-sorbs/",
        checked: CHECKED,
    },
    parts: &[],
    links: &[],
    removal: Removal::NoRequest("there is none"),
    source: "https://www.techzine.eu/news/security/120916/proofpoint-discontinues-anti-spam-service-sorbs/",
};
