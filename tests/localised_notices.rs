//! Bounce notices in French, Spanish and Italian that carry no SMTP code:
//! their wording alone marks them as failures, and the reason phrases in
//! those languages name the cause.

use bounce_explainer::{explain, Reason};

fn reasons(text: &str) -> Vec<(Option<String>, Reason)> {
    explain(text).recipients.into_iter().map(|r| (r.recipient, r.reason)).collect()
}

fn one(address: &str, reason: Reason) -> Vec<(Option<String>, Reason)> {
    vec![(Some(address.to_string()), reason)]
}

#[test]
fn french_notice_without_code() {
    let text = "Ce message a été généré automatiquement par le serveur de messagerie.\n\n\
        Votre message n'a pas pu être délivré au(x) destinataire(s) suivant(s) :\n\n\
        bob@example.fr : adresse électronique inconnue\n\
        carol@example.fr : boîte aux lettres pleine\n";
    let expected = vec![
        (Some("bob@example.fr".to_string()), Reason::UserUnknown),
        (Some("carol@example.fr".to_string()), Reason::MailboxFull),
    ];
    assert_eq!(reasons(text), expected);
    let remis = text.replace("délivré", "remis");
    assert_eq!(reasons(&remis), expected);
}

#[test]
fn spanish_notice_without_code() {
    let text = "La entrega a bob@example.es ha fallado: el buzón está lleno\n";
    assert_eq!(reasons(text), one("bob@example.es", Reason::MailboxFull));
    let text = "Su mensaje no se entregó a los siguientes destinatarios:\n\n\
        bob@example.es : usuario desconocido\n";
    assert_eq!(reasons(text), one("bob@example.es", Reason::UserUnknown));
}

#[test]
fn italian_notice_without_code() {
    let text = "Il messaggio per carol@example.it non è stato recapitato: casella piena\n";
    assert_eq!(reasons(text), one("carol@example.it", Reason::MailboxFull));
    let text = "Impossibile recapitare il messaggio ai seguenti destinatari:\n\n\
        carol@example.it : utente sconosciuto\n";
    assert_eq!(reasons(text), one("carol@example.it", Reason::UserUnknown));
}

#[test]
fn ordinary_french_text_stays_quiet() {
    let text = "Bonjour, la livraison du colis a été remise à demain. bob@example.fr\n";
    assert!(explain(text).recipients.is_empty());
}
