//! Apple iCloud Mail (icloud.com, me.com, mac.com). Apple's filter codes
//! (`[CS01]`, `[HM08]`, `[HME1]`) are not documented by Apple; their
//! meanings here come from the replies that carry them. Inbound iCloud
//! mail is filtered by Proofpoint, so Proofpoint's "Blocked - see
//! ipcheck" replies are common there and are read by the Proofpoint table.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://support.apple.com/102322";
const CHECKED: &str = "2026-12-04";

const POSTMASTER: LinkRef =
    LinkRef { label: "Postmaster information for iCloud Mail", url: SOURCE };

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "apple",
    name: "Apple iCloud Mail",
    hosts: &["icloud.com", "me.com", "mac.com", "apple.com"],
    mail_domains: &["icloud.com", "me.com", "mac.com"],
    tokens: &["[cs01]", "[cs02]", "[hm07]", "[hm08]", "[hm11]", "[hme1]", "ht204137",
    ],
    rules: &[
        Rule { code: "CS01", status: &[], phrases: &["[cs01]"], entry: &LOCAL_POLICY },
        Rule { code: "CS02", status: &[], phrases: &["[cs02]"], entry: &LOCAL_POLICY },
        Rule { code: "HM07", status: &[], phrases: &["[hm07]"], entry: &REPUTATION_POLICY },
        Rule { code: "HM08", status: &[], phrases: &["[hm08]"], entry: &REPUTATION_POLICY },
        Rule { code: "HM11", status: &[], phrases: &["[hm11]"], entry: &REPUTATION_POLICY },
        Rule { code: "HME1", status: &[], phrases: &["[hme1]"], entry: &UNAUTHENTICATED },
        Rule { code: "", status: &[], phrases: &["dmarc policy"], entry: &UNAUTHENTICATED },
        Rule { code: "", status: &[], phrases: &["due to local policy"], entry: &LOCAL_POLICY },
        Rule { code: "", status: &[], phrases: &["not accepting connections"], entry: &NOT_ACCEPTING },
        Rule { code: "", status: &[], phrases: &["recipient no longer on server"], entry: &MOVED },
        Rule { code: "", status: &[], phrases: &["over quota", "overquota"], entry: &OVER_QUOTA },
        Rule { code: "", status: &[], phrases: &["excessive volume"], entry: &EXCESSIVE_VOLUME },
        Rule { code: "", status: &[], phrases: &["user does not exist", "inactive email address", "unknown or illegal alias"], entry: &NO_SUCH_USER },
    ],
    codes: None,
};

static LOCAL_POLICY: Entry = Entry {
    id: "apple/local-policy",
    reason: Reason::PolicyViolation,
    what: "iCloud Mail's filter refused this message under Apple's local \
           policy.",
    why: "Apple gives this code when the message's content, links \
          or sending pattern look like spam to its filter. Apple does not \
          publish the exact criteria.",
    steps: &[
        "Check the message's links and attachments, and that SPF, DKIM and \
         DMARC pass for your domain.",
        "If mail to iCloud keeps failing, your mail administrator writes to \
         Apple's postmaster team as the iCloud postmaster page describes, \
         with the bounces and the sending IPs.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static REPUTATION_POLICY: Entry = Entry {
    id: "apple/reputation-policy",
    reason: Reason::Blocked,
    what: "iCloud Mail refused mail from this sender because of its \
           reputation with Apple.",
    why: "The [HM] codes are given for the sending IP or domain rather than \
          for one message; Apple does not publish their criteria.",
    steps: &[
        "Your mail administrator checks the sending IP on the public \
         blocklists and looks for spam sent from the server.",
        "They contact Apple's postmaster team, as the iCloud postmaster \
         page describes, with the bounces and the sending IPs.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static UNAUTHENTICATED: Entry = Entry {
    id: "apple/unauthenticated",
    reason: Reason::AuthFailure,
    what: "iCloud Mail refused the message because it failed SPF and DKIM, \
           or the From domain's DMARC policy.",
    why: "Apple honours the sender's DMARC policy and blocks mail that \
          passes neither SPF nor DKIM.",
    steps: &["Your domain administrator makes sure the sending server is in the \
         domain's SPF record and signs with DKIM for the From domain."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static NOT_ACCEPTING: Entry = Entry {
    id: "apple/not-accepting",
    reason: Reason::Blocked,
    what: "iCloud Mail refused to talk to the sending server at all.",
    why: "Apple's inbound servers turn away connections from IPs they \
          distrust, usually for poor reputation or a listing on a public \
          blocklist; the message itself was never looked at.",
    steps: &[
        "Your mail administrator checks the sending IP on the public \
         blocklists and Proofpoint's IP check, and stops any spam.",
        "If that shows nothing, they contact Apple's postmaster team as the \
         iCloud postmaster page describes.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static MOVED: Entry = Entry {
    id: "apple/moved",
    reason: Reason::HasMoved,
    what: "This iCloud address is no longer on Apple's mail servers.",
    why: "The account was closed or moved and no mail is forwarded.",
    steps: &["Ask the recipient for their current address and update your \
              records."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static OVER_QUOTA: Entry = Entry {
    id: "apple/over-quota",
    reason: Reason::MailboxFull,
    what: "The recipient's iCloud storage is full.",
    why: "iCloud Mail shares the account's iCloud storage, which is used up.",
    steps: &["Tell the recipient by another channel, and send again after \
              they have freed space."],
    who: Actor::Recipient,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

pub(super) static EXCESSIVE_VOLUME: Entry = Entry {
    id: "apple/excessive-volume",
    reason: Reason::Speeding,
    what: "iCloud Mail did not take the message because the recipient is \
           getting too much mail at once.",
    why: "Apple limits the incoming rate per mailbox.",
    steps: &["Let your server retry later; nothing else is needed."],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static NO_SUCH_USER: Entry = Entry {
    id: "apple/no-such-user",
    reason: Reason::UserUnknown,
    what: "There is no active iCloud mailbox at this address.",
    why: "The address is misspelled, or the account is inactive or deleted.",
    steps: &["Check the address, and remove it from your lists if it is \
              correct."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};
