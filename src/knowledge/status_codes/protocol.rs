//! Enhanced status codes X.5.x (mail delivery protocol) and X.6.x
//! (message content or media).

use super::BASE;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const FIX_SENDER_SOFTWARE: &[&str] = &[
    "Send the bounce to your mail administrator; the reply names the \
     command or setting that failed.",
    "They update or reconfigure the sending software, or the firewall \
     between the servers, and resend.",
];

const CONTENT_STEPS: &[&str] = &[
    "Send the message again from an ordinary mail program, as plain text \
     or with standard attachments (PDF, images, Office files).",
    "If it fails again, send the bounce to your mail administrator; the \
     program or device that wrote the message may need fixing.",
];

pub static X_5_0: Entry = Entry {
    id: "status/X.5.0",
    reason: Reason::Undefined,
    what: "Something went wrong in the SMTP conversation between the two \
           mail servers.",
    why: "X.5.0 reports a protocol problem without detail; the text after \
          the code usually says which command failed.",
    steps: FIX_SENDER_SOFTWARE,
    ..BASE
};

pub static X_5_1: Entry = Entry {
    id: "status/X.5.1",
    reason: Reason::SyntaxError,
    what: "The receiving server rejected a command that was out of order or \
           not supported.",
    why: "The sending software spoke SMTP in a way the receiver does not \
          accept, for example sending data before the greeting.",
    steps: FIX_SENDER_SOFTWARE,
    ..BASE
};

pub static X_5_2: Entry = Entry {
    id: "status/X.5.2",
    reason: Reason::SyntaxError,
    what: "The receiving server could not parse a command from the sending \
           server.",
    why: "The command was malformed or unknown, usually because of a bug or \
          misconfiguration in the sending software.",
    steps: FIX_SENDER_SOFTWARE,
    ..BASE
};

pub static X_5_3: Entry = Entry {
    id: "status/X.5.3",
    reason: Reason::TooManyConn,
    what: "The message had more recipients than the receiving server takes \
           in one delivery.",
    why: "Servers cap recipients per message. A well-behaved sending server \
          splits the list and delivers the rest in another round.",
    steps: &[
        "Usually nothing to do: the sending server sends the remaining \
         recipients separately.",
        "If those recipients did not get the message, send it again in \
         smaller groups or through a mailing list service.",
    ],
    ..BASE
};

pub static X_5_4: Entry = Entry {
    id: "status/X.5.4",
    reason: Reason::SystemError,
    what: "The receiving server rejected the arguments of a command from \
           the sending server.",
    why: "A valid command carried a value the receiver does not accept or \
          recognise, such as an unknown option on MAIL FROM.",
    steps: FIX_SENDER_SOFTWARE,
    ..BASE
};

pub static X_5_5: Entry = Entry {
    id: "status/X.5.5",
    reason: Reason::SystemError,
    what: "The two mail servers use protocol versions that do not work \
           together.",
    why: "One of them is very old or set up unusually.",
    steps: FIX_SENDER_SOFTWARE,
    ..BASE
};

pub static X_5_6: Entry = Entry {
    id: "status/X.5.6",
    reason: Reason::SyntaxError,
    what: "A sign-in (AUTH) response from the client was longer than the \
           server accepts.",
    why: "The mail program sent an over-long authentication line, often a \
          large token.",
    steps: &[
        "Update your mail program, or switch it to another sign-in method \
         in its account settings.",
        "If that does not help, tell your mail administrator.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_6_0: Entry = Entry {
    id: "status/X.6.0",
    reason: Reason::ContentError,
    what: "Something about the message's content or format made it \
           undeliverable.",
    why: "X.6.0 reports a content problem without detail; the text after \
          the code may name it.",
    steps: CONTENT_STEPS,
    who: Actor::You,
    ..BASE
};

pub static X_6_1: Entry = Entry {
    id: "status/X.6.1",
    reason: Reason::ContentError,
    what: "The message contains a type of content the next system cannot \
           carry.",
    why: "A part of the message, usually an attachment type, is not \
          supported by the receiving side.",
    steps: CONTENT_STEPS,
    who: Actor::You,
    ..BASE
};

pub static X_6_2: Entry = Entry {
    id: "status/X.6.2",
    reason: Reason::ContentError,
    what: "The message had to be converted to be delivered, but conversion \
           was not allowed.",
    why: "The sender marked the message as not to be changed, and the next \
          system cannot carry it unchanged.",
    steps: CONTENT_STEPS,
    who: Actor::You,
    ..BASE
};

pub static X_6_3: Entry = Entry {
    id: "status/X.6.3",
    reason: Reason::ContentError,
    what: "The message had to be converted to be delivered, and the system \
           could not do it.",
    why: "For example, 8-bit content had to become 7-bit for an old server \
          and the conversion is not supported.",
    steps: CONTENT_STEPS,
    who: Actor::You,
    ..BASE
};

pub static X_6_4: Entry = Entry {
    id: "status/X.6.4",
    reason: Reason::Delivered,
    what: "The message was delivered, but converting it on the way lost \
           some of its content.",
    why: "A system on the way had to convert the message and could not keep \
          everything, such as some characters or formatting.",
    steps: &[
        "Nothing to do unless the recipient reports a garbled message.",
        "If so, send it again as plain text or as a PDF attachment.",
    ],
    who: Actor::Nobody,
    ..BASE
};

pub static X_6_5: Entry = Entry {
    id: "status/X.6.5",
    reason: Reason::ContentError,
    what: "A conversion the message needed on the way failed.",
    why: "The content could be converted in principle, but the attempt went \
          wrong.",
    steps: CONTENT_STEPS,
    who: Actor::You,
    ..BASE
};

pub static X_6_6: Entry = Entry {
    id: "status/X.6.6",
    reason: Reason::ContentError,
    what: "The server could not fetch the message content it was told to \
           send.",
    why: "The message referred to content stored elsewhere (BURL), and \
          fetching it failed.",
    steps: FIX_SENDER_SOFTWARE,
    ..BASE
};

pub static X_6_7: Entry = Entry {
    id: "status/X.6.7",
    reason: Reason::ContentError,
    what: "An address with non-ASCII characters (accents, non-Latin script) \
           is not accepted here.",
    why: "The sender's or recipient's address uses international characters \
          and a server on the way does not support them (SMTPUTF8).",
    steps: &[
        "Use an ASCII-only address for this recipient if they have one, or \
         send from an ASCII-only address.",
        "Send the message again.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_6_8: Entry = Entry {
    id: "status/X.6.8",
    reason: Reason::ContentError,
    what: "The server's reply needed international (UTF-8) characters that \
           the sending server cannot accept.",
    why: "The sending software does not support SMTPUTF8.",
    steps: FIX_SENDER_SOFTWARE,
    ..BASE
};

pub static X_6_9: Entry = Entry {
    id: "status/X.6.9",
    reason: Reason::ContentError,
    what: "The message has international (UTF-8) characters in its headers \
           that a server on the way cannot pass on.",
    why: "The next server does not support SMTPUTF8, so it cannot carry a \
          subject or address written that way.",
    steps: &[
        "Send the message again with an ASCII-only subject and addresses.",
        "If it still fails, send the bounce to your mail administrator.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_6_10: Entry = Entry {
    id: "status/X.6.10",
    reason: Reason::ContentError,
    what: "The server's reply needed international (UTF-8) characters that \
           the sending server cannot accept.",
    why: "X.6.10 is a deprecated duplicate of X.6.8; the registry asks \
          servers not to send it.",
    steps: FIX_SENDER_SOFTWARE,
    ..BASE
};
