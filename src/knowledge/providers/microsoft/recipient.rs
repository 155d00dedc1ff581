//! Exchange Online's answers about the recipient: an address not found
//! (also through a stale cached entry), a full mailbox, and a recipient
//! that accepts mail only from some senders.

use super::{CHECKED, EXO_SOURCE};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

pub(super) static RECIPIENT_NOT_FOUND: Entry = Entry {
    id: "microsoft/recipient-not-found",
    reason: Reason::UserUnknown,
    what: "The recipient's Microsoft mail system has no mailbox at this \
           address.",
    why: "The address is misspelled or was removed, so Microsoft's \
          directory check found no mailbox for it. Microsoft uses its own \
          codes for this, and their meanings in the status code registry \
          (null MX, routing) do not apply here.",
    steps: &[
        "Check the address for typos.",
        "Ask the recipient for their current address and update your \
         records.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

pub(super) static MAILBOX_FULL: Entry = Entry {
    id: "microsoft/mailbox-full",
    reason: Reason::MailboxFull,
    what: "The recipient's Outlook or Microsoft 365 mailbox is full.",
    why: "The mailbox has reached its storage quota.",
    steps: &[
        "Tell the recipient by another channel that their mailbox is full.",
        "Send again after they have made room.",
    ],
    who: Actor::Recipient,
    temporary: None,
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

/// Microsoft's article on IMCEAEX NDRs, the source of the entry below.
const IMCEAEX_SOURCE: &str = "https://support.microsoft.com/en-in/help/2807779/imceaex-non-delivery-report-when-you-send-email-messages-to-an-internal-user-in-office-365-dedicated";

pub(super) static STALE_CACHED_ADDRESS: Entry = Entry {
    id: "microsoft/stale-cached-address",
    reason: Reason::UserUnknown,
    what: "Outlook sent the message to an internal Exchange address (shown \
           as IMCEAEX-...) that no longer belongs to any mailbox.",
    why: "Outlook's autocomplete list, in Outlook and Outlook on the web, \
          stores each recipient's internal Exchange address (its \
          LegacyExchangeDN). When the mailbox is moved, restored or \
          recreated that address changes, and the stored entry points \
          nowhere, although the email address still works.",
    steps: &[
        "Remove the recipient from the autocomplete list (the X beside the \
         suggestion), type their email address in full and send again.",
        "If replies to old messages still fail, your mail administrator \
         adds the old address as an X500 proxy address on the recipient's \
         mailbox.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: IMCEAEX_SOURCE,
    checked: CHECKED,
};

pub(super) static RESTRICTED_RECIPIENT: Entry = Entry {
    id: "microsoft/restricted-recipient",
    reason: Reason::SecurityError,
    what: "The recipient (a mailbox, group or distribution list) accepts \
           mail only from certain senders, and you are not one of them.",
    why: "Its Exchange administrator restricted who may send to it, often \
          to people inside the organisation or to logged-in senders.",
    steps: &["Ask the recipient or their administrator to allow your address, \
         or to give you an address that takes outside mail."],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};
