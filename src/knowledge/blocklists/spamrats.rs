//! SpamRATS: three IP lists a receiver may consult. RATS-NoPtr contains
//! abusive IPs with no reverse DNS (zone `noptr.spamrats.com`), RATS-Dyna
//! abusive IPs whose reverse DNS name looks like a home or dynamic
//! connection (`dyna.spamrats.com`), and RATS-Spam IPs seen sending spam
//! (`spam.spamrats.com`); `all.spamrats.com` combines them. A listed IP
//! can be removed on the list's own page once the cause is fixed.

use super::{Blocklist, Part, Removal};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://www.spamrats.com/about.php";
const CHECKED: &str = "2026-12-05";

/// The lookup page, which names the list that contains the IP and leads to
/// its removal form.
const LOOKUP: LinkRef = LinkRef {
    label: "SpamRATS lookup and removal",
    url: "https://www.spamrats.com/lookup.php?ip={ip}",
};

pub static SPAMRATS: Blocklist = Blocklist {
    id: "spamrats",
    name: "SpamRATS",
    tokens: &["spamrats", "rats-noptr", "rats-dyna", "rats-spam"],
    domains: &["spamrats.com"],
    entry: &LISTED,
    parts: &[
        Part {
            code: "RATS-NoPtr",
            tokens: &["noptr", "rats-noptr"],
            entry: &NO_PTR,
            not_listed: false,
            lists_domains: false,
        },
        Part {
            code: "RATS-Dyna",
            tokens: &["dyna", "rats-dyna"],
            entry: &DYNA,
            not_listed: false,
            lists_domains: false,
        },
    ],
    links: &[LOOKUP],
    removal: Removal::Request(&[LOOKUP.url]),
    source: SOURCE,
};

static LISTED: Entry = Entry {
    id: "spamrats/listed",
    reason: Reason::Blocked,
    what: "The receiver refused the message because a SpamRATS list names \
           the sending IP address.",
    why: "SpamRATS lists IPs seen sending spam or making abusive numbers of \
          connections, which usually points to a compromised server, \
          account or open relay.",
    steps: &[
        "Look the IP up at SpamRATS to see which list holds it.",
        "Your mail administrator finds and stops what sent the spam.",
        "They then remove the IP on the SpamRATS page; an IP listed again \
         is harder to remove.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[LOOKUP],
    source: "https://www.spamrats.com/rats-spam.php",
    checked: CHECKED,
};

static NO_PTR: Entry = Entry {
    id: "spamrats/noptr",
    reason: Reason::Blocked,
    what: "The receiver refused the message because the sending IP address \
           is on RATS-NoPtr: it has no reverse DNS (PTR) record.",
    why: "RATS-NoPtr lists IPs without a PTR record that made abusive \
          numbers of connections, a pattern of spam bots. A mail server \
          needs a PTR record naming it.",
    steps: &[
        "Your mail administrator, or the provider that owns the IP, sets a \
         PTR record for it whose name resolves back to the same IP.",
        "Once the PTR record is visible, they remove the IP on the SpamRATS \
         lookup page.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[LOOKUP],
    source: SOURCE,
    checked: CHECKED,
};

static DYNA: Entry = Entry {
    id: "spamrats/dyna",
    reason: Reason::Blocked,
    what: "The receiver refused the message because the sending IP address \
           is on RATS-Dyna: its reverse DNS name looks like a home or \
           dynamic connection.",
    why: "RATS-Dyna lists IPs whose PTR name follows a home or dynamic \
          naming pattern and that made abusive numbers of connections, \
          often an infected computer.",
    steps: &[
        "Send through your provider's or email service's outgoing (SMTP) \
         server with a login, instead of delivering straight from this \
         connection.",
        "If this is a static IP of a real mail server, its owner gives it a \
         PTR name that names the server, then removes the IP on the \
         SpamRATS lookup page.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[LOOKUP],
    source: SOURCE,
    checked: CHECKED,
};
