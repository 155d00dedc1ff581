//! Sophos Central Email (Sophos Email), a filter in front of many
//! companies' mail. Its MX hosts are under `hydra.sophos.com`
//! (`mx-01-eu-west-1.prod.hydra.sophos.com`), and its rejections carry a
//! code from `XGEMAIL_0001` to `XGEMAIL_0015` that names the check which
//! failed. The status code beside it is too general to decide: Sophos
//! sends `5.7.1` even for an unknown recipient (`550 5.7.1 XGEMAIL_0011
//! Command rejected`), so the code decides. The code family names the
//! provider by itself, even where no host name is pasted.
//!
//! Meanings: Sophos's "SMTP error codes" page for Sophos Central Email
//! (the entries' source, checked 2026-12-06). The page gives one line per
//! code, so who acts and whether a resend can work follow from the cause
//! it names.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::Provider;
use crate::knowledge::{Entry, LinkRef, Match};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html";

/// Source and date every entry shares.
const BASE: Entry = Entry::sourced(SOURCE, "2026-12-06");

const SPAMHAUS: LinkRef = LinkRef {
    label: "Spamhaus IP and domain reputation checker",
    url: "https://check.spamhaus.org/",
};

static CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bxgemail_(\d{4})\b").expect("Sophos code pattern is valid"));

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "sophos",
    name: "Sophos Email",
    hosts: &["hydra.sophos.com"],
    mail_domains: &[],
    tokens: &[],
    rules: &[],
    codes: Some(decode),
};

/// Each documented code and its entry.
static CODES: [(&str, &Entry); 15] = [
    ("0001", &DKIM),
    ("0002", &SPF),
    ("0003", &DMARC),
    ("0004", &IP_BLOCKLIST),
    ("0005", &DOMAIN_BLOCKLIST),
    ("0006", &TLS_VERSION),
    ("0007", &LICENSE_EXPIRED),
    ("0008", &ADMIN_BLOCK_LIST),
    ("0009", &USER_BLOCK_LIST),
    ("0010", &DOMAIN_NOT_PROTECTED),
    ("0011", &NO_SUCH_RECIPIENT),
    ("0012", &TOO_BIG),
    ("0013", &TOO_MANY_RECIPIENTS),
    ("0014", &SENDER_RATE),
    ("0015", &RECIPIENT_RATE),
];

/// Every entry of the table, for the checks that walk all entries.
pub(super) static ENTRIES: [&Entry; 15] = [
    &DKIM,
    &SPF,
    &DMARC,
    &IP_BLOCKLIST,
    &DOMAIN_BLOCKLIST,
    &TLS_VERSION,
    &LICENSE_EXPIRED,
    &ADMIN_BLOCK_LIST,
    &USER_BLOCK_LIST,
    &DOMAIN_NOT_PROTECTED,
    &NO_SUCH_RECIPIENT,
    &TOO_BIG,
    &TOO_MANY_RECIPIENTS,
    &SENDER_RATE,
    &RECIPIENT_RATE,
];

/// Reads the last `XGEMAIL_` code in `text` and returns its explanation.
/// An undocumented number returns `None`, so the reply's other words
/// decide.
fn decode(text: &str, _remote_host: Option<&str>) -> Option<Match> {
    let lower = text.to_ascii_lowercase();
    let found = CODE.captures_iter(&lower).last()?;
    let digits = found.get(1)?.as_str();
    let (_, entry) = CODES.iter().find(|(code, _)| *code == digits)?;
    Some(Match {
        provider: Some("sophos"),
        code: Some(format!("XGEMAIL_{digits}")),
        entry,
        blocklists: Vec::new(),
    })
}

static DKIM: Entry = Entry {
    id: "sophos/XGEMAIL_0001",
    reason: Reason::AuthFailure,
    what: "The recipient's Sophos Email filter refused the message because \
           it had no valid DKIM signature.",
    why: "The recipient's organisation has Sophos reject mail without a \
          valid DKIM signature. The sending server did not sign for the \
          sender's domain, or the message changed after it was signed.",
    steps: &[
        "Send the bounce to whoever manages your domain's DNS and mail.",
        "They set up DKIM signing for every server or service that sends as \
         your domain, and publish each public key in DNS.",
        "Send the message again once the signature verifies.",
    ],
    temporary: Some(false),
    ..BASE
};

