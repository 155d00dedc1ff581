//! AT&T (att.net, sbcglobal.net, bellsouth.net and other legacy domains),
//! answered by `*.prodigy.net` servers until AT&T moved its consumer mail
//! to Yahoo in 2025. Its block replies name AT&T's own list:
//! `DNSBL:RBL 521< 203.0.113.7 >_is_blocked` (older `DNSBL:ATTRBL 521`).
//! Removal goes by email to abuse_rbl@abuse-att.net.
//!
//! NOTE: the replies' wording is from real bounces; AT&T's postmaster FAQ
//! could not be opened here.

use super::{Provider, Rule};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str =
    "https://www.att.com/support/smallbusiness/article/smb-email-support/KM1252601/";
const CHECKED: &str = "2026-12-04";

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "att",
    name: "AT&T",
    hosts: &["prodigy.net", "att.net", "sbcglobal.net", "bellsouth.net"],
    mail_domains: &["att.net", "sbcglobal.net", "bellsouth.net", "pacbell.net", "prodigy.net", "flash.net", "swbell.net"],
    tokens: &["dnsbl:rbl", "dnsbl:attrbl", "abuse_rbl@abuse-att.net"],
    rules: &[
        Rule { code: "DNSBL:RBL", status: &[], phrases: &["dnsbl:rbl"], entry: &RBL },
        Rule { code: "DNSBL:ATTRBL", status: &[], phrases: &["dnsbl:attrbl"], entry: &RBL },
        Rule { code: "", status: &[], phrases: &["blacklist.mailrelay.att.net", "dnsrbl: blocked for abuse"], entry: &RBL },
        Rule { code: "", status: &[], phrases: &["fix reverse dns"], entry: &NO_RDNS },
    ],
    codes: None,
};

static RBL: Entry = Entry {
    id: "att/rbl",
    reason: Reason::Blocked,
    what: "AT&T refused the message because the sending IP address is on \
           AT&T's own blocklist.",
    why: "AT&T lists IPs that sent spam to its users, drawing also on \
          public blocklists. The reply quotes the blocked IP between angle \
          brackets.",
    steps: &[
        "Your mail administrator checks the IP on the public blocklists \
         and stops any spam from it.",
        "They email abuse_rbl@abuse-att.net with the IP and the full \
         error text, asking for removal.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static NO_RDNS: Entry = Entry {
    id: "att/no-rdns",
    reason: Reason::RequirePtr,
    what: "AT&T refused the connection because the sending IP's reverse DNS \
           is missing or does not match.",
    why: "AT&T accepts mail only from servers whose PTR name resolves back \
          to their IP.",
    steps: &["Your mail administrator fixes the PTR record, then resends \
              after it has spread."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};
