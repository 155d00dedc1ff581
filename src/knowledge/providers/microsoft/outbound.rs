//! Exchange Online's own bounces as the sending side: a tenant blocked
//! from sending, and destinations it could not reach. In these the
//! status code is Microsoft's (4.4.312, 5.4.316), so its meaning comes
//! from Microsoft's table rather than the registry.

use super::{CHECKED, EXO_SOURCE};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

pub(super) static TENANT_BLOCKED: Entry = Entry {
    id: "microsoft/tenant-blocked",
    reason: Reason::Blocked,
    what: "Microsoft 365 refused to send this message out from your \
           organisation.",
    why: "5.7.705 and 5.7.750 mean the sending tenant is blocked for \
          spam or unregistered domains; 5.7.708 means the tenant's mail \
          is routed through a low-reputation pool and the receiver \
          refused it.",
    steps: &[
        "Your Microsoft 365 administrator checks for compromised accounts \
         and verifies the tenant's domains.",
        "They open a support case with Microsoft to lift the block.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

pub(super) static DNS_FAILED: Entry = Entry {
    id: "microsoft/dns-failed",
    reason: Reason::NetworkError,
    what: "Microsoft 365 could not deliver the message because the \
           recipient's domain could not be found in DNS.",
    why: "4.4.312 and 5.4.312 mean the DNS lookup for the recipient's mail \
          server failed or returned no records until the message expired.",
    steps: &[
        "Check the recipient's domain for a typo.",
        "If it is right, tell the recipient by another channel that their \
         domain's MX records are missing or broken.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

pub(super) static CONNECTION_REFUSED: Entry = Entry {
    id: "microsoft/connection-refused",
    reason: Reason::Expired,
    what: "Microsoft 365 kept trying to reach the recipient's mail server, \
           which refused the connection, until the message expired.",
    why: "4.4.316 and 5.4.316 mean the destination server refused or \
          dropped connections for as long as Microsoft retried.",
    steps: &[
        "Tell the recipient by another channel that their mail server does \
         not accept connections.",
        "Send the message again once they have fixed it.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

pub(super) static ALL_REJECTED: Entry = Entry {
    id: "microsoft/all-rejected",
    reason: Reason::Rejected,
    what: "Exchange Online refused every recipient of the message with \
           \"Access denied\".",
    why: "The receiving organisation's Microsoft 365 tenant does not accept \
          this mail: its recipients are not in the directory, or it takes \
          mail only from certain servers or connectors.",
    steps: &[
        "Check the recipient addresses.",
        "If they are right, ask the recipient's administrator why their \
         Microsoft 365 tenant refuses mail from your server.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};
