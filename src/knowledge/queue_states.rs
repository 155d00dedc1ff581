//! States of a message in the sending server's own queue that are neither
//! a delivery attempt nor a failure. A message on hold waits for an
//! administrator, and Exim's wait for a host's retry time passes on its
//! own. Both report `onhold`, the reason Sisimai gives a failure whose
//! cause is not settled, because no receiver judged the message.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Lowercase fragments of Exim's log text for an attempt skipped because
/// the retry time has not come: `retry time not reached for any host`
/// (remote), `Retry time not yet reached` (local), `retry time not
/// reached` (routing).
const RETRY_WAIT: &[&str] = &["retry time not reached", "retry time not yet reached"];

/// Exim's texts when it gives up on an address because its hosts have
/// been failing past the retry rule's cutoff: `retry time not reached for
/// any host after a long failure period` and `all hosts for 'example.net'
/// have been failing for a long time (and retry time not reached)`. That
/// is an expiry, not a wait.
const RETRY_CUTOFF: &[&str] = &["after a long failure period", "have been failing for a long time"];

/// Returns the retry wait entry when `lower` (lowercased text) is Exim's
/// `retry time not reached` and not one of its expiry texts.
pub fn retry_wait(lower: &str) -> Option<&'static Entry> {
    let waits = RETRY_WAIT.iter().any(|fragment| lower.contains(fragment));
    let expired = RETRY_CUTOFF.iter().any(|fragment| lower.contains(fragment));
    (waits && !expired).then_some(&EXIM_RETRY_WAIT)
}

/// True for the entry of a message on hold in the sending server's queue.
pub fn is_queue_hold(entry: &Entry) -> bool {
    entry.id == HELD_IN_QUEUE.id
}

/// Exim's wait for a retry time. The Exim FAQ (Q0608) reads: a previous
/// attempt failed with a temporary error, Exim computed the earliest time
/// to try again, and until then it logs "retry time not reached" and
/// leaves the message in the queue without an attempt.
pub static EXIM_RETRY_WAIT: Entry = Entry {
    id: "queue/exim-retry-wait",
    reason: Reason::OnHold,
    what: "The message is still queued. An earlier attempt to deliver to this \
           host or address failed, and Exim waits for its next retry time \
           before trying again.",
    why: "Exim keeps a retry time for each remote host, and for each address \
          of a local delivery. Until that time comes, every queue run logs \
          \"retry time not reached\" and leaves the message queued without \
          trying. The cause is the error of the earlier attempt, logged on an \
          earlier == line for the same host or address.",
    steps: &[
        "Look in the sending server's main log for the earlier == line of \
         this address or host: its error is the cause.",
        "Ask the administrator to run exinext with the address, which shows \
         when Exim tries next.",
        "Wait: Exim tries again at that time on its own.",
    ],
    who: Actor::Wait,
    temporary: Some(true),
    ..Entry::sourced("https://github.com/Exim/exim/wiki/Q0608", "2026-12-05")
};

/// A message on hold in the sending server's queue. Postfix's postqueue(1)
/// marks a message in its hold queue with `!` after the queue id, and
/// postsuper(1) puts one there with `-h` and releases it with `-H`. Exim
/// lists a frozen message with `*** frozen ***`, and `exim -Mt` thaws it.
pub static HELD_IN_QUEUE: Entry = Entry {
    id: "queue/held",
    reason: Reason::OnHold,
    what: "The message is on hold in the sending server's queue. The server \
           makes no delivery attempt and returns nothing until someone \
           releases it.",
    why: "A Postfix server moves a message to its hold queue when an \
          administrator runs postsuper -h or a header or body check returns \
          HOLD. Exim freezes a message after some delivery errors, or when \
          an administrator runs exim -Mf. A held or frozen message stays in \
          the queue until an administrator releases it or deletes it.",
    steps: &[
        "Ask the sending server's administrator why the message is held: \
         the mail log names the check or the command that held it.",
        "Once the cause is cleared, the administrator releases it \
         (postsuper -H with the queue id in Postfix, exim -Mt with the \
         message id in Exim), and the server tries to deliver it again.",
        "Do not resend it: the held copy is delivered once it is released.",
    ],
    who: Actor::Admin,
    temporary: Some(true),
    ..Entry::sourced("https://www.postfix.org/postsuper.1.html", "2026-12-05")
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_wait_wordings() {
        let waits = [
            "r=dnslookup t=remote_smtp defer (-53): retry time not reached for any host for 'example.net'",
            "routing defer (-51): retry time not reached",
            "r=local_user t=mail_spool defer (-52): retry time not yet reached",
        ];
        for text in waits {
            assert!(retry_wait(text).is_some(), "{text}");
        }
    }

    #[test]
    fn retry_cutoff_is_no_wait() {
        let expired = [
            "retry time not reached for any host after a long failure period",
            "all hosts for 'example.net' have been failing for a long time (and retry time not reached)",
        ];
        for text in expired {
            assert!(retry_wait(text).is_none(), "{text}");
        }
        assert!(retry_wait("retry timeout exceeded").is_none());
    }
}