static SPF: Entry = Entry {
    id: "sophos/XGEMAIL_0002",
    reason: Reason::AuthFailure,
    what: "The recipient's Sophos Email filter refused the message because \
           it failed the SPF check of the sender's domain.",
    why: "The SPF record of the domain in the envelope sender does not list \
          the server that sent the message.",
    steps: &[
        "Send the bounce to whoever manages your domain's DNS and mail.",
        "They add the sending server or service to the domain's SPF record.",
        "Send the message again once the SPF check passes.",
    ],
    temporary: Some(false),
    ..BASE
};

static DMARC: Entry = Entry {
    id: "sophos/XGEMAIL_0003",
    reason: Reason::AuthFailure,
    what: "The recipient's Sophos Email filter refused the message because \
           it failed the DMARC check of the sender's domain.",
    why: "DMARC passes only when SPF or DKIM passes for the domain in the \
          From address. Neither did, and the domain's DMARC policy asks \
          receivers to reject such mail.",
    steps: &[
        "Send the bounce to whoever manages your domain's DNS and mail.",
        "They add the sending server to the domain's SPF record and set up \
         DKIM signing with the From address's domain.",
        "Send the message again once the checks pass.",
    ],
    temporary: Some(false),
    ..BASE
};

// NOTE: Sophos's list of codes does not say which blocklists it queries,
// so the steps start from the common public lists.
static IP_BLOCKLIST: Entry = Entry {
    id: "sophos/XGEMAIL_0004",
    reason: Reason::Blocked,
    what: "The recipient's Sophos Email filter refused the message because \
           the sending IP address is on a blocklist (RBL) it checks.",
    why: "Sophos looks the connecting IP up on real-time blocklists \
          (DNSBLs). The reply does not name the list.",
    steps: &[
        "Send the bounce to your mail administrator or provider, who can \
         tell which of their IP addresses was refused.",
        "They look the IP up on the public blocklists, such as Spamhaus, \
         find and stop any spam sent from it, and request removal from each \
         list that names it.",
        "If no list names it, they ask the recipient's administrator to \
         look the rejection up in Sophos Central.",
        "Send the message again once the IP is no longer listed.",
    ],
    temporary: Some(false),
    links: &[SPAMHAUS],
    ..BASE
};

pub(super) static DOMAIN_BLOCKLIST: Entry = Entry {
    id: "sophos/XGEMAIL_0005",
    reason: Reason::Blocked,
    what: "The recipient's Sophos Email filter refused the message because \
           the sender's domain is on a domain blocklist (DBL) it checks.",
    why: "Sophos looks the sender's domain up on blocklists of domains seen \
          in spam. The sending IP plays no part.",
    steps: &[
        "Look the domain up in the Spamhaus checker, which covers the \
         Spamhaus Domain Blocklist.",
        "Whoever runs the domain finds why it was listed (spam sent as the \
         domain, a hacked website), fixes that and requests removal; if the \
         domain belongs to your sending service, send them the bounce.",
        "Send the message again once the domain is no longer listed.",
    ],
    temporary: Some(false),
    links: &[SPAMHAUS],
    ..BASE
};

static TLS_VERSION: Entry = Entry {
    id: "sophos/XGEMAIL_0006",
    reason: Reason::SecurityError,
    what: "The recipient's Sophos Email filter refused the message because \
           the connection did not use the TLS version the recipient's policy \
           requires.",
    why: "The recipient's organisation set a TLS version (such as TLS 1.2 \
          or 1.3) in its Sophos policy. The sending server connected \
          without encryption or with an older version.",
    steps: &[
        "Your mail administrator makes the sending server use STARTTLS with \
         a current TLS version (1.2 or newer) for outgoing mail.",
        "If it already does, they ask the recipient's administrator which \
         version the Sophos policy requires.",
        "Send the message again once the connection meets it.",
    ],
    temporary: Some(false),
    ..BASE
};

