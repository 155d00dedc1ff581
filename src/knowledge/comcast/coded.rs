//! Comcast's coded replies: ES (residential or dynamic IP), DM (DMARC) and
//! RL (rate limit), plus the lookup over every code, BL codes included.
//! The facts come from Comcast's SMTP error code page, and the wording is
//! ours.

use super::listed::{
    BL000000, BL000001, BL000010, BL000011, BL000100, BL000101, BL000110, BL000111,
};
use super::{CHECKED, COMCAST_PHONE, REMOVAL_FORM};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const PAGE: &str = "https://postmaster.comcast.net/smtp-error-codes.php";

/// Fields every coded entry shares. Each entry sets the others.
pub(super) const BASE: Entry = Entry {
    id: "",
    reason: Reason::Blocked,
    what: "",
    why: "",
    steps: &[],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: PAGE,
    checked: CHECKED,
};

const SENDERSCORE: LinkRef = LinkRef {
    label: "Validity Sender Score: check the sending IP's score",
    url: "https://senderscore.org/",
};

const BUSINESS_SUPPORT: LinkRef = LinkRef {
    label: "Comcast Commercial Services (to run your own mail server)",
    url: "mailto:support_biz@cable.comcast.com",
};

const DMARC_ORG: LinkRef =
    LinkRef { label: "DMARC.org: how DMARC, SPF and DKIM fit together", url: "https://dmarc.org/" };

/// Sending straight from a Comcast home connection.
pub static ES000001: Entry = Entry {
    id: "comcast/ES000001",
    what: "Comcast refused the message because it came straight from a \
           Comcast home (residential) internet connection instead of \
           through a mail server.",
    why: "Comcast lets its home customers send mail only through its own \
          servers (smtp.comcast.net). Mail sent by a program or server \
          running on a home connection is blocked, and Comcast does not lift \
          this block for residential addresses.",
    steps: &[
        "Set your mail program to send through smtp.comcast.net, signing in \
         with your Comcast email address and password (port 587 or 465, \
         with encryption), or use Xfinity webmail.",
        "If the mail comes from a server or device you run at home (a \
         scanner, a website, a home mail server), point its outgoing mail \
         at smtp.comcast.net or at your email provider's server instead of \
         delivering directly.",
        "If you really need your own mail server, ask Comcast Commercial \
         Services (support_biz@cable.comcast.com) about a business service \
         with a static IP address.",
        "Send the message again once it goes out through a proper mail \
         server.",
    ],
    who: Actor::You,
    links: &[BUSINESS_SUPPORT],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#ES000001"),
    ..BASE
};

/// A sending IP that looks dynamic or residential from outside Comcast.
pub static ES000010: Entry = Entry {
    id: "comcast/ES000010",
    what: "Comcast refused the message because the sending server's IP \
           address looks like a home (dynamic or residential) connection.",
    why: "Comcast does not accept mail sent directly from dynamic or \
          residential IP space. It usually judges this from the reverse DNS \
          name of the IP: a generic name, or one with the address spelled \
          into it, looks residential.",
    steps: &[
        "Send the whole bounce to whoever runs your mail server; it names \
         the IP that Comcast saw.",
        "They give the server a static IP with a reverse DNS (PTR) name of \
         their own, such as mail.example.com, that points back to the same \
         IP, or they relay mail through their provider's server.",
        "Once the setup is fixed, they ask Comcast to remove the block with \
         the removal request form, quoting the IP.",
        "For help, Comcast Customer Security Assurance answers on \
         1-888-565-4329.",
    ],
    links: &[REMOVAL_FORM, COMCAST_PHONE],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#ES000010"),
    ..BASE
};

/// DMARC reject.
pub static DM000001: Entry = Entry {
    id: "comcast/DM000001",
    reason: Reason::AuthFailure,
    what: "Comcast refused the message because it failed the DMARC check of \
           the domain in its From address.",
    why: "That domain publishes a DMARC policy telling receivers to reject \
          mail that neither SPF nor DKIM proves came from it. This message \
          passed neither, so Comcast rejected it as the domain asked.",
    steps: &[
        "If the From address is your organisation's, send the bounce to \
         whoever manages its DNS and mail: the sending server must be in \
         the domain's SPF record, or sign the mail with DKIM for that \
         domain.",
        "If you send through a newsletter, CRM or website service, set it \
         up to sign with your domain (DKIM) as its help pages describe.",
        "If you used someone else's address as From (for example a Gmail or \
         Yahoo address on a website form), send from your own domain \
         instead.",
        "For help, Comcast Customer Security Assurance answers on \
         1-888-565-4329.",
    ],
    links: &[DMARC_ORG, COMCAST_PHONE],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#DM000001"),
    ..BASE
};

/// Recipients per hour Comcast allows by Sender Score, for RL000001:
/// (lowest score, highest score, recipients per hour). The first row is
/// for senders with no score or that fail authentication.
pub static SENDERSCORE_LIMITS: &[(Option<(u8, u8)>, u32)] = &[
    (None, 120),
    (Some((0, 15)), 1_200),
    (Some((16, 25)), 3_600),
    (Some((26, 30)), 6_000),
    (Some((31, 50)), 12_000),
    (Some((51, 70)), 24_000),
    (Some((71, 85)), 42_000),
    (Some((86, 100)), 60_000),
];

