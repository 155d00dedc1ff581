//! Enhanced status codes X.0.0, X.1.x (addressing) and X.2.x (mailbox).

use super::BASE;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

pub static X_0_0: Entry = Entry {
    id: "status/X.0.0",
    reason: Reason::Undefined,
    what: "The message was not delivered, and the status code gives no \
           detail beyond temporary (4.0.0) or permanent (5.0.0).",
    why: "X.0.0 is the code a server uses when only the class of the \
          problem is known; the text after it usually says more.",
    steps: &[
        "Read the receiver's text under Technical details; it is the best \
         clue to the cause.",
        "If it does not help, send the whole bounce to your mail \
         administrator, who can find the full reply in the server's log.",
    ],
    ..BASE
};

pub static X_1_0: Entry = Entry {
    id: "status/X.1.0",
    reason: Reason::UserUnknown,
    what: "Something about an address on the message, the sender's or the \
           recipient's, caused the failure.",
    why: "X.1.0 says an address is at fault without saying which or how; \
          most often the recipient's address is wrong.",
    steps: &[
        "Check the recipient's address for typing errors.",
        "Check that your own address is set correctly in your mail program.",
        "Send the message again once both are right.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_1_1: Entry = Entry {
    id: "status/X.1.1",
    reason: Reason::UserUnknown,
    what: "The recipient's address does not exist at the receiving domain.",
    why: "The part before the @ names no mailbox the receiving server \
          knows: a typo, a closed account, or an address that never existed.",
    steps: &[
        "Check the address for typing errors.",
        "Confirm the right address with the recipient by another channel.",
        "Remove the address from your lists if it no longer exists.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_1_2: Entry = Entry {
    id: "status/X.1.2",
    reason: Reason::HostUnknown,
    what: "The domain of the recipient's address (after the @) does not \
           exist or cannot receive mail.",
    why: "The domain is mistyped, has expired, or has no mail server in DNS.",
    steps: &[
        "Check the part after the @ for typing errors.",
        "If it looks right, ask the recipient by another channel whether the \
         address still works.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_1_3: Entry = Entry {
    id: "status/X.1.3",
    reason: Reason::UserUnknown,
    what: "The recipient's address is not a valid email address.",
    why: "It has a character or shape mail servers do not accept: a space, \
          a missing @, two @ signs, a trailing dot or similar.",
    steps: &[
        "Look at the address closely, including spaces and punctuation \
         copied with it, and correct it.",
        "Send the message again.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_1_4: Entry = Entry {
    id: "status/X.1.4",
    reason: Reason::Filtered,
    what: "The recipient's address matches more than one mailbox at the \
           receiving server, so it could not pick one.",
    why: "Some servers guess mailboxes from names; the address given was \
          too vague.",
    steps: &[
        "Ask the recipient for their exact address by another channel.",
        "Send the message again to that address.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_1_5: Entry = Entry {
    id: "status/X.1.5",
    reason: Reason::Delivered,
    what: "The recipient's address was accepted; this code reports success.",
    why: "X.1.5 appears in delivery reports and confirmations.",
    steps: &["Nothing to do.", "Keep the report if you need proof of delivery."],
    who: Actor::Nobody,
    ..BASE
};

pub static X_1_6: Entry = Entry {
    id: "status/X.1.6",
    reason: Reason::HasMoved,
    what: "The recipient's mailbox has moved and the old address no longer \
           takes mail; no forwarding address is known.",
    why: "The address was valid once. The person now uses another one.",
    steps: &[
        "Look in the receiver's text for a new address; otherwise ask the \
         recipient for it by another channel.",
        "Update your contacts and send the message to the new address.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_1_7: Entry = Entry {
    id: "status/X.1.7",
    reason: Reason::Rejected,
    what: "The sender's address on the message is not a valid email \
           address.",
    why: "The envelope sender (MAIL FROM) is malformed, often because a \
          program or device was set up with an incomplete address.",
    steps: &[
        "Check the sender address in your mail program's or device's \
         settings and correct it.",
        "Send the message again; if it still fails, send the bounce to your \
         mail administrator.",
    ],
    ..BASE
};

pub static X_1_8: Entry = Entry {
    id: "status/X.1.8",
    reason: Reason::Rejected,
    what: "The receiving server refused the sender's domain because it \
           does not exist or cannot receive replies.",
    why: "Receivers check that the sender's domain has DNS records for \
          mail; this one has none, or its DNS is broken.",
    steps: &[
        "Check that your address is spelled right in your mail settings.",
        "If it is, whoever manages your domain checks that it is registered \
         and has an MX (or A) record.",
        "Send the message again once the domain resolves.",
    ],
    ..BASE
};

pub static X_1_9: Entry = Entry {
    id: "status/X.1.9",
    reason: Reason::SystemError,
    what: "The address was valid and the message was passed to a system \
           that cannot report what happened next.",
    why: "X.1.9 means the mail was relayed to a server outside the normal \
          reporting chain, so no further status will come.",
    steps: &[
        "Nothing to do unless the recipient says the message never \
         arrived.",
        "If it did not arrive, ask the recipient's mail administrator to \
         trace it.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static X_1_10: Entry = Entry {
    id: "status/X.1.10",
    reason: Reason::NotAccept,
    what: "The recipient's domain states that it receives no email at all \
           (a null MX record).",
    why: "The domain exists, but its owner published that no mail should be \
          sent to it. Microsoft 365 also uses 5.1.10 for a recipient that \
          does not exist.",
    steps: &[
        "Check the address: the domain may be a web-only domain, or the \
         address is wrong.",
        "Ask the recipient by another channel for an address that receives \
         mail.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_2_0: Entry = Entry {
    id: "status/X.2.0",
    reason: Reason::Filtered,
    what: "The recipient's mailbox exists, but something about it stopped \
           delivery.",
    why: "X.2.0 reports a mailbox problem without detail; the text after the \
          code says more.",
    steps: &[
        "Read the receiver's text under Technical details.",
        "Tell the recipient by another channel that mail to them fails.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static X_2_1: Entry = Entry {
    id: "status/X.2.1",
    reason: Reason::Filtered,
    what: "The recipient's mailbox exists but is disabled and not accepting \
           messages.",
    why: "The account may be suspended, closed, or blocked from receiving, \
          for a while or for good.",
    steps: &[
        "Tell the recipient by another channel that their mailbox refuses \
         mail.",
        "Send the message again once they have it working, or use another \
         address of theirs.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static X_2_2: Entry = Entry {
    id: "status/X.2.2",
    reason: Reason::MailboxFull,
    what: "The recipient's mailbox is full.",
    why: "The recipient has used up their storage quota. Deleting mail frees \
          room, so this is meant to be temporary.",
    steps: &[
        "Tell the recipient by another channel that their mailbox is full.",
        "Send the message again after they have made room.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static X_2_3: Entry = Entry {
    id: "status/X.2.3",
    reason: Reason::ExceedLimit,
    what: "The message is larger than the recipient's mailbox accepts.",
    why: "That mailbox has a size limit per message, lower than the server's \
          general limit.",
    steps: &[
        "Make the message smaller, or share large files through a download \
         link instead of attaching them.",
        "Send the message again.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_2_4: Entry = Entry {
    id: "status/X.2.4",
    reason: Reason::Filtered,
    what: "The recipient is a mailing list, and the list could not be \
           expanded to its members.",
    why: "The list's server failed to look up or process its membership.",
    steps: &[
        "Tell the list's owner or the recipient organisation's mail \
         administrator.",
        "Send the message again later, or to the members directly.",
    ],
    who: Actor::Recipient,
    ..BASE
};
