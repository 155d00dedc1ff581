//! Orange (orange.fr, wanadoo.fr) and La Poste (laposte.net). Both end
//! their bilingual French and English replies with a code such as
//! `OFR006_102`, `OFR_999`, `LPN007_426` or `LPNAAA_101`. The last three
//! digits carry the meaning, and the rest names the server. The code
//! family names the provider by itself: `OFR` and `OUK` are Orange's,
//! `LPN` La Poste's.
//!
//! Orange publishes the digits' meanings on its postmaster site; the
//! meanings of some (105, 107 to 109, 201, 423, 424) are given only as
//! "service refused, try later".

use std::sync::LazyLock;

use regex_lite::Regex;

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef, Match};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://postmaster.orange.fr/";
const CHECKED: &str = "2026-12-04";

static CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(ofr|ouk|lpn)([a-z0-9]*?)_?(\d{3})\b").expect("Orange code pattern is valid")
});

const POSTMASTER: LinkRef = LinkRef { label: "Orange postmaster", url: SOURCE };
const CLOUDMARK: LinkRef = LinkRef {
    label: "Cloudmark CSI reset request",
    url: "https://csi.cloudmark.com/reset-request/?ip={ip}",
};
const SENDERSCORE: LinkRef = LinkRef {
    label: "Sender Score blocklist lookup",
    url: "https://senderscore.org/blocklistlookup/",
};
const SPAMHAUS: LinkRef = LinkRef {
    label: "Spamhaus IP and domain reputation checker",
    url: "https://check.spamhaus.org/results/?query={ip}",
};

#[rustfmt::skip]
pub static ORANGE: Provider = Provider {
    id: "orange",
    name: "Orange",
    hosts: &["orange.fr", "wanadoo.fr", "orange.com"],
    mail_domains: &["orange.fr", "wanadoo.fr"],
    tokens: &[],
    rules: &[
        Rule { code: "", status: &[], phrases: &["spf/dns de votre nom de domaine"], entry: &SPF },
    ],
    codes: Some(decode),
};

#[rustfmt::skip]
pub static LAPOSTE: Provider = Provider {
    id: "laposte",
    name: "La Poste",
    hosts: &["laposte.net", "laposte.fr"],
    mail_domains: &["laposte.net"],
    tokens: &[],
    rules: &[],
    codes: Some(decode),
};

/// Reads an `OFR`, `OUK` or `LPN` code and returns its explanation, with
/// the blocklist the code implies.
fn decode(text: &str, _remote_host: Option<&str>) -> Option<Match> {
    let lower = text.to_ascii_lowercase();
    let found = CODE.captures_iter(&lower).last()?;
    let family = found.get(1)?.as_str();
    let digits = found.get(3)?.as_str();
    let laposte = family == "lpn";
    let (entry, list) = match digits {
        "101" => (&SPAMHAUS_LISTED, Some("spamhaus")),
        "102" if laposte => (&LAPOSTE_BLOCKED, Some("validity")),
        "102" => (&ORANGE_BLOCKED, Some("cloudmark")),
        "103" | "510" | "999" => (&REFUSED, None),
        "104" => (&TOO_MANY_CONNECTIONS, None),
        "105" | "107" | "108" | "109" | "201" | "423" | "424" => (&TRY_LATER, None),
        "305" | "402" => (&AUTHENTICATION, None),
        "401" => (&SPF, None),
        "403" | "405" | "415" | "421" => (&INVALID_SENDER, None),
        "416" => (&INVALID_RECIPIENT, None),
        "417" => (&OVER_QUOTA, None),
        "420" | "426" => (&ACCOUNT_BLOCKED, None),
        "505" => (&SYSTEM_REFUSAL, None),
        "506" | "513" => (&MAIL_REJECTED, None),
        "514" => (&TOO_BIG, None),
        "517" => (&DMARC, None),
        "630" => (&CLIENT_REJECTED, None),
        _ => return None,
    };
    let code = found.get(0)?.as_str().to_ascii_uppercase();
    Some(Match {
        provider: Some(if laposte { "laposte" } else { "orange" }),
        code: Some(code),
        entry,
        blocklists: list.into_iter().collect(),
    })
}

