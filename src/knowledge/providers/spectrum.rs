//! Charter / Spectrum (charter.net, spectrum.net, rr.com, twc.com).
//! Spectrum's replies carry `AUP#I-nnnn` (mail coming in from outside),
//! `AUP#In-nnnn`, or `AUP#O-nnnn` (mail its customers send out). The four
//! digits fall in ranges, and each range is one kind of problem.
//!
//! NOTE: Spectrum's error code page could not be opened here; the ranges
//! come from its transcription in bounce libraries and from real replies.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::Provider;
use crate::knowledge::{Entry, LinkRef, Match};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://www.spectrum.net/support/internet/understanding-email-error-codes";
const CHECKED: &str = "2026-12-04";

static CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"aup#(i|in|o)-(\d{4})\b").expect("Spectrum code pattern is valid")
});

const HELP: LinkRef = LinkRef { label: "Spectrum email error codes", url: SOURCE };

pub static PROVIDER: Provider = Provider {
    id: "spectrum",
    name: "Charter / Spectrum",
    hosts: &["charter.net", "spectrum.net", "rr.com", "twc.com", "brighthouse.com"],
    mail_domains: &["charter.net", "spectrum.net", "rr.com", "twc.com"],
    tokens: &[],
    rules: &[],
    codes: Some(decode),
};

/// Reads an `AUP#I-nnnn` style code and picks the entry for its range.
fn decode(text: &str, _remote_host: Option<&str>) -> Option<Match> {
    let lower = text.to_ascii_lowercase();
    let found = CODE.captures(&lower)?;
    let number: u16 = found.get(2)?.as_str().parse().ok()?;
    let (entry, list): (&'static Entry, Option<&'static str>) = match number {
        1000 => (&IP_BLOCKED, None),
        1010..=1080 => (&ACCOUNT_LIMITED, None),
        1090 => (&NOT_PROCESSED, None),
        1100..=1150 => (&DNS, None),
        1160..=1190 => (&DOMAIN_POLICY, None),
        1200..=1210 => (&CLOUDMARK, Some("cloudmark")),
        1220..=1250 => (&SPAMHAUS, Some("spamhaus")),
        1260 => (&NO_IPV6, None),
        1300..=1340 => (&CONNECTIONS, None),
        1350..=1490 | 1540 | 1580 => (&VOLUME, None),
        1500 | 1520 => (&FROM_MISMATCH, None),
        1530 => (&TOO_BIG, None),
        1550 | 1560 => (&RECIPIENTS, None),
        _ => return None,
    };
    let direction = found.get(1)?.as_str().to_ascii_uppercase();
    let direction = if direction == "IN" { "In".to_string() } else { direction };
    Some(Match {
        provider: Some("spectrum"),
        code: Some(format!("AUP#{direction}-{number}")),
        entry,
        blocklists: list.into_iter().collect(),
    })
}

