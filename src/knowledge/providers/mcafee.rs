//! McAfee SaaS Email Protection, formerly MXLogic, a filter in front of
//! companies' mail (MX hosts under `mxlogic.net` and `mxlogicmx.net`).
//! Its bounces mostly relay the reply of the recipient's own server
//! ("550 5.1.1 ... User unknown"), which the generic tables read.
//!
//! NOTE: no public table of McAfee's reply texts was found. Its
//! administrator and training guides describe the policies behind them,
//! and one entry rests on that: "Denied [BOUNCEDENY]" names the "Block Receipt of
//! Bounce Messages" policy the training guide describes. The guide also
//! describes a four-hour block of an IP that sent to many invalid
//! recipients, but not its reply text, so it has no entry. "451 Could not
//! load DRD for domain" is the service's own words too, but no public
//! page explains what a DRD is, so it is left to the generic tables as a
//! system error.

use super::{Provider, Rule};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const TRAINING_GUIDE: &str =
    "https://mcafee.manymanuals.de/software/office-3-1/user-manual-43808/26";
const CHECKED: &str = "2026-12-04";

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "mcafee",
    name: "McAfee (MXLogic) Email Protection",
    hosts: &["mxlogic.net", "mxlogicmx.net", "mcafee.com"],
    mail_domains: &[],
    tokens: &[],
    rules: &[
        Rule { code: "", status: &[], phrases: &["[bouncedeny]"], entry: &BOUNCE_DENIED },
    ],
    codes: None,
};

static BOUNCE_DENIED: Entry = Entry {
    id: "mcafee/bounce-denied",
    reason: Reason::Rejected,
    what: "The recipient's McAfee filter refused the message because it is \
           a bounce or other automatic reply, and the recipient accepts \
           none.",
    why: "The recipient's policy blocks incoming bounce messages. Such \
          mail mostly answers spam that forged the recipient's address as \
          the sender, so your server's bounce or auto-reply went to an \
          address that never wrote to it.",
    steps: &[
        "Nothing to resend: the refused message was an automatic reply, \
         not mail a person wrote.",
        "Your mail administrator checks why the server sent it. A server \
         should refuse unwanted mail during the SMTP session rather than \
         accept it and bounce it later to a sender that may be forged.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: TRAINING_GUIDE,
    checked: CHECKED,
};
