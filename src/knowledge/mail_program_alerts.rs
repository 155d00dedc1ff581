//! A mail program's own alert that it could not hand a message to its
//! outgoing (submission) server: Outlook's and Windows Mail's error
//! numbers, Apple Mail's "Cannot Send Mail" and the Gmail app's
//! "Couldn't send message". No server reply is quoted, so the alert is
//! no bounce: the recipient's server never saw the message, and the fix
//! lies in the program's settings, the network or the user's provider.
//! The matching is in the extract stage's `mail_program_alert`.
//!
//! Sources of the error numbers, read 2026-12-06: Microsoft's KB 935400
//! gives Outlook's 0x800CCC0F, "The connection to the server was
//! interrupted", on a send through the provider's SMTP server. Microsoft's
//! article on messages stuck in the Outbox quotes 0x8004210B, "The
//! operation timed out waiting for a response from the sending (SMTP)
//! server". KB Q306041 names 0x800CCC78 `SMTP_REJECTED_SENDER`, and KB
//! Q258140 lists 0x800CCC79 and 0x800CCC78 for a user the server does
//! not let relay.
// NOTE: no Microsoft page was found for 0x800CCC0E and 0x800CCC7D. Their
// meanings come from the alerts' own sentences as users quote them:
// "The connection to the server has failed. ... Error Number:
// 0x800CCC0E" and "The server does not support a SSL connection. ...
// Error Number: 0x800CCC7D". Other numbers (0x800CCC13, 0x80042108) get
// the generic entry, and only in a sending task.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const CHECKED: &str = "2026-12-06";
const RFC_8314: &str = "https://www.rfc-editor.org/rfc/rfc8314#section-3.3";

const CHECK_SERVER: &str = "In your mail program's account settings, check the outgoing \
                            (SMTP) server name against your provider's help pages.";
const CHECK_PORT: &str = "Set the outgoing port to 587 with STARTTLS (Outlook calls it TLS), \
                          or to 465 with SSL/TLS, as your provider gives them. Many networks \
                          block port 25.";
const CHECK_SIGN_IN: &str = "Turn on \"My outgoing server requires authentication\" (or its \
                             equivalent), with the same user name and password as for \
                             incoming mail.";
const CHECK_NETWORK: &str = "Pause your antivirus program's email scanning for one test, \
                             check that the firewall lets your mail program out, and try \
                             another network: hotel, guest and mobile networks often block \
                             mail ports.";
const CHECK_STATUS: &str = "If the settings are right, look at your provider's status page \
                            or ask their support whether the outgoing server is down.";

/// The program found no server to talk to: Outlook's and Windows Mail's
/// 0x800CCC0E, Apple Mail's failed connection to the outgoing server.
pub static CANNOT_CONNECT: Entry = Entry {
    id: "mail-program/cannot-connect",
    reason: Reason::NetworkError,
    what: "Your mail program could not connect to its outgoing mail server, so the \
           message was not sent.",
    why: "This is your mail program's own alert, not a bounce: the message never left \
          your device, so the recipient's server never saw it. The outgoing server's \
          name or port is wrong, something on the network blocks the port, or the \
          server is down.",
    steps: &[CHECK_SERVER, CHECK_PORT, CHECK_NETWORK, CHECK_STATUS],
    who: Actor::You,
    temporary: None,
    links: &[],
    source: RFC_8314,
    checked: CHECKED,
};

/// Outlook's 0x800CCC0F: the connection dropped during the send.
pub static CONNECTION_INTERRUPTED: Entry = Entry {
    id: "mail-program/connection-interrupted",
    reason: Reason::NetworkError,
    what: "The connection between your mail program and its outgoing mail server broke \
           off, so the message was not sent.",
    why: "This is your mail program's own alert, not a bounce: the message never left \
          your device, so the recipient's server never saw it. An antivirus program or \
          firewall that scans outgoing mail, an unstable network or a router, or a \
          server that closes slow connections can cut it.",
    steps: &[CHECK_NETWORK, CHECK_PORT, CHECK_SERVER, CHECK_STATUS],
    who: Actor::You,
    temporary: None,
    links: &[],
    source: "https://support.microsoft.com/kb/935400",
    checked: CHECKED,
};

/// Outlook's 0x8004210B: the outgoing server did not reply in time.
pub static TIMED_OUT: Entry = Entry {
    id: "mail-program/timed-out",
    reason: Reason::NetworkError,
    what: "Your mail program's outgoing mail server did not answer in time, so the \
           message was not sent.",
    why: "This is your mail program's own alert, not a bounce: the message never left \
          your device, so the recipient's server never saw it. A slow or filtered \
          network, an antivirus program that scans outgoing mail, a large attachment on \
          a slow line, or a busy server can cause it.",
    steps: &[
        CHECK_NETWORK,
        CHECK_PORT,
        "If the message has a large attachment, send it again without the attachment, \
         or share the file through a link. Outlook's account settings also have a \
         server timeout that can be raised.",
        CHECK_STATUS,
    ],
    who: Actor::You,
    temporary: None,
    links: &[],
    source: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/main/Outlook/Client/\
             synchronization/delete-nonexistent-messages.md",
    checked: CHECKED,
};

