//! A filtering service's notice that it holds the message for review, such
//! as a quarantine or an attachment check, and that the sender need not
//! send it again or that someone can still release it. The message is
//! neither delivered nor returned, so its card reads as held rather than
//! as a permanent failure.
//!
//! NOTE: the fragments are general English wordings, not the templates of
//! named services: no public copy of a gateway's hold notice was found to
//! check them against.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Lowercase fragments saying the message is held for someone's review.
const HELD: &[&str] = &[
    "held for review",
    "held for administrator review",
    "held for admin review",
    "held pending review",
    "held in quarantine",
    "is being held for review",
];

/// Lowercase fragments saying the sender need not send the message again.
/// Both a hold and one of these are needed, because "held for review and
/// deleted" is a failure.
const NO_RESEND: &[&str] = &[
    "do not need to resend",
    "don't need to resend",
    "do not need to send it again",
    "don't need to send it again",
    "no need to resend",
    "no need to send it again",
    "need not be resent",
];

/// Lowercase fragments saying the message is in a quarantine.
const QUARANTINED: &[&str] = &["has been quarantined", "was quarantined", "is quarantined"];

/// Lowercase fragments saying someone can still release the message. Both
/// a quarantine and one of these are needed, because a quarantine that
/// deletes the message after a verdict is a failure.
const RELEASABLE: &[&str] = &["can release it", "release it from", "can be released"];

/// Returns the hold entry when `lower` (lowercased text) states that the
/// message is held for review and need not be resent, or that it is
/// quarantined and can still be released.
pub fn lookup(lower: &str) -> Option<&'static Entry> {
    let text = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    let says = |fragments: &[&str]| fragments.iter().any(|f| text.contains(f));
    let held = says(HELD) && says(NO_RESEND);
    let quarantined = says(QUARANTINED) && says(RELEASABLE);
    (held || quarantined).then_some(&HELD_FOR_REVIEW)
}

/// A filter's hold for review. Filtered is Sisimai's reason for a
/// recipient-side filter that keeps the message from the mailbox.
pub static HELD_FOR_REVIEW: Entry = Entry {
    id: "filter/held-for-review",
    reason: Reason::Filtered,
    what: "A filter on the recipient's side is holding your message for \
           review. It has not reached the recipient yet, and it has not \
           been returned.",
    why: "Mail filters hold messages that a rule flags, such as an \
          attachment type or a suspected spam message, in a quarantine. An \
          administrator then releases the message, which delivers it, or \
          denies it, which drops it. The notice names the rule.",
    steps: &[
        "Wait for the review: the message is delivered if it is released.",
        "If it is urgent, tell the recipient by another channel, so they \
         can ask their administrator to release it.",
    ],
    // Whoever releases the message acts: the recipient or their
    // administrator, whom the sender can ask.
    who: Actor::Recipient,
    temporary: Some(false),
    ..Entry::sourced(
        "https://developers.google.com/workspace/gmail/admin-quarantine/guides/release-deny",
        "2026-12-05",
    )
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hold_needs_both_statements() {
        let held = "your message is held for review. you do not need to resend it.";
        assert!(lookup(held).is_some());
        assert!(lookup("your message is held for review and was deleted.").is_none());
        assert!(lookup("you do not need to resend it.").is_none());
    }

    #[test]
    fn quarantine_needs_release() {
        let releasable = "your message has been quarantined. the recipient can release it.";
        assert!(lookup(releasable).is_some());
        assert!(lookup("your message was quarantined and deleted.").is_none());
    }
}
