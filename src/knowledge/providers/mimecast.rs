//! Mimecast, a filter in front of many companies' mail (MX hosts under
//! `mimecast.com`). Its replies name the policy that rejected the message
//! and link to Mimecast's list of SMTP error codes. Mimecast deals only
//! with its customers' administrators, so for most rejections the
//! recipient's side must act.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754";
const CHECKED: &str = "2026-12-04";

const CODES: LinkRef = LinkRef { label: "Mimecast SMTP error codes", url: SOURCE };

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "mimecast",
    name: "Mimecast",
    hosts: &["mimecast.com", "mimecast.co.za", "mimecast-offshore.com"],
    mail_domains: &[],
    tokens: &["mcspamsignature"],
    rules: &[
        Rule { code: "", status: &[], phrases: &["host network not allowed"], entry: &NETWORK_NOT_ALLOWED },
        Rule { code: "", status: &[], phrases: &["mcspamsignature"], entry: &SPAM_SIGNATURE },
        Rule { code: "", status: &[], phrases: &["security policies"], entry: &SECURITY_POLICY },
        Rule { code: "", status: &[], phrases: &["ip reputation"], entry: &IP_REPUTATION },
        Rule { code: "", status: &[], phrases: &["anti-spoofing"], entry: &ANTI_SPOOFING },
        Rule { code: "", status: &[], phrases: &["envelope blocked", "blocked senders", "sender address blocked", "administrative prohibition", "policy level block list"], entry: &BLOCKED_SENDERS },
        Rule { code: "", status: &[], phrases: &["content examination"], entry: &CONTENT_POLICY },
        Rule { code: "", status: &[], phrases: &["spf sender invalid", "dkim sender invalid", "dmarc sender invalid"], entry: &AUTHENTICATION },
        Rule { code: "", status: &[], phrases: &["internal resources are temporarily unavailable", "internal resource is temporarily unavailable", "internal resource temporarily unavailable", "greylist"], entry: &GREYLISTED },
        Rule { code: "", status: &[], phrases: &["unable to process connection at this time"], entry: &AT_MAXIMUM_LOAD },
        Rule { code: "", status: &[], phrases: &["ip temporarily blacklisted"], entry: &TEMPORARY_BLOCK },
        Rule { code: "", status: &[], phrases: &["invalid recipient"], entry: &INVALID_RECIPIENT },
    ],
    codes: None,
};

static NETWORK_NOT_ALLOWED: Entry = Entry {
    id: "mimecast/network-not-allowed",
    reason: Reason::PolicyViolation,
    what: "The recipient's Mimecast filter does not accept mail from the \
           sending network or country.",
    why: "The recipient's administrator set a policy that rejects \
          connections from certain networks or regions.",
    steps: &["Contact the recipient another way and ask their Mimecast \
              administrator to allow your server's IP."],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[CODES],
    source: SOURCE,
    checked: CHECKED,
};

