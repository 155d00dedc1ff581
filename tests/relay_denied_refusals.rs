//! Relay refusals: a server that does not handle the recipient's domain
//! and did not recognise the sender as its user. The usual cause is a
//! mail program that does not sign in to its outgoing server, a setting
//! the sender changes, so the card names the sender first and the mail
//! administrator only for when that setting is already on. A refusal
//! that asks for the sign-in in so many words (`530 5.7.0 Authentication
//! required`) gets the same actor.

use crate::cards::only;
use bounce_explainer::Actor;

/// Relay refusals in the wordings of Postfix, Exchange, Sendmail and
/// other servers.
const RELAY_DENIED: &[&str] = &[
    "554 5.7.1 <carol@example.net>: Relay access denied",
    "550 5.7.1 Relay access denied",
    "550 5.7.1 Unable to relay",
    "550 5.7.1 <carol@example.net>... Relaying denied. Proper authentication required.",
    "550 relay not permitted",
    // Libero's and Virgilio's outgoing servers.
    "550 Relay Disabled",
];

#[test]
fn relay_denied_names_sender_first() {
    for line in RELAY_DENIED {
        let card = only(line);
        let explanation = &card.explanation;
        assert_eq!(explanation.entry, "reason/norelaying", "{line}: {card:#?}");
        assert_eq!(explanation.who_acts, Actor::You, "{line}");
        let first = &explanation.steps[0];
        assert!(first.contains("your mail program"), "{line}: {first}");
        let later = explanation.steps[1..].join(" ");
        assert!(later.contains("already on"), "{line}: {later}");
        assert!(later.contains("mail administrator"), "{line}: {later}");
    }
}

#[test]
fn relay_and_auth_required_agree() {
    let relay = only(RELAY_DENIED[0]);
    let auth = only("530 5.7.0 Authentication required");
    assert_eq!(relay.explanation.who_acts, auth.explanation.who_acts);
}

/// Outlook's send error quotes the outgoing server's reply in the user's
/// language, here Italian around Libero's "550 Relay Disabled".
const OUTLOOK_ITALIAN_SEND_ERROR: &str = "Il messaggio non può essere inviato perché il server \
ha rifiutato uno dei destinatari. L'indirizzo di posta elettronica rifiutato è 'bob@example.org'. \
Oggetto 'Fattura', Account: 'utente@libero.it', Server: 'smtp.libero.it', Protocollo: SMTP, \
Risposta del server: '550 Relay Disabled', Porta: 25, Protezione (SSL): No, Errore server: 550, \
Numero errore: 0x800CCC79";

#[test]
fn outlook_italian_relay_disabled() {
    let card = only(OUTLOOK_ITALIAN_SEND_ERROR);
    let explanation = &card.explanation;
    assert_eq!(explanation.entry, "reason/norelaying", "{card:#?}");
    assert_eq!(explanation.who_acts, Actor::You);
    assert!(explanation.steps[0].contains("your mail program"), "{:?}", explanation.steps);
}