const RATE_STEPS: &[&str] = &[
    "Nothing to do for a single message: the sending server keeps \
     retrying and the mail usually goes through within hours.",
    "If it keeps happening, your mail administrator spreads sending to \
     Comcast over the hour, opens fewer connections at once, and sets a \
     shorter retry interval for deferred mail.",
    "A new sending IP must start with small volumes and grow slowly; \
     Comcast raises its limit day by day as the IP builds a history.",
    "For help, Comcast Customer Security Assurance answers on \
     1-888-565-4329.",
];

/// Rate limit by Sender Score and authentication.
pub static RL000001: Entry = Entry {
    id: "comcast/RL000001",
    reason: Reason::Speeding,
    what: "Comcast is slowing down mail from the sending server because it \
           sent more recipients per hour than Comcast allows for its \
           reputation.",
    why: "Comcast limits recipients per hour by the sending IP's Sender \
          Score and only gives the higher limits to mail that passes \
          authentication. Recipients per hour by Sender Score: 86-100: \
          60,000; 71-85: 42,000; 51-70: 24,000; 31-50: 12,000; 26-30: 6,000; \
          16-25: 3,600; 0-15: 1,200; no score or failed authentication: 120.",
    steps: &[
        "Nothing to do for a single message: the sending server keeps \
         retrying and the mail usually goes through within hours.",
        "If it keeps happening, your mail administrator checks the IP's \
         Sender Score, makes sure the mail passes SPF and DKIM, and keeps \
         the hourly volume to Comcast under the limit for that score.",
        "A shorter retry interval for deferred mail gets it delivered \
         sooner.",
        "For help, Comcast Customer Security Assurance answers on \
         1-888-565-4329.",
    ],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[SENDERSCORE, COMCAST_PHONE],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#RL000001"),
    ..BASE
};

/// Rate limit by Cloudmark reputation and volume.
pub static RL000002: Entry = Entry {
    id: "comcast/RL000002",
    reason: Reason::Speeding,
    what: "Comcast is slowing down mail from the sending server because of \
           its volume and its reputation with Cloudmark.",
    why: "Comcast limits how fast each IP may send, using reputation and \
          volume figures from Cloudmark. The limit counts all mail from \
          the IP, whatever the domains.",
    steps: RATE_STEPS,
    temporary: Some(true),
    links: &[COMCAST_PHONE],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#RL000002"),
    ..BASE
};

/// Rate limit by the IP's own history.
pub static RL000003: Entry = Entry {
    id: "comcast/RL000003",
    reason: Reason::Speeding,
    what: "Comcast is slowing down mail from the sending server because it \
           sends more than its past volume and quality earn.",
    why: "Comcast limits each IP, IPv4 or IPv6, by how much mail it sent \
          before and how good that mail was. The limit counts all mail from \
          the IP, whatever the domains.",
    steps: RATE_STEPS,
    temporary: Some(true),
    links: &[COMCAST_PHONE],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#RL000003"),
    ..BASE
};

/// Any other RL code. Live replies carry RL codes the page does not list
/// (`451 4.2.0 Throttled - ...#RL000010`), and the page documents the RL
/// family as rate limits.
pub static RL_OTHER: Entry = Entry {
    id: "comcast/RL-other",
    reason: Reason::Speeding,
    what: "Comcast is slowing down mail from the sending server (a rate \
           limit).",
    why: "Comcast's RL codes are rate limits on the sending IP, based on its \
          reputation and past volume. This particular RL code is not \
          described on Comcast's page, so the exact limit is unknown.",
    steps: RATE_STEPS,
    temporary: Some(true),
    links: &[COMCAST_PHONE],
    ..BASE
};

/// Returns the entry for a Comcast code, e.g. `BL000010`.
pub fn entry(code: &str) -> Option<&'static Entry> {
    let entry = match code {
        "ES000001" => &ES000001,
        "ES000010" => &ES000010,
        "BL000000" => &BL000000,
        "BL000001" => &BL000001,
        "BL000010" => &BL000010,
        "BL000011" => &BL000011,
        "BL000100" => &BL000100,
        "BL000101" => &BL000101,
        "BL000110" => &BL000110,
        "BL000111" => &BL000111,
        "DM000001" => &DM000001,
        "RL000001" => &RL000001,
        "RL000002" => &RL000002,
        "RL000003" => &RL000003,
        other if other.starts_with("RL") => &RL_OTHER,
        _ => return None,
    };
    Some(entry)
}

/// Every coded entry, for tests and listings.
pub static ALL: &[&Entry] = &[
    &ES000001, &ES000010, &BL000000, &BL000001, &BL000010, &BL000011, &BL000100, &BL000101,
    &BL000110, &BL000111, &DM000001, &RL000001, &RL000002, &RL000003, &RL_OTHER,
];
