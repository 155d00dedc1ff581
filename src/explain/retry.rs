//! Whether a failure is final, who acts next, and the retry advice.
//!
//! A bounce can report four different situations that all look like
//! errors: a delay notice (the sending server is still trying), a
//! temporary refusal pasted on its own (the server will try again), a
//! temporary refusal the sending server gave up on (nothing is queued any
//! more), and a permanent refusal. A fifth is a permanent refusal sent
//! with a temporary 4xx code (Yahoo's "will be permanently deferred;
//! Retrying will NOT succeed"): the sending server retries in vain.

mod wording;

pub use wording::window_phrase;
use wording::{gave_up_resend, permanent_advice};

use crate::extract::Failure;
use crate::knowledge::{
    auto_replies, class_decides, queue_states, sending_account, tls_required, Entry,
};
use crate::reason::Reason;
use crate::report::{Actor, InputKind};

/// The delivery state for one recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Not a failure: a delivery report, an auto-reply, a complaint.
    NotFailure,
    /// A delay notice: the sending server is still retrying.
    Delayed,
    /// A temporary refusal; the sending server retries on its own.
    Temporary,
    /// A temporary refusal the sending server stopped retrying.
    GaveUp,
    /// A permanent refusal.
    Permanent,
    /// A refusal the explanation calls permanent, sent with a 4xx reply
    /// the sending server has not given up on yet. It may keep retrying,
    /// but no retry will succeed.
    Futile,
    /// A mail program's own alert: the message never left the program, so
    /// no server queued or rejected it, and only a new send delivers it.
    NotSent,
}

/// Works out the outcome. A sending service's record that calls the
/// failure a soft bounce makes it temporary. Otherwise `temporary` is the
/// knowledge entry's own judgement, when it has one, and then the reply
/// class decides. The reply class wins over the status code's class
/// because some MTAs write a 4.x.x status over a 5xx refusal.
pub fn outcome(
    failure: &Failure,
    reason: Reason,
    temporary: Option<bool>,
    action: &str,
    kind: InputKind,
) -> Outcome {
    if reason.is_not_failure() {
        return Outcome::NotFailure;
    }
    if failure.mail_program_alert.is_some() {
        return Outcome::NotSent;
    }
    if action == "delayed" {
        return Outcome::Delayed;
    }
    let class_of =
        |f: &Failure| f.reply.as_deref().or(f.status.as_deref()).and_then(|c| c.chars().next());
    // Under a sending server's 5xx expiry verdict over the last remote
    // reply (Exchange's `550 5.4.300 Message expired -> 451 ...`), the
    // verdict is the final report and the reply's class shows whether its
    // cause was temporary.
    let last = crate::classify::last_reply(failure);
    let verdict = crate::classify::verdict_codes(failure);
    let verdict_class = verdict.reply.or(verdict.status).and_then(|c| c.chars().next());
    let expired_over_reply = last.is_some() && verdict_class == Some('5');
    let class = match &last {
        Some(reply) if expired_over_reply => class_of(reply),
        _ => class_of(failure),
    };
    // An expired message failed on causes that were each temporary (no
    // answer, deferrals), whatever code the last attempt got, so sending
    // it again later can work.
    // A network error without any code means no receiving server replied
    // (connection refused or timed out), and senders retry that. A
    // code-less system error is a fault in the receiver's own system, so a
    // later resend can work once its operators fix it.
    let temporary_class = match class {
        Some(class) => class == '4',
        None => matches!(reason, Reason::NetworkError | Reason::SystemError),
    };
    let is_temporary =
        reason == Reason::Expired || failure.soft_bounce || temporary.unwrap_or(temporary_class);
    // A bounce message, a DSN with action "failed", or pasted text that
    // states a final failure is the sending server's final report.
    // Pasted text that does not say so may come from a delay warning, so
    // it gets the same advice as a reply line pasted on its own, unless
    // it is the sending server's own sentence (see [`assumed_final`]). A
    // 5xx reply is final on its own: the sending server never retries
    // after one, even when the entry knows the cause to be temporary.
    let final_report = failure.action.is_some()
        || kind == InputKind::Email
        || class == Some('5')
        || expired_over_reply
        || assumed_final(failure, reason);
    if !is_temporary {
        return match class == Some('4') && !final_report {
            true => Outcome::Futile,
            false => Outcome::Permanent,
        };
    }
    if final_report || reason == Reason::Expired {
        Outcome::GaveUp
    } else {
        Outcome::Temporary
    }
}

/// True when a failure is read as final only because nothing states
/// otherwise: a network, system or delivery program error with no reply
/// code and no delivery action. No receiving server replied, so the line
/// is the sending server's own sentence, which reaches a user in a
/// returned message or a delay notice. The extract stage marks a delay notice's
/// failures `delayed` by its wording ("will be retried", "Action:
/// delayed"), so without that mark the sending server most likely gave up.
/// A status code the text or Postfix's table adds (`4.4.2`) does not
/// change that, because both notices carry it.
pub fn assumed_final(failure: &Failure, reason: Reason) -> bool {
    failure.reply.is_none()
        && failure.action.is_none()
        && matches!(reason, Reason::NetworkError | Reason::SystemError | Reason::MailerError)
}

