//! Comcast's replies that carry no Comcast code, listed on its SMTP error
//! code page as non-specific errors. They are matched by their wording,
//! and only when the reply is known to come from Comcast, because phrases
//! such as "try again later" are common to many receivers.

use super::CHECKED;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const BASE: Entry = Entry::sourced("https://postmaster.comcast.net/smtp-error-codes.php", CHECKED);

/// More than 25 connections at once from one IP.
pub static TOO_MANY_SESSIONS: Entry = Entry {
    id: "comcast/421-too-many-sessions",
    reason: Reason::TooManyConn,
    what: "Comcast turned the connection away because the sending server \
           already had too many connections open to Comcast at once.",
    why: "Comcast accepts at most 25 simultaneous connections from one \
          sending IP address.",
    steps: &[
        "Nothing to do for a single message: the sending server retries on \
         its own.",
        "If it keeps happening, your mail administrator limits the server \
         to fewer than 25 parallel connections to Comcast's mail servers.",
    ],
    temporary: Some(true),
    ..BASE
};

/// The PTR lookup failed for now (SERVFAIL).
pub static REVERSE_DNS_FAILURE: Entry = Entry {
    id: "comcast/421-reverse-dns-failure",
    reason: Reason::RequirePtr,
    what: "Comcast could not look up the reverse DNS name of the sending \
           server's IP address, so it asked the server to try again later.",
    why: "Comcast requires every sending IP to have a working reverse DNS \
          (PTR) record. Here the lookup failed rather than came back empty, \
          which almost always means a DNS server responsible for that \
          address range is down, overloaded or misconfigured.",
    steps: &[
        "Nothing to do for a single message: the sending server retries on \
         its own.",
        "If it keeps happening, your mail administrator checks that the \
         PTR record of the sending IP resolves reliably, for example with \
         `dig -x` and the IP, and asks whoever hosts that reverse zone (often \
         the IP's provider) to fix their DNS servers.",
    ],
    temporary: Some(true),
    ..BASE
};

/// A deferral without a stated cause.
pub static TRY_AGAIN_LATER: Entry = Entry {
    id: "comcast/421-try-again-later",
    reason: Reason::Speeding,
    what: "Comcast asked the sending server to try again later.",
    why: "Comcast sends this for several reasons without saying which: load \
          on its servers, the sending rate, or the sender's reputation.",
    steps: &[
        "Nothing to do for now: the sending server retries on its own.",
        "If mail to Comcast is still delayed after a day, your mail \
         administrator checks the sending rate and the IP's reputation, \
         and looks in the server's log for the exact replies.",
    ],
    temporary: Some(true),
    ..BASE
};

/// More than 1,000 messages in one SMTP session.
pub static TOO_MANY_MESSAGES: Entry = Entry {
    id: "comcast/452-too-many-emails-per-session",
    reason: Reason::TooManyConn,
    what: "Comcast stopped taking messages on this connection because the \
           sending server had already sent the maximum number of messages \
           over it.",
    why: "Comcast accepts at most 1,000 messages per SMTP session.",
    steps: &[
        "Nothing to do for a single message: the sending server delivers \
         the rest over a new connection.",
        "If it keeps happening, your mail administrator limits the server \
         to fewer than 1,000 messages per connection to Comcast.",
    ],
    temporary: Some(true),
    ..BASE
};

/// More than 100 recipients on one message.
pub static TOO_MANY_RECIPIENTS: Entry = Entry {
    id: "comcast/452-too-many-recipients",
    reason: Reason::TooManyConn,
    what: "Comcast refused some recipients because the message was \
           addressed to more Comcast recipients than it accepts at once.",
    why: "Comcast accepts at most 100 recipients per message. A well \
          behaved server sends the rest in a second copy.",
    steps: &[
        "Usually nothing to do: the sending server sends the remaining \
         recipients in another delivery.",
        "If those recipients did not get the message, send it again to \
         fewer than 100 of them at a time, or use a mailing list service.",
        "Your mail administrator can limit the server to 100 recipients per \
         message for Comcast.",
    ],
    temporary: Some(true),
    ..BASE
};

