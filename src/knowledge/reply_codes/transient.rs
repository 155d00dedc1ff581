//! Transient negative replies (4xx): the server asks the sender to try
//! again later, and the sending server does so on its own.

use super::{BASE, RFC3207, RFC4954};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

pub static R421: Entry = Entry {
    id: "reply/421",
    reason: Reason::NotAccept,
    what: "The receiving server is not taking mail right now and closed the \
           connection.",
    why: "Reply 421 covers overload, maintenance and shutdown, but many \
          providers also use it to slow down or turn away senders they \
          distrust: too many connections, too much mail, a poor reputation. \
          The text after the code usually says which.",
    steps: &[
        "Nothing to do yet: the sending server retries on its own, typically \
         for several days.",
        "If mail to this receiver is still delayed after a day, send the \
         bounce to your mail administrator; a rate limit or reputation \
         problem needs their attention.",
    ],
    ..BASE
};

pub static R432: Entry = Entry {
    id: "reply/432",
    reason: Reason::SecurityError,
    what: "The mail server needs you to sign in once with your plain \
           password to move your account to a new sign-in method.",
    why: "Reply 432 is part of SMTP authentication; the server is changing \
          how it stores passwords.",
    steps: &[
        "In your mail program's outgoing server settings, choose the normal \
         (plain) password method once, over an encrypted connection.",
        "Send again; afterwards the usual method works.",
    ],
    who: Actor::You,
    source: RFC4954,
    ..BASE
};

pub static R450: Entry = Entry {
    id: "reply/450",
    reason: Reason::OnHold,
    what: "The receiving server could not take the message for this \
           recipient at the moment.",
    why: "Reply 450 means the mailbox is unavailable for now: busy, locked, \
          or temporarily refused by a policy such as greylisting or a \
          reverse DNS check. The text after the code says which.",
    steps: &[
        "Nothing to do yet: the sending server retries on its own.",
        "If it fails for good, read the receiver's text and follow the \
         explanation for that cause, or send the bounce to your mail \
         administrator.",
    ],
    ..BASE
};

pub static R451: Entry = Entry {
    id: "reply/451",
    reason: Reason::SystemError,
    what: "The receiving server hit a local error while handling the \
           message and asked for it to be sent again later.",
    why: "Reply 451 covers temporary faults on the receiver's side, such as \
          a failed DNS lookup or an overloaded filter; some servers also use \
          it for greylisting and rate limits.",
    steps: &[
        "Nothing to do yet: the sending server retries on its own.",
        "If it keeps failing for more than a day, send the bounce to your \
         mail administrator.",
    ],
    ..BASE
};

pub static R452: Entry = Entry {
    id: "reply/452",
    reason: Reason::SystemFull,
    what: "The receiving server did not have room to take the message right \
           now, or took too many recipients already.",
    why: "Reply 452 means insufficient storage, and servers also use it to \
          say a message has too many recipients for one delivery.",
    steps: &[
        "Nothing to do yet: the sending server retries, and sends remaining \
         recipients in another delivery.",
        "If it fails for good, tell the recipient by another channel, or \
         send to fewer recipients at a time.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static R454: Entry = Entry {
    id: "reply/454",
    reason: Reason::SecurityError,
    what: "Encryption (TLS) or signing in was temporarily unavailable at the \
           receiving server.",
    why: "Reply 454 reports a temporary failure of STARTTLS or of \
          authentication on the server's side.",
    steps: &[
        "Nothing to do yet: the sending server retries.",
        "If it keeps happening, your mail administrator checks the TLS \
         settings between the two servers.",
    ],
    source: RFC3207,
    ..BASE
};

pub static R455: Entry = Entry {
    id: "reply/455",
    reason: Reason::SystemError,
    what: "The receiving server cannot handle the options given with the \
           message right now.",
    why: "Reply 455 means the parameters of MAIL FROM or RCPT TO cannot be \
          accommodated at the moment.",
    steps: &[
        "Nothing to do yet: the sending server retries.",
        "If it keeps failing, send the bounce to your mail administrator.",
    ],
    ..BASE
};
