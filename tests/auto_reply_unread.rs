//! Auto-replies saying that nobody reads the mailbox: the address has
//! changed, is no longer read, or takes no incoming mail. The message
//! reached a mailbox but no person, so the card tells the sender to write
//! where the reply points and to update the contact, not "nothing to do".

use bounce_explainer::{explain, Actor, Reason, Recipient, Report};

/// Wraps a body in the headers an auto-reply from bob@example.org carries.
fn auto_reply(subject: &str, body: &str) -> String {
    format!(
        "From: Bob Smith <bob@example.org>\nTo: alice@example.com\nSubject: {subject}\n\
         Auto-Submitted: auto-replied\nContent-Type: text/plain; charset=utf-8\n\n{body}"
    )
}

fn only(report: &Report) -> &Recipient {
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    &report.recipients[0]
}

/// Replies from a mailbox that is no longer read, in the wordings of a
/// changed address, an unread or unmonitored mailbox and an address that
/// takes no incoming mail. The wordings are constructed, because no
/// vendor's template for them was found.
const UNREAD: &[&str] = &[
    "My email address has changed. Please use carol@example.net from now on; \
     this mailbox is no longer read.\n",
    "Thank you for your message. This address does not accept incoming mail; \
     please use our contact form.\n",
    "This mailbox is no longer monitored. Please send your message to \
     support@example.org instead.\n",
    "Please note that my e-mail address has changed to bob.smith@example.net.\n\
     Please update your address book.\n",
    "This is an unmonitored mailbox. Please write to info@example.org.\n",
    "This email address is no longer in use. Please contact us through \
     https://www.example.org/contact.\n",
    "Dieses Postfach wird nicht mehr gelesen. Bitte schreiben Sie an info@example.org.\n",
    "Cette adresse n'est plus consultée. Merci d'écrire à contact@example.org.\n",
];

#[test]
fn unread_mailbox_needs_new_address() {
    for body in UNREAD {
        let report = explain(&auto_reply("Automatic reply: Quarterly figures", body));
        let card = only(&report);
        let text = &card.explanation;
        assert_eq!(card.recipient.as_deref(), Some("bob@example.org"), "{body}");
        assert_eq!(text.entry, "auto-reply/not-read", "{body}");
        assert_eq!(card.reason, Reason::HasMoved, "{body}");
        assert_eq!(card.action, "failed", "{body}");
        assert_eq!(text.who_acts, Actor::You, "{body}");
        assert!(card.permanent, "{body}");
        assert!(!card.held, "{body}");
        assert!(text.what.contains("Nobody reads"), "{}", text.what);
        assert!(text.steps.iter().any(|s| s.contains("contacts")), "{:?}", text.steps);
        assert!(text.retry.starts_with("Permanent"), "{}", text.retry);
        assert!(text.retry.contains("nobody reads"), "{}", text.retry);
        assert!(!text.retry.contains("fails the same way"), "{}", text.retry);
        assert!(!report.summary.contains("not a delivery failure"), "{}", report.summary);
    }
}

/// A reply that says the person left names the departure, even when it
/// also says the mailbox is not read.
#[test]
fn departure_outranks_unread() {
    let body = "Bob no longer works at Example Org. This mailbox is no longer read.\n";
    let report = explain(&auto_reply("Automatic reply: Quarterly figures", body));
    let card = only(&report);
    assert_eq!(card.explanation.entry, "auto-reply/departed");
    assert_eq!(card.explanation.who_acts, Actor::You);
    assert!(card.explanation.retry.contains("nobody reads"), "{}", card.explanation.retry);
}

/// An out-of-office reply saying the mailbox is not watched while the
/// person is away is still an ordinary out-of-office reply.
const AWAY: &[&str] = &[
    "I am on leave until 14 December. This mailbox is not monitored while I am away.\n\
     Please contact carol@example.org.\n",
    "I am out of the office until Monday and this is an unmonitored inbox during my \
     absence. I will read your message when I return.\n",
];

#[test]
fn away_unmonitored_stays_delivered() {
    for body in AWAY {
        let report = explain(&auto_reply("Automatic reply: Quarterly figures", body));
        let card = only(&report);
        assert_eq!(card.reason, Reason::Vacation, "{body}");
        assert_eq!(card.explanation.who_acts, Actor::Nobody, "{body}");
    }
}

/// A reply that names the new address gets steps and a retry line around
/// it, while the cause stays the auto-reply's: the server took the message.
#[test]
fn named_new_address_in_steps() {
    let cases = [
        (
            "My email address has changed. Please use carol@example.net from now on; \
             this mailbox is no longer read.\n",
            "auto-reply/not-read",
        ),
        (
            "Bob has left the company. Please use carol@example.net for all matters.\n",
            "auto-reply/departed",
        ),
    ];
    for (body, entry) in cases {
        let report = explain(&auto_reply("Automatic reply: Quarterly figures", body));
        let text = &only(&report).explanation;
        assert_eq!(text.entry, entry, "{body}");
        assert!(!text.what.contains("receiving server"), "{}", text.what);
        assert!(
            text.steps.iter().any(|s| s == "Send the message again to carol@example.net."),
            "{:?}",
            text.steps
        );
        assert!(text.retry.contains("carol@example.net"), "{}", text.retry);
        assert!(!text.retry.contains("fails the same way"), "{}", text.retry);
    }
}
