//! Japanese mobile carriers: NTT Docomo (docomo.ne.jp), KDDI au
//! (ezweb.ne.jp, au.com, and the dion.ne.jp ISP) and SoftBank
//! (softbank.ne.jp, i.softbank.jp). Japanese phones filter incoming mail
//! by sender domain, and the carriers have rejected such mail with the
//! same "User unknown" they give for missing addresses. au still does
//! for "550 : User unknown" (without the address); Docomo stopped
//! rejecting filtered mail over SMTP in March 2025.
//!
//! NOTE: the carriers publish no reply table; these readings follow the
//! go-sisimai bounce library. SoftBank is recognised but has no rules yet.
//! go-sisimai also reads Docomo's "503 Bad sequence of commands" and "504
//! Command parameter not implemented" as syntax errors, but no source explains
//! what Docomo means by them, so they keep the reply code's explanation.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://github.com/sisimai/go-sisimai/blob/master/rhost/for-nttdocomo.go";
const DOCOMO_SETTINGS: &str =
    "https://www.nttdocomo.co.jp/info/spam_mail/measure/domain/sp_setting/index.html";
const KDDI_SOURCE: &str = "https://github.com/sisimai/go-sisimai/blob/master/rhost/for-kddi.go";
const CHECKED: &str = "2026-12-04";

#[rustfmt::skip]
pub static DOCOMO: Provider = Provider {
    id: "docomo",
    name: "NTT Docomo",
    hosts: &["docomo.ne.jp"],
    mail_domains: &["docomo.ne.jp"],
    tokens: &[],
    rules: &[
        Rule { code: "", status: &[], phrases: &["unknown user"], entry: &DOCOMO_UNKNOWN },
        Rule { code: "", status: &[], phrases: &["too many recipients"], entry: &DOCOMO_RECIPIENTS },
    ],
    codes: None,
};

#[rustfmt::skip]
pub static KDDI: Provider = Provider {
    id: "kddi",
    name: "KDDI au",
    hosts: &["ezweb.ne.jp", "au.com", "kddi.com", "dion.ne.jp"],
    mail_domains: &["ezweb.ne.jp", "au.com", "dion.ne.jp"],
    tokens: &[],
    rules: &[
        Rule { code: "", status: &[], phrases: &["mailbox is full"], entry: &KDDI_FULL },
        Rule { code: "", status: &[], phrases: &["550 : user unknown"], entry: &KDDI_FILTERED },
        Rule { code: "", status: &[], phrases: &[">: user unknown"], entry: &KDDI_UNKNOWN },
    ],
    codes: None,
};

#[rustfmt::skip]
pub static SOFTBANK: Provider = Provider {
    id: "softbank",
    name: "SoftBank",
    hosts: &["softbank.ne.jp", "softbank.jp"],
    mail_domains: &["softbank.ne.jp", "i.softbank.jp"],
    tokens: &[],
    rules: &[],
    codes: None,
};

const FILTER_STEPS: &[&str] = &[
    "Check the address: a typo gives the same reply.",
    "If it is right, ask the recipient (by phone or another channel) to \
     allow your address or domain in their phone's mail reception settings.",
    "Send again once they have done so.",
];

static DOCOMO_UNKNOWN: Entry = Entry {
    id: "docomo/unknown-user",
    reason: Reason::UserUnknown,
    what: "There is no Docomo mailbox at this address.",
    why: "Since March 2025 Docomo gives \"Unknown user\" only for missing \
          addresses. Before that, the same reply after the message data \
          could also mean the recipient's reception filter refused it.",
    steps: &[
        "Check the address for typos and ask the recipient for a current \
         one.",
        "For an older bounce, also ask the recipient to allow your domain \
         in their Docomo mail settings.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[LinkRef { label: "Docomo: reception and rejection settings", url: DOCOMO_SETTINGS }],
    source: SOURCE,
    checked: CHECKED,
};

static DOCOMO_RECIPIENTS: Entry = Entry {
    id: "docomo/too-many-recipients",
    reason: Reason::TooManyConn,
    what: "Docomo refused the message because it had too many recipients \
           for one delivery.",
    why: "Docomo limits the recipients it takes in one SMTP transaction.",
    steps: &["Send to fewer Docomo addresses per message; a mail server \
              splits the list by itself when it retries."],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static KDDI_FILTERED: Entry = Entry {
    id: "kddi/filtered",
    reason: Reason::Filtered,
    what: "au (KDDI) refused the message, most likely because the \
           recipient's reception filter blocks your address.",
    why: "au answers \"550 : User unknown\", without the address, when \
          its user's sender filter refuses the mail.",
    steps: FILTER_STEPS,
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: KDDI_SOURCE,
    checked: CHECKED,
};

static KDDI_UNKNOWN: Entry = Entry {
    id: "kddi/unknown-user",
    reason: Reason::UserUnknown,
    what: "There is no au mailbox at this address.",
    why: "au names the missing address in the reply when the mailbox does \
          not exist.",
    steps: &["Check the address and ask the recipient for a current one."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: KDDI_SOURCE,
    checked: CHECKED,
};

static KDDI_FULL: Entry = Entry {
    id: "kddi/mailbox-full",
    reason: Reason::MailboxFull,
    what: "The recipient's au or DION mailbox is full.",
    why: "The mailbox has reached its storage limit.",
    steps: &["Tell the recipient by another channel; send again later."],
    who: Actor::Recipient,
    temporary: None,
    links: &[],
    source: KDDI_SOURCE,
    checked: CHECKED,
};
