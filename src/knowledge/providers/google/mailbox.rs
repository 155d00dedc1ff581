//! Gmail's answers about the recipient's mailbox: it receives mail too
//! fast to take more, it is disabled, it is over its storage quota, or the
//! address does not exist.

use super::{CHECKED, SOURCE};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

pub(in crate::knowledge::providers) static RECEIVING_RATE: Entry = Entry {
    id: "google/receiving-rate",
    reason: Reason::Speeding,
    what: "Gmail is holding back mail for this recipient because they are \
           receiving messages faster than Gmail allows.",
    why: "Gmail caps how fast one mailbox takes new mail; a burst of mail \
          to the recipient, or a mail loop, reached that cap.",
    steps: &[
        "Let your mail server retry on its own; the limit lifts once the \
         recipient's incoming rate drops.",
        "If the bounce is final, send the message again in a few hours.",
        "If you send many messages to this one address, spread them out.",
    ],
    who: Actor::Wait,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// Only the account's owner, or the Workspace administrator who disabled
/// it, can enable it again, so the recipient's side acts.
pub(super) static DISABLED: Entry = Entry {
    id: "google/disabled",
    reason: Reason::Suspend,
    what: "The Gmail or Google Workspace account you wrote to is disabled or \
           inactive, so it takes no mail.",
    why: "The account was closed, suspended by its administrator, or left \
          unused for so long that Google deactivated it.",
    steps: &[
        "Reach the recipient another way and tell them that their account \
         is disabled: they, or their Workspace administrator, must enable it \
         again.",
        "If they have moved to another address, update your contacts or \
         mailing list.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

pub(super) static OVER_QUOTA: Entry = Entry {
    id: "google/over-quota",
    reason: Reason::MailboxFull,
    what: "The recipient's Google storage is full, so Gmail cannot put the \
           message in their inbox.",
    why: "Gmail shares one storage quota with Google Drive and Photos; the \
          recipient has used it up. A 552 reply means the mailbox is full \
          and also looks abandoned.",
    steps: &[
        "Tell the recipient by another channel that their Google storage is \
         full.",
        "Send the message again after they have freed space.",
    ],
    who: Actor::Recipient,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

pub(super) static NO_SUCH_USER: Entry = Entry {
    id: "google/no-such-user",
    reason: Reason::UserUnknown,
    what: "There is no Gmail or Google Workspace account at this address.",
    why: "The part before the @ is misspelled, or the account was deleted.",
    steps: &[
        "Check the address for typos and stray spaces.",
        "Ask the recipient for their current address, and remove this one \
         from your lists.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};
