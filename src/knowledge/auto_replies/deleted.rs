//! Wordings of an out-of-office reply that throws the message away: the
//! message is deleted unread, or it is not read and the sender is asked
//! to send it again later. Daimler's "Mail on Holiday" replies are the
//! known example ("Your email is being deleted. ... resend the email
//! after I'm back in the office", quoted at
//! <https://www.bbc.co.uk/news/magazine-28786117>).

use super::sentences::{has_any, is_negated, sentences, words};

/// Words for an email message in English, German, French, Spanish,
/// Italian, Portuguese and Dutch.
const MESSAGES: &[&str] = &[
    "message",
    "messages",
    "email",
    "emails",
    "e-mail",
    "e-mails",
    "mail",
    "mails",
    "nachricht",
    "nachrichten",
    "courriel",
    "courriels",
    "correo",
    "correos",
    "mensaje",
    "mensajes",
    "messaggio",
    "messaggi",
    "mensagem",
    "mensagens",
    "bericht",
    "berichten",
];

/// Words that make a sentence about something other than the message
/// itself: an address or account removed from a list, or personal data
/// kept for a time.
const OTHER_SUBJECTS: &[&str] = &[
    "address",
    "addresses",
    "account",
    "list",
    "data",
    "adresse",
    "konto",
    "liste",
    "daten",
    "compte",
    "données",
    "dirección",
    "cuenta",
    "lista",
    "datos",
    "indirizzo",
    "dati",
    "endereço",
    "conta",
    "dados",
    "adres",
    "gegevens",
    "lijst",
];

/// Prepositions of where mail goes or arrives ("sent to", "received at",
/// "an", "à", "a", "aan", "para"). With a word from [`DETERMINERS`] after
/// them, an address word names where the mail went ("sent to this
/// address"), not what is deleted.
const DESTINATION_PREPOSITIONS: &[&str] = &["to", "at", "an", "à", "a", "aan", "op", "para", "al"];

/// Demonstratives and possessives between such a preposition and the
/// address word: "this", "my", "diese", "cette", "esta", "questo", "dit".
const DETERMINERS: &[&str] = &[
    "this", "that", "my", "our", "diese", "dieser", "meine", "unsere", "cette", "mon", "ma",
    "notre", "esta", "este", "mi", "nuestra", "questo", "questa", "mio", "mia", "meu", "minha",
    "dit", "deze", "mijn", "ons", "onze",
];

/// Words saying that something is or will be deleted.
const DELETED: &[&str] = &[
    "deleted",
    "deleting",
    "discarded",
    "erased",
    "gelöscht",
    "verworfen",
    "supprimé",
    "supprimée",
    "supprimés",
    "supprimées",
    "effacé",
    "effacée",
    "effacés",
    "effacées",
    "détruit",
    "détruite",
    "détruits",
    "détruites",
    "eliminado",
    "eliminada",
    "eliminados",
    "eliminadas",
    "borrado",
    "borrada",
    "borrados",
    "borradas",
    "cancellato",
    "cancellata",
    "cancellati",
    "cancellate",
    "eliminato",
    "eliminata",
    "eliminati",
    "eliminate",
    "excluído",
    "excluída",
    "excluídos",
    "excluídas",
    "apagado",
    "apagada",
    "apagados",
    "apagadas",
    "verwijderd",
    "gewist",
];

/// Words of reading, negated in "will not be read" and its translations.
/// "See" counts as well: "I will not see it on my return".
const READ: &[&str] = &[
    "read", "seen", "see", "gelesen", "lu", "lue", "lus", "leído", "leída", "letto", "letta",
    "lido", "lida", "gelezen",
];

/// Word beginnings of a request to send again. Spanish and Portuguese
/// "reenviar" is not here, because Spanish uses it for forwarding ("no
/// será reenviado").
const RESEND: &[&str] = &["resend", "re-send", "renvoy", "réexpédi", "reinvia", "reinvii"];

/// Word beginnings of sending. With a word from [`AGAIN`] they request
/// the message again ("bitte senden Sie sie erneut").
const SEND: &[&str] = &[
    "send", "submit", "schick", "zusend", "zuschick", "envoy", "enviar", "envíe", "envie", "enviá",
    "envia", "invia", "invii", "stuur", "sturen", "verstuur", "verzend", "zend",
];

