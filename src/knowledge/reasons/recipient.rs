//! Reasons on the recipient's side: the address, the mailbox, or the size
//! the recipient's server takes.

use super::BASE;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

pub static USER_UNKNOWN: Entry = Entry {
    id: "reason/userunknown",
    reason: Reason::UserUnknown,
    what: "The recipient's address does not exist at the receiving domain.",
    why: "The part before the @ names no mailbox there: a typing error, an \
          account that was closed when the person left or changed provider, \
          or an address that never existed.",
    steps: &[
        "Check the address for typing errors and send again if you find one.",
        "Otherwise ask the recipient for their current address by another \
         channel (phone, chat, their website).",
        "Remove the address from your contacts and mailing lists so it does \
         not bounce again.",
    ],
    who: Actor::You,
    ..BASE
};

pub static MAILBOX_FULL: Entry = Entry {
    id: "reason/mailboxfull",
    reason: Reason::MailboxFull,
    what: "The recipient's mailbox is full, so it cannot take new mail.",
    why: "The recipient has used up the storage their provider allows. \
          Mailboxes that stay full for long are often abandoned.",
    steps: &[
        "Tell the recipient by another channel that their mailbox is full.",
        "Send the message again after they have made room, or to another \
         address of theirs.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static SUSPEND: Entry = Entry {
    id: "reason/suspend",
    reason: Reason::Suspend,
    what: "The recipient's account exists but is suspended or disabled, so \
           it does not accept mail.",
    why: "The provider has switched the account off, for example for an \
          unpaid bill, inactivity or abuse. Only the account holder can get \
          it working again.",
    steps: &[
        "Tell the recipient by another channel that their mailbox refuses \
         mail.",
        "Send the message again once they have the account working, or use \
         another address of theirs.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static HAS_MOVED: Entry = Entry {
    id: "reason/hasmoved",
    reason: Reason::HasMoved,
    what: "The recipient's address used to work but the mailbox has moved, \
           and mail is no longer forwarded.",
    why: "The person now has another address. The receiving server \
          sometimes names it in its reply.",
    steps: &[
        "Look in the receiver's reply for a new address; otherwise ask the \
         recipient for it by another channel.",
        "Send the message to the new address and update your contacts.",
    ],
    who: Actor::You,
    ..BASE
};

pub static HOST_UNKNOWN: Entry = Entry {
    id: "reason/hostunknown",
    reason: Reason::HostUnknown,
    what: "The domain of the recipient's address (the part after the @) \
           does not exist or has no mail server.",
    why: "A typing error in the domain is the usual cause (gmial.com, \
          example.con). Otherwise the domain expired or its DNS is broken.",
    steps: &[
        "Check the part after the @ for typing errors and send again if you \
         find one.",
        "If it looks right, ask the recipient by another channel whether \
         the address still works; their domain may have expired.",
    ],
    who: Actor::You,
    ..BASE
};

pub static FILTERED: Entry = Entry {
    id: "reason/filtered",
    reason: Reason::Filtered,
    what: "The recipient's mailbox exists, but a filter on the receiving \
           side refused mail from this sender.",
    why: "The recipient, or their mail administrator, set rules that turn \
          away this sender, this domain, or mail from outside the \
          organisation.",
    steps: &[
        "Ask the recipient by another channel to allow your address, or to \
         check their filter and blocked-sender settings.",
        "Send the message again once they have done so.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static EXCEED_LIMIT: Entry = Entry {
    id: "reason/exceedlimit",
    reason: Reason::ExceedLimit,
    what: "The message is larger than the recipient's mailbox accepts.",
    why: "The recipient's mailbox has its own size limit per message, lower \
          than the server's general one.",
    steps: &[
        "Make the message smaller: compress or shrink the attachments, or \
         split them over several messages.",
        "For large files, share a download link instead of attaching them.",
        "Send the message again.",
    ],
    who: Actor::You,
    ..BASE
};

pub static MESG_TOO_BIG: Entry = Entry {
    id: "reason/mesgtoobig",
    reason: Reason::MesgTooBig,
    what: "The message is larger than the receiving server accepts.",
    why: "Every mail server has a size limit per message, often 10 to 35 MB. \
          Attachments grow by about a third when sent, so a file near the \
          limit is already too big.",
    steps: &[
        "Make the message smaller: compress or shrink the attachments, or \
         split them over several messages.",
        "For large files, share a download link instead of attaching them.",
        "Send the message again.",
    ],
    who: Actor::You,
    ..BASE
};

pub static NOT_ACCEPT: Entry = Entry {
    id: "reason/notaccept",
    reason: Reason::NotAccept,
    what: "The recipient's domain does not accept email at all, or its mail \
           server is not taking mail right now.",
    why: "Some domains state in DNS that they receive no mail (a null MX). \
          Otherwise the receiving server is shut down, overloaded or under \
          maintenance.",
    steps: &[
        "Check the address; a domain that takes no mail often means a wrong \
         or outdated address.",
        "If the failure is temporary, wait: the sending server retries.",
        "Otherwise reach the recipient another way and ask for an address \
         that receives mail.",
    ],
    who: Actor::You,
    ..BASE
};