static IP_BLOCKED: Entry = Entry {
    id: "spectrum/1000",
    reason: Reason::Blocked,
    what: "Spectrum blocked the sending IP address for suspicious activity.",
    why: "Spectrum saw spam-like traffic from the IP. For IPs outside \
          Spectrum's network the block stays until it expires.",
    steps: &["Your mail administrator stops the spam and waits for the \
              block to expire."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static ACCOUNT_LIMITED: Entry = Entry {
    id: "spectrum/account-limited",
    reason: Reason::Blocked,
    what: "Spectrum limited the sending account or IP for suspicious \
           activity, usually recipient complaints.",
    why: "Codes 1010 to 1080 are temporary limits that expire by themselves.",
    steps: &["Reduce complaints (send only wanted mail), secure the account, \
              and wait for the limit to expire."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static NOT_PROCESSED: Entry = Entry {
    id: "spectrum/1090",
    reason: Reason::SystemError,
    what: "Spectrum could not process the message and asks for a later try.",
    why: "Code 1090 is a temporary failure on Spectrum's side.",
    steps: &["Let the server retry."],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static DNS: Entry = Entry {
    id: "spectrum/dns",
    reason: Reason::RequirePtr,
    what: "Spectrum refused the sending server because of its DNS: the \
           reverse and forward records do not match.",
    why: "Spectrum requires full-circle DNS: the IP's PTR name must resolve \
          back to the same IP.",
    steps: &["Your mail administrator fixes the PTR and A records of the \
              sending server."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static DOMAIN_POLICY: Entry = Entry {
    id: "spectrum/domain-policy",
    reason: Reason::AuthFailure,
    what: "Spectrum refused the message because it breaks the sending \
           domain's own policy (SPF or DMARC).",
    why: "Codes 1160 to 1190 mean the domain's published policy says this \
          server may not send for it.",
    steps: &["Your domain administrator fixes SPF, DKIM or DMARC for the \
              sending server."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static CLOUDMARK: Entry = Entry {
    id: "spectrum/cloudmark",
    reason: Reason::Blocked,
    what: "Spectrum refused the message because Cloudmark rates the sending \
           IP badly.",
    why: "Codes 1200 to 1210 mean Cloudmark CSI flags the IP; Cloudmark, \
          not Spectrum, decides on removal.",
    steps: &["Your mail administrator stops any spam and files a Cloudmark \
              reset request for the IP."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static SPAMHAUS: Entry = Entry {
    id: "spectrum/spamhaus",
    reason: Reason::Blocked,
    what: "Spectrum refused the message because Spamhaus lists the sending \
           IP.",
    why: "Codes 1220 to 1250 mean a Spamhaus listing, which the IP's owner \
          must clear.",
    steps: &["Look the IP up in the Spamhaus checker and follow its removal \
              steps."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static NO_IPV6: Entry = Entry {
    id: "spectrum/1260",
    reason: Reason::NotAccept,
    what: "Spectrum does not accept mail over IPv6.",
    why: "Code 1260 is given to connections over IPv6.",
    steps: &["Your mail administrator delivers to Spectrum over IPv4."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static CONNECTIONS: Entry = Entry {
    id: "spectrum/connections",
    reason: Reason::TooManyConn,
    what: "Spectrum refused the connection because the sending IP opened too \
           many.",
    why: "Spectrum limits concurrent and total connections by reputation.",
    steps: &["Lower the connections to Spectrum; the server retries."],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static VOLUME: Entry = Entry {
    id: "spectrum/volume",
    reason: Reason::Speeding,
    what: "Spectrum did not take the message because the sender reached a volume \
           or recipient limit.",
    why: "Codes 1350 to 1490, 1540 and 1580 are limits on messages, \
          recipients and invalid recipients over time.",
    steps: &["Slow down, remove invalid addresses, and let the server retry."],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static FROM_MISMATCH: Entry = Entry {
    id: "spectrum/from-mismatch",
    reason: Reason::Rejected,
    what: "Spectrum refused to send the message because its From address is \
           not your signed-in Spectrum address.",
    why: "Codes 1500 and 1520 apply to mail Spectrum customers send.",
    steps: &["Send from your own Spectrum address, or through your own \
              domain's mail server."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static TOO_BIG: Entry = Entry {
    id: "spectrum/1530",
    reason: Reason::MesgTooBig,
    what: "The message is larger than Spectrum's 20 MB limit.",
    why: "Code 1530 is the size limit.",
    steps: &["Share large files through a link."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static RECIPIENTS: Entry = Entry {
    id: "spectrum/recipients",
    reason: Reason::TooManyConn,
    what: "The message had too many recipients, or too many invalid ones, \
           for Spectrum.",
    why: "Codes 1550 and 1560 limit recipients per message.",
    steps: &["Split the recipient list and remove invalid addresses."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// Every entry of this file, for the knowledge tests and the list of
/// entry ids: `decode` picks them by code, so no rule lists them.
pub(super) static ENTRIES: &[&Entry] = &[
    &IP_BLOCKED,
    &ACCOUNT_LIMITED,
    &NOT_PROCESSED,
    &DNS,
    &DOMAIN_POLICY,
    &CLOUDMARK,
    &SPAMHAUS,
    &NO_IPV6,
    &CONNECTIONS,
    &VOLUME,
    &FROM_MISMATCH,
    &TOO_BIG,
    &RECIPIENTS,
];
