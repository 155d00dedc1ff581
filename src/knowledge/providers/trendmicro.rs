//! Trend Micro Email Reputation Services (ERS), used by Trend Micro's
//! gateways and hosted filtering. Its rejections read "blocked using Trend
//! Micro RBL+" or "refused by rbl-plus.mail-abuse.org" and still link to
//! the old plain-HTTP lookup on mail-abuse.com. The entry links to Trend
//! Micro's current HTTPS lookup page instead
//! (<https://success.trendmicro.com/ja-JP/solution/KA-0000797> names it,
//! checked 2026-12-04), where the removal request starts.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers";
const CHECKED: &str = "2026-12-04";

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "trendmicro",
    name: "Trend Micro",
    hosts: &["trendmicro.com", "trendmicro.eu", "mail-abuse.com", "mail-abuse.org"],
    mail_domains: &[],
    tokens: &["trend micro rbl+", "rbl-plus.mail-abuse.org", "trend micro email reputation"],
    rules: &[
        Rule { code: "", status: &[], phrases: &["rbl+", "rbl-plus", "email reputation", "mail-abuse"], entry: &ERS_BLOCKED },
    ],
    codes: None,
};

/// Trend Micro checks two lists, and the reply class tells them apart
/// (see `class_decides`). A 5xx reply comes from the standard list
/// (RBL+), and a 4xx reply from the dynamic list, whose listings expire.
static ERS_BLOCKED: Entry = Entry {
    id: "trendmicro/ers-blocked",
    reason: Reason::Blocked,
    what: "The recipient's Trend Micro filter refused the message because \
           the sending IP is on one of Trend Micro's email reputation lists.",
    why: "A 5xx reply comes from the standard list (RBL+) of known spam \
          sources, open relays and dynamic (dial-up) ranges, which removes \
          an IP only at the request of the owner of the IP space. A 4xx \
          reply comes from the dynamic list, updated as it happens, of IPs \
          sending spam at the moment, often a normal server with one hacked \
          account. That listing expires by itself.",
    steps: &[
        "After a 4xx reply, let the sending server retry: its retries get \
         through once the listing expires. Your mail administrator still \
         finds what sent the spam (a hacked account or web form) and stops \
         it, or the IP is listed again.",
        "After a 5xx reply, look the IP up on Trend Micro's lookup page.",
        "If the IP is your provider's, send them the bounce; otherwise your \
         mail administrator closes any open relay, stops the spam, and \
         sends a removal request from that page.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[LinkRef {
        label: "Trend Micro email reputation lookup",
        url: "https://servicecentral.trendmicro.com/en-us/ers/ip-lookup/",
    }],
    source: SOURCE,
    checked: CHECKED,
};
