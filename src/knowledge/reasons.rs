//! One explanation per failure reason, used when a phrase in the reply
//! decided the reason but no provider entry is more specific.

use super::{Entry, UNKNOWN};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://www.rfc-editor.org/rfc/rfc3463";
const CHECKED: &str = "2026-12-04";

static MAILBOX_FULL: Entry = Entry {
    id: "reason/mailboxfull",
    reason: Reason::MailboxFull,
    what: "The recipient's mailbox is full, so it cannot take new mail.",
    why: "The recipient has used up the storage their provider allows.",
    steps: &[
        "Tell the recipient by another channel (phone, chat) that their \
         mailbox is full.",
        "Send the message again after they have made room.",
    ],
    who: Actor::Recipient,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// Returns the explanation for a reason.
pub fn entry(reason: Reason) -> &'static Entry {
    match reason {
        Reason::MailboxFull => &MAILBOX_FULL,
        _ => &UNKNOWN,
    }
}
