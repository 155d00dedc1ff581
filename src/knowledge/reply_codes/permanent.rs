//! Permanent negative replies (5xx): sending the message again unchanged
//! will fail the same way.

use super::{BASE, RFC3207, RFC4954, RFC5248, RFC7504};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const FIX_SENDER_SOFTWARE: &[&str] = &[
    "Send the bounce to your mail administrator; the text names the \
     command that failed.",
    "They fix or update the sending software (or the device or script \
     that sent the mail), then resend.",
];

const SIGN_IN_STEPS: &[&str] = &[
    "Open your mail program's outgoing server (SMTP) settings and check the \
     user name, password, port and encryption (usually port 587 with \
     STARTTLS, or 465 with SSL/TLS).",
    "Some providers need an app password; see your provider's help pages.",
    "If it still fails, ask your mail administrator or provider.",
];

pub static R500: Entry = Entry {
    id: "reply/500",
    reason: Reason::SyntaxError,
    what: "The receiving server did not recognise a command from the sending \
           server, or a line was too long.",
    why: "Reply 500 is a syntax error: the command is unknown or malformed, \
          often because of old software or a firewall that alters SMTP.",
    steps: FIX_SENDER_SOFTWARE,
    ..BASE
};

pub static R501: Entry = Entry {
    id: "reply/501",
    reason: Reason::SyntaxError,
    what: "The receiving server rejected the arguments of a command, most \
           often a malformed address or greeting name.",
    why: "Reply 501 is a syntax error in parameters: for example an address \
          with a space or a missing @, or an invalid HELO name.",
    steps: &[
        "Check the recipient's and your own address for stray characters.",
        "If the addresses are right, send the bounce to your mail \
         administrator, who checks the server's HELO name and settings.",
    ],
    ..BASE
};

pub static R502: Entry = Entry {
    id: "reply/502",
    reason: Reason::SyntaxError,
    what: "The receiving server does not implement a command the sending \
           server used.",
    why: "Reply 502 means the command is valid SMTP but not supported there.",
    steps: FIX_SENDER_SOFTWARE,
    ..BASE
};

pub static R503: Entry = Entry {
    id: "reply/503",
    reason: Reason::SyntaxError,
    what: "The sending server gave commands in the wrong order.",
    why: "Reply 503 means a bad sequence, for example sending recipients \
          before the sender, or sending mail before signing in where the \
          server requires it.",
    steps: &[
        "If you send from a mail program, turn on \"outgoing server requires \
         authentication\" in its account settings.",
        "Otherwise send the bounce to your mail administrator.",
    ],
    ..BASE
};

pub static R504: Entry = Entry {
    id: "reply/504",
    reason: Reason::SyntaxError,
    what: "The receiving server does not support an option of a command, \
           often the chosen sign-in method.",
    why: "Reply 504 means a command parameter is not implemented there.",
    steps: SIGN_IN_STEPS,
    ..BASE
};

pub static R521: Entry = Entry {
    id: "reply/521",
    reason: Reason::NotAccept,
    what: "The receiving server does not accept mail at all.",
    why: "Reply 521 says this host never takes mail, for example a web \
          server listed by mistake, or one that refuses this sender for \
          good.",
    steps: &[
        "Check the recipient's address; the domain may not handle email.",
        "Ask the recipient by another channel for an address that receives \
         mail.",
    ],
    who: Actor::You,
    source: RFC7504,
    ..BASE
};

pub static R523: Entry = Entry {
    id: "reply/523",
    reason: Reason::SecurityError,
    what: "The server requires an encrypted connection for this step.",
    why: "Reply 523 goes with status 5.7.10, encryption needed.",
    steps: SIGN_IN_STEPS,
    source: RFC5248,
    ..BASE
};

pub static R525: Entry = Entry {
    id: "reply/525",
    reason: Reason::Suspend,
    what: "The account used to send or receive the message is disabled.",
    why: "Reply 525 goes with status 5.7.13, user account disabled.",
    steps: &[
        "If it is your sending account, contact your mail provider to get \
         it enabled again.",
        "If it is the recipient's, tell them by another channel.",
    ],
    who: Actor::You,
    source: RFC5248,
    ..BASE
};

pub static R530: Entry = Entry {
    id: "reply/530",
    reason: Reason::SecurityError,
    what: "The server requires signing in, or an encrypted connection, \
           before it takes mail.",
    why: "Reply 530 answers a command sent without the required \
          authentication or STARTTLS.",
    steps: SIGN_IN_STEPS,
    who: Actor::You,
    source: RFC3207,
    ..BASE
};

