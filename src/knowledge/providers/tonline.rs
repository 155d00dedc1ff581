//! T-Online / Deutsche Telekom (t-online.de, magenta.de). Telekom's
//! rejections read `554 IP=<ip> - ...` and end with a token in brackets:
//! `(BL)` blocked, `(NOWL)` no reputation yet, `(DIAL)` a dial-up or
//! dynamic address. Telekom accepts mail only from static IPs with
//! matching forward and reverse DNS and a website on the server's host
//! name that names its operator (the German "Impressum"). A reply with
//! `IP=<ip> - A problem occurred` and Telekom's blocked-IP contact
//! (tosa@rx.t-online.de) but no bracketed token is read as the same
//! refusal of the IP, with wording that states the token is missing.
//!
//! The shape `IP=<ip> - <text> (<CODE>)` with one of the three codes
//! names Telekom by itself, so a reply pasted without the receiving host
//! (`554 IP=192.0.2.1 - Dynamic IP addresses not allowed (DIAL)`) is
//! decoded as Telekom's, whatever the text between the dash and the code.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef, Match};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://postmaster.t-online.de/index.en.html";
const CHECKED: &str = "2026-12-04";

const POSTMASTER: LinkRef = LinkRef { label: "Telekom postmaster", url: SOURCE };

/// `IP=<address> - <text> (<code>)`. The text may wrap onto the next
/// lines as a DSN or Postfix wraps it, and its 300-character limit keeps a
/// code further on in the bounce from joining an unrelated `IP=`.
static REPLY_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)\bip=[0-9a-f:.]+\s+-\s.{0,300}?\((bl|nowl|dial)\)")
        .expect("Telekom reply pattern is valid")
});

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
    codes: Some(decode),
};

/// Reads Telekom's reply shape and the code at its end. It runs before the
/// phrase rules, and also when no Telekom host or contact address is named.
fn decode(text: &str, _remote_host: Option<&str>) -> Option<Match> {
    let code = REPLY_SHAPE.captures(text)?.get(1)?.as_str().to_ascii_uppercase();
    let entry = match code.as_str() {
        "BL" => &BLOCKED,
        "NOWL" => &NO_REPUTATION,
        _ => &DIALUP,
    };
    Some(Match { provider: Some("t-online"), code: Some(code), entry, blocklists: Vec::new() })
}

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

// NOTE: Telekom's postmaster page does not quote the text before (DIAL).
// A hosting provider's help page quotes `Dialup/transient IP not allowed.
// Use a mailgateway or contact toda@rx.t-online.de if obsolete.`, and
// `Dynamic IP addresses not allowed` is an unconfirmed report, so only the
// code selects this entry.
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
