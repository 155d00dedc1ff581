//! A bare reply about the sender's own account names that account by its
//! address. The card must not show it as the recipient, and a note names
//! that account as the sender's. Documentation addresses only.

use crate::cards;

use cards::only;

/// Returns the card's notes joined, for a contains check.
fn notes(card: &bounce_explainer::Recipient) -> String {
    card.notes.iter().map(|n| n.message.as_str()).collect::<Vec<_>>().join(" ")
}

#[test]
fn sending_account_not_recipient() {
    for reply in [
        "550 5.4.6 Sending quota exceeded: Daily sending limit of 3000 messages reached for alice@example.com\n",
        "554 5.7.1 Message rejected: Sending quota exceeded for user alice@example.com.\n",
        "451 4.7.1 Sending quota exceeded for <alice@example.com>, try again later\n",
        "550 5.7.1 Your account alice@example.com has been suspended because of spam complaints.\n",
    ] {
        let card = only(reply);
        assert_eq!(card.recipient, None, "{reply}");
        let notes = notes(&card);
        assert!(notes.contains("names alice@example.com as the sending account"), "{reply}: {notes}");
    }
}

#[test]
fn recipient_address_kept() {
    // A recipient's own mailbox quota, and a sending limit the reply
    // reports against the recipient's address, keep the address.
    for reply in [
        "552 5.2.2 <bob@example.org>: Recipient address rejected: mailbox quota exceeded\n",
        "550 5.4.6 <bob@example.org>: Sending quota exceeded\n",
    ] {
        let card = only(reply);
        assert_eq!(card.recipient.as_deref(), Some("bob@example.org"), "{reply}");
        assert!(!notes(&card).contains("sending account"), "{reply}");
    }
}

#[test]
fn bounce_recipient_kept() {
    // Inside a bounce the recipient comes from the bounce, so an account
    // named in the reply changes nothing about it.
    let text = "From: MAILER-DAEMON@mail.example.com\nTo: alice@example.com\n\
        Subject: Undelivered Mail Returned to Sender\n\n\
        <bob@example.org>: host smtp.example.com[192.0.2.10] said: 550 5.4.6 Sending quota \
        exceeded for alice@example.com (in reply to MAIL FROM command)\n";
    let report = bounce_explainer::explain(text);
    let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, [Some("bob@example.org")], "{report:#?}");
}