/// Returns the entry's judgement of whether its cause passes. An entry
/// that leaves the delivery to the sending server's retries (who acts:
/// wait) has a passing cause, and so has a rate or connection limit that
/// does not call itself lasting: the limit lifts once the sender slows
/// down, whoever has to slow it. So a 5xx reply with such an entry means
/// that the server gave up and the message can be sent again later, not
/// that every resend fails.
pub fn entry_temporary(entry: &Entry) -> Option<bool> {
    let rate_limit = matches!(entry.reason, Reason::Speeding | Reason::TooManyConn);
    match entry.who {
        _ if rate_limit => entry.temporary.or(Some(true)),
        Actor::Wait => entry.temporary.or(Some(true)),
        _ => entry.temporary,
    }
}

/// Per-mailbox receiving limits: the recipient gets mail faster than
/// Gmail, Yahoo, iCloud, Exchange Online or a Sophos Email customer's
/// policy allows. The limit lifts on its
/// own, and Google's list of SMTP errors
/// (https://support.google.com/a/answer/3726730) and Microsoft's NDR table
/// for 5.2.121 and 5.2.122 ask the sender to resend later, so nobody has
/// a setting to fix.
pub(crate) const RECEIVING_RATE_LIMITS: &[&str] = &[
    "google/receiving-rate",
    "yahoo/receiving-fast",
    "apple/excessive-volume",
    "microsoft/sender-hourly-limit",
    "microsoft/recipient-hourly-limit",
    "sophos/XGEMAIL_0015",
];

/// Returns the party who acts next, given the explanation's own choice.
/// An entry that leaves the retry to the sending server (greylisting)
/// falls to the administrator once that server has given up, except a
/// receiving limit (see [`RECEIVING_RATE_LIMITS`]), which falls to the
/// sender to resend later. After a
/// pasted 4xx reply the sending server retries, so the card waits unless
/// the cause lasts until someone fixes it (see [`needs_fix`]). A delay
/// notice waits unless a lasting cause fails every queued retry and a
/// fix lets the queued copy through (see [`retries_wait_for_fix`]).
pub fn who_acts(outcome: Outcome, entry: &Entry) -> Actor {
    match outcome {
        // No server queued a message that the sender's own outgoing
        // server refused, so waiting alone does not send it.
        Outcome::Temporary if needs_fix(entry) || sending_account::is_submission_refusal(entry) => {
            entry.who
        }
        Outcome::Delayed if retries_wait_for_fix(entry) || queue_states::is_queue_hold(entry) => {
            entry.who
        }
        Outcome::Delayed | Outcome::Temporary => Actor::Wait,
        Outcome::GaveUp if RECEIVING_RATE_LIMITS.contains(&entry.id) => Actor::You,
        Outcome::GaveUp | Outcome::Futile if entry.who == Actor::Wait => Actor::Admin,
        Outcome::NotFailure
        | Outcome::GaveUp
        | Outcome::Permanent
        | Outcome::Futile
        | Outcome::NotSent => entry.who,
    }
}

/// True when an entry's cause outlasts the sending server's retries
/// until someone acts: a listing, a poor IP reputation, a missing PTR
/// record, a full or disabled mailbox, a refused sender or content.
/// Causes that pass on their own (a rate limit, a busy or failing server,
/// greylisting, an entry marked temporary, a listing whose 4xx form
/// expires on its own) and vague ones leave the retry to the server.
/// Callers ask only about refusals with a temporary class and about
/// delays, where such a listing is the short-lived one.
pub fn needs_fix(entry: &Entry) -> bool {
    use Reason::*;
    entry.temporary != Some(true)
        && entry.who != Actor::Wait
        && !class_decides::expires_when_deferred(entry)
        && matches!(
            entry.reason,
            Blocked
                | BadReputation
                | RequirePtr
                | AuthFailure
                | MailboxFull
                | Suspend
                | Rejected
                | NoRelaying
                | PolicyViolation
                | SpamDetected
                | VirusDetected
                | ContentError
                | NotCompliantRfc
                | MesgTooBig
                | ExceedLimit
                | UserUnknown
                | HostUnknown
                | HasMoved
                | Filtered
                | Suppressed
        )
}

/// True when a lasting cause (see [`needs_fix`]) lies in the sending
/// server's standing with the receiver, such as a listing, a poor IP
/// reputation, a missing PTR record, a refused HELO name or failed SPF.
/// Every queued retry fails until the sender's side fixes it, and the fix
/// lets the queued copy through. Causes in the message itself (its
/// content, size or recipient address) are left out, because no fix
/// reaches the queued copy.
pub fn sender_must_fix(entry: &Entry) -> bool {
    use Reason::*;
    needs_fix(entry)
        && matches!(entry.who, Actor::You | Actor::Admin)
        && matches!(entry.reason, Blocked | BadReputation | RequirePtr | AuthFailure)
}

