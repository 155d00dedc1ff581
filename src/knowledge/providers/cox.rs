//! Cox (cox.net). Cox's replies carry an `AUP#` code. `CXBL` is Cox's own
//! block, `CXDNS` a reverse DNS failure and `CXCNCT` too many connections.
//! In `IPBLdcba` each digit flags a public list that holds the sending IP:
//! `a` (the last digit) Spamhaus ZEN, `b` Validity RPBL, `c` Invaluement
//! ivmSIP and `d` Cloudmark CSI. Cox moved its inbound mail to Yahoo in 2024, so these codes
//! now appear mostly in older logs and in mail Cox customers send out.
//!
//! A reply without an `AUP#` code names the blocked IP after a dash,
//! `Mail refused - <192.0.2.1>`, and links a cox.com page. The cox.com
//! link identifies Cox when the receiving host is a cloudfilter.net name.
//! NOTE: that wording comes from a reported reply, not from Cox's pages.
//!
//! Cox's inbound filter runs on hosts under cloudfilter.net, whose gateway
//! writes the connecting IP after its own name: `<host> cmsmtp 192.0.2.1
//! ... AUP#CXBL`. Every code's card links Cox's error code page,
//! the page the reply itself points to.
//!
//! NOTE: the current cox.com error code page could not be opened here. The
//! CXBL, CDRBL and IPBL meanings follow Cox's older postmaster table
//! (postmaster.cox.net, "Error Codes"), the others Sisimai's transcription
//! of Cox's page (Sisimai::Rhost::Cox) and real replies.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef, Match};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://www.cox.com/residential/support/email-error-codes.html";
const CHECKED: &str = "2026-12-04";
// Cox's page for mail administrators. It states that Cox filters on the
// sending IP's reputation and on IP and domain blocklists.
const POSTMASTER: &str = "https://www.cox.com/business/support/cox-postmaster-administration.html";

static CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"aup#(cxbl|cdrbl|ipbl[01]{4,5}|urlbl[01]{3,4}|cxdns|cxcnct|cxsmtp|cxsndr|cxmxrt|cxthrt|cxmj)\b")
        .expect("Cox code pattern is valid")
});

pub static PROVIDER: Provider = Provider {
    id: "cox",
    name: "Cox",
    hosts: &["cox.net", "cox.com"],
    mail_domains: &["cox.net"],
    tokens: &[],
    // The `AUP#` codes are decoded first because they name the cause.
    rules: &[Rule {
        code: "",
        status: &[],
        phrases: &["mail refused - <", "mail refused - ["],
        entry: &IP_REFUSED,
    }],
    codes: Some(decode),
};

/// Reads a Cox `AUP#` code, decoding the list flags of `IPBL` codes.
fn decode(text: &str, _remote_host: Option<&str>) -> Option<Match> {
    let lower = text.to_ascii_lowercase();
    let code = CODE.captures(&lower)?.get(1)?.as_str();
    let (entry, lists): (&'static Entry, Vec<&'static str>) = match code {
        "cxbl" => (&COX_BLOCK, Vec::new()),
        "cdrbl" => (&TEMPORARY_BLOCK, Vec::new()),
        "cxdns" => (&NO_RDNS, Vec::new()),
        "cxcnct" => (&CONNECTIONS, Vec::new()),
        "cxsmtp" => (&PROTOCOL, Vec::new()),
        "cxsndr" => (&SENDER, Vec::new()),
        "cxmxrt" => (&OUTBOUND_LIMIT, Vec::new()),
        "cxthrt" | "cxmj" => (&ACCOUNT_LIMITED, Vec::new()),
        url if url.starts_with("urlbl") => (&URL_LISTED, Vec::new()),
        ip => (&IP_LISTED, ipbl_flags(ip)),
    };
    Some(Match {
        provider: Some("cox"),
        code: Some(format!("AUP#{}", code.to_ascii_uppercase())),
        entry,
        blocklists: lists,
    })
}

/// Decodes `ipbldcba` into blocklist ids; the five-digit `ipbl00001` form
/// names Spamhaus alone.
fn ipbl_flags(code: &str) -> Vec<&'static str> {
    let digits = code.trim_start_matches("ipbl").as_bytes();
    if digits.len() == 5 {
        return if digits[4] == b'1' { vec!["spamhaus"] } else { Vec::new() };
    }
    let ids = ["cloudmark", "invaluement", "validity", "spamhaus"];
    digits.iter().zip(ids).filter(|(bit, _)| **bit == b'1').map(|(_, id)| id).collect()
}

const UNBLOCK: LinkRef = LinkRef { label: "Cox email error codes", url: SOURCE };

