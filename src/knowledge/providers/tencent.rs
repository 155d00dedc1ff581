//! QQ Mail and Tencent Exmail (qq.com, foxmail.com, exmail.qq.com).
//! Tencent's replies are short English phrases ("Connection frequency
//! limited", "Mail content denied") followed by a link to its help pages
//! and, for blocks, the sending IP.
//!
//! A page of QQ Mail's bounce help text (qqmailbox.com/transceivers/169.html)
//! lists "550 Error: content rejected" beside "550 Mailbox not found".
//!
//! NOTE: Tencent's help pages could not be opened here; the meanings come
//! from the text of real replies.
//!
//! A connection to Tencent's MX lost during the HELO handshake has no
//! entry: the sending MTA reports it, Tencent states nothing, and no
//! public page ties it to a Tencent policy. The generic network-error
//! explanation applies.

use super::{Provider, Rule};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://service.mail.qq.com/";
const CHECKED: &str = "2026-12-04";

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "tencent",
    name: "QQ Mail / Tencent",
    hosts: &["qq.com", "tencent.com", "foxmail.com"],
    mail_domains: &["qq.com", "foxmail.com", "vip.qq.com"],
    tokens: &[],
    rules: &[
        Rule { code: "", status: &[], phrases: &["connection frequency limited"], entry: &CONNECTIONS },
        Rule { code: "", status: &[], phrases: &["frequency limited"], entry: &RATE },
        Rule { code: "", status: &[], phrases: &["mail content denied", "error: content rejected"], entry: &CONTENT },
        Rule { code: "", status: &[], phrases: &["suspected spam", "ip in blacklist", "blocked ip"], entry: &BLOCKED },
        Rule { code: "", status: &[], phrases: &["dmarc check failed"], entry: &DMARC },
        Rule { code: "", status: &[], phrases: &["mailbox not found", "mailbox unavailable"], entry: &NO_MAILBOX },
    ],
    codes: None,
};

static CONNECTIONS: Entry = Entry {
    id: "tencent/connection-frequency",
    reason: Reason::TooManyConn,
    what: "QQ Mail refused the connection because the sending IP connects \
           too often.",
    why: "Tencent limits how often one IP may connect; the reply may also \
          say the IP is blocked for now.",
    steps: &["Your mail administrator lowers the connection rate to QQ Mail; \
              the server retries later."],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static RATE: Entry = Entry {
    id: "tencent/frequency",
    reason: Reason::Speeding,
    what: "QQ Mail did not take the message because the sender is sending \
           too fast.",
    why: "Tencent limits the sending rate per sender and per IP. The limit \
          lifts once the rate drops, so the same message gets through when \
          it is sent again later at a lower rate.",
    steps: &[
        "Your mail administrator lowers the rate at which the server sends \
         to QQ Mail.",
        "Let the server retry later; it gets through once the rate is under \
         the limit.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static CONTENT: Entry = Entry {
    id: "tencent/content-denied",
    reason: Reason::SpamDetected,
    what: "QQ Mail rejected the message because of its content.",
    why: "Tencent's filter judged the content or its links to be spam.",
    steps: &["Send a plainer message without the suspect links."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static BLOCKED: Entry = Entry {
    id: "tencent/blocked",
    reason: Reason::Blocked,
    what: "QQ Mail blocked the sending IP as a suspected spam source.",
    why: "Tencent saw spam or complaints from the IP.",
    steps: &["Your mail administrator stops the spam and retries later; \
              Tencent's help page linked in the reply has a contact form."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static DMARC: Entry = Entry {
    id: "tencent/dmarc",
    reason: Reason::AuthFailure,
    what: "QQ Mail rejected the message because it failed DMARC.",
    why: "SPF and DKIM did not pass in line with the From domain.",
    steps: &["Your domain administrator fixes SPF or DKIM for the sending \
              server."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static NO_MAILBOX: Entry = Entry {
    id: "tencent/no-mailbox",
    reason: Reason::UserUnknown,
    what: "There is no QQ Mail mailbox at this address.",
    why: "The address is misspelled or closed.",
    steps: &["Check the address and ask the recipient for a current one."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};
