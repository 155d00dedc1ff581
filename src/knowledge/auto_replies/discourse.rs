//! Discourse's refusal of a post sent by email to a forum address.

use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// True when `text` (lowercase, spaces collapsed) opens the way every
/// Discourse `email_reject_*` template in config/locales/server.en.yml
/// does: "We're sorry, but your email message to %{destination} (titled
/// %{former_title}) didn't work."
pub(super) fn is_rejection(text: &str) -> bool {
    text.contains("but your email message to")
        && (text.contains(") didn't work") || text.contains(") didn\u{2019}t work"))
}

/// Discourse's refusal of a post sent by email to a forum address. It
/// comes from the forum's own address, so one flagged auto-replied would
/// otherwise read as an out-of-office reply.
pub static REFUSED_BY_DISCOURSE: Entry = Entry {
    id: "discourse/email-rejected",
    reason: Reason::Rejected,
    what: "The forum did not post your email message, so it does not \
           appear on the forum.",
    why: "Discourse turns mail sent to a forum address into a post. It \
          rejects one when the sending address belongs to no account or to \
          a blocked one, the account may not post in that category, or it \
          cannot find the reply text in the message. The notice's second \
          paragraph names which.",
    steps: &[
        "Read the cause in the notice's second paragraph.",
        "If it names your address or account, send from the address of \
         your forum account, or ask the forum's staff to give your account \
         access to the category.",
        "If it names the content, write your reply at the top of the \
         message in plain formatting and send it again, or post it on the \
         forum's website.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..Entry::sourced(
        "https://github.com/discourse/discourse/blob/main/config/locales/server.en.yml",
        "2026-12-05",
    )
};
