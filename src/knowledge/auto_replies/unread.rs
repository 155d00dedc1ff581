//! Wordings of an auto-reply saying that nobody reads the mailbox any
//! more: the address has changed, is no longer read, or takes no incoming
//! mail. The reply reached a mailbox but no person.

use super::absence;
use super::new_address::names_new_address;
use super::sentences::{has_any, is_negated, sentences, words};

/// Lowercase fragments that say the mailbox is not read for good, in
/// English, German, French, Spanish, Italian, Portuguese and Dutch.
const NOT_READ: &[&str] = &[
    "no longer read",
    "no longer monitored",
    "no longer being monitored",
    "no longer checked",
    "address is no longer in use",
    "mailbox is no longer in use",
    "account is no longer in use",
    "address is no longer active",
    "mailbox is no longer active",
    "does not accept incoming",
    "do not accept incoming",
    "cannot receive incoming",
    "does not receive incoming",
    "wird nicht mehr gelesen",
    "n'est plus consultée",
    "n'est plus consulté",
    "ya no se revisa",
    "non è più monitorata",
    "não é mais monitorada",
    "wordt niet meer gelezen",
];

/// Lowercase fragments that say the mailbox is not read but could mean
/// only during an absence, as in "this mailbox is not monitored while I am
/// away". They count only when the reply names no absence or period.
const UNWATCHED: &[&str] = &["is not monitored", "is not read", "an unmonitored"];

/// Word endings of "address" in the table's languages. An ending also
/// matches a compound: German "E-Mail-Adresse", Dutch "e-mailadres".
const ADDRESS_NOUNS: &[&str] =
    &["address", "adresse", "adres", "dirección", "indirizzo", "endereço"];

/// Words saying that something has changed.
const CHANGED: &[&str] = &[
    "changed",
    "changing",
    "geändert",
    "changé",
    "changée",
    "modifié",
    "modifiée",
    "cambiado",
    "cambiada",
    "cambiato",
    "cambiata",
    "mudou",
    "alterado",
    "alterada",
    "gewijzigd",
    "veranderd",
];

/// Parts of a word that mark an address as an email address: "email",
/// "courriel", "correo electrónico", "posta elettronica", an `@`.
const EMAIL_MARKS: &[&str] =
    &["mail", "courriel", "correo", "electr", "électr", "elettr", "eletr", "@"];

/// Words that make an address a postal, street or billing one, or the
/// sender's own ("if your address has changed"), not the mailbox's.
const OTHER_ADDRESSES: &[&str] = &[
    "postal",
    "post",
    "street",
    "office",
    "physical",
    "mailing",
    "billing",
    "shipping",
    "delivery",
    "invoice",
    "invoices",
    "invoicing",
    "visiting",
    "home",
    "your",
    "if",
    "postadresse",
    "lieferadresse",
    "rechnungsadresse",
    "postale",
    "facturation",
    "livraison",
    "envío",
    "facturación",
    "spedizione",
    "fatturazione",
    "entrega",
    "faturação",
    "faturamento",
    "postadres",
    "factuuradres",
    "bezoekadres",
    "afleveradres",
];

/// Words before an address noun that make it a shared mailbox's address
/// ("our support address", "the sales email address", "our team's
/// address"), not the address of the person whose mailbox replied.
const SHARED_OWNERS: &[&str] = &[
    "support",
    "sales",
    "info",
    "team",
    "helpdesk",
    "service",
    "department",
    "accounts",
    "press",
    "kundenservice",
    "vertrieb",
    "abteilung",
    "équipe",
    "soporte",
    "ventas",
    "equipo",
    "assistenza",
    "vendite",
    "suporte",
    "vendas",
    "equipe",
    "klantenservice",
    "verkoop",
];

/// Number of words before an address noun searched for a shared owner:
/// enough for "our support team's email address".
const OWNER_WORDS: usize = 4;

/// Lowercase fragments saying that an address still works for a while.
/// In a sentence about the address or mailbox they put an announced
/// change in the future, so the message was delivered and is read.
// NOTE: a future change without such a sentence ("from 1 March my new
// address will be ...") still reads as a dead mailbox.
const STILL_WORKING: &[&str] = &[
    "keeps working",
    "keep working",
    "continues to work",
    "continue to work",
    "still works",
    "remains active",
    "remain active",
    "remains in use",
    "stays active",
    "bleibt aktiv",
    "bleibt bis",
    "reste active",
    "sigue activa",
    "resta attivo",
    "resta attiva",
    "continua ativo",
    "blijft actief",
];