/// The recipient address does not exist.
pub static NOT_OUR_CUSTOMER: Entry = Entry {
    id: "comcast/550-not-our-customer",
    reason: Reason::UserUnknown,
    what: "The recipient's address does not exist at Comcast.",
    why: "Comcast has no customer with that address: it may be mistyped, \
          or the account was closed.",
    steps: &[
        "Check the address for typing errors and send again if you find one.",
        "Otherwise ask the recipient for their current address by another \
         channel.",
        "If you send newsletters or bulk mail, remove the address from your \
         list; Comcast asks bulk senders to treat this reply as an \
         unsubscribe.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..BASE
};

/// Too many unknown addresses on one message.
pub static TOO_MANY_INVALID: Entry = Entry {
    id: "comcast/550-too-many-invalid-recipients",
    reason: Reason::TooManyConn,
    what: "Comcast refused the message for all its Comcast recipients \
           because too many of the addresses on it do not exist.",
    why: "When a message lists too many unknown Comcast addresses, Comcast \
          rejects it as a whole, so none of the recipients got it, the \
          valid ones included.",
    steps: &[
        "Check the distribution list and remove the addresses that do not \
         exist or are mistyped.",
        "Send the message again to the cleaned list.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..BASE
};

/// The sender's domain has no A or MX record.
pub static INVALID_SENDER_DOMAIN: Entry = Entry {
    id: "comcast/550-invalid-sender-domain",
    reason: Reason::Rejected,
    what: "Comcast refused the message because the domain of the sender's \
           address does not exist in DNS as a mail domain.",
    why: "Comcast requires the sender's domain to have an A or an MX \
          record, so that replies could reach it. Neither was found: the \
          domain is mistyped, expired, or its DNS is broken.",
    steps: &[
        "Check that the From (envelope sender) address is spelled right, \
         for example in your mail program's account settings.",
        "If it is right, whoever manages the domain checks that it is still \
         registered and that its DNS has an MX record (or at least an A \
         record).",
        "Send the message again once the domain resolves.",
    ],
    temporary: Some(false),
    ..BASE
};

/// The recipient's account is not available.
pub static ACCOUNT_NOT_AVAILABLE: Entry = Entry {
    id: "comcast/550-account-not-available",
    reason: Reason::Suspend,
    what: "The recipient's Comcast account exists but is not available to \
           receive mail right now.",
    why: "Comcast sends this when the account is suspended, disabled or \
          otherwise unavailable; only the account holder can change that.",
    steps: &[
        "Tell the recipient by another channel (phone, chat) that their \
         Comcast mailbox is refusing mail.",
        "Send the message again once they have the account working, or use \
         another address of theirs.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    ..BASE
};

/// Over the 15 MB size limit.
pub static MESSAGE_TOO_BIG: Entry = Entry {
    id: "comcast/552-message-size-exceeded",
    reason: Reason::MesgTooBig,
    what: "Comcast refused the message because it is larger than Comcast \
           accepts.",
    why: "Comcast takes messages of 15 MB or less. Attachments grow by about \
          a third when sent, so a 12 MB file can already be too big.",
    steps: &[
        "Make the message smaller: compress or shrink the attachments, or \
         split them over several messages.",
        "For large files, upload them to a file sharing service and send a \
         link instead.",
        "Send the message again.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..BASE
};

/// No PTR record at all (NXDOMAIN).
pub static PTR_LOOKUP_FAILURE: Entry = Entry {
    id: "comcast/554-ptr-lookup-failure",
    reason: Reason::RequirePtr,
    what: "Comcast refused the connection because the sending server's IP \
           address has no reverse DNS (PTR) record.",
    why: "Comcast requires every sending IP to have a valid PTR record. The \
          DNS servers responsible for that address answered that none \
          exists.",
    steps: &[
        "Send the bounce to your mail administrator; it names the IP.",
        "They ask whoever owns the IP (usually the hosting or internet \
         provider) to set a PTR record with the server's name, such as \
         mail.example.com, and make sure that name points back to the same \
         IP.",
        "Send the message again once the PTR record resolves.",
    ],
    temporary: Some(false),
    ..BASE
};

/// A reply phrase and the entry it selects.
pub struct Phrase {
    /// Lowercase fragments; any one of them selects the entry.
    pub fragments: &'static [&'static str],
    /// The reply code the phrase must come with, when the phrase alone is
    /// too common to trust.
    pub reply: Option<&'static str>,
    /// The explanation.
    pub entry: &'static Entry,
}

/// Phrases in the order they are tried: specific ones before "try again
/// later", which also ends the reverse DNS reply.
pub static PHRASES: &[Phrase] = &[
    Phrase { fragments: &["too many sessions opened"], reply: None, entry: &TOO_MANY_SESSIONS },
    Phrase { fragments: &["reverse dns failure"], reply: None, entry: &REVERSE_DNS_FAILURE },
    Phrase {
        fragments: &["too many emails sent on this session"],
        reply: None,
        entry: &TOO_MANY_MESSAGES,
    },
    Phrase {
        fragments: &["too many recipients for message"],
        reply: None,
        entry: &TOO_MANY_RECIPIENTS,
    },
    Phrase { fragments: &["too many invalid recipients"], reply: None, entry: &TOO_MANY_INVALID },
    Phrase {
        fragments: &["not our customer", "recipient mailbox unallocated"],
        reply: None,
        entry: &NOT_OUR_CUSTOMER,
    },
    Phrase { fragments: &["invalid sender domain"], reply: None, entry: &INVALID_SENDER_DOMAIN },
    Phrase { fragments: &["account not available"], reply: None, entry: &ACCOUNT_NOT_AVAILABLE },
    Phrase { fragments: &["message size exceeded"], reply: None, entry: &MESSAGE_TOO_BIG },
    Phrase {
        fragments: &["ptr lookup failure", "must have a ptr record"],
        reply: None,
        entry: &PTR_LOOKUP_FAILURE,
    },
    Phrase { fragments: &["try again later"], reply: Some("421"), entry: &TRY_AGAIN_LATER },
];
