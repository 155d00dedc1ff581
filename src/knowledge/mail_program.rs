//! A mail program's own report that it could not hand a message to its
//! outgoing server, such as Thunderbird's "Sending of the message failed.
//! An error occurred while sending mail. The mail server responded: ...".
//! The reply it quotes comes from the user's own outgoing (submission)
//! server, not from the recipient's receiving server, so a setting in the
//! mail program is the usual fix.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Lowercase fragments of the sentences Thunderbird appends to its
/// outgoing server's reply in its send-failure dialog, as users quote
/// them. The strings `smtp-error-sending-from-command`,
/// `smtp-error-sending-recipient-command` and `smtp-error-sending-message`
/// of Thunderbird's en-US `messageSend.ftl` end a refused MAIL FROM with
/// "Please verify that your email address is correct in your account
/// settings and try again." (older versions write "Mail preferences"), a
/// refused RCPT TO with "Please check the message recipient "<address>"
/// and try again." (Netscape-era versions write "recipients"), and a refused
/// message with "Please check the message and try again.". The extract
/// stage keeps that sentence with the reply, but drops the dialog's
/// lead-in lines.
// NOTE: a pasted dialog that lost this sentence is read as the receiving
// server's reply.
const SEND_FAILURE_PHRASES: &[&str] = &[
    "correct in your account settings and try again",
    "correct in your mail preferences and try again",
    "please check the message recipient",
    "please check the message and try again",
];

/// True when `lower` (lowercase) carries a mail program's report of a
/// failed send to its own outgoing server.
pub fn is_send_failure(lower: &str) -> bool {
    SEND_FAILURE_PHRASES.iter().any(|phrase| lower.contains(phrase))
}

/// The user's outgoing server requires TLS, and the mail program connected
/// without it. RFC 8314, section 3.3, has submission servers offer
/// STARTTLS on port 587 and implicit TLS on port 465.
pub static STARTTLS_SETTING: Entry = Entry {
    id: "tls/mail-program-starttls",
    reason: Reason::SecurityError,
    what: "Your outgoing mail server accepts mail only over an encrypted \
           (TLS) connection, and your mail program connected without \
           encryption.",
    why: "The reply came from your own outgoing (SMTP) server while your \
          mail program handed it the message. The recipient's server never \
          saw it.",
    steps: &[
        "In your mail program's outgoing server (SMTP) settings, set the \
         connection security to STARTTLS with port 587, or to SSL/TLS with \
         port 465, as your provider's help pages give them.",
        "Keep authentication on, with the same user name and password as \
         for incoming mail.",
        "Send the message again.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc8314#section-3.3",
    checked: "2026-12-06",
};
