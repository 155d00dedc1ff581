//! Block lists that a Microsoft 365 organisation keeps for itself.
//! Microsoft's NDR table lists two directions. The recipient's
//! organisation blocks the sending IP: 5.7.513 `Service unavailable,
//! Client host [$ConnectingIP] blocked by $recipientDomain using Customer
//! Block list (AS16012607)`, and 5.7.507 `Access denied, rejected by
//! recipient`. The sender's own organisation blocks the recipient:
//! 5.7.703 `... blocked by your organization using Tenant Allow Block
//! List`, also worded `... by your organization's tenant recipient block
//! policy`. Either way only that organisation's administrator removes the
//! entry, and no Microsoft delisting applies. Sources: the NDR table
//! (`EXO_SOURCE`) and "Fix NDR error 550 5.7.700 through 5.7.750"
//! (`OWN_TENANT_SOURCE`).

use super::EXO_SOURCE;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

pub(super) const OWN_TENANT_SOURCE: &str = "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750";

/// Lowercase phrases of the recipient organisation's block. Microsoft
/// 365 also writes the 5.7.513 sentence under a plain 5.7.1.
pub(super) const CUSTOMER_BLOCK_PHRASES: &[&str] =
    &["customer block list", "access denied, rejected by recipient"];

/// Lowercase phrases of the sender organisation's own block of a
/// recipient, 5.7.703.
pub(super) const OWN_TENANT_PHRASES: &[&str] =
    &["tenant allow block list", "tenant recipient block policy"];

pub(super) static CUSTOMER_BLOCK: Entry = Entry {
    id: "microsoft/customer-block",
    reason: Reason::Blocked,
    what: "The recipient's organisation has blocked your sending server's \
           IP address in its own Microsoft 365 settings.",
    why: "Their mail administrator put the IP on the organisation's own \
          block list. It is their choice, not a Microsoft block list, so \
          no delisting form lifts it and your mail administrator cannot \
          remove it.",
    steps: &[
        "Contact the recipient another way (phone, or another address) and \
         pass on the bounce with the IP address it names.",
        "The recipient's mail administrator removes your IP address or \
         domain from their organisation's block list.",
        "Send the message again once they confirm the change.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: "2026-12-06",
};

pub(super) static OWN_TENANT_BLOCK: Entry = Entry {
    id: "microsoft/own-tenant-block",
    reason: Reason::PolicyViolation,
    what: "Your own organisation's Microsoft 365 did not send the message, \
           because a recipient's address or domain is blocked in your \
           organisation's Tenant Allow/Block List.",
    why: "A block entry in that list also stops mail from your \
          organisation to the blocked address or domain. The whole \
          message is held back, for every recipient, even when only one \
          of them is blocked.",
    steps: &[
        "Send the bounce to your Microsoft 365 administrator.",
        "They remove or narrow the block entry in the Tenant Allow/Block \
         List, if the recipient should get your mail.",
        "Send the message again once the entry is gone, or send it again \
         now without the blocked recipient.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: OWN_TENANT_SOURCE,
    checked: "2026-12-06",
};
