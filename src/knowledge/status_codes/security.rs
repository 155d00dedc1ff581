//! Enhanced status codes X.7.0 to X.7.19 and X.7.30 (security or
//! policy): sign-in, encryption, permissions and ownership checks.

use super::BASE;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const SIGN_IN_STEPS: &[&str] = &[
    "Open your mail program's outgoing server (SMTP) settings and check the \
     user name, password, port and encryption (usually port 587 with \
     STARTTLS, or 465 with SSL/TLS).",
    "Some providers need an app password or a sign-in method your program \
     must support; see your provider's help pages.",
    "If it still fails, ask your mail administrator or provider.",
];

const ENCRYPTION_STEPS: &[&str] = &[
    "Send the bounce to your mail administrator; the two servers disagree \
     about encryption or certificates.",
    "They update the TLS settings or certificates on the sending server, \
     then resend.",
];

const FIX_ADMIN: &[&str] = &[
    "Send the bounce to your mail administrator; the reply names the \
     requirement.",
    "They fix the configuration, then resend the message.",
];

pub static X_7_0: Entry = Entry {
    id: "status/X.7.0",
    reason: Reason::SecurityError,
    what: "The message was refused for a security or policy reason that the \
           code does not specify.",
    why: "X.7.0 covers anything from a required sign-in to a local rule; \
          the text after the code says which.",
    steps: &[
        "Read the receiver's text under Technical details.",
        "If it mentions signing in or authentication, check your mail \
         program's outgoing server settings.",
        "Otherwise send the bounce to your mail administrator.",
    ],
    ..BASE
};

pub static X_7_1: Entry = Entry {
    id: "status/X.7.1",
    reason: Reason::SecurityError,
    // RFC 3463 defines X.7.1 as a sender not authorised to send to the
    // destination, but receivers send it for blocklists, spam verdicts
    // and local rules too, so the headline names no single cause.
    what: "The receiving server refused the message for a security or \
           policy reason. The receiver's text names which.",
    why: "X.7.1 is the general refusal code. Common causes are a blocklisted \
          sending IP, a spam filter verdict, a recipient who allows only \
          some senders, or a server that will not relay.",
    steps: &[
        "Read the receiver's text under Technical details; it usually names \
         the cause (a blocklist, spam, a policy, relaying).",
        "If it names a blocklist or your IP, send the bounce to your mail \
         administrator, who requests removal.",
        "If it names the recipient's rules, ask the recipient by another \
         channel to allow your address.",
    ],
    ..BASE
};

