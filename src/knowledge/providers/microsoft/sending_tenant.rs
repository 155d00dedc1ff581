//! Exchange Online's blocks on a whole sending organisation (tenant),
//! status codes 5.7.700 to 5.7.750. Microsoft gives each code its own
//! cause and fix: 5.7.705 "Access denied, tenant has exceeded threshold"
//! (too much spam or bulk mail), 5.7.708 "Access denied, traffic not
//! accepted from this IP" (the low-reputation IPs that new and trial
//! tenants send from), and 5.7.750 "Client blocked from sending from
//! unregistered domain(s)" (mail from domains the tenant never added).
//! Only the sending organisation's administrator can fix any of them.
//! Source: "Fix email delivery issues for error codes 5.7.700 through
//! 5.7.750 in Exchange Online" (`OWN_TENANT_SOURCE`).

use super::tenant_blocks::OWN_TENANT_SOURCE;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// The spam-threshold block, 5.7.705 "Access denied, tenant has exceeded
/// threshold", which a reported NDR also carries under 5.7.700 to 5.7.749.
/// A code in that span with no sentence, other than 5.7.703 and 5.7.708,
/// gets this entry too.
pub(super) static TENANT_BLOCKED: Entry = Entry {
    id: "microsoft/tenant-blocked",
    reason: Reason::Blocked,
    what: "Microsoft 365 stopped all outgoing mail from your organisation, \
           because the organisation sent too much spam or bulk mail.",
    why: "Microsoft blocks a tenant's outgoing mail when much of it looks \
          like spam. The usual source is a compromised account, an \
          on-premises server that relays through Microsoft 365, or a \
          connector an attacker created. Rarely, a subscription renewed \
          after it expired blocks sending for a while, typically no more \
          than a day.",
    steps: &[
        "Your Microsoft 365 administrator finds and stops the source: \
         compromised accounts, connectors nobody in the organisation \
         created, an open relay on premises. The outbound mail flow and \
         top senders reports in the Microsoft Defender portal show it.",
        "Once the cause is fixed, they contact Microsoft support, who lift \
         the block after the cause is explained to them.",
        "Send the message again after the block is lifted.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: OWN_TENANT_SOURCE,
    checked: "2026-12-06",
};

/// The block of new and trial tenants' low-reputation IPs, 5.7.708.
pub(super) static LOW_REPUTATION_POOL: Entry = Entry {
    id: "microsoft/low-reputation-pool",
    reason: Reason::Blocked,
    what: "Microsoft 365 refused to send this message out from your \
           organisation, because it no longer accepts mail from the \
           low-reputation IP addresses your organisation sends from.",
    why: "Microsoft sends a new organisation's mail, a trial's in \
          particular, from IP addresses of low reputation, and stops that \
          traffic once much of it looks suspicious. The block is \
          Microsoft's, on your organisation, not the recipient's.",
    steps: &[
        "Your Microsoft 365 administrator makes sure no account, connector \
         or on-premises server sends spam through the organisation.",
        "If the organisation is on a trial, they buy licences, or ask \
         Microsoft support for an exception until they can.",
        "Send the message again once Microsoft lifts the block.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: OWN_TENANT_SOURCE,
    checked: "2026-12-06",
};

/// The block of mail from domains the tenant never added, 5.7.750.
pub(super) static UNREGISTERED_DOMAIN: Entry = Entry {
    id: "microsoft/unregistered-domain",
    reason: Reason::Blocked,
    what: "Microsoft 365 refused to send this message out, because your \
           organisation sends a lot of mail from domains it has not added \
           to Microsoft 365.",
    why: "Microsoft 365 accepts only a small amount of mail from a domain \
          that is not one of the organisation's accepted and verified \
          domains. A sending domain nobody added, or an inbound connector \
          an attacker created to send spam, leads to this block.",
    steps: &[
        "Your Microsoft 365 administrator adds and verifies, as an accepted \
         domain, every domain the organisation sends mail from.",
        "They look for connectors nobody in the organisation created and \
         for compromised accounts, and remove what they find.",
        "Send the message again once the domain is verified.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: OWN_TENANT_SOURCE,
    checked: "2026-12-06",
};
