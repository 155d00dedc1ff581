//! Gmail's own notices in German, French and Spanish, as its web view
//! shows them: a heading, a sentence naming the recipient, a label, and
//! the reply. An "address not found" notice whose reply is Gmail's own
//! sentence without a code is an unknown address for the sender to fix.
//! A delay notice stays a delay with nobody to act yet, whatever language
//! its reply is in and whether or not the reply has a code.
//!
//! The German delay sentence with "Gmail versucht noch weitere 46
//! Stunden" follows a public Gmail notice. The other localized sentences
//! are unconfirmed, so the tests vary them within the notice's structure.
//! Documentation addresses only.

use bounce_explainer::{explain, Actor, Reason, Report};

/// Gmail's "address not found" notices for a mistyped gmail.com address,
/// with Gmail's own reply in the account's language.
const NOT_FOUND: &[&str] = &[
    "Adresse nicht gefunden\n\
     Ihre Nachricht wurde nicht an bob.example@gmail.com zugestellt, weil die Adresse nicht \
     gefunden wurde oder keine E-Mails empfangen kann.\n\
     WEITERE INFORMATIONEN\n\
     Die Antwort lautete:\n\
     Das E-Mail-Konto, das Sie erreichen wollten, existiert nicht. Weitere Informationen finden \
     Sie unter https://support.google.com/mail/?p=NoSuchUser\n",
    "** Adresse introuvable **\n\n\
     Votre message n'a pas été distribué à bob.example@gmail.com, car l'adresse est introuvable \
     ou ne peut pas recevoir d'e-mails.\n\n\
     EN SAVOIR PLUS\n\n\
     La réponse était :\n\n\
     Le compte de messagerie que vous avez tenté de joindre n'existe pas. Pour en savoir plus, \
     consultez https://support.google.com/mail/?p=NoSuchUser\n",
    "No se ha encontrado la dirección\n\
     Tu mensaje no se ha entregado a bob.example@gmail.com porque no se ha encontrado la \
     dirección o esta no puede recibir correo.\n\
     MÁS INFORMACIÓN\n\
     La respuesta fue:\n\
     La cuenta de correo electrónico a la que has intentado escribir no existe. Para obtener más \
     información, visita https://support.google.com/mail/?p=NoSuchUser\n",
];

/// Checks that `report` has one delayed card for bob@example.net with
/// nobody to act yet and the "not failed yet" retry line.
fn assert_delayed(report: &Report, text: &str) {
    assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{text}");
    assert_eq!(card.action, "delayed", "{text}");
    assert!(!card.permanent, "{text}");
    assert_eq!(card.explanation.who_acts, Actor::Wait, "{text}");
    assert!(card.explanation.retry.starts_with("Not failed yet"), "{text}");
}

#[test]
fn localised_address_not_found() {
    for text in NOT_FOUND {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
        let card = &report.recipients[0];
        assert_eq!(card.recipient.as_deref(), Some("bob.example@gmail.com"), "{text}");
        assert_eq!(card.reason, Reason::UserUnknown, "{text}");
        assert_eq!(card.action, "failed", "{text}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{text}");
    }
}

#[test]
fn german_delay_with_english_reply() {
    let sentences = [
        "Beim Zustellen Ihrer Nachricht an bob@example.net ist ein vorübergehendes Problem \
         aufgetreten. Gmail versucht es noch 46 Stunden lang. Sie werden benachrichtigt, falls \
         die Zustellung endgültig fehlschlägt.",
        "Bei der Zustellung Ihrer Nachricht an bob@example.net ist ein vorübergehendes Problem \
         aufgetreten. Gmail versucht noch weitere 46\u{a0}Stunden, die Nachricht zuzustellen.",
    ];
    for (sentence, label) in sentences.iter().zip(["Die Antwort lautete:", "Antwort:"]) {
        let text = format!(
            "** Zustellung nicht abgeschlossen **\n{sentence}\n{label}\n\
             The recipient server did not accept our requests to connect. Learn more at \
             https://support.google.com/mail/answer/7720 [mx.example.net. 198.51.100.20: timed out]\n"
        );
        let report = explain(&text);
        assert_delayed(&report, &text);
        assert!(report.recipients[0].explanation.retry.contains("46 hours"), "{text}");
    }
}

#[test]
fn french_delay_with_french_reason() {
    let text = "Distribution incomplète\n\
        Un problème temporaire est survenu lors de la distribution de votre message à \
        bob@example.net. Gmail effectuera de nouvelles tentatives pendant 46 heures. Vous serez \
        averti si la distribution échoue définitivement.\n\
        La réponse était :\n\
        Le serveur du destinataire n'a pas accepté nos demandes de connexion. \
        [mx.example.net. 198.51.100.20: timed out]\n";
    let report = explain(text);
    assert_delayed(&report, text);
}

