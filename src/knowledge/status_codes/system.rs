//! Enhanced status codes X.3.x (destination mail system) and X.4.x
//! (network and routing).

use super::BASE;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

pub static X_3_0: Entry = Entry {
    id: "status/X.3.0",
    reason: Reason::SystemError,
    what: "The receiving mail system had a problem and could not take the \
           message.",
    why: "The destination server normally accepts mail, but something on \
          its side went wrong; the text after the code may say what.",
    steps: &[
        "If the failure is temporary, wait: the sending server retries.",
        "If it is permanent, tell the recipient by another channel so their \
         mail administrator can look at it.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static X_3_1: Entry = Entry {
    id: "status/X.3.1",
    reason: Reason::SystemFull,
    what: "The receiving mail server has run out of storage.",
    why: "The whole server is full, not only this recipient's mailbox, so \
          only its administrators can fix it.",
    steps: &[
        "Wait: the sending server retries, and such problems are usually \
         fixed within hours.",
        "If the message finally fails, tell the recipient by another channel.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static X_3_2: Entry = Entry {
    id: "status/X.3.2",
    reason: Reason::NotAccept,
    what: "The receiving server is not accepting mail at the moment.",
    why: "It may be shutting down, overloaded or under maintenance.",
    steps: &[
        "If the failure is temporary, wait: the sending server retries.",
        "If it is permanent, reach the recipient another way and ask \
         whether the address still works.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static X_3_3: Entry = Entry {
    id: "status/X.3.3",
    reason: Reason::SystemError,
    what: "The receiving system does not support a feature the message \
           needs.",
    why: "The message asked for something (an extension, an encoding) the \
          destination cannot handle, often at a gateway between systems.",
    steps: &[
        "Send the bounce to your mail administrator; the text names the \
         feature.",
        "Try sending the message as plain text without special options.",
    ],
    ..BASE
};

pub static X_3_4: Entry = Entry {
    id: "status/X.3.4",
    reason: Reason::MesgTooBig,
    what: "The message is larger than the receiving server accepts.",
    why: "Every server has a size limit per message, often 10 to 35 MB, and \
          attachments grow by about a third when sent.",
    steps: &[
        "Make the message smaller: compress or shrink attachments, or split \
         them over several messages.",
        "For large files, share a download link instead.",
        "Send the message again.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_3_5: Entry = Entry {
    id: "status/X.3.5",
    reason: Reason::SystemError,
    what: "The receiving system is configured in a way that keeps it from \
           accepting this message.",
    why: "This is a fault on the recipient's side, for example a domain \
          that is set up but not connected to a mailbox.",
    steps: &[
        "Tell the recipient by another channel so their mail administrator \
         can fix the configuration.",
        "Send the message again once they have.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static X_3_6: Entry = Entry {
    id: "status/X.3.6",
    reason: Reason::Delivered,
    what: "The message was accepted, but with a different priority than \
           requested.",
    why: "The server took the message and lowered or raised its priority \
          (the MT-PRIORITY extension).",
    steps: &["Nothing to do.", "Delivery may take a little longer than asked."],
    who: Actor::Nobody,
    ..BASE
};

pub static X_4_0: Entry = Entry {
    id: "status/X.4.0",
    reason: Reason::NetworkError,
    what: "A network or routing problem stopped the message on its way.",
    why: "X.4.0 says the network is at fault without saying how.",
    steps: &[
        "If the failure is temporary, wait: the sending server retries.",
        "If it keeps failing, send the bounce to your mail administrator.",
    ],
    ..BASE
};

pub static X_4_1: Entry = Entry {
    id: "status/X.4.1",
    reason: Reason::Expired,
    what: "The receiving server did not answer when the sending server \
           tried to connect.",
    why: "The server was busy, down, or a firewall is dropping the \
          connection.",
    steps: &[
        "Wait: the sending server keeps retrying, typically for several days.",
        "If it finally fails, check the recipient's address and tell the \
         recipient by another channel that their mail server is unreachable.",
    ],
    who: Actor::Recipient,
    ..BASE
};

/// X.4.2, "Bad connection".
pub static X_4_2: Entry = Entry {
    id: "status/X.4.2",
    reason: Reason::NetworkError,
    what: "The connection to the receiving server broke before the message \
           was fully sent.",
    why: "A time-out or a poor connection cut the transfer off midway. Some \
          receivers also drop connections this way when they distrust the \
          sender.",
    steps: &[
        "Wait: the sending server retries.",
        "If it keeps failing, send the bounce to your mail administrator.",
    ],
    ..BASE
};

pub static X_4_3: Entry = Entry {
    id: "status/X.4.3",
    reason: Reason::SystemError,
    what: "A directory or DNS lookup needed to route the message failed.",
    why: "A DNS server or a directory server was unavailable, on either \
          side, when the message was handled.",
    steps: &[
        "Wait: the sending server retries, and such failures are usually \
         short.",
        "If it keeps failing, your mail administrator checks the DNS of both \
         domains.",
    ],
    ..BASE
};

pub static X_4_4: Entry = Entry {
    id: "status/X.4.4",
    reason: Reason::HostUnknown,
    what: "The sending server could not find a route to the recipient's \
           domain.",
    why: "The domain has no usable mail server in DNS (no MX or A record), \
          or its DNS answers are broken.",
    steps: &[
        "Check the part of the address after the @ for typing errors.",
        "If it is right, tell the recipient by another channel that their \
         domain's mail setup is broken.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_4_5: Entry = Entry {
    id: "status/X.4.5",
    reason: Reason::SystemFull,
    what: "The mail system is congested and could not deliver the message \
           yet.",
    why: "Too much mail is queued at a server on the way.",
    steps: &[
        "Wait: the sending server retries.",
        "If it fails for good, send the message again later.",
    ],
    who: Actor::Recipient,
    ..BASE
};

/// X.4.6, "Routing loop detected".
pub static X_4_6: Entry = Entry {
    id: "status/X.4.6",
    reason: Reason::NetworkError,
    what: "The message went round in a loop between mail servers and was \
           stopped.",
    why: "A forwarding rule or a routing table sends the mail back to where \
          it came from, for example two addresses forwarding to each other.",
    steps: &[
        "Tell the recipient by another channel; their forwarding or their \
         mail administrator's routing must be fixed.",
        "If the loop is in your own forwarding rules, remove it.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static X_4_7: Entry = Entry {
    id: "status/X.4.7",
    reason: Reason::Expired,
    what: "The sending server gave up after trying to deliver the message \
           for too long.",
    why: "Every attempt failed until the message's time in the queue ran \
          out; the last error quoted in the bounce is the real cause.",
    steps: &[
        "Read the last error in the bounce under Technical details.",
        "Check the recipient's address, then send the message again.",
        "If it fails the same way, send the bounce to your mail \
         administrator.",
    ],
    temporary: Some(false),
    ..BASE
};
