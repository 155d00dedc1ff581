//! Invaluement runs three lists. ivmSIP lists sending IPs that send only
//! spam, ivmSIP/24 lists /24 ranges where spam comes from several
//! addresses, and ivmURI lists the domains and URL hosts that appear in
//! the bodies of unsolicited messages. A reply that names one of them
//! gets that list's entry, and an ivmURI listing does not involve the
//! sending IP. Invaluement's own ivmURI page (dnsbl.invaluement.com/ivmuri/)
//! describes that list as one of "IPs and domain names which only appear
//! in the body of unsolicited messages".

use super::{Blocklist, Part, Removal};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const CHECKED: &str = "2026-12-05";

/// Validity's page on the Invaluement lists, which describes all three
/// and their removal conditions.
const LISTS_SOURCE: &str =
    "https://knowledge.validity.com/hc/en-us/articles/220567887-Invaluement-blocklist";

const INVALUEMENT_SITE: LinkRef =
    LinkRef { label: "Invaluement", url: "https://www.invaluement.com/" };

pub static INVALUEMENT: Blocklist = Blocklist {
    id: "invaluement",
    name: "Invaluement (ivmSIP, ivmSIP/24, ivmURI)",
    tokens: &["invaluement", "ivmsip", "ivmsip24", "ivmuri"],
    domains: &["invaluement.com"],
    entry: &Entry {
        id: "invaluement/listed",
        reason: Reason::Blocked,
        what: "The receiver refused the message because an Invaluement list \
               names the sending IP (ivmSIP) or a domain in the message \
               (ivmURI).",
        why: "Invaluement targets snowshoe spam: bulk mail spread thinly \
              over many IPs or domains.",
        steps: &[
            "Your mail administrator checks why the IP or domain sends bulk \
             mail that recipients did not ask for, and fixes it.",
            "They request removal from Invaluement through its website.",
        ],
        who: Actor::Admin,
        temporary: None,
        links: &[INVALUEMENT_SITE],
        source: "https://www.invaluement.com/",
        checked: CHECKED,
    },
    // ivmSIP/24 comes before ivmSIP, whose token also matches `ivmSIP/24`.
    parts: &[
        Part {
            code: "ivmSIP/24",
            tokens: &["ivmsip/24", "ivmsip24"],
            entry: &SENDER_RANGE,
            not_listed: false,
            lists_domains: false,
        },
        Part {
            code: "ivmSIP",
            tokens: &["ivmsip"],
            entry: &SENDER_IP,
            not_listed: false,
            lists_domains: false,
        },
        Part {
            code: "ivmURI",
            tokens: &["ivmuri"],
            entry: &URI,
            not_listed: false,
            lists_domains: true,
        },
    ],
    links: &[INVALUEMENT_SITE],
    removal: Removal::Request(&[INVALUEMENT_SITE.url]),
    source: "https://www.invaluement.com/",
};

static SENDER_IP: Entry = Entry {
    id: "invaluement/sip",
    reason: Reason::Blocked,
    what: "The receiver refused the message because Invaluement's ivmSIP \
           list names the sending IP address.",
    why: "ivmSIP lists IPs that send spam which other lists such as \
          Spamhaus have not caught yet: botnets, snowshoe spammers who \
          spread their mail thinly over many addresses, and senders who \
          mail people without their permission.",
    steps: &[
        "Your mail administrator finds out why the IP sends mail that \
         recipients did not ask for (a hacked account, a bulk sender on the \
         server) and stops it.",
        "They then request removal through Invaluement's website.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[INVALUEMENT_SITE],
    source: LISTS_SOURCE,
    checked: CHECKED,
};

static SENDER_RANGE: Entry = Entry {
    id: "invaluement/sip24",
    reason: Reason::Blocked,
    what: "The receiver refused the message because Invaluement's ivmSIP/24 \
           list names the /24 range (256 addresses) that contains the \
           sending IP address.",
    why: "ivmSIP/24 lists ranges where Invaluement sees spam sent from \
          several addresses, so an IP can be listed for spam its neighbours \
          sent.",
    steps: &[
        "If the sending IP itself sent spam, your mail administrator stops \
         the cause first.",
        "They request removal through Invaluement's website. Invaluement \
         removes an IP from ivmSIP/24 when it has no spam on file from that \
         IP and the neighbouring spam senders are not under the same \
         owner's control.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[INVALUEMENT_SITE],
    source: LISTS_SOURCE,
    checked: CHECKED,
};

static URI: Entry = Entry {
    id: "invaluement/uri",
    reason: Reason::Blocked,
    what: "The receiver refused the message because a domain or URL in it, \
           usually in a link, is on Invaluement's ivmURI list of domains \
           seen in spam.",
    why: "ivmURI lists domain names, and a few IP addresses, that appear in \
          the body of unsolicited messages, not the servers that send them. \
          The sending IP plays no part in this listing.",
    steps: &[
        "Find the listed domain: the reply often names it, otherwise look \
         up each domain linked in the message on Invaluement's website.",
        "If it is someone else's domain, remove or replace the link and \
         send the message again.",
        "If it is your own domain, secure it and remove whatever spammers \
         placed on it, then request removal through Invaluement's website.",
    ],
    who: Actor::You,
    temporary: None,
    links: &[INVALUEMENT_SITE],
    source: LISTS_SOURCE,
    checked: CHECKED,
};
