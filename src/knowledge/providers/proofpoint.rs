//! Proofpoint, the filter in front of many companies' mail (MX hosts under
//! `pphosted.com` and `ppe-hosted.com`) and of Apple's iCloud. Its block
//! replies link to the Proofpoint Dynamic Reputation (PDR) IP check:
//! `Blocked - see https://ipcheck.proofpoint.com/?ip=<ip>`.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://www.proofpoint.com/us/support-services/ip-blocked-faq";
const CHECKED: &str = "2026-12-04";

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "proofpoint",
    name: "Proofpoint",
    hosts: &["pphosted.com", "ppe-hosted.com", "proofpoint.com"],
    mail_domains: &[],
    tokens: &["proofpoint dynamic reputation"],
    rules: &[
        Rule { code: "", status: &[], phrases: &["ipcheck.proofpoint.com", "dnsbl-lookup.cgi", "proofpoint dynamic reputation"], entry: &PDR_BLOCKED },
    ],
    codes: None,
};

static PDR_BLOCKED: Entry = Entry {
    id: "proofpoint/pdr-blocked",
    reason: Reason::Blocked,
    what: "Proofpoint, which filters the recipient's mail, refused the \
           message because the sending IP has a poor reputation with it.",
    why: "Proofpoint Dynamic Reputation delays or blocks IPs from which it \
          receives spam or viruses. A short delay lifts by itself within \
          minutes; a block stays while spam keeps arriving and lifts some \
          time after it stops.",
    steps: &[
        "Check the IP on Proofpoint's IP check page.",
        "Your mail administrator stops the spam (an infected machine, a \
         hacked account) on the network using this IP.",
        "They submit the removal request from the IP check page with the \
         recipient, the kind of mail, and what was fixed.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[LinkRef {
        label: "Proofpoint IP reputation check and removal request",
        url: "https://ipcheck.proofpoint.com/?ip={ip}",
    }],
    source: SOURCE,
    checked: CHECKED,
};
