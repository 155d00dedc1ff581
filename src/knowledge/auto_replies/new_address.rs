//! Sentences in which an auto-reply gives its owner's new email address,
//! such as "my new email address is carol@example.net" or "meine neue
//! Adresse lautet carol@example.net".

use super::sentences::{is_negated, words};

/// Lowercase noun phrases for "my new (email) address", by language
/// (ISO 639-1 code). The verb ("is", "lautet", "est") and up to
/// [`FILLER_WORDS`] more words may stand between the phrase and the
/// address.
// NOTE: these wordings are common forms written for this table, not
// quoted from a public source, because no published auto-reply template
// in these languages was found.
const NEW_ADDRESS_PHRASES: &[(&str, &[&str])] = &[
    ("en", &["my new address", "my new email address", "my new e-mail address"]),
    (
        "de",
        &[
            "meine neue adresse",
            "meine neue e-mail-adresse",
            "meine neue email-adresse",
            "meine neue mailadresse",
        ],
    ),
    (
        "fr",
        &[
            "ma nouvelle adresse",
            "ma nouvelle adresse e-mail",
            "ma nouvelle adresse email",
            "ma nouvelle adresse mail",
            "ma nouvelle adresse électronique",
            "ma nouvelle adresse courriel",
        ],
    ),
    (
        "es",
        &[
            "mi nueva dirección",
            "mi nueva dirección de correo",
            "mi nueva dirección de correo electrónico",
            "mi nueva dirección de email",
            "mi nuevo correo",
            "mi nuevo correo electrónico",
        ],
    ),
    (
        "it",
        &[
            "il mio nuovo indirizzo",
            "il mio nuovo indirizzo email",
            "il mio nuovo indirizzo e-mail",
            "il mio nuovo indirizzo di posta elettronica",
        ],
    ),
    ("nl", &["mijn nieuwe adres", "mijn nieuwe e-mailadres", "mijn nieuwe emailadres"]),
    ("pt", &["meu novo endereço", "meu novo endereço de e-mail", "meu novo e-mail"]),
];

/// Maximum number of words between the phrase and the address: the verb
/// and an adverb such as "now", "ab sofort" or "désormais".
const FILLER_WORDS: usize = 3;

/// Maximum number of bytes before an address that are searched for a
/// phrase. The longest phrase has 43, which leaves room for three filler
/// words.
const TAIL_BYTES: usize = 160;

/// True when `before`, the text up to an email address, ends in a phrase
/// that gives that address as the owner's new one. A negation among the
/// words in between ("is not yet") or the end of a sentence rejects it.
pub(crate) fn introduces_new_address(before: &str) -> bool {
    // Only the tail can hold the phrase and its filler words. Reading no
    // more keeps a long line with many addresses from costing the square
    // of its length.
    let tail_start = before.floor_char_boundary(before.len().saturating_sub(TAIL_BYTES));
    let before = before[tail_start..].to_lowercase();
    let before = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '<'));
    NEW_ADDRESS_PHRASES.iter().flat_map(|(_, phrases)| phrases.iter()).any(|phrase| {
        before.rmatch_indices(phrase).any(|(at, _)| {
            let starts_word = before[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            starts_word && is_filler(&before[at + phrase.len()..])
        })
    })
}

/// True when `between`, the text from a phrase to the address, is at
/// most [`FILLER_WORDS`] words with no sentence end and no negation.
fn is_filler(between: &str) -> bool {
    if between.chars().next().is_some_and(char::is_alphanumeric) {
        // The phrase ends inside a longer word ("adresses").
        return false;
    }
    if between.contains(['.', ';', '!', '?']) {
        return false;
    }
    let mut filler = words(between);
    if filler.len() > FILLER_WORDS {
        return false;
    }
    // A placeholder word after the filler lets the negation check see
    // all of it.
    filler.push(String::new());
    !is_negated(&filler, filler.len() - 1)
}

/// True when `text` (lowercase) gives an email address as the owner's new
/// one.
pub(super) fn names_new_address(text: &str) -> bool {
    text.match_indices('@').any(|(at, _)| {
        let start = text[..at]
            .rfind(|c: char| c.is_whitespace() || matches!(c, '<' | ':' | '(' | '"'))
            .map_or(0, |space| space + 1);
        introduces_new_address(&text[..start])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_address_phrases() {
        assert!(introduces_new_address("Meine neue Adresse lautet ab sofort: "));
        assert!(introduces_new_address("il mio nuovo indirizzo è "));
        assert!(introduces_new_address("my new email address is <"));
        assert!(!introduces_new_address("my new address is not "));
        assert!(!introduces_new_address("my new address is 1 example street. write to "));
        assert!(!introduces_new_address("please write to "));
    }

    #[test]
    fn long_line_reads_tail() {
        let prefix = "é".repeat(500);
        assert!(introduces_new_address(&format!("{prefix} ma nouvelle adresse est ")));
        assert!(!introduces_new_address(&format!("{prefix} merci d'écrire à ")));
    }

    #[test]
    fn new_address_needs_email() {
        assert!(names_new_address("bonjour, ma nouvelle adresse est carol@example.org."));
        assert!(!names_new_address("ma nouvelle adresse est 1 rue de l'exemple, paris."));
    }
}
