//! Cisco Secure Email (IronPort appliances, and the Cisco cloud under
//! `iphmx.com`). Its default rejection for a poorly rated sender is
//! "Your access to this mail system has been rejected due to the sending
//! MTA's poor reputation"; the rating comes from Cisco Talos, which
//! itself blocks nothing.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://support.talosintelligence.com/docs/email-reputation";
const CHECKED: &str = "2026-12-04";

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "cisco",
    name: "Cisco Secure Email (IronPort)",
    hosts: &["iphmx.com", "ironport.com"],
    mail_domains: &[],
    tokens: &["sending mta's poor reputation"],
    rules: &[
        Rule { code: "", status: &[], phrases: &["sending mta's poor reputation"], entry: &POOR_REPUTATION },
        Rule { code: "", status: &[], phrases: &["access to submit messages to this e-mail system has been rejected"], entry: &LOCAL_POLICY },
    ],
    codes: None,
};

static POOR_REPUTATION: Entry = Entry {
    id: "cisco/poor-reputation",
    reason: Reason::Blocked,
    what: "The recipient's Cisco mail filter refused the connection because \
           the sending IP's reputation with Cisco Talos is poor.",
    why: "Talos rates IPs from -10 to +10 by the mail and threats seen from \
          them; the recipient's appliance rejects senders below its \
          threshold. A new or rarely used IP can also score low.",
    steps: &[
        "Look the IP up in the Talos reputation center.",
        "Your mail administrator stops any spam, then opens a sender IP \
         reputation ticket with Talos (free account).",
        "Meanwhile the recipient's administrator can allow your IP.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[
        LinkRef {
            label: "Talos reputation lookup",
            url: "https://talosintelligence.com/reputation_center/lookup?search={ip}",
        },
        LinkRef {
            label: "Talos support (reputation tickets)",
            url: "https://talosintelligence.com/support",
        },
    ],
    source: SOURCE,
    checked: CHECKED,
};

static LOCAL_POLICY: Entry = Entry {
    id: "cisco/local-policy",
    reason: Reason::Blocked,
    what: "The recipient's Cisco mail filter refused your server under a \
           local rule.",
    why: "The recipient's administrator blocks your server or network on \
          their appliance.",
    steps: &["Contact the recipient another way and ask their administrator \
              to allow your server."],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};