/// Word endings of "mailbox" and "inbox" that, like an address noun, make
/// a [`STILL_WORKING`] sentence about the mailbox.
const MAILBOX_NOUNS: &[&str] = &["mailbox", "inbox", "postfach"];

/// True when `text` (lowercase, spaces collapsed) says that nobody reads
/// the mailbox, or gives the owner's new email address and no sentence
/// states that the current address still works.
pub(super) fn is_not_read(text: &str) -> bool {
    let contains_any = |fragments: &[&str]| fragments.iter().any(|f| text.contains(f));
    let changed =
        sentences(text).into_iter().any(is_email_address_change) || names_new_address(text);
    contains_any(NOT_READ)
        || (changed && !still_works(text))
        || (contains_any(UNWATCHED) && !absence::is_temporary(text))
}

/// True when a sentence of `text` states that the address or mailbox
/// still works for a while ("this address keeps working until then").
fn still_works(text: &str) -> bool {
    sentences(text).into_iter().any(|sentence| {
        let words = words(sentence);
        let names_mailbox = words
            .iter()
            .any(|word| ADDRESS_NOUNS.iter().chain(MAILBOX_NOUNS).any(|noun| word.ends_with(noun)));
        names_mailbox && STILL_WORKING.iter().any(|fragment| sentence.contains(fragment))
    })
}

/// True when `sentence` states that the mailbox's email address changed:
/// it names an address and a change, marks the address as email ("email",
/// "courriel", an `@`, or "my address"), and names no other kind of
/// address and no shared mailbox as the address's owner.
fn is_email_address_change(sentence: &str) -> bool {
    let words = words(sentence);
    let is_address = |word: &String| ADDRESS_NOUNS.iter().any(|noun| word.ends_with(noun));
    let Some(noun) = words.iter().position(is_address) else {
        return false;
    };
    // "My address has not changed" states the opposite of a change.
    let changed = words
        .iter()
        .enumerate()
        .any(|(index, word)| CHANGED.contains(&word.as_str()) && !is_negated(&words, index));
    if !changed || has_any(&words, OTHER_ADDRESSES) {
        return false;
    }
    if is_shared_address(&words, noun) {
        return false;
    }
    let email = words.iter().any(|word| EMAIL_MARKS.iter().any(|mark| word.contains(mark)));
    let owned = noun > 0 && matches!(words[noun - 1].as_str(), "my" | "this");
    email || owned
}

/// True when the address noun `words[noun]` belongs to a shared mailbox:
/// a [`SHARED_OWNERS`] word is among the [`OWNER_WORDS`] words before it
/// or starts a compound such as German "support-adresse".
fn is_shared_address(words: &[String], noun: usize) -> bool {
    let before = &words[noun.saturating_sub(OWNER_WORDS)..noun];
    let compound_owner = words[noun].split('-').next().filter(|first| *first != words[noun]);
    has_any(before, SHARED_OWNERS)
        || compound_owner.is_some_and(|first| SHARED_OWNERS.contains(&first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unwatched_mailbox_outside_absence() {
        assert!(is_not_read("this mailbox is not monitored. please use our contact form."));
        assert!(!is_not_read("this mailbox is not monitored while i am away."));
        assert!(is_not_read("i am away until monday. my address has changed to b@example.net."));
    }

    #[test]
    fn changed_address_must_be_email() {
        assert!(is_not_read("please note that my email address has changed."));
        assert!(is_not_read("meine e-mail-adresse hat sich geändert."));
        assert!(!is_not_read("our postal address has changed: 1 example street."));
        assert!(!is_not_read("i am away until monday. my email address has not changed."));
        assert!(!is_not_read("meine e-mail-adresse hat sich nicht geändert."));
        assert!(!is_not_read("if your email address has changed, update your account."));
    }

    #[test]
    fn shared_address_change_not_owner() {
        assert!(!is_not_read("our support address has changed: the new address is s@example.org."));
        assert!(!is_not_read("unsere support-adresse hat sich geändert: s@example.org."));
        assert!(is_not_read("our email address has changed to info@example.org."));
    }

    #[test]
    fn still_working_address_is_read() {
        let future = "my new email address will be c@example.org; this address keeps working.";
        assert!(!is_not_read(future));
        let unrelated = "my new email address is c@example.org. my phone still works.";
        assert!(is_not_read(unrelated));
        let closed = "this mailbox is no longer read, though the address still works.";
        assert!(is_not_read(closed));
    }
}
