//! A moved mailbox whose reply names the address to use instead: RFC
//! 5321's `551 User not local; please try <forward-path>` (section 3.4),
//! or a 5.1.6 reply with `moved to` or `new address is`. The knowledge
//! entries for 551 and X.1.6 cannot know that address, so the card's
//! cause, steps and retry line are written around it here.

use crate::extract::{suggested_address, Failure};
use crate::reason::Reason;
use crate::report::{Actor, Explanation};

use super::retry::Outcome;

/// Rewrites `explanation` for a moved mailbox whose reply names a new
/// address. Leaves it unchanged for any other reason, and when the reply
/// names no address or only the failed recipient's own.
pub(super) fn name_new_address(
    failure: &Failure,
    reason: Reason,
    outcome: Outcome,
    explanation: &mut Explanation,
) {
    if reason != Reason::HasMoved {
        return;
    }
    let Some(new_address) = suggested_address(&failure.diagnostic) else {
        return;
    };
    let old_address = failure.recipient.as_deref();
    if old_address.is_some_and(|old| old.eq_ignore_ascii_case(&new_address)) {
        return;
    }
    let old = old_address.unwrap_or("the old address");
    // An auto-reply's mailbox took the message, so its entry's cause
    // (nobody reads it, the person left) stays, and only a server's
    // refusal is said to take no mail.
    let auto_reply = explanation.entry.starts_with("auto-reply/");
    if !auto_reply {
        explanation.what = format!(
            "The recipient's mailbox has moved: the receiving server no longer takes mail for \
             this address and names {new_address} as the address to use instead."
        );
    }
    explanation.steps = vec![
        format!("Send the message again to {new_address}."),
        format!("Update your contacts and lists: replace {old} with {new_address}."),
        // The address is the receiving server's text, not the recipient's
        // own word, and a forged bounce can name any address.
        format!(
            "If you do not expect {new_address}, confirm it with the recipient by another \
             channel before you send anything private there."
        ),
    ];
    explanation.who_acts = Actor::You;
    if !matches!(outcome, Outcome::Permanent | Outcome::Futile) {
        return;
    }
    explanation.retry = if auto_reply {
        format!("Permanent: nobody reads mail to {old}, so send to {new_address} instead.")
    } else {
        format!(
            "Permanent: mail to {old} fails the same way every time, so send to {new_address} \
             instead."
        )
    };
}
