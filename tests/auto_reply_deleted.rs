//! Out-of-office replies that say the message is deleted unread, as
//! Daimler's "Mail on Holiday" replies do, and ask the sender to send it
//! again after the return. The message reached the mailbox but nobody
//! will read it, so the card tells the sender to resend later and keeps
//! the address. Replies that only mention deleting or resending stay
//! "not a delivery failure".

use bounce_explainer::{explain, Actor, Reason};

use crate::auto_reply_absences::auto_reply;
use crate::cards;

/// Replies that delete the message or that say it is not read and ask for
/// it again later. Constructed after the wording quoted from Daimler's
/// replies (https://www.bbc.co.uk/news/magazine-28786117), in English and
/// in the languages the auto-reply tables cover.
const DELETED: &[&str] = &[
    "I am on annual leave until 5 January. Your email will not be read and will be \
     deleted. Please resend it after my return, or contact helpdesk@example.net.",
    "I am on vacation and cannot read your email. Your email is being deleted. Please \
     contact carol@example.net if it is urgent, or send the email again after I am back \
     in the office.",
    "Emails received during my absence (until 5 January) will be deleted automatically. \
     Please send your message again after 5 January.",
    "I'm on parental leave until March. I won't read your message; please resend it when \
     I return.",
    "Ich bin bis zum 5. Januar im Urlaub. Ihre E-Mail wird während meiner Abwesenheit \
     nicht gelesen. Bitte senden Sie sie danach erneut.",
    "Ich bin bis 5. Januar nicht im Büro. Ihre E-Mail wird nicht weitergeleitet und \
     automatisch gelöscht.",
    "Je suis en congé jusqu'au 5 janvier. Votre message ne sera pas lu et sera supprimé. \
     Merci de le renvoyer après mon retour.",
    "Estoy de vacaciones hasta el 5 de enero. Su correo será eliminado sin leer. Por \
     favor, vuelva a enviarlo a partir del 6 de enero.",
    "Sono in ferie fino al 5 gennaio. La sua email verrà cancellata senza essere letta. \
     La preghiamo di inviarla nuovamente dopo il mio rientro.",
    "Estou de férias até 5 de janeiro. A sua mensagem será apagada sem ser lida. Por \
     favor, envie-a novamente após o meu regresso.",
    "Ik ben met vakantie tot en met 5 januari. Uw e-mail wordt niet gelezen en wordt \
     verwijderd. Stuur uw bericht na mijn terugkeer opnieuw.",
    // Mail received during the absence, in the plural.
    "Ich bin bis 5. Januar im Urlaub. E-Mails, die während dieser Zeit eingehen, werden \
     automatisch gelöscht. Bitte senden Sie Ihre Nachricht nach meiner Rückkehr erneut.",
    "Je suis absent jusqu'au 5 janvier. Les messages reçus pendant mon absence seront \
     supprimés. Merci de me renvoyer votre message après cette date.",
    "Sono fuori ufficio fino al 5 gennaio. Le e-mail ricevute in questo periodo verranno \
     eliminate automaticamente.",
    "Estou de férias até 5 de janeiro. Os e-mails recebidos neste período serão excluídos. \
     Envie novamente após o meu retorno.",
    // Mail sent to "this address": the address is where the mail went,
    // not what is deleted.
    "I am on parental leave until March. Emails sent to this address during my absence \
     will be automatically deleted. Please resend your message after 1 March or contact \
     info@example.net.",
    "Ich bin bis zum 1. März in Elternzeit. E-Mails an diese Adresse werden während meiner \
     Abwesenheit automatisch gelöscht. Bitte senden Sie Ihre Nachricht nach dem 1. März \
     erneut oder wenden Sie sich an info@example.de.",
    "Je suis absent jusqu'au 5 janvier. Les messages envoyés à cette adresse pendant mon \
     absence seront supprimés.",
    "Estoy de vacaciones hasta el 5 de enero. Los correos enviados a esta dirección serán \
     eliminados.",
    "Ik ben afwezig tot 5 januari. E-mails aan dit adres worden automatisch verwijderd.",
    "I am away until 5 January. Messages received at this address will be discarded.",
    // "Will not see it" is the same as "will not read it".
    "I am out of the office until 5 January with no access to email. Your message will \
     not be forwarded and I will not see it on my return, so please send it again after \
     5 January.",
];

#[test]
fn deleted_message_needs_resend() {
    for body in DELETED {
        let report = explain(&auto_reply(body));
        assert_eq!(report.recipients.len(), 1, "{report:#?}");
        let card = &report.recipients[0];
        let text = &card.explanation;
        assert_eq!(text.entry, "auto-reply/deleted", "{body}");
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{body}");
        assert_ne!(card.reason, Reason::Vacation, "{body}");
        assert_eq!(card.action, "failed", "{body}");
        assert_eq!(text.who_acts, Actor::You, "{body}");
        assert!(!card.held, "{body}");
        assert!(!card.hard, "{body}");
        assert!(!text.steps.iter().any(|s| s.starts_with("Nothing to do")), "{:?}", text.steps);
        assert!(text.steps.iter().any(|s| s.contains("after the return date")), "{:?}", text.steps);
        assert!(!text.steps.iter().any(|s| s.contains("Replace the old address")), "{body}");
        assert!(text.retry.contains("deletes it"), "{}", text.retry);
        assert!(!text.retry.contains("Nothing to retry"), "{}", text.retry);
        assert!(!text.retry.contains("nobody reads"), "{}", text.retry);
        assert!(!report.summary.contains("not a delivery failure"), "{}", report.summary);
    }
}

/// Out-of-office replies that mention deleting, resending or an unread
/// message without saying that this message is thrown away.
const KEPT: &[&str] = &[
    "I am on leave until 5 January. Your message will not be deleted; I will read it \
     when I return.",
    "I am out of the office until Monday. If you are not the intended recipient of this \
     email, please delete it.",
    "I am away until 14 December. If your message could not be delivered, please resend \
     it after 14 December.",
    "I am out of the office until Monday. Reply STOP and your email address will be \
     deleted from our mailing list.",
    "I am out of the office until Monday. Personal data in your message will be deleted \
     after 30 days under our privacy policy.",
    "I'm travelling until Friday and will not be able to read your email until I return. \
     If it is urgent, please resend it to carol@example.net.",
    "I am away until Monday; your message will not be deleted or forwarded, and I will \
     answer it when I am back.",
    "Ich bin bis zum 5. Januar im Urlaub. Ihre E-Mail wird nicht weitergeleitet, aber \
     nach meiner Rückkehr gelesen.",
    "Estoy de vacaciones hasta el 5 de enero. Su correo no será leído ni reenviado hasta \
     mi regreso.",
    "Je suis absent jusqu'au 5 janvier. Votre message ne sera pas supprimé et je le lirai \
     à mon retour.",
    // The address itself is what is deleted, though mail went to it.
    "I am out of the office until Monday. Your email address will be deleted from our \
     mailing list if you reply to this address with STOP.",
    "I will not see your message before Monday. Please send it again to carol@example.net \
     if it is urgent.",
];

#[test]
fn kept_message_stays_vacation() {
    for body in KEPT {
        let card = cards::only(&auto_reply(body));
        assert_eq!(card.reason, Reason::Vacation, "{body}");
        assert_eq!(card.explanation.who_acts, Actor::Nobody, "{body}");
        assert!(!card.permanent, "{body}");
    }
}
