//! Auto-replies that tell of a departure in the third person ("Bob has
//! left Example Org", "This person no longer works here"). They read like
//! the first-person "I have left" reply: nobody reads the mailbox, so the
//! sender writes to the new contact and removes the address. An absence
//! worded the same way ("has left for the day") stays an out-of-office
//! reply. The wordings are constructed, because no vendor's template for
//! them was found.

use bounce_explainer::{Actor, Reason};

use crate::auto_reply_absences::auto_reply;
use crate::cards;

/// Third-person departures, each without a return date.
const DEPARTED: &[&str] = &[
    "Bob has left Example Org. Please contact our office at +1 555 0100 for any \
     matter he handled.",
    "Bob Smith has left Example Org for a new role. This mailbox is no longer monitored.",
    "Dr. Bob Smith has left Example University. His students should write to the \
     department secretary.",
    "Bob Smith is no longer with Example Org. Please remove this address from your \
     mailing lists.",
    "Bob Smith is no longer employed by Example Org.",
    "This person no longer works here. Please remove this address from your contacts.",
];

#[test]
fn third_person_departure_departed() {
    for body in DEPARTED {
        let card = cards::only(&auto_reply(body));
        let text = &card.explanation;
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{body}");
        assert_eq!(text.entry, "auto-reply/departed", "{body}");
        assert_eq!(card.reason, Reason::HasMoved, "{body}");
        assert_eq!(text.who_acts, Actor::You, "{body}");
        assert!(card.permanent, "{body}");
        assert!(text.steps.iter().any(|s| s.contains("Replace the old address")), "{body}");
        assert!(text.retry.contains("nobody reads"), "{body}: {}", text.retry);
    }
}

/// A departure that names the new contact gets steps around that address,
/// as the first-person form does.
#[test]
fn third_person_departure_names_contact() {
    let body = "Bob has left Example Org. Please use carol@example.org for all matters.";
    let card = cards::only(&auto_reply(body));
    let steps = &card.explanation.steps;
    assert_eq!(card.explanation.entry, "auto-reply/departed");
    assert!(steps.iter().any(|s| s == "Send the message again to carol@example.org."), "{steps:?}");
    assert!(card.explanation.retry.contains("carol@example.org"), "{}", card.explanation.retry);
}

/// Absences and other acts worded with "has left": the person reads the
/// message later.
const AWAY: &[&str] = &[
    "Bob has left for the day. For urgent matters please call +1 555 0100.",
    "Bob has left the office early today. Please contact carol@example.org if it is urgent.",
    "Bob has left on holiday. Please contact carol@example.org in the meantime.",
    "Bob has left a note for you at reception.",
    "Bob has left already; our office closes at 4 pm on Fridays.",
    "Bob has left the building for a client meeting.",
    "Bob has left. He is back tomorrow morning.",
];

#[test]
fn has_left_absence_stays_away() {
    for body in AWAY {
        let card = cards::only(&auto_reply(body));
        assert_eq!(card.reason, Reason::Vacation, "{body}");
        assert_eq!(card.explanation.who_acts, Actor::Nobody, "{body}");
    }
}