const SENDER_STEPS: &[&str] = &[
    CHECK_SIGN_IN,
    "Check that the email address in the account settings is the account's own \
     address. Most providers refuse a From address that belongs to another account.",
    CHECK_PORT,
    "Send the message again from the Outbox.",
];

/// The outgoing server rejected the From address: Outlook's 0x800CCC78,
/// Apple Mail's "The sender address ... was rejected by the server".
pub static SENDER_REJECTED: Entry = Entry {
    id: "mail-program/sender-rejected",
    reason: Reason::Rejected,
    what: "Your outgoing mail server refused your email address as the sender, so the \
           message was not sent.",
    why: "This is your mail program's own alert, not a bounce: the message never left \
          your device, so the recipient's server never saw it. Most often the mail \
          program did not sign in to the outgoing server, or the address is not one \
          that the account may send from.",
    steps: SENDER_STEPS,
    who: Actor::You,
    temporary: None,
    links: &[],
    source: "https://github.com/jeffpar/kbarchive/blob/master/kb/306/Q306041/README.md",
    checked: CHECKED,
};

/// Outlook's 0x800CCC79 without the server's reply: the outgoing server
/// rejected a recipient, most often because it relays only for a program
/// that signed in.
pub static RECIPIENT_REJECTED: Entry = Entry {
    id: "mail-program/recipient-rejected",
    reason: Reason::NoRelaying,
    what: "Your outgoing mail server refused one of the recipients, so the message was \
           not sent.",
    why: "This is your mail program's own alert, not a bounce: the message never left \
          your device, so the recipient's server never saw it. An outgoing server \
          passes mail on to other domains only for a program that signed in, so a \
          missing sign-in is the usual cause. A mistyped address is the other.",
    steps: &[
        "Check the recipient's address for typing errors.",
        CHECK_SIGN_IN,
        CHECK_PORT,
        "Send the message again from the Outbox.",
    ],
    who: Actor::You,
    temporary: None,
    links: &[],
    source: "https://github.com/jeffpar/kbarchive/blob/master/kb/258/Q258140/README.md",
    checked: CHECKED,
};

/// Outlook Express's and Outlook's 0x800CCC7D: the program asked for an
/// encrypted connection in a way that the server does not offer on that
/// port.
pub static TLS_MISMATCH: Entry = Entry {
    id: "mail-program/tls-mismatch",
    reason: Reason::SecurityError,
    what: "Your mail program asked its outgoing mail server for an encrypted connection \
           that the server does not offer on that port, so the message was not sent.",
    why: "This is your mail program's own alert, not a bounce: the message never left \
          your device, so the recipient's server never saw it. Port 587 starts \
          encryption with STARTTLS after connecting, port 465 is encrypted from the \
          start, and a mail program set to the other kind for the port fails.",
    steps: &[CHECK_PORT, CHECK_SERVER, "Send the message again from the Outbox."],
    who: Actor::You,
    temporary: None,
    links: &[],
    source: RFC_8314,
    checked: CHECKED,
};

/// Apple Mail's "The user name or password for ... is incorrect" from
/// the outgoing server.
pub static SIGN_IN_FAILED: Entry = Entry {
    id: "mail-program/sign-in-failed",
    reason: Reason::SecurityError,
    what: "Your outgoing mail server did not accept your mail program's user name or \
           password, so the message was not sent.",
    why: "This is your mail program's own alert, not a bounce: the message never left \
          your device, so the recipient's server never saw it. The password may have \
          changed, or the provider may require an app-specific password or its own \
          sign-in page instead of the account password.",
    steps: &[
        "Enter the account's current password in the outgoing server settings too, not \
         only the incoming ones.",
        "If the account has two-step verification, create an app-specific password at \
         your provider (iCloud, Gmail, Yahoo and others offer them) and use it here.",
        "Check that the outgoing server is the one your provider gives for this account.",
        "Send the message again from the Outbox.",
    ],
    who: Actor::You,
    temporary: None,
    links: &[],
    source: "https://support.apple.com/kb/PH14926",
    checked: CHECKED,
};

