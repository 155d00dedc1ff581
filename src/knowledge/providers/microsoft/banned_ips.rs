//! Exchange Online Protection's own lists of banned sending IPs: the
//! banned-IP range 5.7.606 to 5.7.649, "Blocklist 1" (S8001), and 5.7.511,
//! a ban that only Microsoft's delisting mailbox lifts. These are apart
//! from Outlook.com's block list (see `block_list`), so clearing one does
//! not clear the other.

use super::{CHECKED, EXO_SOURCE};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const DELIST_PORTAL: LinkRef = LinkRef {
    label: "Microsoft 365 delist portal (one IP per request)",
    url: "https://sender.office.com/",
};

/// The mailbox that Microsoft's 5.7.511 reply names for removal requests.
const DELIST_MAILBOX: LinkRef = LinkRef {
    label: "Microsoft's delisting mailbox (forward the whole bounce)",
    url: "mailto:delist@microsoft.com",
};

pub(super) static BANNED_IP: Entry = Entry {
    id: "microsoft/banned-ip",
    reason: Reason::Blocked,
    what: "Exchange Online refused the message because the sending IP \
           address is on Microsoft 365's list of banned senders.",
    why: "Microsoft 365 blocks IPs that sent spam or malware to its \
          customers (5.7.606 to 5.7.649).",
    steps: &[
        "Give the bounce to whoever runs the sending server; they stop the \
         spam first, or the IP is listed again.",
        "They open the Microsoft 365 delist portal, enter an email address \
         and the blocked IP, and confirm through the mail it sends.",
        "Removal takes up to 24 hours; then send again.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[DELIST_PORTAL],
    source: "https://learn.microsoft.com/en-us/defender-office-365/external-senders-use-the-delist-portal-to-unblock-yourself",
    checked: CHECKED,
};

pub(super) static EOP_BLOCKLIST: Entry = Entry {
    id: "microsoft/eop-blocklist",
    reason: Reason::Blocked,
    what: "Microsoft's mail filter for Microsoft 365 (Exchange Online \
           Protection) refused the connection because the sending IP \
           address is on its own block list, which the reply calls \
           \"Blocklist 1\".",
    why: "This is Microsoft's internal list, not a public DNSBL, so no \
          blocklist site can remove the IP.",
    steps: &[
        "Give the bounce to whoever runs the sending server; they find \
         and stop what sent spam from that IP first.",
        "They request removal of the IP in the Microsoft 365 delist \
         portal, one IP per request.",
        "Once the portal confirms the removal, send the message again.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[DELIST_PORTAL],
    // The steps follow Microsoft's delist portal page. The reply's wording
    // is from a public Exim bounce of a Microsoft 365 MX
    // (github.com/TroyManary/EasyPlow/issues/77).
    // NOTE: no Microsoft page found names "Blocklist 1" or S8001.
    source: "https://learn.microsoft.com/en-us/defender-office-365/external-senders-use-the-delist-portal-to-unblock-yourself",
    checked: "2026-12-05",
};

pub(super) static BANNED_SENDER: Entry = Entry {
    id: "microsoft/banned-sender",
    reason: Reason::Blocked,
    what: "Exchange Online refused the message because the sending IP is \
           banned and cannot use the self-service delist portal.",
    why: "This code marks a harder ban than the ones the self-service \
          portal can lift, because Microsoft wants to review the case by \
          email.",
    steps: &[
        "Whoever runs the sending server emails delist@microsoft.com with \
         the whole bounce and the IP.",
        "They answer Microsoft's follow-up within 48 hours.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[DELIST_MAILBOX],
    source: EXO_SOURCE,
    checked: CHECKED,
};
