//! Barracuda's filtering gateways in front of many companies' mail: the
//! cloud service (Email Gateway Defense, formerly Email Security Service,
//! MX hosts such as `d123456a.ess.barracudanetworks.com`) and the Email
//! Security Gateway appliance that sites run themselves.
//!
//! The cloud service refuses a message its policies block with one reply
//! for all causes: "550 permanent failure for one or more recipients
//! (user@example.com:blocked)". The cause (IP reputation, a sender policy,
//! an SPF failure, the spam score, a virus) appears only in the
//! recipient's Message Log, which Barracuda documents by reason. When the
//! recipient's own server refused the message instead, the service puts
//! that server's reply in the brackets in place of `blocked`
//! ("(user@example.com:550 5.4.1 Recipient address rejected: ...)"). No
//! rule here matches that form, so the generic tables read the inner
//! reply. A message to several recipients gets one reply that lists each
//! recipient's result, and `explain::listed_results` gives each card its
//! own entry.
//!
//! The appliance names the Barracuda Reputation Block List in its own
//! reply ("Client host [192.0.2.1] blocked using Barracuda Reputation"),
//! which the blocklist table explains (`blocklists::lists::BARRACUDA`).
//!
//! Both defer an IP that sends the recipient's domain more messages in
//! half an hour than the recipient's rate control allows. An appliance
//! answers under the site's own host name, so only the cloud service's
//! replies reach the rules here.
//!
//! NOTE: Barracuda's public pages describe the Message Log reasons and
//! rate control, not the reply wording. The `:blocked` form follows real
//! replies, and the rate-control rule matches the feature's name. The
//! phrase "permanent failure for one or more recipients" is taken as the
//! cloud service's own, so it names Barracuda without a host name. The
//! appliance's "Message content rejected, UBE" reply has no entry here
//! because no Barracuda page found states it, so the generic spam table
//! reads it.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://campus.barracuda.com/doc/167976683";
const CHECKED: &str = "2026-12-04";

/// The token that names the cloud service's own refusal wording.
pub(crate) const CLOUD_REFUSAL: &str = "permanent failure for one or more recipients";

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "barracuda",
    name: "Barracuda Email Protection",
    hosts: &["barracudanetworks.com", "barracuda.com", "cudamail.com"],
    mail_domains: &[],
    tokens: &[CLOUD_REFUSAL],
    rules: &[
        Rule { code: "", status: &[], phrases: &[":blocked)"], entry: &POLICY_BLOCK },
        Rule { code: "", status: &[], phrases: &["rate control", "rate limit"], entry: &RATE_CONTROL },
    ],
    codes: None,
};

static POLICY_BLOCK: Entry = Entry {
    id: "barracuda/blocked",
    reason: Reason::Blocked,
    what: "The recipient's Barracuda filter refused the message under its \
           policies, and the reply does not say which one.",
    why: "Barracuda's cloud filter gives the same reply for every blocking \
          policy: a poor reputation of the sending IP, a sender or domain \
          the recipient's administrator blocked, an SPF hard fail (blocked \
          by default), a spam score over the limit, or a virus. The cause \
          is written only in the recipient's Message Log.",
    steps: &[
        "Your mail administrator looks up the sending IP in Barracuda's \
         reputation lookup; if it is listed, they fix the cause and file \
         one removal request.",
        "Check that SPF passes for your sending domain and server.",
        "Otherwise contact the recipient another way: their administrator \
         finds the message in the Email Gateway Defense Message Log, which \
         names the reason, and can exempt your address or domain if the \
         block is wrong.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[
        LinkRef {
            label: "Barracuda reputation lookup",
            url: "https://www.barracudacentral.org/lookups/lookup-reputation",
        },
        LinkRef { label: "Barracuda Message Log reasons", url: SOURCE },
    ],
    source: SOURCE,
    checked: CHECKED,
};

const RATE_CONTROL_SOURCE: &str =
    "https://campus.barracuda.com/product/emailgatewaydefense/doc/167976820/inbound-rate-control";

static RATE_CONTROL: Entry = Entry {
    id: "barracuda/rate-control",
    reason: Reason::Speeding,
    what: "The recipient's Barracuda filter did not take the message because \
           the sending IP sent that domain more messages in half an hour \
           than its rate control allows.",
    why: "Barracuda counts the messages from one IP to a domain per \
          half-hour period and defers further connections from that IP \
          until the next period begins. The recipient's administrator sets \
          the limit.",
    steps: &[
        "Let your server retry: the filter accepts the IP again in the \
         next half-hour period.",
        "If it recurs, your mail administrator spreads large sends over \
         time, and the recipient's administrator can exempt your IP from \
         rate control.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: RATE_CONTROL_SOURCE,
    checked: CHECKED,
};