static IP_REFUSED: Entry = Entry {
    id: "cox/ip-refused",
    reason: Reason::Blocked,
    what: "Cox refused mail from the sending IP address that its reply \
           names.",
    why: "Cox filters on the reputation of the sending IP and on public IP \
          and domain blocklists. A reply without an AUP# code does not say \
          which of these applied.",
    steps: &[
        "Your mail administrator looks the IP up on the main public \
         blocklists and requests removal where it is listed.",
        "If no list holds it, they contact Cox through its postmaster \
         page, quoting the IP and the full bounce.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[LinkRef { label: "Cox postmaster information", url: POSTMASTER }, UNBLOCK],
    source: POSTMASTER,
    checked: CHECKED,
};

static COX_BLOCK: Entry = Entry {
    id: "cox/CXBL",
    reason: Reason::Blocked,
    what: "Cox blocked the sending IP address on its own list for spam-like \
           behaviour.",
    why: "Cox lists IPs it saw send spam or unusual volume; removal is at \
          Cox's discretion.",
    steps: &[
        "Your mail administrator stops the source of the spam.",
        "They ask Cox to remove the IP, quoting it and the full bounce.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[UNBLOCK],
    source: SOURCE,
    checked: CHECKED,
};

static TEMPORARY_BLOCK: Entry = Entry {
    id: "cox/CDRBL",
    reason: Reason::Blocked,
    what: "Cox blocked the sending IP for up to a day because of its recent \
           reputation.",
    why: "CDRBL is a temporary reputation block that Cox lifts by itself \
          within 24 hours.",
    steps: &["Check the server for spam, then send again after the block \
              has expired."],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[UNBLOCK],
    source: SOURCE,
    checked: CHECKED,
};

static IP_LISTED: Entry = Entry {
    id: "cox/IPBL",
    reason: Reason::Blocked,
    what: "Cox refused the message because public blocklists list the \
           sending IP address.",
    why: "The digits after IPBL are flags for Cloudmark CSI, Invaluement, \
          Validity RPBL and Spamhaus ZEN, read left to right; each 1 is a \
          list that holds the IP.",
    steps: &[
        "Check the IP with each list named below and follow its removal \
         steps.",
        "Cox's block clears once the lists no longer hold the IP.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[UNBLOCK],
    source: SOURCE,
    checked: CHECKED,
};

pub(super) static URL_LISTED: Entry = Entry {
    id: "cox/URLBL",
    reason: Reason::SpamDetected,
    what: "Cox refused the message because a link in it is on a domain \
           blocklist.",
    why: "A domain in the body is listed by SURBL, Spamhaus DBL or \
          Invaluement ivmURI.",
    steps: &["Remove or replace the listed link, and if the domain is yours, \
              ask the list for removal."],
    who: Actor::You,
    temporary: Some(false),
    links: &[UNBLOCK],
    source: SOURCE,
    checked: CHECKED,
};

static NO_RDNS: Entry = Entry {
    id: "cox/CXDNS",
    reason: Reason::RequirePtr,
    what: "Cox refused the connection because the sending IP's reverse DNS \
           failed.",
    why: "Cox requires a PTR record for the sending IP.",
    steps: &["Your mail administrator has a PTR record set for the IP, then \
              retries after it has spread (about a day)."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[UNBLOCK],
    source: SOURCE,
    checked: CHECKED,
};

static CONNECTIONS: Entry = Entry {
    id: "cox/CXCNCT",
    reason: Reason::TooManyConn,
    what: "Cox refused the connection because the sending IP had too many \
           open at once.",
    why: "Cox caps simultaneous connections per IP.",
    steps: &["Lower the parallel connections to Cox; the server retries."],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[UNBLOCK],
    source: SOURCE,
    checked: CHECKED,
};

static PROTOCOL: Entry = Entry {
    id: "cox/CXSMTP",
    reason: Reason::Blocked,
    what: "Cox refused the sending server for breaking the SMTP protocol.",
    why: "The server sent commands out of order or could not be verified.",
    steps: &["Your mail administrator checks the server's SMTP behaviour \
              and its host name."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[UNBLOCK],
    source: SOURCE,
    checked: CHECKED,
};

static SENDER: Entry = Entry {
    id: "cox/CXSNDR",
    reason: Reason::AuthFailure,
    what: "Cox refused mail a Cox customer sent, because the sender's \
           domain failed authentication or the content was flagged.",
    why: "CXSNDR applies to mail sent through Cox: SPF or DKIM failed for \
          the From domain, or a link was flagged.",
    steps: &["Send as your Cox address through Cox's server, or fix the \
              From domain's SPF and DKIM; remove flagged links."],
    who: Actor::You,
    temporary: Some(false),
    links: &[UNBLOCK],
    source: SOURCE,
    checked: CHECKED,
};

static OUTBOUND_LIMIT: Entry = Entry {
    id: "cox/CXMXRT",
    reason: Reason::Speeding,
    what: "Your Cox account reached its limit on messages or recipients.",
    why: "Cox limits how much its customers send in a period.",
    steps: &["Wait, then send fewer messages or recipients at a time."],
    who: Actor::You,
    temporary: Some(true),
    links: &[UNBLOCK],
    source: SOURCE,
    checked: CHECKED,
};

static ACCOUNT_LIMITED: Entry = Entry {
    id: "cox/account-limited",
    reason: Reason::SecurityError,
    what: "Cox limited sending from your account because of suspicious \
           activity.",
    why: "CXTHRT and CXMJ suggest the account may be compromised.",
    steps: &["Change the account password, check your devices for malware, \
              and contact Cox support."],
    who: Actor::You,
    temporary: Some(false),
    links: &[UNBLOCK],
    source: SOURCE,
    checked: CHECKED,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipbl_flags_decoded() {
        assert_eq!(ipbl_flags("ipbl0001"), ["spamhaus"]);
        assert_eq!(ipbl_flags("ipbl1010"), ["cloudmark", "validity"]);
        assert_eq!(ipbl_flags("ipbl00001"), ["spamhaus"]);
        assert!(ipbl_flags("ipbl0000").is_empty());
    }
}

/// Every entry of this file, for the knowledge tests and the list of
/// entry ids: `decode` picks them by code, so no rule lists them.
pub(super) static ENTRIES: &[&Entry] = &[
    &COX_BLOCK,
    &TEMPORARY_BLOCK,
    &IP_LISTED,
    &URL_LISTED,
    &NO_RDNS,
    &CONNECTIONS,
    &PROTOCOL,
    &SENDER,
    &OUTBOUND_LIMIT,
    &ACCOUNT_LIMITED,
];