static LICENSE_EXPIRED: Entry = Entry {
    id: "sophos/XGEMAIL_0007",
    reason: Reason::SystemError,
    what: "The recipient organisation's Sophos Email licence has expired, \
           so its filter refuses incoming mail.",
    why: "Sophos stops taking mail for a customer whose licence ran out. \
          Your message and your server are not the cause.",
    steps: &[
        "Tell the recipient by phone or from another address that their \
         organisation's Sophos Email licence has expired and it is not \
         receiving mail.",
        "Send the message again once they confirm the licence is renewed.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    ..BASE
};

static ADMIN_BLOCK_LIST: Entry = Entry {
    id: "sophos/XGEMAIL_0008",
    reason: Reason::Filtered,
    what: "The recipient organisation's Sophos Email block list contains \
           your address, your domain or your server's IP address.",
    why: "The recipient's administrator added an entry that matches the \
          message to the organisation's block list.",
    steps: &["If the block is a mistake, contact the recipient another way \
              and ask them to have their administrator remove the entry."],
    who: Actor::Recipient,
    temporary: Some(false),
    ..BASE
};

static USER_BLOCK_LIST: Entry = Entry {
    id: "sophos/XGEMAIL_0009",
    reason: Reason::Filtered,
    what: "The recipient's own Sophos Email block list contains your \
           address, your domain or your server's IP address.",
    why: "Sophos Email lets each user keep a personal block list, and an \
          entry in the recipient's list matches the message. Only the \
          recipient can change it.",
    steps: &["If the block is a mistake, contact the recipient another way \
              and ask them to remove your address or domain from their \
              blocked senders in Sophos Email."],
    who: Actor::Recipient,
    temporary: Some(false),
    ..BASE
};

static DOMAIN_NOT_PROTECTED: Entry = Entry {
    id: "sophos/XGEMAIL_0010",
    reason: Reason::NoRelaying,
    what: "The Sophos Email server refused the message because the \
           recipient's domain is not one it filters mail for.",
    why: "Sophos takes mail only for domains its customers have set up. \
          The recipient's domain sends its mail to Sophos (MX records) but \
          is not set up there, or the address's domain is misspelled.",
    steps: &[
        "Check the spelling of the domain in the recipient's address.",
        "If it is right, tell the recipient another way: their domain's MX \
         records point at Sophos Email, which does not list the domain, so \
         their administrator adds it in Sophos Central or corrects the MX \
         records.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    ..BASE
};

static NO_SUCH_RECIPIENT: Entry = Entry {
    id: "sophos/XGEMAIL_0011",
    reason: Reason::UserUnknown,
    what: "The recipient's address does not exist at the recipient's \
           organisation.",
    why: "Sophos Email checks each recipient against the organisation's \
          list of mailboxes and refuses addresses not on it.",
    steps: &[
        "Check the address for typing errors.",
        "Ask the recipient for a current address, and remove this one from \
         your lists if it keeps failing.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..BASE
};

static TOO_BIG: Entry = Entry {
    id: "sophos/XGEMAIL_0012",
    reason: Reason::MesgTooBig,
    what: "The message is larger than the recipient organisation's Sophos \
           Email accepts.",
    why: "The recipient's organisation limits the size of incoming \
          messages, attachments included.",
    steps: &["Make the attachments smaller, or share them as a link, and \
              send the message again."],
    who: Actor::You,
    temporary: Some(false),
    ..BASE
};

/// Sophos applies this limit only to a large message, so the size is as
/// much the cause as the recipient count.
static TOO_MANY_RECIPIENTS: Entry = Entry {
    id: "sophos/XGEMAIL_0013",
    reason: Reason::MesgTooBig,
    what: "The message is large and has more recipients than Sophos Email \
           accepts for a message of that size.",
    why: "The recipient's organisation limits the number of recipients of \
          a large message.",
    steps: &["Send the message to fewer recipients at a time, or share the \
              attachments as a link so the message is small."],
    who: Actor::You,
    temporary: Some(false),
    ..BASE
};

/// Speeding is Sisimai's reason for a refusal because of a sending rate.
/// The entry leaves `temporary` open: the limit lifts, so a resend later
/// can work.
static SENDER_RATE: Entry = Entry {
    id: "sophos/XGEMAIL_0014",
    reason: Reason::Speeding,
    what: "The recipient's Sophos Email filter refused the message because \
           you sent this recipient more messages in a short time than it \
           accepts from one sender.",
    why: "The recipient's organisation limits how fast one sender's mail \
          may arrive for a recipient. The limit lifts once your rate drops.",
    steps: &[
        "Send the message again later.",
        "Spread your messages to this recipient over a longer time.",
    ],
    who: Actor::You,
    ..BASE
};

/// A limit on the recipient's incoming mail from everyone, which no
/// sender's setting changes.
pub(super) static RECIPIENT_RATE: Entry = Entry {
    id: "sophos/XGEMAIL_0015",
    reason: Reason::Speeding,
    what: "The recipient's Sophos Email filter is holding back mail for \
           this recipient, who is getting more mail from all senders than \
           their limit allows.",
    why: "The recipient's organisation limits how fast one recipient gets \
          mail in total. Your message is not the cause, and the limit lifts \
          once the recipient's incoming rate drops.",
    steps: &[
        "Let your mail server retry on its own; the limit lifts once the \
         recipient's incoming rate drops.",
        "If the bounce is final, send the message again in a few hours.",
    ],
    who: Actor::Wait,
    ..BASE
};
