//! Out-of-office replies that also mention something that "no longer
//! works", a colleague's move, a changed postal address or an office
//! closure. The person comes back and reads the message, so the card
//! stays "not a delivery failure". Replies whose deciding sentence is
//! about the mailbox owner's job or email address still get the departed
//! or unread card.

use bounce_explainer::{Actor, Reason};

use crate::cards;

/// Wraps a body in the headers an auto-reply from bob@example.net carries.
/// The deleted-message tests use it too.
pub(crate) fn auto_reply(body: &str) -> String {
    format!(
        "From: Bob <bob@example.net>\nTo: alice@example.com\n\
         Subject: Automatic reply: Quarterly figures\nAuto-Submitted: auto-replied\n\
         Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
}

/// Out-of-office replies whose other sentences use words of a departure or
/// of a dead mailbox about something else. The wordings are constructed
/// after the common out-of-office forms, in English and in the languages
/// the auto-reply tables cover.
const AWAY: &[&str] = &[
    // An office closed over the holidays, with the date it reopens.
    "Thank you for your message. This mailbox is not monitored during the holidays \
     (24 December to 2 January). Your message will be read when the office reopens on \
     3 January.",
    "Our offices are closed for Christmas. This inbox is not monitored until we reopen; \
     we will answer your message then.",
    "This mailbox is not monitored at weekends. Your message will be answered on Monday.",
    // A thing that no longer works.
    "I am out of the office until Monday 7 December and will reply on my return. Please \
     note that our old fax number no longer works; call 555-0100 instead.",
    "I'm on holiday until 14 August. The link in my signature no longer works, so please \
     use https://www.example.net instead.",
    // A colleague who moved to another team or left.
    "Thanks for your email. I'm travelling until Friday with limited access to email and \
     will answer when I am back. Carol is no longer with the sales team, so for orders \
     please write to orders@example.net.",
    "I am away until 7 December and will reply on my return. Dave is no longer with \
     Example Org; please send orders to orders@example.net.",
    "I am on leave until Monday. Carol no longer works in the sales department, so please \
     write to sales@example.net for quotes.",
    "I am on maternity leave until June. Please note that Carol has left the company; for \
     HR matters contact hr@example.net.",
    "Bob is out of the office until Monday. Carol has left the company; please write to \
     dave@example.net.",
    "I have left the office for the day and will answer your message tomorrow.",
    "Ich bin bis zum 7. Dezember nicht im Büro. Frau Beispiel ist nicht mehr für den \
     Vertrieb zuständig; Bestellungen bitte an bestellung@example.net.",
    "Je suis absent jusqu'au 7 décembre. Carol ne fait plus partie de l'équipe \
     commerciale ; pour les commandes, écrivez à commandes@example.net.",
    "Estoy fuera de la oficina hasta el 7 de diciembre. Carol ya no forma parte del \
     equipo de ventas; para pedidos escriba a pedidos@example.net.",
    "Sono fuori ufficio fino al 7 dicembre. Carol non fa più parte del team vendite; per \
     gli ordini scrivere a ordini@example.net.",
    "Estou fora do escritório até 7 de dezembro. A Carol já não faz parte da equipa de \
     vendas; para encomendas escreva para encomendas@example.net.",
    "Ik ben afwezig tot en met 7 december. Carol is niet meer werkzaam bij de afdeling \
     verkoop; stuur bestellingen naar bestellingen@example.net.",
    // An address that changed but is not an email address.
    "I am out of the office until 7 December. Our postal address has changed: please send \
     invoices to 1 Example Street.",
    "I am on leave until 14 December. Please note that our office address has changed to \
     2 Example Road.",
];

#[test]
fn other_sentences_keep_vacation() {
    for body in AWAY {
        let card = cards::only(&auto_reply(body));
        let text = &card.explanation;
        assert_eq!(card.reason, Reason::Vacation, "{body}");
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{body}");
        assert_eq!(text.who_acts, Actor::Nobody, "{body}");
        assert!(!card.permanent, "{body}");
        assert!(!card.hard, "{body}");
        assert!(!text.steps.iter().any(|s| s.contains("contacts")), "{body}: {:?}", text.steps);
    }
}

/// Replies whose deciding sentence says the mailbox owner left the
/// organisation, in first-person, last-day and retirement wordings.
const DEPARTED: &[&str] = &[
    "I no longer work for Example Org. Please contact carol@example.net.",
    "Thank you for your email. Please note that I have left Example Org. For any queries \
     please contact info@example.net.",
    "Bob no longer works at Example Org since Monday 1 December. Please write to \
     info@example.net.",
    "Thank you for your email. Friday 30 June was my last day at Example Org. Please \
     write to carol@example.net.",
    "Bob has retired from Example Org. Your message has not been forwarded.",
    "Bob ne travaille plus chez Example SA. Merci d'écrire à contact@example.net.",
    "Bob is no longer with Example Org. Please write to sales@example.net.",
];

#[test]
fn owner_departure_still_departed() {
    for body in DEPARTED {
        let card = cards::only(&auto_reply(body));
        assert_eq!(card.explanation.entry, "auto-reply/departed", "{body}");
        assert_eq!(card.reason, Reason::HasMoved, "{body}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{body}");
        assert!(card.permanent, "{body}");
    }
}

/// Replies that say the owner's email address changed, so the old one is
/// no longer read.
const CHANGED_ADDRESS: &[&str] = &[
    "Please note that my email address has changed. Write to bob@example.org from now on.",
    "My address has changed to bob@example.org. Please update your address book.",
    "Meine E-Mail-Adresse hat sich geändert. Bitte schreiben Sie an bob@example.org.",
    "Mon adresse e-mail a changé : écrivez désormais à bob@example.org.",
    "Mi dirección de correo electrónico ha cambiado. Escriba a bob@example.org.",
    "Il mio indirizzo email è cambiato. Scrivete a bob@example.org.",
    "O meu endereço de e-mail mudou. Escreva para bob@example.org.",
    "Mijn e-mailadres is gewijzigd. Mail voortaan naar bob@example.org.",
];

#[test]
fn changed_email_address_not_read() {
    for body in CHANGED_ADDRESS {
        let card = cards::only(&auto_reply(body));
        assert_eq!(card.explanation.entry, "auto-reply/not-read", "{body}");
        assert_eq!(card.reason, Reason::HasMoved, "{body}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{body}");
        let steps = &card.explanation.steps;
        assert!(steps.iter().any(|s| s.contains("contacts")), "{body}: {steps:?}");
    }
}