static SPAMHAUS_LISTED: Entry = Entry {
    id: "orange/101",
    reason: Reason::Blocked,
    what: "Orange or La Poste refused the message because Spamhaus lists \
           the sending IP address.",
    why: "Code 101 means the IP is on a Spamhaus list, which these \
          providers consult for every connection.",
    steps: &[
        "Look the IP up in the Spamhaus checker and follow its removal \
         steps (for a provider's or email service's IP, send them the \
         bounce instead).",
        "Send again once the IP is no longer listed.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[SPAMHAUS],
    source: SOURCE,
    checked: CHECKED,
};

static ORANGE_BLOCKED: Entry = Entry {
    id: "orange/102",
    reason: Reason::Blocked,
    what: "Orange blocked the sending IP address for spam, based on its \
           Cloudmark reputation.",
    why: "Orange rates connecting IPs with Cloudmark Sender Intelligence; \
          code 102 means the IP's score is bad.",
    steps: &[
        "Your mail administrator stops any spam from the IP.",
        "They file a Cloudmark reset request for the IP, then retry.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[CLOUDMARK, POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static LAPOSTE_BLOCKED: Entry = Entry {
    id: "laposte/102",
    reason: Reason::Blocked,
    what: "La Poste blocked the sending IP address because of its Sender \
           Score reputation.",
    why: "La Poste's code 102 points to the Validity (Return Path) \
          reputation data for the IP.",
    steps: &["Look the IP up on the Sender Score blocklist page, fix the listed \
         cause, and request removal there."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[SENDERSCORE],
    source: SOURCE,
    checked: CHECKED,
};

static REFUSED: Entry = Entry {
    id: "orange/refused",
    reason: Reason::Blocked,
    what: "Orange or La Poste refused mail from the sending IP address for \
           now.",
    why: "Codes 103, 510 and 999 mean the IP's reputation is too poor at \
          the moment, often after a burst of mail or complaints. Orange \
          keeps such blocks for a few hours or more.",
    steps: &[
        "Pause sending to Orange and La Poste for several hours, then let \
         the server retry slowly.",
        "Your mail administrator checks the IP on Cloudmark and Spamhaus \
         and stops any spam.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[POSTMASTER, CLOUDMARK],
    source: SOURCE,
    checked: CHECKED,
};

static TOO_MANY_CONNECTIONS: Entry = Entry {
    id: "orange/104",
    reason: Reason::TooManyConn,
    what: "Orange or La Poste refused the connection because the sending \
           server opened too many at once.",
    why: "These providers allow only a few simultaneous connections from \
          one IP.",
    steps: &["Your mail administrator lowers the number of parallel \
              connections to Orange and La Poste; the server retries on its \
              own."],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static TRY_LATER: Entry = Entry {
    id: "orange/try-later",
    reason: Reason::Undefined,
    what: "Orange or La Poste refused the message for now and asks you to \
           try later, without saying why.",
    why: "These codes are given as \"service refused, try later\". They \
          usually mean a temporary limit on the sending IP's volume or \
          reputation.",
    steps: &[
        "Let the server retry over the next hours, more slowly.",
        "If it keeps failing, your mail administrator checks the IP's \
         reputation (Cloudmark, Spamhaus) and the Orange postmaster site.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static AUTHENTICATION: Entry = Entry {
    id: "orange/authentication",
    reason: Reason::SecurityError,
    what: "The Orange or La Poste server wanted a valid login and did not \
           get one.",
    why: "Codes 305 and 402 come from the outgoing (submission) servers: \
          the login is missing or wrong.",
    steps: &["Check the user name and password in your mail program's \
              outgoing server settings."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static SPF: Entry = Entry {
    id: "orange/spf",
    reason: Reason::AuthFailure,
    what: "Orange or La Poste refused the message because SPF failed for \
           the sender's domain.",
    why: "The domain's SPF record does not list the server that sent the \
          message, or its DNS could not be read.",
    steps: &["Your domain administrator adds the sending server to the \
              domain's SPF record and checks the domain's DNS."],
    who: Actor::Admin,
    temporary: None,
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static INVALID_SENDER: Entry = Entry {
    id: "orange/invalid-sender",
    reason: Reason::Rejected,
    what: "Orange or La Poste refused the sender address.",
    why: "The envelope sender's domain does not resolve or is not \
          consistent, or (code 421) you sent as an address your account \
          does not own.",
    steps: &["Send from an address of your own account, and have the \
              sending domain's DNS and SPF checked."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static INVALID_RECIPIENT: Entry = Entry {
    id: "orange/416",
    reason: Reason::UserUnknown,
    what: "There is no Orange or La Poste mailbox at this address.",
    why: "The address is misspelled or was closed.",
    steps: &["Check the address and ask the recipient for a current one."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static OVER_QUOTA: Entry = Entry {
    id: "orange/417",
    reason: Reason::MailboxFull,
    what: "The recipient's Orange or La Poste mailbox is full.",
    why: "The mailbox has reached its storage limit.",
    steps: &["Tell the recipient by another channel; send again later."],
    who: Actor::Recipient,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static ACCOUNT_BLOCKED: Entry = Entry {
    id: "orange/account-blocked",
    reason: Reason::Suspend,
    what: "The recipient's Orange or La Poste account is archived or \
           blocked, so it takes no mail.",
    why: "Codes 420 and 426 mean an inactive (archived) or blocked account.",
    steps: &["Reach the recipient another way and ask for a working \
              address."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static SYSTEM_REFUSAL: Entry = Entry {
    id: "orange/505",
    reason: Reason::SystemError,
    what: "Orange or La Poste had a temporary problem and refused the \
           message for now.",
    why: "Code 505 is a temporary refusal on the receiving side.",
    steps: &["Let the server retry; nothing else is needed."],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static MAIL_REJECTED: Entry = Entry {
    id: "orange/mail-rejected",
    reason: Reason::SpamDetected,
    what: "Orange's filter rejected this message as spam.",
    why: "Codes 506 and 513 mean the content was judged unwanted.",
    steps: &["Check the message's links and attachments, and that the \
              recipient wants this mail; then send a plainer version."],
    who: Actor::You,
    temporary: Some(false),
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static TOO_BIG: Entry = Entry {
    id: "orange/514",
    reason: Reason::MesgTooBig,
    what: "The message is larger than Orange or La Poste accepts.",
    why: "Code 514 means the size limit was reached.",
    steps: &["Share large files through a link, and send a smaller \
              message."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static DMARC: Entry = Entry {
    id: "orange/517",
    reason: Reason::AuthFailure,
    what: "La Poste or Orange refused the message because it failed DMARC.",
    why: "Neither SPF nor DKIM passed in line with the From domain, whose \
          DMARC policy asks for rejection.",
    steps: &["Your domain administrator fixes SPF or DKIM for every server \
              that sends as the domain."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static CLIENT_REJECTED: Entry = Entry {
    id: "orange/630",
    reason: Reason::PolicyViolation,
    what: "La Poste rejected the sending server by its policy.",
    why: "Code 630 is given for connecting hosts that fail La Poste's \
          checks (reputation, reverse DNS, host name).",
    steps: &["Your mail administrator checks the server's PTR record, its \
              HELO name and the IP's reputation."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// Every entry of this file, for the knowledge tests and the list of
/// entry ids: `decode` picks them by code, so no rule lists them.
pub(super) static ENTRIES: &[&Entry] = &[
    &SPAMHAUS_LISTED,
    &ORANGE_BLOCKED,
    &LAPOSTE_BLOCKED,
    &REFUSED,
    &TOO_MANY_CONNECTIONS,
    &TRY_LATER,
    &AUTHENTICATION,
    &SPF,
    &INVALID_SENDER,
    &INVALID_RECIPIENT,
    &OVER_QUOTA,
    &ACCOUNT_BLOCKED,
    &SYSTEM_REFUSAL,
    &MAIL_REJECTED,
    &TOO_BIG,
    &DMARC,
    &CLIENT_REJECTED,
];