#[test]
fn greylisted_delays_in_languages() {
    let reply = "451 4.7.1 <bob@example.net>: Recipient address rejected: Greylisted, see \
                 http://postgrey.schweikert.ch/help/example.net.html";
    let notices = [
        "Zustellung nicht abgeschlossen\n\
         Beim Zustellen Ihrer Nachricht an bob@example.net ist ein vorübergehendes Problem \
         aufgetreten. Gmail versucht es noch 46 Stunden lang.\n\
         Die Antwort vom Remote-Server lautete:\n",
        "Entrega incompleta\n\
         Se ha producido un problema temporal al entregar tu mensaje a bob@example.net. Gmail \
         volverá a intentarlo durante 46 horas más.\n\
         La respuesta del servidor remoto ha sido:\n",
        "Distribution incomplète\n\
         Un problème temporaire est survenu lors de la distribution de votre message à \
         bob@example.net.\n\
         La réponse du serveur distant était :\n",
    ];
    for notice in notices {
        let text = format!("{notice}{reply}\n");
        let report = explain(&text);
        assert_delayed(&report, &text);
        assert_eq!(report.recipients[0].reply.as_deref(), Some("451"), "{text}");
    }
}

/// A person's reply that mentions a temporary problem with a message is
/// no delay notice.
#[test]
fn german_support_reply_is_not_notice() {
    let text = "Bezüglich Ihrer Nachricht an bob@example.net: Es gab ein vorübergehendes \
        Problem mit unserem Server, das inzwischen behoben ist.\n";
    assert!(explain(text).recipients.is_empty());
}

#[test]
fn heading_alone_in_prose_is_not_notice() {
    let text = "Zustellung nicht abgeschlossen\n\
        Wir haben das Paket an bob@example.net nicht übergeben.\n";
    assert!(explain(text).recipients.is_empty());
}

/// Gmail's delay notices in each language read here: the heading, the
/// sentence that names the recipient and states the retry window, and the
/// label before the reply.
// NOTE: only the English and the German sentence follow public copies.
// The Portuguese label "A resposta foi:" is a guess from the other
// languages' structure.
const DELAY_NOTICES: &[(&str, &str, &str)] = &[
    (
        "Delivery incomplete",
        "There was a temporary problem delivering your message to bob@example.net. Gmail will \
         retry for 46 more hours. You'll be notified if the delivery fails permanently.",
        "The response was:",
    ),
    (
        "Mensagem ainda não entregue",
        "Houve um problema temporário ao entregar sua mensagem a bob@example.net. O Gmail \
         tentará novamente por mais 46 horas. Você será notificado se a entrega falhar \
         permanentemente.",
        "A resposta foi:",
    ),
    (
        "Zustellung nicht abgeschlossen",
        "Bei der Zustellung Ihrer Nachricht an bob@example.net ist ein vorübergehendes Problem \
         aufgetreten. Gmail versucht noch weitere 46\u{a0}Stunden, die Nachricht zuzustellen.",
        "Antwort:",
    ),
    (
        "Distribution incomplète",
        "Un problème temporaire est survenu lors de la distribution de votre message à \
         bob@example.net. Gmail effectuera de nouvelles tentatives pendant 46 heures.",
        "La réponse était :",
    ),
    (
        "Entrega incompleta",
        "Se ha producido un problema temporal al entregar tu mensaje a bob@example.net. Gmail \
         volverá a intentarlo durante 46 horas más.",
        "La respuesta fue:",
    ),
];

/// Each delay notice gets a delay card that states the retry window,
/// whether it is pasted whole, without the reply, or as its sentence
/// alone, as the English one does.
#[test]
fn delay_windows_in_every_paste() {
    let reply = "The recipient server did not accept our requests to connect. \
                 [mx.example.net. 198.51.100.20: timed out]";
    for (heading, sentence, label) in DELAY_NOTICES {
        let pastes = [
            format!("{heading}\n{sentence}\n{label}\n{reply}\n"),
            format!("** {heading} **\n\n{sentence}\n"),
            format!("{sentence}\n"),
        ];
        for text in pastes {
            let report = explain(&text);
            assert_delayed(&report, &text);
            let retry = &report.recipients[0].explanation.retry;
            assert!(retry.contains("46"), "{text}: {retry}");
            assert!(retry.contains("hours"), "{text}: {retry}");
        }
    }
}

/// A number of hours in the sentence that names the recipient, but in no
/// sentence of Gmail's, gives no retry window.
#[test]
fn hours_without_gmail_no_window() {
    let text = "Mensagem ainda não entregue\nHouve um problema temporário ao entregar sua \
        mensagem a bob@example.net. O servidor esteve fora do ar por 3 horas.\n";
    let report = explain(text);
    assert_delayed(&report, text);
    let retry = &report.recipients[0].explanation.retry;
    assert!(!retry.contains("3 hours"), "{retry}");
}
