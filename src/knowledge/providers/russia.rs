//! Mail.ru (mail.ru, bk.ru, list.ru, inbox.ru) and Yandex (yandex.ru,
//! yandex.com, ya.ru), the two large Russian mailbox providers.
//!
//! Mail.ru's spam rejection links to a support form with the message's
//! code and id filled in; Yandex blocks a source for about a day when it
//! has seen only spam from it.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const MAILRU_SOURCE: &str = "https://help.mail.ru/notspam-support/errors";
const YANDEX_SOURCE: &str = "https://yandex.com/support/mail/bounces/yandex.html";
const CHECKED: &str = "2026-12-04";

#[rustfmt::skip]
pub static MAILRU: Provider = Provider {
    id: "mailru",
    name: "Mail.ru",
    hosts: &["mail.ru"],
    mail_domains: &["mail.ru", "bk.ru", "list.ru", "inbox.ru", "internet.ru"],
    tokens: &["notspam-support"],
    rules: &[
        Rule { code: "", status: &[], phrases: &["spam message rejected", "notspam-support"], entry: &MAILRU_SPAM },
        Rule { code: "", status: &[], phrases: &["sending for this account is disabled"], entry: &MAILRU_SENDER_LOCKED },
        // Mail.ru writes "invalid mailbox" before both "account is disabled"
        // and "user not found", so only the cause after it decides.
        Rule { code: "", status: &[], phrases: &["account is disabled"], entry: &MAILRU_DISABLED },
    ],
    codes: None,
};

#[rustfmt::skip]
pub static YANDEX: Provider = Provider {
    id: "yandex",
    name: "Yandex",
    hosts: &["yandex.ru", "yandex.net", "yandex.com", "ya.ru"],
    mail_domains: &["yandex.ru", "yandex.com", "ya.ru", "narod.ru"],
    tokens: &[],
    rules: &[
        Rule { code: "", status: &[], phrases: &["suspicion of spam"], entry: &YANDEX_SPAM },
        Rule { code: "", status: &[], phrases: &["spam statistics"], entry: &YANDEX_BLOCKED },
        Rule { code: "", status: &[], phrases: &["policy rejection on the target address"], entry: &YANDEX_TARGET_BLOCKED },
        Rule { code: "", status: &[], phrases: &["message rate limit"], entry: &YANDEX_RATE },
    ],
    codes: None,
};

static MAILRU_SPAM: Entry = Entry {
    id: "mailru/spam",
    reason: Reason::SpamDetected,
    what: "Mail.ru rejected the message as spam.",
    why: "Mail.ru's filter judged the message or its sender to be spam; \
          link shorteners and abused web forms are common causes.",
    steps: &[
        "Open the Mail.ru support link from the reply on Mail.ru's own site \
         (help.mail.ru); it takes the error code and message id and lets \
         you ask for a review.",
        "Your mail administrator checks web forms and accounts on the \
         server for abuse.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[LinkRef { label: "Mail.ru: errors when sending mail", url: MAILRU_SOURCE }],
    source: MAILRU_SOURCE,
    checked: CHECKED,
};

static MAILRU_SENDER_LOCKED: Entry = Entry {
    id: "mailru/sender-locked",
    reason: Reason::SecurityError,
    what: "Mail.ru has stopped your account from sending mail.",
    why: "Mail.ru locks sending when it suspects the account was taken over.",
    steps: &["Sign in to Mail.ru on the web, follow the steps to verify the \
              account, and change the password."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: MAILRU_SOURCE,
    checked: CHECKED,
};

static MAILRU_DISABLED: Entry = Entry {
    id: "mailru/disabled",
    reason: Reason::Suspend,
    what: "The recipient's Mail.ru account is disabled.",
    why: "The account was closed or blocked.",
    steps: &["Ask the recipient for a current address."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: MAILRU_SOURCE,
    checked: CHECKED,
};

static YANDEX_SPAM: Entry = Entry {
    id: "yandex/spam",
    reason: Reason::SpamDetected,
    what: "Yandex rejected the message under suspicion of spam.",
    why: "Yandex's filter judged the content or the sender to be spam.",
    steps: &[
        "Check the message's links and attachments; send only to people \
         who asked for it.",
        "If mail is sent from a web form on your site, protect the form \
         from abuse.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[LinkRef { label: "Yandex Mail: bounce messages", url: YANDEX_SOURCE }],
    source: "https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html",
    checked: CHECKED,
};

static YANDEX_BLOCKED: Entry = Entry {
    id: "yandex/spam-statistics",
    reason: Reason::Blocked,
    what: "Yandex blocked the sending source for about a day because it \
           received only spam from it.",
    why: "Yandex's spam statistics for the IP are bad.",
    steps: &["Your mail administrator stops the spam. Once the block has \
         expired, send the message again."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[LinkRef { label: "Yandex Mail: bounce messages", url: YANDEX_SOURCE }],
    source: YANDEX_SOURCE,
    checked: CHECKED,
};

static YANDEX_TARGET_BLOCKED: Entry = Entry {
    id: "yandex/target-blocked",
    reason: Reason::Suspend,
    what: "The recipient's Yandex account is blocked, so it takes no mail.",
    why: "Yandex blocked the account, for example for breaking its terms.",
    steps: &["Reach the recipient another way."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: YANDEX_SOURCE,
    checked: CHECKED,
};

pub(super) static YANDEX_RATE: Entry = Entry {
    id: "yandex/rate-limit",
    reason: Reason::Speeding,
    what: "The recipient is receiving mail faster than Yandex allows, so \
           Yandex did not take the message.",
    why: "Yandex limits the incoming rate per mailbox.",
    steps: &["Let the server retry later."],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[],
    source: YANDEX_SOURCE,
    checked: CHECKED,
};
