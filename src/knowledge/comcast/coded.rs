//! Comcast's coded replies: ES (residential or dynamic IP), BL (blocklist),
//! DM (DMARC) and RL (rate limit). The facts come from Comcast's SMTP
//! error code page, and the wording is ours.

use super::{CHECKED, COMCAST_PHONE, REMOVAL_FORM};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const PAGE: &str = "https://postmaster.comcast.net/smtp-error-codes.php";

/// Fields every coded entry shares. Each entry sets the others.
const BASE: Entry = Entry {
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

/// Cloudmark CSI's reputation reset form, with the IP filled in.
pub const CLOUDMARK: LinkRef = LinkRef {
    label: "Cloudmark CSI: request a reputation reset for the IP",
    url: "https://csi.cloudmark.com/reset-request/?ip={ip}",
};

/// Spamhaus's checker, which shows the listing and the removal route.
pub const SPAMHAUS: LinkRef = LinkRef {
    label: "Spamhaus: look up the IP and request removal",
    url: "https://check.spamhaus.org/results/?query={ip}",
};

/// Validity's Sender Score blocklist (RPBL) lookup and removal page.
pub const VALIDITY: LinkRef = LinkRef {
    label: "Validity Sender Score: look up the IP on the RPBL and request removal",
    url: "https://senderscore.org/blocklistlookup/",
};

const SENDERSCORE: LinkRef = LinkRef {
    label: "Validity Sender Score: check the sending IP's score",
    url: "https://senderscore.org/",
};

const BUSINESS_SUPPORT: LinkRef = LinkRef {
    label: "Comcast Commercial Services (to run your own mail server)",
    url: "mailto:support_biz@cable.comcast.com",
};

const DMARC_ORG: LinkRef = LinkRef {
    label: "DMARC.org: how DMARC, SPF and DKIM fit together",
    url: "https://dmarc.org/",
};

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

/// Comcast's own block, with no outside list involved.
pub static BL000000: Entry = Entry {
    id: "comcast/BL000000",
    what: "Comcast blocked mail from the sending server because its filters \
           saw spam-like sending patterns from that server's IP address.",
    why: "This is Comcast's own blocklist, not a public one. Mail servers are \
          usually shared, so another user of the same server may have sent \
          the spam that triggered it.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; the \
         reply names the blocked IP.",
        "They find and stop the source of the spam (a hacked account, a bad \
         mailing list, a compromised website).",
        "They submit Comcast's block removal request form, quoting the \
         blocked IP. Comcast watches these requests around the clock.",
        "Send the message again after Comcast confirms the removal.",
    ],
    links: &[REMOVAL_FORM],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000000"),
    ..BASE
};

/// Spamhaus ZEN.
pub static BL000001: Entry = Entry {
    id: "comcast/BL000001",
    what: "Comcast refused the message because the sending IP address is \
           listed on Spamhaus ZEN.",
    why: "Spamhaus ZEN lists addresses seen sending spam and addresses of \
          home connections that should not send mail directly. Comcast \
          rejects mail from every address on it.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; it \
         names the listed IP.",
        "They stop the spam or move sending off the home connection, then \
         look the IP up at Spamhaus and follow its removal steps.",
        "Send the message again once Spamhaus no longer lists the IP.",
    ],
    links: &[SPAMHAUS],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000001"),
    ..BASE
};

/// Cloudmark CSI.
pub static BL000010: Entry = Entry {
    id: "comcast/BL000010",
    what: "Comcast refused the message because the sending IP address is \
           listed by Cloudmark Sender Intelligence (CSI).",
    why: "Cloudmark rates IP addresses by the spam seen from them, and \
          Comcast rejects mail from addresses it rates badly. A shared mail \
          server can be listed because of another user's mail.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; it \
         names the listed IP.",
        "They find and stop the source of the spam on that server.",
        "They ask Cloudmark for a reputation reset of the IP with the CSI \
         reset form; Cloudmark usually handles a first request within a day.",
        "Send the message again once the reset is confirmed.",
    ],
    links: &[CLOUDMARK],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000010"),
    ..BASE
};

