//! Broadcom (Symantec) Email Security.cloud, formerly MessageLabs, a
//! filter in front of many companies' mail (hosts under
//! `messagelabs.com`). Its IP reputation list is checked and contested
//! through Broadcom's IP Reputation Investigation page.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://knowledge.broadcom.com/external/article/177234/request-removal-of-an-ip-address-from-sy.html";
const CHECKED: &str = "2026-12-04";

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "messagelabs",
    name: "Broadcom Email Security.cloud (MessageLabs)",
    hosts: &["messagelabs.com", "symantec.com", "broadcom.com"],
    mail_domains: &[],
    tokens: &[],
    rules: &[
        Rule { code: "", status: &[], phrases: &["turn on smtp authentication"], entry: &AUTH_REQUIRED },
        Rule { code: "", status: &[], phrases: &["rejected by policy", "bad sender", "reputation"], entry: &IP_REPUTATION },
    ],
    codes: None,
};

static AUTH_REQUIRED: Entry = Entry {
    id: "messagelabs/auth-required",
    reason: Reason::SecurityError,
    what: "Email Security.cloud refused to relay the message because the \
           sender did not log in.",
    why: "The message was sent through a Symantec/MessageLabs server that \
          relays only for authenticated users.",
    steps: &["Turn on SMTP authentication (user name and password) for the \
              outgoing server in your mail program."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static IP_REPUTATION: Entry = Entry {
    id: "messagelabs/ip-reputation",
    reason: Reason::Blocked,
    what: "Broadcom's email filter refused the connection because the \
           sending IP is on its bad-sender list.",
    why: "Broadcom (Symantec) keeps a global list of IPs with a negative \
          reputation, used by Email Security.cloud and Messaging Gateway.",
    steps: &[
        "Your mail administrator checks the IP in Broadcom's IP Reputation \
         Investigation page and requests an investigation there.",
        "Requests are normally handled within a day; Broadcom confirms only \
         by removing the IP.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[LinkRef { label: "Broadcom: request removal from its IP block lists", url: SOURCE }],
    source: SOURCE,
    checked: CHECKED,
};
