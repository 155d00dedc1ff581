//! Free (free.fr), the French ISP. Its servers block an IP for a while
//! after spam ("Too many spams from your IP") and point to its postmaster
//! site.
//!
//! NOTE: Free's postmaster pages could not be opened here; the meanings
//! come from the text of real replies.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://postmaster.free.fr/";
const CHECKED: &str = "2026-12-04";

const POSTMASTER: LinkRef = LinkRef { label: "Free postmaster", url: SOURCE };

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "free",
    name: "Free (free.fr)",
    hosts: &["free.fr", "proxad.net"],
    mail_domains: &["free.fr"],
    tokens: &["postmaster.free.fr"],
    rules: &[
        Rule { code: "", status: &[], phrases: &["too many spams from your ip"], entry: &SPAM_BLOCK },
        Rule { code: "", status: &[], phrases: &["blocked due to inactivity"], entry: &INACTIVE },
        Rule { code: "", status: &[], phrases: &["spam detected"], entry: &SPAM_CONTENT },
    ],
    codes: None,
};

static SPAM_BLOCK: Entry = Entry {
    id: "free/spam-block",
    reason: Reason::Blocked,
    what: "Free is refusing mail from the sending IP for a while because it \
           received spam from it.",
    why: "Free blocks an IP temporarily after spam reports or spam traps.",
    steps: &["Your mail administrator stops the spam and lets the server \
              retry later; the block lifts by itself."],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static INACTIVE: Entry = Entry {
    id: "free/inactive",
    reason: Reason::Suspend,
    what: "The recipient's Free mailbox is blocked for inactivity.",
    why: "Free blocks mailboxes left unused for a long time.",
    steps: &["Reach the recipient another way and ask for a current \
              address."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static SPAM_CONTENT: Entry = Entry {
    id: "free/spam-detected",
    reason: Reason::SpamDetected,
    what: "Free's filter rejected this message as spam.",
    why: "The content or links of the message look like spam to Free.",
    steps: &["Send a plainer message without the suspect links."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};