pub static R534: Entry = Entry {
    id: "reply/534",
    reason: Reason::SecurityError,
    what: "The server refused the sign-in method as too weak.",
    why: "Reply 534 means the authentication mechanism is not strong enough \
          for this server.",
    steps: SIGN_IN_STEPS,
    who: Actor::You,
    source: RFC4954,
    ..BASE
};

pub static R535: Entry = Entry {
    id: "reply/535",
    reason: Reason::SecurityError,
    what: "Signing in to the mail server failed: the user name or password \
           was not accepted.",
    why: "Reply 535 means invalid credentials, for example a changed \
          password or a provider that requires an app password.",
    steps: SIGN_IN_STEPS,
    who: Actor::You,
    source: RFC4954,
    ..BASE
};

pub static R538: Entry = Entry {
    id: "reply/538",
    reason: Reason::SecurityError,
    what: "The sign-in method is only allowed over an encrypted connection.",
    why: "Reply 538 protects the password from travelling readable.",
    steps: SIGN_IN_STEPS,
    who: Actor::You,
    source: RFC4954,
    ..BASE
};

pub static R550: Entry = Entry {
    id: "reply/550",
    reason: Reason::OnHold,
    what: "The receiving server refused the message for this recipient.",
    why: "Reply 550 means the mailbox is unavailable: most often the \
          address does not exist, but servers also use it for blocks and \
          policy refusals. The text after the code says which.",
    steps: &[
        "Read the receiver's text under Technical details for the cause.",
        "If it names the address (unknown, no such user), check the address \
         with the recipient.",
        "If it names a block, spam or a policy, send the bounce to your mail \
         administrator.",
    ],
    ..BASE
};

pub static R551: Entry = Entry {
    id: "reply/551",
    reason: Reason::HasMoved,
    what: "The recipient is not at this server; the reply may name where to \
           send instead.",
    why: "Reply 551 means the user is not local. Often the mailbox moved, \
          and the server gives the new address.",
    steps: &[
        "Look in the receiver's text for another address, or ask the \
         recipient for their current one.",
        "Send the message there and update your contacts.",
    ],
    who: Actor::You,
    ..BASE
};

pub static R552: Entry = Entry {
    id: "reply/552",
    reason: Reason::MailboxFull,
    what: "The message exceeded a storage limit at the receiving server: \
           the recipient's mailbox is full or the message is too large.",
    why: "Reply 552 means storage allocation exceeded. Servers use it both \
          for full mailboxes and for messages over the size limit; the text \
          says which.",
    steps: &[
        "If the text mentions size, make the message smaller or share large \
         files through a link, then send again.",
        "If it mentions quota or a full mailbox, tell the recipient by \
         another channel and send again after they make room.",
    ],
    who: Actor::You,
    ..BASE
};

pub static R553: Entry = Entry {
    id: "reply/553",
    reason: Reason::Rejected,
    what: "The receiving server refused an address on the message as not \
           allowed.",
    why: "Reply 553 means the mailbox name is not allowed: malformed, or \
          refused by policy. Some providers also use it for blocks.",
    steps: &[
        "Check your own address and the recipient's for mistakes.",
        "If both are right, send the bounce to your mail administrator.",
    ],
    ..BASE
};

pub static R554: Entry = Entry {
    id: "reply/554",
    reason: Reason::Blocked,
    what: "The receiving server refused the connection or the message.",
    why: "Reply 554 means the transaction failed. Given at the start of the \
          connection it means the server will not talk to the sending \
          server at all, usually a block on its IP address; after the \
          message it often means content was refused.",
    steps: &[
        "Read the receiver's text under Technical details; it usually names \
         a blocklist, a spam verdict or a policy.",
        "Send the bounce to your mail administrator, who requests removal \
         from a named blocklist or fixes the cause.",
    ],
    ..BASE
};

pub static R555: Entry = Entry {
    id: "reply/555",
    reason: Reason::SyntaxError,
    what: "The receiving server did not recognise options given with the \
           sender or recipient address.",
    why: "Reply 555 means MAIL FROM or RCPT TO parameters are unknown or \
          not implemented there.",
    steps: FIX_SENDER_SOFTWARE,
    ..BASE
};

pub static R556: Entry = Entry {
    id: "reply/556",
    reason: Reason::NotAccept,
    what: "The recipient's domain does not accept email at all.",
    why: "Reply 556 says the domain publishes that it receives no mail (a \
          null MX).",
    steps: &[
        "Check the recipient's address; the domain may be web-only.",
        "Ask the recipient by another channel for an address that receives \
         mail.",
    ],
    who: Actor::You,
    source: RFC7504,
    ..BASE
};
