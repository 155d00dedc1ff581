//! NetEase Mail (163.com, 126.com, yeah.net). Its replies put a short
//! code after the reply code (`451 RP:TRC 163 mx14,...`) and a link to a
//! help page. The code, not the words around it, names the check or
//! limit that rejected the message.
//!
//! Meanings: NetEase's list of its reply codes ("退信代码说明"), as
//! republished on the page below. `RP:TRC`: the sender's recipients
//! for the day passed the limit, and NetEase takes no more mail from
//! that sender that day. `RP:QRC`: the same over a short period.
//! `MI:SFQ`: the sender's messages in 15 minutes passed the limit.
//! `MI:STC`: the sender's connections or messages for the day passed the
//! limit. `MI:DMC` and `RP:DRC`: the messages or recipients sent on one
//! connection passed the limit. `HL:IFC`: the IP sent many messages in a
//! short time. `HL:ICC`: it held too many connections at once. After
//! either, the IP is blocked from connecting for a while.
//!
//! NOTE: NetEase's own help page (help.163.com) could not be opened here.
//! The list was read from a republished copy, and the same codes appear
//! in public code that handles NetEase's replies.

use super::{Provider, Rule};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://biecuoliao.com/pa/MBRrwEM.html";
const CHECKED: &str = "2026-12-05";

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "netease",
    name: "NetEase Mail (163.com)",
    hosts: &["163.com", "126.com", "yeah.net", "netease.com"],
    mail_domains: &["163.com", "126.com", "yeah.net", "vip.163.com", "vip.126.com"],
    tokens: &[],
    rules: &[
        Rule { code: "RP:TRC", status: &[], phrases: &["rp:trc"], entry: &SENDER_LIMIT },
        Rule { code: "RP:QRC", status: &[], phrases: &["rp:qrc"], entry: &SENDER_LIMIT },
        Rule { code: "MI:SFQ", status: &[], phrases: &["mi:sfq"], entry: &SENDER_LIMIT },
        Rule { code: "MI:STC", status: &[], phrases: &["mi:stc"], entry: &SENDER_LIMIT },
        Rule { code: "MI:DMC", status: &[], phrases: &["mi:dmc"], entry: &CONNECTION_LIMIT },
        Rule { code: "RP:DRC", status: &[], phrases: &["rp:drc"], entry: &CONNECTION_LIMIT },
        Rule { code: "HL:IFC", status: &[], phrases: &["hl:ifc"], entry: &CONNECTION_LIMIT },
        Rule { code: "HL:ICC", status: &[], phrases: &["hl:icc"], entry: &CONNECTION_LIMIT },
    ],
    codes: None,
};

/// A limit on what one sender sends in a period. Speeding is Sisimai's
/// reason for a refusal because of a sending rate.
pub static SENDER_LIMIT: Entry = Entry {
    id: "netease/sender-limit",
    reason: Reason::Speeding,
    what: "NetEase Mail refused the message because your address sent to \
           too many recipients, or too many messages, in a short time or in \
           one day.",
    why: "NetEase limits how much one sender may send per 15 minutes and \
          per day. After the daily limit it takes no more mail from that \
          sender until the next day. The content of the message is not the \
          cause.",
    steps: &[
        "Wait: send the rest later, or the next day for a daily limit.",
        "Send to fewer NetEase recipients at a time, and spread a large \
         mailing over several hours or days.",
        "If you send a newsletter, use a sending service that paces mail \
         to each provider.",
    ],
    who: Actor::You,
    temporary: Some(true),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// A limit on one connection or one IP. Speeding is Sisimai's reason for
/// a refusal because of a sending rate.
pub static CONNECTION_LIMIT: Entry = Entry {
    id: "netease/connection-limit",
    reason: Reason::Speeding,
    what: "NetEase Mail did not take the message because the sending server \
           sent too many messages or recipients over one connection, or too \
           many connections from its IP.",
    why: "NetEase limits the messages and recipients per connection, the \
          connections one IP may hold at once and how fast it may send. \
          The content of the message is not the cause, and the sending \
          server retries on its own.",
    steps: &[
        "Your mail administrator lowers the messages per connection and \
         the parallel connections to NetEase's servers (163.com, \
         126.com), and slows the sending rate.",
        "If the IP sends far more than it should, check it for a \
         compromised account sending spam.",
    ],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};