/// Cloudmark CSI and Spamhaus ZEN.
pub static BL000011: Entry = Entry {
    id: "comcast/BL000011",
    what: "Comcast refused the message because the sending IP address is \
           listed both by Cloudmark Sender Intelligence (CSI) and on \
           Spamhaus ZEN.",
    why: "Both lists track addresses that send spam or that belong to home \
          connections, and Comcast rejects mail from addresses on either.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; it \
         names the listed IP.",
        "They stop the spam or move sending off the home connection.",
        "They request removal at both lists: a reset at Cloudmark CSI and a \
         removal at Spamhaus.",
        "Send the message again once neither list shows the IP.",
    ],
    links: &[CLOUDMARK, SPAMHAUS],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000011"),
    ..BASE
};

/// Validity (Return Path) RPBL.
pub static BL000100: Entry = Entry {
    id: "comcast/BL000100",
    what: "Comcast refused the message because the sending IP address is on \
           the Validity (formerly Return Path) Reputation Network Blocklist.",
    why: "Validity's RPBL lists addresses seen sending spam, and Comcast \
          rejects mail from every address on it.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; it \
         names the listed IP.",
        "They find and stop the source of the spam.",
        "They look the IP up on Validity's Sender Score blocklist page and \
         request removal there.",
        "Send the message again once the IP is no longer listed.",
    ],
    links: &[VALIDITY],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000100"),
    ..BASE
};

/// Validity RPBL and Spamhaus ZEN.
pub static BL000101: Entry = Entry {
    id: "comcast/BL000101",
    what: "Comcast refused the message because the sending IP address is on \
           the Validity (Return Path) Reputation Network Blocklist and on \
           Spamhaus ZEN.",
    why: "Both lists track addresses that send spam or belong to home \
          connections, and Comcast rejects mail from addresses on either.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; it \
         names the listed IP.",
        "They stop the spam or move sending off the home connection.",
        "They request removal at both lists: Validity's Sender Score \
         blocklist page and Spamhaus.",
        "Send the message again once neither list shows the IP.",
    ],
    links: &[VALIDITY, SPAMHAUS],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000101"),
    ..BASE
};

/// Validity RPBL and Cloudmark CSI.
pub static BL000110: Entry = Entry {
    id: "comcast/BL000110",
    what: "Comcast refused the message because the sending IP address is on \
           the Validity (Return Path) Reputation Network Blocklist and is \
           listed by Cloudmark Sender Intelligence (CSI).",
    why: "Both lists track addresses that send spam, and Comcast rejects \
          mail from addresses on either.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; it \
         names the listed IP.",
        "They find and stop the source of the spam.",
        "They request removal at both lists: Validity's Sender Score \
         blocklist page and the Cloudmark CSI reset form.",
        "Send the message again once neither list shows the IP.",
    ],
    links: &[VALIDITY, CLOUDMARK],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000110"),
    ..BASE
};

/// All three lists.
pub static BL000111: Entry = Entry {
    id: "comcast/BL000111",
    what: "Comcast refused the message because the sending IP address is on \
           three lists at once: the Validity (Return Path) Reputation \
           Network Blocklist, Cloudmark Sender Intelligence (CSI) and \
           Spamhaus ZEN.",
    why: "All three track addresses that send spam or belong to home \
          connections. Being on all of them usually means the server is \
          sending a lot of spam right now.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider at \
         once; it names the listed IP.",
        "They stop the spam first (a hacked account or website is the usual \
         cause); removal requests fail while it continues.",
        "They request removal at all three: Validity's Sender Score \
         blocklist page, the Cloudmark CSI reset form and Spamhaus.",
        "Send the message again once no list shows the IP.",
    ],
    links: &[VALIDITY, CLOUDMARK, SPAMHAUS],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000111"),
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
           reputation; the message is delayed, not lost.",
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
           its volume and its reputation with Cloudmark; the message is \
           delayed, not lost.",
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
           sends more than its past volume and quality earn; the message is \
           delayed, not lost.",
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
           limit); the message is delayed, not lost.",
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
