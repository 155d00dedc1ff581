//! Outlook's send error names its task after the account that sends:
//! "Task 'alice@example.org - Sending' reported error (0x800CCC78) :
//! '... The server responded: 554 ...'". That account is the user's own
//! address, the sender. The failed recipient, if any, is the one the
//! server's reply names.

use crate::cards::only;
use bounce_explainer::Reason;

#[test]
fn task_account_not_recipient() {
    let line = "Task 'sender@example.org - Sending' reported error (0x800CCC78) : 'Cannot send \
                the message. Verify the email address in your account properties. The server \
                responded: 554 5.7.1 <jane@example.com>: Relay access denied'";
    let card = only(line);
    assert_eq!(card.recipient.as_deref(), Some("jane@example.com"), "{card:#?}");
    assert_eq!(card.reason, Reason::NoRelaying);
}

#[test]
fn task_account_alone_unnamed() {
    let line = "Task 'sender@example.org - Sending' reported error (0x800CCC78) : 'Cannot send \
                the message. Verify the email address in your account properties. The server \
                responded: 550 5.7.60 SMTP; Client does not have permissions to send as this \
                sender'";
    let card = only(line);
    assert_eq!(card.recipient, None, "{card:#?}");
}

#[test]
fn task_in_send_receive_group() {
    // Outlook's Send/Receive progress names the same task for an account
    // that sends and receives.
    let line = "Task 'alice@example.org - Sending and Receiving' reported error (0x800CCC78) : \
                'The server responded: 550 5.1.1 <bob@example.net>: Recipient address \
                rejected: User unknown'";
    let card = only(line);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{card:#?}");
}

#[test]
fn localised_task_account_not_recipient() {
    // Outlook writes the line in the interface language, and the task
    // is still named after the sending account.
    let lines = [
        "Fehler (0x800CCC78) bei Task 'sender@example.org - Senden': 'Die Nachricht kann nicht \
         gesendet werden. Antwort des Servers: 554 5.7.1 <jane@example.com>: Relay access \
         denied'",
        "La tâche 'sender@example.org - Envoi' a signalé l'erreur (0x800CCC78) : 'Impossible \
         d'envoyer le message. Vérifiez l'adresse de messagerie dans les propriétés de votre \
         compte. Le serveur a répondu : 554 5.7.1 <jane@example.com>: Relay access denied'",
        "La tâche « sender@example.org - Envoi et réception » a signalé l'erreur (0x800CCC78) : \
         'Le serveur a répondu : 554 5.7.1 <jane@example.com>: Relay access denied'",
        "La tarea 'sender@example.org - Enviando' informó del error (0x800CCC78): 'No se puede \
         enviar el mensaje. Compruebe la dirección de correo electrónico en las propiedades de \
         la cuenta. El servidor respondió: 554 5.7.1 <jane@example.com>: Relay access denied'",
        "Errore (0x800CCC78) segnalato dall'attività 'sender@example.org - Invio in corso': \
         'Impossibile inviare il messaggio. Verificare l'indirizzo di posta elettronica nelle \
         proprietà dell'account. Risposta del server: 554 5.7.1 <jane@example.com>: Relay \
         access denied'",
        "Taak sender@example.org - Verzenden heeft fout (0x800CCC78) gerapporteerd: Kan het \
         bericht niet verzenden. Controleer het e-mailadres in de accounteigenschappen. De \
         server heeft het volgende gemeld: 554 5.7.1 <jane@example.com>: Relay access denied",
        "Taak 'sender@example.org - Verzenden en ontvangen' heeft fout (0x800CCC78) \
         gerapporteerd: 554 5.7.1 <jane@example.com>: Relay access denied",
    ];
    for line in lines {
        let card = only(line);
        assert_eq!(card.recipient.as_deref(), Some("jane@example.com"), "{line}\n{card:#?}");
        assert_eq!(card.reason, Reason::NoRelaying, "{line}");
    }
}

#[test]
fn localised_task_account_alone_unnamed() {
    let lines = [
        "La tâche 'sender@example.org - Envoi' a signalé l'erreur (0x800CCC78) : 'Le serveur a \
         répondu : 550 5.7.60 SMTP; Client does not have permissions to send as this sender'",
        "La tarea 'sender@example.org - Enviando' informó del error (0x800CCC78): 'El servidor \
         respondió: 550 5.7.60 SMTP; Client does not have permissions to send as this sender'",
        "Errore (0x800CCC78) segnalato dall'attività 'sender@example.org - Invio in corso': \
         'Risposta del server: 550 5.7.60 SMTP; Client does not have permissions to send as \
         this sender'",
        "Taak sender@example.org - Verzenden heeft fout (0x800CCC78) gerapporteerd: De server \
         heeft het volgende gemeld: 550 5.7.60 SMTP; Client does not have permissions to send \
         as this sender",
    ];
    for line in lines {
        let card = only(line);
        assert_eq!(card.recipient, None, "{line}\n{card:#?}");
    }
}