pub static X_7_2: Entry = Entry {
    id: "status/X.7.2",
    reason: Reason::SecurityError,
    what: "You are not allowed to send to this mailing list.",
    why: "The list accepts mail only from its members or from approved \
          senders.",
    steps: &[
        "Join the list, or send from the address you joined it with.",
        "Otherwise ask the list's owner to allow your address.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_7_3: Entry = Entry {
    id: "status/X.7.3",
    reason: Reason::SecurityError,
    what: "The message needed a security conversion that could not be done.",
    why: "A system on the way must convert a signed or encrypted message \
          for the next hop and cannot.",
    steps: ENCRYPTION_STEPS,
    ..BASE
};

pub static X_7_4: Entry = Entry {
    id: "status/X.7.4",
    reason: Reason::SecurityError,
    what: "The message asked for a security feature the receiving server \
           does not support.",
    why: "For example a sign-in method or an encryption option it does not \
          offer.",
    steps: ENCRYPTION_STEPS,
    ..BASE
};

pub static X_7_5: Entry = Entry {
    id: "status/X.7.5",
    reason: Reason::SecurityError,
    what: "A cryptographic check on the message failed.",
    why: "A signature could not be verified or an encrypted part could not \
          be decrypted, for example because a key is missing or invalid.",
    steps: ENCRYPTION_STEPS,
    ..BASE
};

pub static X_7_6: Entry = Entry {
    id: "status/X.7.6",
    reason: Reason::SecurityError,
    what: "The message uses a cryptographic algorithm the receiving side \
           does not support.",
    why: "The signing or encryption method is too old, too new or unknown \
          to the receiver.",
    steps: ENCRYPTION_STEPS,
    ..BASE
};

pub static X_7_7: Entry = Entry {
    id: "status/X.7.7",
    reason: Reason::SecurityError,
    what: "The message was changed or damaged on the way, so its integrity \
           check failed.",
    why: "A signature or checksum no longer matches the content; a system \
          on the way may have altered the message.",
    steps: ENCRYPTION_STEPS,
    ..BASE
};

pub static X_7_8: Entry = Entry {
    id: "status/X.7.8",
    reason: Reason::SecurityError,
    what: "Signing in to the outgoing mail server failed: the user name or \
           password was not accepted.",
    why: "The password may have changed or be mistyped, or the provider \
          requires an app password.",
    steps: SIGN_IN_STEPS,
    who: Actor::You,
    ..BASE
};

pub static X_7_9: Entry = Entry {
    id: "status/X.7.9",
    reason: Reason::SecurityError,
    what: "The mail server refused the sign-in method your mail program \
           used as too weak.",
    why: "The server wants a stronger sign-in method. Yahoo and AOL also use \
          5.7.9 for mail that fails authentication.",
    steps: SIGN_IN_STEPS,
    who: Actor::You,
    ..BASE
};

pub static X_7_10: Entry = Entry {
    id: "status/X.7.10",
    reason: Reason::SecurityError,
    what: "The server requires an encrypted connection first.",
    why: "The sending program or server tried to continue without TLS, which \
          this server does not allow.",
    steps: SIGN_IN_STEPS,
    ..BASE
};

pub static X_7_11: Entry = Entry {
    id: "status/X.7.11",
    reason: Reason::SecurityError,
    what: "The chosen sign-in method is only allowed over an encrypted \
           connection.",
    why: "The password would otherwise travel readable, so the server \
          refuses it.",
    steps: SIGN_IN_STEPS,
    who: Actor::You,
    ..BASE
};

pub static X_7_12: Entry = Entry {
    id: "status/X.7.12",
    reason: Reason::SecurityError,
    what: "The mail server needs you to sign in once with a plain password \
           to move your account to a new sign-in method.",
    why: "The server is changing how it stores passwords.",
    steps: SIGN_IN_STEPS,
    who: Actor::You,
    ..BASE
};

pub static X_7_13: Entry = Entry {
    id: "status/X.7.13",
    reason: Reason::Suspend,
    what: "The account used to send the message is disabled.",
    why: "The provider has switched the sending account off, for example \
          after abuse or a billing problem.",
    steps: &[
        "Contact your mail provider or administrator to get the account \
         enabled again.",
        "Send the message again once it works, or from another account.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_7_14: Entry = Entry {
    id: "status/X.7.14",
    reason: Reason::SecurityError,
    what: "The server needs a trust arrangement with another system before \
           it can handle this message.",
    why: "For example, the submission server must be trusted by the server \
          holding content the message refers to.",
    steps: FIX_ADMIN,
    ..BASE
};

pub static X_7_15: Entry = Entry {
    id: "status/X.7.15",
    reason: Reason::SecurityError,
    what: "The server is only taking higher-priority mail right now.",
    why: "The message's priority (MT-PRIORITY) was too low for the server's \
          current policy.",
    steps: FIX_ADMIN,
    ..BASE
};

pub static X_7_16: Entry = Entry {
    id: "status/X.7.16",
    reason: Reason::MesgTooBig,
    what: "The message is too big for the priority it was sent with.",
    why: "The server allows large messages only at some priorities.",
    steps: &[
        "Make the message smaller, or share large files through a download \
         link.",
        "Send the message again.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_7_17: Entry = Entry {
    id: "status/X.7.17",
    reason: Reason::HasMoved,
    what: "The recipient's mailbox has changed owner since the date your \
           message was meant for.",
    why: "The sender asked the receiver to check that the address still \
          belongs to the same person (RRVS), and it does not.",
    steps: &[
        "Do not resend to this address: it now belongs to someone else.",
        "Ask the intended recipient for their current address.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_7_18: Entry = Entry {
    id: "status/X.7.18",
    reason: Reason::HasMoved,
    what: "The recipient's domain has changed owner since the date your \
           message was meant for.",
    why: "The sender asked for an ownership check (RRVS), and the domain \
          now belongs to someone else.",
    steps: &[
        "Do not resend to this address.",
        "Ask the intended recipient for their current address.",
    ],
    who: Actor::You,
    ..BASE
};

pub static X_7_19: Entry = Entry {
    id: "status/X.7.19",
    reason: Reason::SecurityError,
    what: "The receiver could not check whether the recipient's address \
           changed owner.",
    why: "The message asked for that check (RRVS), but the receiver lacks \
          the data to do it.",
    steps: &[
        "Send the message again without the ownership check option.",
        "If you did not set that option, tell your mail administrator.",
    ],
    ..BASE
};

pub static X_7_30: Entry = Entry {
    id: "status/X.7.30",
    reason: Reason::SecurityError,
    what: "The message required secure delivery (REQUIRETLS), and a server \
           on the way does not support it.",
    why: "The message may only travel over verified TLS, which the next hop \
          cannot offer. Gmail also uses 5.7.30 for bulk mail that fails DKIM.",
    steps: ENCRYPTION_STEPS,
    ..BASE
};
