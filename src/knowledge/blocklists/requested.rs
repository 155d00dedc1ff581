//! Smaller IP blocklists whose operators take removal requests on their
//! own pages, one table entry each. Each entry states the operator's
//! conditions for a request, because they differ: DroneBL takes requests
//! only from the address's main user, S5H only from the listed address
//! itself, and SPFBL only for an address with working reverse DNS.

use super::{Blocklist, Removal};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const CHECKED: &str = "2026-12-06";

const DRONEBL_LOOKUP: LinkRef =
    LinkRef { label: "DroneBL lookup and removal request", url: "https://dronebl.org/lookup" };

pub static DRONEBL: Blocklist = Blocklist {
    id: "dronebl",
    name: "DroneBL",
    tokens: &["dronebl"],
    domains: &["dronebl.org"],
    entry: &Entry {
        id: "dronebl/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because DroneBL lists the \
               sending IP address.",
        why: "DroneBL lists addresses seen doing automated abuse: infected \
              devices, open proxies, botnet drones and brute-force logins. \
              On an address the provider hands out anew, the listing often \
              comes from whoever used it before.",
        steps: &[
            "Check every device behind this IP, the router included, for \
             malware or an open proxy, and fix what you find.",
            "Then request removal on DroneBL's lookup page. Only the main \
             user of the address may ask: on a home connection that is you, \
             on a hosted server its administrator, and behind a VPN or \
             public Wi-Fi the operator of that service.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[DRONEBL_LOOKUP],
        source: "https://dronebl.org/docs/faq",
        checked: CHECKED,
    },
    parts: &[],
    links: &[DRONEBL_LOOKUP],
    removal: Removal::Request(&[DRONEBL_LOOKUP.url]),
    source: "https://dronebl.org/docs/faq",
};

const UBL_SUPPORT: LinkRef = LinkRef {
    label: "LashBack UBL lookup and delisting",
    url: "https://www.lashback.com/support/UnsubscribeBlacklistSupport.aspx",
};

pub static LASHBACK: Blocklist = Blocklist {
    id: "lashback",
    name: "LashBack Unsubscribe Blacklist (UBL)",
    tokens: &["lashback", "unsubscore"],
    domains: &["lashback.com", "unsubscore.com"],
    entry: &Entry {
        id: "lashback/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because LashBack's \
               Unsubscribe Blacklist (UBL) lists the sending IP address.",
        why: "LashBack puts trap addresses on senders' unsubscribe \
              (suppression) lists. An IP that mails those addresses is \
              sending to addresses taken from someone's suppression list, \
              which usually arrive in a bought, rented or shared mailing \
              list.",
        steps: &[
            "Your mail administrator finds the mailing list the trap \
             addresses came from and stops mailing any list that was not \
             collected with the recipients' consent.",
            "Then they look the IP up on LashBack's UBL page, which also \
             takes a first delisting request.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[UBL_SUPPORT],
        source: "https://www.lashback.com/support/UnsubscribeBlacklistSupport.aspx",
        checked: CHECKED,
    },
    parts: &[],
    links: &[UBL_SUPPORT],
    removal: Removal::Request(&[UBL_SUPPORT.url]),
    source: "https://www.lashback.com/support/UnsubscribeBlacklistSupport.aspx",
};

const ZEROSPAM_CHECK: LinkRef =
    LinkRef { label: "0spam IP check and removal request", url: "https://0spam.org/" };

pub static ZEROSPAM: Blocklist = Blocklist {
    id: "0spam",
    name: "0spam",
    tokens: &["0spam"],
    domains: &["0spam.org"],
    entry: &Entry {
        id: "0spam/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because 0spam lists the \
               sending IP address or its network.",
        why: "0spam lists an IP that sent mail to its spam traps \
              (bl.0spam.org), and a whole /24 network when its traps get \
              spam from many addresses in it (nbl.0spam.org). A listing \
              stays until someone requests its removal.",
        steps: &[
            "Your mail administrator stops the source: an infected machine, \
             a hacked account, an open relay, or a mailing sent without \
             consent.",
            "Then they check the IP on 0spam's home page and request \
             removal there; a request needs a free 0spam account.",
            "If the whole network is listed, other addresses of your \
             provider sent the spam; send the bounce to the provider.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[ZEROSPAM_CHECK],
        source: "https://0spam.org/contact-us",
        checked: CHECKED,
    },
    parts: &[],
    links: &[ZEROSPAM_CHECK],
    removal: Removal::Request(&[ZEROSPAM_CHECK.url]),
    source: "https://0spam.org/contact-us",
};

/// S5H removes a listing when its removal page is requested from the
/// listed address, so the link only works from the listed server.
const S5H_REMOVE: LinkRef = LinkRef {
    label: "S5H removal (open it from the listed IP)",
    url: "https://www.usenix.org.uk/content/rblremove",
};
const S5H_HELP: LinkRef =
    LinkRef { label: "S5H removal help", url: "https://www.usenix.org.uk/content/rblremovehelp" };

pub static S5H: Blocklist = Blocklist {
    id: "s5h",
    name: "S5H (all.s5h.net)",
    tokens: &["s5h"],
    domains: &["s5h.net", "usenix.org.uk"],
    entry: &Entry {
        id: "s5h/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because the S5H blocklist \
               (all.s5h.net) lists the sending IP address.",
        why: "S5H lists addresses that sent spam, by mail or in web \
              requests, to its servers.",
        steps: &[
            "Your mail administrator stops the spam from the IP.",
            "Then they request S5H's removal page from the listed server \
             itself, for example with curl: a request from the listed \
             address removes the listing at once.",
            "If the server cannot make that request, S5H's removal help \
             form reaches a person, which takes longer.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[S5H_REMOVE, S5H_HELP],
        source: "https://www.s5h.net/rblcheck",
        checked: CHECKED,
    },
    parts: &[],
    links: &[S5H_REMOVE, S5H_HELP],
    removal: Removal::Request(&[S5H_REMOVE.url, S5H_HELP.url]),
    source: "https://www.s5h.net/rblcheck",
};

const SPFBL_DELIST: LinkRef =
    LinkRef { label: "SPFBL lookup and delisting (Portuguese)", url: "https://spfbl.net/delist/" };

pub static SPFBL: Blocklist = Blocklist {
    id: "spfbl",
    name: "SPFBL",
    tokens: &["spfbl"],
    domains: &["spfbl.net"],
    entry: &Entry {
        id: "spfbl/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because the SPFBL blocklist \
               lists the sending IP address.",
        why: "SPFBL lists IPs that its member servers' recipients, mostly \
              at Brazilian providers, complained about. It also flags \
              addresses it finds unfit to run a mail server: no reverse DNS \
              that resolves back to the IP, a dynamic address, or a server \
              that breaks the SMTP standard.",
        steps: &[
            "Your mail administrator gives the IP a PTR record under your \
             own domain that resolves back to the IP, and makes sure \
             postmaster at that domain receives mail.",
            "Then they request delisting on SPFBL's delist page. A free \
             delisting needs those settings and negative reports on less \
             than 25% of the IP's mail; SPFBL also offers a paid delisting, which \
             publishes the payer's address as the one responsible for the \
             IP.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[SPFBL_DELIST],
        source: "https://spfbl.net/en/dnsbl/",
        checked: CHECKED,
    },
    parts: &[],
    links: &[SPFBL_DELIST],
    removal: Removal::Request(&[SPFBL_DELIST.url]),
    source: "https://spfbl.net/en/dnsbl/",
};

const INTERSERVER_LOOKUP: LinkRef =
    LinkRef { label: "InterServer RBL lookup", url: "https://rbl.interserver.net/" };
const INTERSERVER_DELIST: LinkRef = LinkRef {
    label: "InterServer RBL removal request",
    url: "https://rbl.interserver.net/delisting.php",
};

pub static INTERSERVER: Blocklist = Blocklist {
    id: "interserver",
    name: "InterServer RBL",
    tokens: &["interserver"],
    domains: &["interserver.net"],
    entry: &Entry {
        id: "interserver/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because the InterServer RBL \
               lists the sending IP address.",
        why: "InterServer lists IPs that sent mail to its spam traps. A \
              listing lasts 5 days; an IP listed more than 4 times in a \
              month stays 30 days longer.",
        steps: &[
            "Your mail administrator stops the spam from the IP.",
            "Then the listing ends on its own after 5 days. InterServer \
             has a removal request form, but says a request does not make \
             the removal any sooner.",
            "If the IP is not yours, such as a shared server's, send the \
             bounce to its provider.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[INTERSERVER_LOOKUP, INTERSERVER_DELIST],
        source: "https://rbl.interserver.net/about.php",
        checked: CHECKED,
    },
    parts: &[],
    links: &[INTERSERVER_LOOKUP, INTERSERVER_DELIST],
    removal: Removal::Request(&[INTERSERVER_DELIST.url]),
    source: "https://rbl.interserver.net/about.php",
};

/// The list's page links its own lookup and removal form, whose address
/// the page does not show, so the card links the page.
// NOTE: some blocklist directories call Hostkarma discontinued; the
// operator's page opened as the source still describes it as running.
const HOSTKARMA_PAGE: LinkRef = LinkRef {
    label: "Hostkarma (Junk Email Filter) lists, with lookup and removal",
    url: "https://wiki.junkemailfilter.com/index.php/Spam_DNS_Lists",
};

pub static HOSTKARMA: Blocklist = Blocklist {
    id: "hostkarma",
    name: "Junk Email Filter Hostkarma",
    tokens: &["hostkarma", "junkemailfilter"],
    domains: &["junkemailfilter.com"],
    entry: &Entry {
        id: "hostkarma/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because Junk Email Filter's \
               Hostkarma list rates the sending IP address as a spam \
               source.",
        why: "Hostkarma sorts sending IPs by the mail its filtering service \
              receives from them: white for good mail, yellow for a mix, \
              black for spam. Its operator states that it wants hacked or \
              misconfigured senders off the list quickly once fixed.",
        steps: &[
            "Your mail administrator stops the spam from the IP.",
            "Then they check the IP and request removal through the link \
             at the top of Junk Email Filter's Spam DNS Lists page.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[HOSTKARMA_PAGE],
        source: "https://wiki.junkemailfilter.com/index.php/Spam_DNS_Lists",
        checked: CHECKED,
    },
    parts: &[],
    links: &[HOSTKARMA_PAGE],
    removal: Removal::Request(&[HOSTKARMA_PAGE.url]),
    source: "https://wiki.junkemailfilter.com/index.php/Spam_DNS_Lists",
};
