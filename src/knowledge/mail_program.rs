//! A mail program's own report that it could not hand a message to its
//! outgoing server, such as Thunderbird's "Sending of the message failed.
//! An error occurred while sending mail. The mail server responded: ...".
//! The reply it quotes comes from the user's own outgoing (submission)
//! server, not from the recipient's receiving server, so a setting in the
//! mail program is the usual fix.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Lowercase fragments of the sentence Thunderbird appends to a refused
/// MAIL FROM in its send-failure dialog, as users quote it (older versions
/// say "Mail preferences"). The extract stage keeps that sentence with the
/// reply, but drops the dialog's lead-in lines.
// NOTE: a pasted dialog that lost this sentence, or Thunderbird's wording
// for a refused RCPT TO, is read as the receiving server's reply.
const SEND_FAILURE_PHRASES: &[&str] = &[
    "correct in your account settings and try again",
    "correct in your mail preferences and try again",
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