static SECURITY_POLICY: Entry = Entry {
    id: "mimecast/security-policy",
    reason: Reason::VirusDetected,
    what: "The recipient's Mimecast filter rejected the message under its \
           security policies.",
    why: "The message matched a virus or spam signature, or its spam \
          score passed the recipient's limit.",
    steps: &[
        "Remove attachments or links that could be flagged and send again.",
        "If the message is legitimate, ask the recipient to have their \
         Mimecast administrator review the rejection.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[CODES],
    source: SOURCE,
    checked: CHECKED,
};

static SPAM_SIGNATURE: Entry = Entry {
    id: "mimecast/spam-signature",
    reason: Reason::SpamDetected,
    what: "The recipient's Mimecast filter judged the message to be spam: \
           it matched a Mimecast spam signature (MCSpamSignature).",
    why: "Something in the message, such as its links, wording or \
          attachments, resembles spam Mimecast has seen before.",
    steps: &[
        "Remove links, images or attachments that could look like bulk \
         mail and send again.",
        "If the message is legitimate, ask the recipient to have their \
         Mimecast administrator review the rejection or allow your address.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[CODES],
    source: SOURCE,
    checked: CHECKED,
};

static IP_REPUTATION: Entry = Entry {
    id: "mimecast/ip-reputation",
    reason: Reason::BadReputation,
    what: "Mimecast rejected the message because of the sending IP's \
           reputation.",
    why: "Mimecast's global reputation data rates the IP poorly.",
    steps: &[
        "Your mail administrator checks the IP on the public blocklists and \
         stops any spam.",
        "The recipient's Mimecast administrator can allow your IP meanwhile.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[CODES],
    source: SOURCE,
    checked: CHECKED,
};

static ANTI_SPOOFING: Entry = Entry {
    id: "mimecast/anti-spoofing",
    reason: Reason::SecurityError,
    what: "Mimecast rejected the message because it claims to come from the \
           recipient's own domain but arrived from outside.",
    why: "The recipient's anti-spoofing policy blocks outside mail that uses \
          its own domain as sender, common with web forms and services that \
          send on a company's behalf.",
    steps: &["Ask the recipient's Mimecast administrator to add an exception \
              for your server, and make sure SPF and DKIM pass for the \
              domain."],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[CODES],
    source: SOURCE,
    checked: CHECKED,
};

/// Also Mimecast's "Envelope rejected due to policy level block list in
/// force", which its help page "Policies - Managing Blocked Senders and
/// Email Rejections" names as a Blocked Senders policy rejection
/// (<https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections>,
/// checked 2026-12-06).
static BLOCKED_SENDERS: Entry = Entry {
    id: "mimecast/blocked-senders",
    reason: Reason::Filtered,
    what: "The recipient's Mimecast filter blocks your address, domain or \
           server.",
    why: "A Blocked Senders policy or the recipient's personal block list \
          holds an entry that matches you.",
    steps: &["Contact the recipient another way and ask them (or their \
              administrator) to remove the entry."],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[CODES],
    source: SOURCE,
    checked: CHECKED,
};

static CONTENT_POLICY: Entry = Entry {
    id: "mimecast/content-policy",
    reason: Reason::PolicyViolation,
    what: "The recipient's Mimecast content policy rejected the message.",
    why: "Words, attachments or file types in the message match a rule the \
          recipient's administrator set.",
    steps: &["Ask the recipient which content is blocked, or send without \
              the attachment."],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[CODES],
    source: SOURCE,
    checked: CHECKED,
};

static AUTHENTICATION: Entry = Entry {
    id: "mimecast/authentication",
    reason: Reason::AuthFailure,
    what: "Mimecast rejected the message because SPF, DKIM or DMARC failed \
           for the sender's domain.",
    why: "The recipient enforces the sender domain's authentication.",
    steps: &["Your domain administrator fixes SPF, DKIM or DMARC for the \
              sending server."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[CODES],
    source: SOURCE,
    checked: CHECKED,
};

/// Reported as `onhold`, like any greylisting (see `knowledge::greylisting`):
/// it is a deferral, not a block of the sending IP.
static GREYLISTED: Entry = Entry {
    id: "mimecast/greylisted",
    reason: Reason::OnHold,
    what: "Mimecast asked the sending server to try again later \
           (greylisting).",
    why: "Mimecast defers mail from senders it has not seen before, or with \
          a poor reputation, and accepts a retry after a minute up to \
          twelve hours.",
    steps: &[
        "Let the server retry; nothing else is needed.",
        "If the same reply comes back for more than twelve hours, the \
         sending IP's reputation is the likely cause: your mail \
         administrator checks the IP on the public blocklists, and the \
         recipient's Mimecast administrator can exempt your server from \
         the reputation check.",
    ],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[CODES],
    source: SOURCE,
    checked: CHECKED,
};

static AT_MAXIMUM_LOAD: Entry = Entry {
    id: "mimecast/at-maximum-load",
    reason: Reason::SystemError,
    what: "The recipient's Mimecast server was too busy to take the \
           connection.",
    why: "Mimecast turns connections away while a server is at its maximum \
          load, and accepts the message once the load drops.",
    steps: &["Let the server retry; nothing else is needed."],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[CODES],
    source: SOURCE,
    checked: CHECKED,
};

static TEMPORARY_BLOCK: Entry = Entry {
    id: "mimecast/temporary-block",
    reason: Reason::Blocked,
    what: "Mimecast blocked the sending IP for a while after too many \
           invalid connections.",
    why: "Repeated connections for unknown recipients or broken sessions \
          put the IP on a short block.",
    steps: &["Let the server retry later, and remove invalid addresses from \
              your lists."],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[CODES],
    source: SOURCE,
    checked: CHECKED,
};

static INVALID_RECIPIENT: Entry = Entry {
    id: "mimecast/invalid-recipient",
    reason: Reason::UserUnknown,
    what: "The recipient's organisation has no mailbox at this address.",
    why: "Mimecast checks recipients against the organisation's directory.",
    steps: &["Check the address and ask the recipient for a current one."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};