/// An alert that names no cause: Outlook's sending task with a number
/// this table lacks, Apple Mail's "Cannot Send Message", the Gmail app's
/// "Couldn't send message" and Outlook.com's "Message not sent".
// NOTE: no Google or Microsoft page was found for the Gmail app's and
// Outlook.com's wording. The steps rest on RFC 8314 for the ports and on
// common causes of an unsent message, not on those providers' own text.
pub static SEND_FAILED: Entry = Entry {
    id: "mail-program/send-failed",
    reason: Reason::Undefined,
    what: "Your mail program could not send the message, and its alert does not say why.",
    why: "This is your mail program's own alert, not a bounce: the message never left \
          your device, so the recipient's server never saw it. The usual causes are a \
          lost connection, a changed password, an attachment over the provider's size \
          limit, or wrong outgoing server settings.",
    steps: &[
        "Check that the device is online, then open the Outbox and send the message \
         again.",
        "If it has a large attachment, send it without the attachment, or share the \
         file through a link.",
        "If you changed the account's password lately, enter the new one in the mail \
         program.",
        "For an account added by server settings (IMAP or POP), check the outgoing \
         (SMTP) server name, and set port 587 with STARTTLS or 465 with SSL/TLS.",
        CHECK_STATUS,
    ],
    who: Actor::You,
    temporary: None,
    links: &[],
    source: RFC_8314,
    checked: CHECKED,
};

/// Every entry of this table, for the tests that walk all entries.
pub const ENTRIES: &[&Entry] = &[
    &CANNOT_CONNECT,
    &CONNECTION_INTERRUPTED,
    &TIMED_OUT,
    &SENDER_REJECTED,
    &RECIPIENT_REJECTED,
    &TLS_MISMATCH,
    &SIGN_IN_FAILED,
    &SEND_FAILED,
];

/// Outlook's and Windows Mail's error numbers, uppercase, with the entry
/// each one's documented meaning picks.
pub const ERROR_NUMBERS: &[(&str, &Entry)] = &[
    ("0X800CCC0E", &CANNOT_CONNECT),
    ("0X800CCC0F", &CONNECTION_INTERRUPTED),
    ("0X8004210B", &TIMED_OUT),
    ("0X800CCC78", &SENDER_REJECTED),
    ("0X800CCC79", &RECIPIENT_REJECTED),
    ("0X800CCC7D", &TLS_MISMATCH),
];

/// An alert's sentences, lowercase, each with the entry it picks. Every
/// fragment of a row must occur in the alert, in any order, and the first
/// row that matches wins, so the specific rows come first.
// NOTE: Apple Mail's sentences are as users quote them in help forums.
// Apple's own page (support.apple.com/kb/PH14926) describes the alert
// but does not give its wording.
pub const SENTENCES: &[(&[&str], &Entry)] = &[
    // Apple Mail: `The sender address alice@example.org was rejected by
    // the server smtp.example.org.`
    (&["sender address", "was rejected by the server"], &SENDER_REJECTED),
    // Apple Mail: `The user name or password for "smtp.example.org" is
    // incorrect.`
    (&["user name or password for", "is incorrect"], &SIGN_IN_FAILED),
    (&["does not support a ssl connection"], &TLS_MISMATCH),
    (&["the connection to the server was interrupted"], &CONNECTION_INTERRUPTED),
    (&["timed out waiting for a response from the sending (smtp) server"], &TIMED_OUT),
    // Windows Mail: `The connection to the server has failed.`; Apple
    // Mail: `The connection to the outgoing server "smtp.example.org"
    // failed.`
    (&["the connection to the server has failed"], &CANNOT_CONNECT),
    (&["the connection to the server failed"], &CANNOT_CONNECT),
    (&["the connection to the outgoing server", "failed"], &CANNOT_CONNECT),
];

/// Alert titles that name no cause, lowercase. Each is a common phrase,
/// so the extract stage counts it only in a short paste.
pub const TITLES: &[&str] = &[
    // Apple Mail on iPhone and iPad, and on a Mac.
    "cannot send mail",
    "cannot send message",
    "mail was unable to send this message",
    // The Gmail app, and Outlook.com and Outlook's apps.
    "couldn't send message",
    "couldn\u{2019}t send message",
    "message not sent",
];

/// Returns the entry with `id`, for a failure the extract stage marked.
pub fn by_id(id: &str) -> Option<&'static Entry> {
    ENTRIES.iter().copied().find(|entry| entry.id == id)
}

/// True when `entry` explains a mail program's own alert.
pub fn is_alert(entry: &Entry) -> bool {
    ENTRIES.iter().any(|alert| std::ptr::eq(*alert, entry))
}

/// Returns the server's words that an alert quotes after Outlook's `The
/// server responded:`, without the alert's closing quote, or `None` when
/// it quotes none.
pub fn quoted_reply(alert: &str) -> Option<&str> {
    const MARK: &str = "the server responded:";
    // ASCII lowercasing keeps byte offsets, so `at` indexes `alert` too.
    let at = alert.to_ascii_lowercase().find(MARK)? + MARK.len();
    let words = alert[at..].trim().trim_end_matches(['\'', '"']).trim();
    (!words.is_empty()).then_some(words)
}