/// True when every queued retry fails until someone fixes a lasting
/// cause, and that fix lets the queued copy through. Such a cause is the
/// sending server's standing (see [`sender_must_fix`]) or a TLS
/// requirement between the two servers, which either side may have to
/// change.
pub fn retries_wait_for_fix(entry: &Entry) -> bool {
    sender_must_fix(entry) || tls_required::is_connection_requirement(entry)
}

/// Writes the retry advice in one or two sentences. `window` is the
/// retry period a delay notice states, in its own words (`4 days`,
/// `message is 5 days old`), or its deadline (`until <date>`). `entry` is
/// the knowledge entry: a cause that lasts until someone fixes it, or one
/// the recipient's side must remove, gets advice that names that fix.
pub fn advice(outcome: Outcome, window: Option<&str>, entry: &Entry) -> String {
    match outcome {
        Outcome::NotFailure => "Nothing to retry: this is not a delivery failure.".into(),
        Outcome::Delayed if queue_states::is_queue_hold(entry) => "Held, not retried: the \
                               message stays in the sending server's queue, with no delivery \
                               attempt, until an administrator releases it. Do not resend it."
            .into(),
        Outcome::Delayed => {
            let period = window
                .map(|w| format!(" It keeps trying {}.", window_phrase(w)))
                .unwrap_or_default();
            let until_fixed = match (retries_wait_for_fix(entry), entry.who) {
                (true, Actor::Recipient) => {
                    " Those retries keep failing until the recipient's side fixes the \
                         cause, so tell the recipient before the sending server gives up."
                }
                (true, _) => {
                    " Those retries keep failing until the cause is fixed, so fix it \
                         before the sending server gives up."
                }
                (false, _) => "",
            };
            // A copy sent to a corrected address is a new message, not a
            // duplicate of the queued one, and the steps of these entries
            // ask for it.
            let no_resend = match may_be_mistyped(entry) {
                true => {
                    "Do not resend it to the same address. If the address has a typing \
                         error, send the message to the corrected address."
                }
                false => "Do not resend it.",
            };
            format!(
                "Not failed yet: the message is still queued and the sending server \
                 is retrying on its own.{period}{until_fixed} {no_resend} A final \
                 notice follows only if it gives up."
            )
        }
        Outcome::Temporary if sending_account::is_submission_refusal(entry) => {
            "Temporary, but not \
                               queued: your own outgoing server refused to take the message, so \
                               no server retries it. A mail program keeps it in the Outbox and \
                               tries again; a script or application has to send it again itself, \
                               later."
                .into()
        }
        Outcome::Temporary if needs_fix(entry) => "Temporary: the sending server retries on its \
                               own for a while, and a retry gets through only once the cause \
                               is gone. Send the message again by hand only if a final failure \
                               notice arrives."
            .into(),
        Outcome::Temporary => "Temporary: the sending server retries on its own for a while, \
                               so do not resend by hand yet."
            .into(),
        Outcome::GaveUp => format!(
            "The cause was temporary, but the sending server has stopped retrying and \
             nothing is queued any more. {}",
            gave_up_resend(entry)
        ),
        Outcome::Permanent if auto_replies::is_hold(entry) => "Held, not returned: the message \
                               waits on the recipient's side until the steps below release it. \
                               Sending it again only adds a second held copy."
            .into(),
        Outcome::Permanent if auto_replies::is_deleted(entry) => "Not kept: the recipient's \
                               mailbox took the message but deletes it or leaves it unread, so \
                               no server delivers it again. Send it again after the return date \
                               the reply gives, because a copy sent before then is not read \
                               either."
            .into(),
        Outcome::Permanent if auto_replies::is_member_notice(entry) => "Nothing to resend: \
                               no message of yours failed. The list's later mail reaches you \
                               once your mailbox accepts it again and, if the list disabled \
                               your membership, once you re-enable it."
            .into(),
        Outcome::Permanent if auto_replies::is_unread(entry) => "Permanent: the message \
                               reached a mailbox that nobody reads, and a copy sent there \
                               again is not read either."
            .into(),
        Outcome::Permanent => permanent_advice(entry.who, entry.reason).into(),
        Outcome::Futile => "Permanent in effect: the reply carries a temporary 4xx code, so \
                            the sending server may go on trying until the message expires, \
                            but no retry will succeed until the cause is fixed."
            .into(),
        // NOTE: whether each program also retries from its Outbox on its
        // own is not checked, so the advice asks for a new send.
        Outcome::NotSent => "Not sent: the message never left your mail program, so no \
                             server retries it. It usually waits in the Outbox: send it again \
                             from there once the steps are done."
            .into(),
    }
}

/// True when the refused address itself may be mistyped: an unknown
/// mailbox or an unknown domain.
fn may_be_mistyped(entry: &Entry) -> bool {
    matches!(entry.reason, Reason::UserUnknown | Reason::HostUnknown)
}

#[cfg(test)]
mod tests;
