//! Refusals of direct mail from end-user addresses: dynamic, dial-up or
//! residential IPs, and servers whose reverse DNS name looks generated
//! from the IP. Receivers apply this policy from lists such as the
//! Spamhaus PBL, which lists end-user ranges that should send only
//! through their ISP's or another authenticated mail server, or from the
//! look of the reverse DNS name. Sending again from the same address
//! fails the same way.

use super::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

/// Spamhaus's PBL page. It states that an IP in the PBL should submit its
/// mail with authentication to a server of its ISP or of a mail service.
/// Where the network's policy allows it, an end user may exclude a static
/// IP through the checker.
const SOURCE: &str = "https://www.spamhaus.org/pbl/";
const CHECKED: &str = "2026-12-05";

const CHECKER: LinkRef = LinkRef {
    label: "Spamhaus IP and domain reputation checker",
    url: "https://check.spamhaus.org/results/?query={ip}",
};

/// A refusal of the sending IP as an end-user address.
pub static REFUSED: Entry = Entry {
    id: "dynamic-ip/refused",
    reason: Reason::Blocked,
    what: "The receiver refused the message because the sending IP address \
           looks like a dynamic, dial-up or home address, or its reverse DNS \
           name looks generated from the IP.",
    why: "Many receivers accept no direct mail from address ranges that ISPs \
          give to home and dial-up customers, because such ranges hold many \
          infected computers (botnets), a major source of spam. They know \
          these ranges from lists such as the Spamhaus PBL, or from a \
          reverse DNS name such as 192-0-2-12.dsl.example.net.",
    steps: &[
        "If the mail is sent from a home or office connection, your mail \
         administrator configures the server to send through the ISP's or \
         an email provider's relay (smarthost), with authentication, \
         instead of delivering directly.",
        "If the server has a static IP address and should send directly, \
         they ask the IP's owner (the ISP or hosting provider) to set a \
         reverse DNS name that names the server, such as mail.example.com, \
         with a matching forward record.",
        "They then look the IP up in the Spamhaus checker: where the \
         network's policy allows it, a static IP can be removed from the \
         PBL there; otherwise only the ISP can.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[CHECKER],
    source: SOURCE,
    checked: CHECKED,
};
