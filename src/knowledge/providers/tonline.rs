//! T-Online / Deutsche Telekom (t-online.de, magenta.de). Telekom's
//! rejections read `554 IP=<ip> - ...` and end with a token in brackets:
//! `(BL)` blocked, `(NOWL)` no reputation yet, `(DIAL)` a dial-up or
//! dynamic address. Telekom accepts mail only from static IPs with
//! matching forward and reverse DNS and a website on the server's host
//! name that names its operator (the German "Impressum"). A reply with
//! `IP=<ip> - A problem occurred` and Telekom's blocked-IP contact
//! (tosa@rx.t-online.de) but no bracketed token is read as the same
//! refusal of the IP, with wording that states the token is missing.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://postmaster.t-online.de/index.en.html";
const CHECKED: &str = "2026-12-04";

const POSTMASTER: LinkRef = LinkRef { label: "Telekom postmaster", url: SOURCE };

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "t-online",
    name: "T-Online (Deutsche Telekom)",
    hosts: &["t-online.de", "telekom.de"],
    mail_domains: &["t-online.de", "magenta.de"],
    tokens: &["rx.t-online.de"],
    rules: &[
        Rule { code: "BL", status: &[], phrases: &["(bl)"], entry: &BLOCKED },
        Rule { code: "NOWL", status: &[], phrases: &["(nowl)"], entry: &NO_REPUTATION },
        Rule { code: "DIAL", status: &[], phrases: &["(dial)"], entry: &DIALUP },
        Rule {
            code: "",
            status: &[],
            phrases: &["tosa@rx.t-online.de", "a problem occurred"],
            entry: &REFUSED_IP,
        },
    ],
    codes: None,
};

static BLOCKED: Entry = Entry {
    id: "t-online/BL",
    reason: Reason::Blocked,
    what: "Telekom (T-Online) refused mail from the sending IP address.",
    why: "(BL) means the IP is on Telekom's blocklist. Telekom also blocks \
          IPs it does not know yet, and servers without a website on their \
          host name naming the operator.",
    steps: &[
        "Your mail administrator makes sure the server's host name serves \
         a web page naming the operator, with matching forward and reverse \
         DNS.",
        "They write to the address given in the reply (for example \
         tosa@rx.t-online.de) with the IP and the error, asking for a \
         review.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static NO_REPUTATION: Entry = Entry {
    id: "t-online/NOWL",
    reason: Reason::BadReputation,
    what: "Telekom refused the message because the sending IP has no or too \
           little reputation with it.",
    why: "(NOWL) means the IP is unknown to Telekom's allow data, typical of \
          a new or rarely used server.",
    steps: &["Your mail administrator asks for a reset at the address in \
              the reply (tobr@rx.t-online.de), after checking the server's \
              DNS and operator page."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static DIALUP: Entry = Entry {
    id: "t-online/DIAL",
    reason: Reason::Blocked,
    what: "Telekom refused the message because the sending IP looks like a \
           dial-up or dynamic address.",
    why: "(DIAL) is given to IPs in dynamic ranges, or servers Telekom \
          cannot tie to an operator.",
    steps: &["Send through a proper mail server (your provider's), or have \
              the address in the reply (toda@rx.t-online.de) update the \
              IP's classification if it is static."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

// NOTE: no Telekom page found describes this reply without a token, so
// the wording leaves open which check failed.
static REFUSED_IP: Entry = Entry {
    id: "t-online/refused-ip",
    reason: Reason::Blocked,
    what: "Telekom (T-Online) refused mail from the sending IP address.",
    why: "The reply names the sending IP and Telekom's contact for blocked \
          IPs, in the words of its (BL) block, but without the (BL), (NOWL) or \
          (DIAL) token that says which check failed. Telekom refuses IPs on \
          its blocklist, IPs it does not know yet, and servers without a \
          website on their host name naming the operator.",
    steps: &[
        "Your mail administrator checks that the server's host name serves \
         a web page naming the operator, with matching forward and reverse \
         DNS.",
        "They write to the address given in the reply (for example \
         tosa@rx.t-online.de) with the IP and the whole reply, asking why \
         the IP is refused and for a review.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};