/// Words meaning "again", including Spanish "vuelva" of "vuelva a enviar".
const AGAIN: &[&str] = &[
    "again",
    "erneut",
    "nochmals",
    "nochmal",
    "nouveau",
    "nuevamente",
    "nuevo",
    "vuelva",
    "volver",
    "nuovamente",
    "nuovo",
    "novamente",
    "novo",
    "opnieuw",
    "nogmaals",
];

/// Words that put a resend after a date or the return, as in "after my
/// return", "danach" and "a partir del 6 de enero".
const LATER: &[&str] = &[
    "after",
    "afterwards",
    "later",
    "once",
    "when",
    "upon",
    "return",
    "back",
    "nach",
    "danach",
    "später",
    "wenn",
    "ab",
    "rückkehr",
    "après",
    "retour",
    "ultérieurement",
    "tard",
    "partir",
    "después",
    "regreso",
    "vuelta",
    "cuando",
    "dopo",
    "rientro",
    "ritorno",
    "partire",
    "tardi",
    "após",
    "depois",
    "regresso",
    "retorno",
    "quando",
    "na",
    "daarna",
    "vanaf",
    "terugkomst",
    "terugkeer",
];

/// Outlook's read receipt for a message the recipient deleted unread. It
/// reports the recipient's own act, not a rule of an absent mailbox.
const RECEIPT: &str = "was deleted without being read";

/// True when `text` (lowercase, spaces collapsed) states that the message
/// is deleted unread, or that it is not read and should be sent again
/// later.
pub(super) fn is_deleted(text: &str) -> bool {
    if text.contains(RECEIPT) {
        return false;
    }
    let sentences: Vec<Vec<String>> = sentences(text).into_iter().map(words).collect();
    // NOTE: the message word must stand in the deleting sentence itself,
    // so "I cannot read your email. It is being deleted." is missed
    // unless another sentence requests the message again later.
    let about_message =
        |words: &&Vec<String>| has_any(words, MESSAGES) && !names_other_subject(words);
    let deletes = sentences.iter().filter(about_message).any(|words| says(words, DELETED, false));
    let unread = sentences.iter().filter(about_message).any(|words| says(words, READ, true));
    deletes || (unread && sentences.iter().any(|words| asks_resend_later(words)))
}

/// True when `words` name an address, account, list or data as what the
/// sentence is about. An address word after "to this", "an diese" and
/// the like only names where the mail went, so it does not count.
fn names_other_subject(words: &[String]) -> bool {
    let destination = |index: usize| {
        index >= 2
            && DETERMINERS.contains(&words[index - 1].as_str())
            && DESTINATION_PREPOSITIONS.contains(&words[index - 2].as_str())
    };
    let subject = |(index, word): (usize, &String)| {
        OTHER_SUBJECTS.contains(&word.as_str()) && !destination(index)
    };
    words.iter().enumerate().any(subject)
}

/// True when `words` contain one of `verbs`, negated if `negated` is true
/// and not negated otherwise.
fn says(words: &[String], verbs: &[&str], negated: bool) -> bool {
    let found = |(index, word): (usize, &String)| {
        verbs.contains(&word.as_str()) && is_negated(words, index) == negated
    };
    words.iter().enumerate().any(found)
}

/// True when `words` request the message again after a date or a return.
fn asks_resend_later(words: &[String]) -> bool {
    let starts = |stems: &[&str]| words.iter().any(|w| stems.iter().any(|s| w.starts_with(s)));
    let resend = starts(RESEND) || (starts(SEND) && has_any(words, AGAIN));
    resend && has_any(words, LATER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deleted_or_unread_with_resend() {
        assert!(is_deleted("your email will not be read and will be deleted."));
        assert!(is_deleted("i won't read your message. please resend it after my return."));
        assert!(!is_deleted("your message will not be deleted; i will read it when i return."));
        assert!(!is_deleted("if your message could not be delivered, please resend it later."));
        assert!(!is_deleted("your message to carol was deleted without being read."));
    }

    #[test]
    fn other_subject_not_message() {
        assert!(!is_deleted("your email address will be deleted from our mailing list."));
        assert!(!is_deleted("personal data in your message will be deleted after 30 days."));
        assert!(is_deleted("emails sent to this address will be deleted."));
        assert!(!is_deleted("your email address will be deleted; reply to this address."));
    }
}
