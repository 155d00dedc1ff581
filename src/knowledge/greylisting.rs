//! Greylisting: a receiver rejects the first delivery attempt from a
//! sender it has not seen before with a temporary (4xx) reply and accepts
//! the same message when the sending server retries after a delay. Bulk
//! software that never retries is kept out, and ordinary mail only arrives
//! later. While the message is queued nobody has to act, and it must not
//! be resent by hand. A final bounce that quotes a greylisting reply means
//! the sending server gave up first, so [`GAVE_UP`] explains it instead.
//!
//! Sisimai has no reason for it, and its spam table contains one
//! greylisting wording ("Greylisted, please try again in"), which reads
//! as a spam verdict. The entry here reports `onhold`, the reason Sisimai
//! gives a failure whose cause is not settled, because the receiver has
//! not judged the message at all.

use super::{Entry, Match};
use crate::reason::Reason;
use crate::report::Actor;

/// Lowercase fragments that name greylisting in a receiver's reply:
/// Postgrey's "Greylisted, see https://postgrey.schweikert.ch/help/...",
/// milter-greylist's "Greylisting in action, please come back later", and
/// the "graylist" and "grey-listed" spellings some servers use.
const PHRASES: &[&str] = &[
    "greylist",
    "graylist",
    "grey-list",
    "gray-list",
    "grey listed",
    "gray listed",
    "grey listing",
    "gray listing",
];

/// The explanation of a greylisting deferral.
pub static ENTRY: Entry = Entry {
    id: "practice/greylisting",
    reason: Reason::OnHold,
    what: "The receiving server deferred the message on purpose \
           (greylisting) and will accept it when the sending server tries \
           again.",
    why: "Greylisting servers turn away the first attempt from a sender \
          they do not know yet. Mail servers retry on their own and are let \
          through on a later attempt, while most bulk-mailing software \
          never retries. It says nothing bad about the message or the \
          sender.",
    steps: &[
        "Nothing to do: the sending server retries by itself, and the \
         receiver accepts the message on a later attempt, usually within \
         an hour.",
        "Do not resend it by hand, or the recipient may get it twice.",
        "If it is still not delivered after several hours, send the bounce \
         to your mail administrator: the server may not be retrying, or it \
         may retry from changing IP addresses that the greylist treats as \
         new each time.",
    ],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc6647",
    checked: "2026-12-04",
};

/// The explanation of a greylisting deferral that the sending server gave
/// up on: its bounce is final, so nothing is queued and waiting no longer
/// helps.
pub static GAVE_UP: Entry = Entry {
    id: "practice/greylisting-gave-up",
    reason: Reason::OnHold,
    what: "The receiving server deferred the message on purpose \
           (greylisting), and the sending server gave up before a retry \
           got through, so the message was dropped.",
    why: "Greylisting servers turn away the first attempt from a sender \
          they do not know yet and accept a retry that comes later from the \
          same address. Here no retry was accepted before the sending \
          server stopped trying. It says nothing bad about the message or \
          the sender.",
    steps: &[
        "Send the message again: nothing is queued any more, and the \
         receiver has not refused the message itself.",
        "Send the bounce to your mail administrator to check why the \
         retries did not get through. A retry interval too long for the \
         greylist's retry window, a queue lifetime too short for a second \
         attempt, or a pool of sending IP addresses that changes address \
         between attempts keeps the greylist from ever recognising the \
         sender.",
    ],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc6647",
    checked: "2026-12-04",
};

/// Returns the explanation that fits a final bounce: [`GAVE_UP`] in place
/// of the greylisting entry, whose advice to wait only holds while the
/// message is still queued, and any other entry unchanged.
pub fn after_final_bounce(entry: &'static Entry) -> &'static Entry {
    if std::ptr::eq(entry, &ENTRY) {
        &GAVE_UP
    } else {
        entry
    }
}

/// Returns the greylisting entry when `lower` (the lowercase reply)
/// names greylisting and `reply`, the reply code, is not a permanent 5xx.
/// A 5xx reply that mentions greylisting is a final refusal, whatever its
/// wording, so it keeps its own explanation.
pub fn lookup(lower: &str, reply: Option<&str>) -> Option<Match> {
    if reply.is_some_and(|code| code.starts_with('5')) {
        return None;
    }
    PHRASES.iter().any(|p| lower.contains(p)).then(|| Match::entry(&ENTRY))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgrey_reply_matches() {
        let lower = "450 4.2.0 <bob@example.org>: recipient address rejected: \
                     greylisted, see https://postgrey.schweikert.ch/help/example.org.html";
        assert!(lookup(lower, Some("450")).is_some());
    }

    #[test]
    fn milter_greylist_reply_matches() {
        let lower = "451 4.7.1 greylisting in action, please come back later";
        assert!(lookup(lower, Some("451")).is_some());
        assert!(lookup(lower, None).is_some());
    }

    #[test]
    fn permanent_reply_not_matched() {
        let lower = "554 5.7.1 greylisted too often, message rejected";
        assert!(lookup(lower, Some("554")).is_none());
    }

    #[test]
    fn other_deferral_not_matched() {
        let lower = "421 4.7.0 try again later, closing connection";
        assert!(lookup(lower, Some("421")).is_none());
    }
}
