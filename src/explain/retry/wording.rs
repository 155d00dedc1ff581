//! Sentences of the retry advice that depend on who must act: the retry
//! window, and when to send again after a final refusal.

use super::needs_fix;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Writes a retry window as the phrase that follows "keeps trying":
/// `until message is 5 days old`, `until <date>`, `for 4 days`.
pub fn window_phrase(window: &str) -> String {
    if window.ends_with(" old") {
        format!("until {window}")
    } else if window.starts_with("until ") {
        window.to_string()
    } else {
        format!("for {window}")
    }
}

/// Writes when to send again after the sending server gave up. A lasting
/// cause on the recipient's side (see [`needs_fix`]) clears only when they
/// act, so the advice names them. Passing causes such as a busy server get
/// the plain advice to try later.
pub(super) fn gave_up_resend(entry: &Entry) -> &'static str {
    let lasting = needs_fix(entry);
    match (entry.who, entry.reason) {
        (Actor::Recipient, Reason::MailboxFull) if lasting => {
            "Send the message again once the recipient has made room in the mailbox."
        }
        (Actor::Recipient, _) if lasting => {
            "Send the message again once the recipient or their mail administrator has \
             fixed the cause."
        }
        _ => "Sending the message again later can work, best once the cause is fixed.",
    }
}

/// Writes the advice for a permanent refusal. A full mailbox refuses only
/// this copy, so a new copy gets through once the recipient makes room.
/// Other causes on the recipient's side last until the recipient or their
/// administrator acts, because the sender cannot remove them alone.
pub(super) fn permanent_advice(entry_who: Actor, reason: Reason) -> &'static str {
    match (entry_who, reason) {
        (Actor::Recipient, Reason::MailboxFull) => {
            "Permanent for this message: the receiving server returned it and nothing \
             retries it. Send it again once the recipient has made room in the mailbox."
        }
        (Actor::Recipient, _) => {
            "Permanent: sending it again unchanged fails the same way until the recipient \
             or their mail administrator acts on their side, so follow the steps before \
             sending it again."
        }
        _ => "Permanent: sending again unchanged fails the same way, so fix the cause first.",
    }
}
