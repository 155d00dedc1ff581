//! Auto-replies that give the owner's new email address ("my new address
//! is ...") in English, German, French, Spanish, Italian, Dutch and
//! Portuguese. Each gets the changed-address card with steps around the
//! new address. The wordings are constructed after the common forms,
//! because no vendor's template for them was found.

use bounce_explainer::{Actor, Reason, Recipient};

use crate::auto_reply_absences::auto_reply;
use crate::cards;

/// Replies that name the new address carol@example.org.
const NEW_ADDRESS: &[&str] = &[
    "My new email address is carol@example.org. Please update your contacts.",
    "My address has changed to carol@example.org. Please update your address book.",
    "Meine neue E-Mail-Adresse lautet carol@example.org. Bitte aktualisieren Sie Ihr \
     Adressbuch.",
    "Guten Tag, meine neue Adresse lautet ab sofort: carol@example.org",
    "Bonjour, ma nouvelle adresse est carol@example.org. Merci de mettre à jour vos contacts.",
    "Ma nouvelle adresse e-mail est désormais <carol@example.org>.",
    "Hola, mi nueva dirección es carol@example.org. Por favor, actualice sus contactos.",
    "Mi nueva dirección de correo electrónico es carol@example.org.",
    "Buongiorno, il mio nuovo indirizzo è carol@example.org. Aggiornate la rubrica, grazie.",
    "Il mio nuovo indirizzo email è: carol@example.org",
    "Goedendag, mijn nieuwe adres is carol@example.org. Wilt u uw adresboek bijwerken?",
    "Mijn nieuwe e-mailadres is carol@example.org.",
    "Olá, o meu novo endereço de e-mail é carol@example.org.",
];

#[test]
fn new_address_named_in_steps() {
    for body in NEW_ADDRESS {
        let card = cards::only(&auto_reply(body));
        let text = &card.explanation;
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{body}");
        assert_eq!(text.entry, "auto-reply/not-read", "{body}");
        assert_eq!(card.reason, Reason::HasMoved, "{body}");
        assert_eq!(text.who_acts, Actor::You, "{body}");
        assert!(card.permanent, "{body}");
        assert!(
            text.steps.iter().any(|s| s == "Send the message again to carol@example.org."),
            "{body}: {:?}",
            text.steps
        );
        let replace =
            "Update your contacts and lists: replace bob@example.net with carol@example.org.";
        assert!(text.steps.iter().any(|s| s == replace), "{body}: {:?}", text.steps);
        assert!(text.retry.contains("carol@example.org"), "{body}: {}", text.retry);
    }
}

/// A new postal or office address, or a new address that is not yet in
/// use, is no changed email address.
const OTHER_NEWS: &[&str] = &[
    "I am out of the office until Monday. Our new address is 1 Example Street, Springfield.",
    "Ich bin bis Montag nicht im Büro. Meine neue Adresse lautet Musterstraße 1, 12345 \
     Musterstadt.",
    "Je suis absent jusqu'à lundi. Ma nouvelle adresse est 1 rue de l'Exemple, Paris.",
    "I am away until Monday. My new email address is not yet active, so keep using this one.",
];

#[test]
fn other_new_address_stays_away() {
    for body in OTHER_NEWS {
        let card = cards::only(&auto_reply(body));
        assert_eq!(card.reason, Reason::Vacation, "{body}");
        assert_eq!(card.explanation.who_acts, Actor::Nobody, "{body}");
    }
}

/// Out-of-office replies that pass on the news that a shared address
/// (support, sales, info, a team's) changed. The mailbox that replied is
/// still the person's and is read after the absence.
const SHARED_ADDRESS_CHANGES: &[&str] = &[
    "I am on holiday until 10 January. Our support address has changed: the new address is \
     support@example.org.",
    "I am out of the office until Monday. Please note that the sales email address has \
     changed to sales@example.org.",
    "I am away until Friday. Our team's address has changed; please write to \
     team@example.org.",
    "Ich bin bis Montag nicht im Büro. Unsere Support-Adresse hat sich geändert: \
     support@example.org.",
];

#[test]
fn shared_address_change_stays_away() {
    for body in SHARED_ADDRESS_CHANGES {
        let card = check_out_of_office(body);
        let steps = &card.explanation.steps;
        assert!(!steps.iter().any(|s| s.contains("replace")), "{body}: {steps:?}");
    }
}

/// Checks that `body` gives an ordinary out-of-office card: delivered,
/// nothing to do, not a dead mailbox. Returns the card.
fn check_out_of_office(body: &str) -> Recipient {
    let card = cards::only(&auto_reply(body));
    let text = &card.explanation;
    assert_eq!(card.reason, Reason::Vacation, "{body}");
    assert_eq!(text.who_acts, Actor::Nobody, "{body}");
    assert!(!card.permanent, "{body}");
    assert!(!text.what.contains("Nobody reads"), "{body}: {}", text.what);
    card
}

/// Replies that announce the owner's address change for a later date
/// while this address keeps working. The message was delivered and is
/// read, so nothing has to be resent.
const FUTURE_CHANGES: &[&str] = &[
    "I am out of the office until Monday. Please note that from 1 February my new email \
     address will be carol@example.org; this address keeps working until then.",
    "From 1 March my new address will be carol@example.org. This address will continue to \
     work until the end of February.",
];

#[test]
fn future_address_change_stays_delivered() {
    for body in FUTURE_CHANGES {
        let card = cards::only(&auto_reply(body));
        let text = &card.explanation;
        assert_ne!(text.entry, "auto-reply/not-read", "{body}");
        assert_ne!(card.reason, Reason::HasMoved, "{body}");
        assert_eq!(text.who_acts, Actor::Nobody, "{body}");
        assert!(!card.permanent, "{body}");
        assert!(!text.what.contains("Nobody reads"), "{body}: {}", text.what);
        assert!(
            !text.steps.iter().any(|s| s.starts_with("Send the message again")),
            "{body}: {:?}",
            text.steps
        );
    }
}

/// Replies stating that the owner's address has not changed. The mailbox is
/// read as before, so they stay ordinary out-of-office replies.
const UNCHANGED_ADDRESSES: &[&str] = &[
    "I am out of the office until Monday. My email address has not changed; for urgent \
     matters contact bob@example.net.",
    "I am out of the office until Monday. Please note: my email address jane@example.net \
     has not changed, only my phone number.",
    "Ich bin bis 10. Januar nicht im Büro. Meine E-Mail-Adresse hat sich nicht geändert; \
     dringende Anfragen an bob@example.net.",
    "Je suis absente jusqu'au 10 janvier. Mon adresse e-mail n'a pas changé ; pour toute \
     urgence, écrivez à bob@example.net.",
];

#[test]
fn unchanged_address_stays_away() {
    for body in UNCHANGED_ADDRESSES {
        check_out_of_office(body);
    }
}
