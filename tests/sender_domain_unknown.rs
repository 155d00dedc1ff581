//! A reply stating that the envelope sender's domain does not resolve
//! (qmail's "sorry, your envelope sender domain must exist", Postfix's
//! "Sender address rejected: Domain not found") is a refused sender,
//! fixed in the sender's DNS, never an unknown recipient domain.

use crate::cards;

use bounce_explainer::{Actor, Reason};
use cards::{card, only};

/// Replies whose envelope sender domain does not resolve, as MTAs word
/// them, and whether each is permanent.
const SENDER_DOMAIN_REPLIES: &[(&str, bool)] = &[
    ("553 sorry, your envelope sender domain must exist (#5.7.1)", true),
    ("Remote host said: 553 sorry, your envelope sender domain must exist (#5.7.1)", true),
    (
        "<bob@example.net>: host mx.example.net[198.51.100.20] said: 553 sorry, \
         your envelope sender domain must exist (#5.7.1) (in reply to MAIL FROM command)",
        true,
    ),
    ("553 5.1.8 sorry, your envelope sender domain must exist", true),
    ("550 5.1.8 <bounce@nope.example.org>: Sender address rejected: Domain not found", true),
    ("450 4.1.8 <bounce@nope.example.org>: Sender address rejected: Domain not found", false),
    ("550 5.7.1 Sender domain does not exist", true),
    ("451 4.1.8 Sender domain not found", false),
    ("553 5.1.8 MAIL FROM domain has no MX or A record", true),
];

#[test]
fn sender_domain_is_rejected_sender() {
    for (reply, permanent) in SENDER_DOMAIN_REPLIES {
        let r = only(reply);
        assert_eq!(r.reason, Reason::Rejected, "{reply}");
        assert_eq!(r.permanent, *permanent, "{reply}");
        assert_eq!(r.explanation.entry, "status/X.1.8", "{reply}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{reply}");
    }
}

#[test]
fn sender_domain_card_names_sender() {
    for (reply, permanent) in SENDER_DOMAIN_REPLIES {
        let r = only(reply);
        let card = card(&r);
        assert!(card.contains("sender's domain"), "{reply}: {card}");
        assert!(card.contains("mx"), "{reply}: {card}");
        assert!(!card.contains("recipient's domain"), "{reply}: {card}");
        assert!(!card.contains("domain of the recipient"), "{reply}: {card}");
        let retry = r.explanation.retry.to_lowercase();
        let expected = if *permanent { "permanent" } else { "temporary" };
        assert!(retry.starts_with(expected), "{reply}: {retry}");
        assert!(r.sender_ip.is_none(), "{reply}");
        for note in &r.notes {
            let message = note.message.to_lowercase();
            assert!(!message.contains("recipient domain"), "{reply}: {message}");
            assert!(!message.contains("misleading"), "{reply}: {message}");
        }
    }
}

/// A recipient domain that does not exist keeps its own reading.
#[test]
fn unknown_recipient_domain_stays_hostunknown() {
    for reply in [
        "550 5.1.2 <someone@nope.example.org>: Recipient address rejected: Domain not found",
        "550 5.1.2 Host unknown (Name server: nope.example.org: host not found)",
        "553 sorry, recipient domain must exist (#5.1.2)",
    ] {
        let r = only(reply);
        assert_eq!(r.reason, Reason::HostUnknown, "{reply}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{reply}");
    }
}
