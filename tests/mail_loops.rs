//! Postfix's `mail for example.com loops back to myself`: the MX for the
//! recipient's domain names the sending server, which does not take mail
//! for that domain. Postfix logs it with `dsn=5.4.6, status=bounced`
//! and returns the message at once, so the card must not wait for a
//! retry, and an administrator must fix the MX record or the sending
//! server's list of local domains.

use bounce_explainer::{explain, Actor, Reason, Recipient};

fn recipient(text: &str, address: &str) -> Recipient {
    let report = explain(text);
    let found = report.recipients.into_iter().find(|r| r.recipient.as_deref() == Some(address));
    found.unwrap_or_else(|| panic!("no card for {address} in {text}"))
}

/// The loop line pasted alone, inside a Postfix bounce, and among other
/// recipients with and without codes.
const LOOPS: &[&str] = &[
    "<dave@example.com>: mail for example.com loops back to myself\n",
    "This is the mail system at host mail.example.com.\n\n\
     I'm sorry to have to inform you that your message could not\n\
     be delivered to one or more recipients.\n\n\
     <dave@example.com>: mail for example.com loops back to myself\n",
    "This is the mail system at host mail.example.com.\n\n\
     <bob@example.org>: host mx.example.org[198.51.100.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\n\
     <carol@example.net>: Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again\n\n\
     <dave@example.com>: mail for example.com loops back to myself\n",
];

#[test]
fn loop_card_is_permanent() {
    for text in LOOPS {
        let card = recipient(text, "dave@example.com");
        let retry = &card.explanation.retry;
        assert!(retry.starts_with("Permanent"), "{retry}\n{text}");
        assert_eq!(card.status.as_deref(), Some("5.4.6"), "{text}");
    }
}

#[test]
fn loop_card_names_administrator() {
    for text in LOOPS {
        let card = recipient(text, "dave@example.com");
        assert_eq!(card.explanation.who_acts, Actor::Admin, "{text}");
        assert_eq!(card.reason, Reason::NetworkError, "{text}");
        assert!(card.explanation.why.contains("loop"), "{}", card.explanation.why);
    }
}

#[test]
fn loop_keeps_other_cards() {
    let text = LOOPS[2];
    let name_error = recipient(text, "carol@example.net");
    assert_eq!(recipient(text, "bob@example.org").reason, Reason::UserUnknown);
    assert_ne!(name_error.status.as_deref(), Some("5.4.6"));
}
