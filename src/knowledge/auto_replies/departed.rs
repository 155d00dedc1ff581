//! Wordings of an auto-reply saying that the mailbox owner has left the
//! organisation. The sentence that names the departure must concern a
//! job, not a thing, a team or a duty, and the reply must not promise
//! that its author comes back: "our old fax number no longer works" and
//! "Carol is no longer with the sales team" are news inside an
//! out-of-office reply.

use super::absence;
use super::sentences::{is_conjunction, sentences, words};

/// Lowercase fragments saying that someone has left the organisation, in
/// English, German, French, Spanish, Italian, Portuguese and Dutch. "No
/// longer works" alone is not here, because a fax number or a link "no
/// longer works" too. "Will not be forwarded" is not here either:
/// out-of-office replies say it of mail the person reads on return.
const DEPARTED: &[&str] = &[
    "no longer work at",
    "no longer works at",
    "no longer working at",
    "no longer work for",
    "no longer works for",
    "no longer working for",
    "no longer work here",
    "no longer works here",
    "no longer working here",
    "no longer work there",
    "no longer works there",
    "no longer work with",
    "no longer works with",
    "no longer work in",
    "no longer works in",
    "no longer employed",
    "no longer an employee",
    "no longer with ",
    "no longer part of ",
    // "I have left" is followed by the organisation's name, which no list
    // holds. Its object words tell it apart from leaving the office. The
    // third person form ("Bob has left Example Org") is read apart, by
    // `leaves_employer`.
    "i have left ",
    "i've left ",
    "has left the company",
    "has left the organisation",
    "has left the organization",
    "has left the firm",
    "has left our company",
    "has left our organisation",
    "has left our organization",
    "have left the company",
    "have left the organisation",
    "have left the organization",
    "has retired",
    "have retired",
    "was my last day at",
    "was my last day with",
    "was his last day at",
    "was her last day at",
    "has moved on from",
    "have moved on from",
    "nicht mehr für",
    "nicht mehr im unternehmen",
    "nicht mehr bei ",
    "nicht mehr tätig",
    "unternehmen verlassen",
    "aus dem unternehmen ausgeschieden",
    "im ruhestand",
    "ne fait plus partie",
    "ne travaille plus",
    "a quitté l'entreprise",
    "a quitté la société",
    "a quitté notre entreprise",
    "a quitté notre société",
    "a pris sa retraite",
    "ya no trabaja",
    "ya no trabajo",
    "ya no forma parte",
    "ha dejado la empresa",
    "dejó la empresa",
    "se ha jubilado",
    "non lavora più",
    "non fa più parte",
    "ha lasciato l'azienda",
    "ha lasciato la società",
    "è andato in pensione",
    "è andata in pensione",
    "não trabalha mais",
    "já não trabalha",
    "não faz mais parte",
    "já não faz parte",
    "deixou a empresa",
    "saiu da empresa",
    "niet meer werkzaam",
    "niet langer werkzaam",
    "niet meer in dienst",
    "is uit dienst",
    "heeft het bedrijf verlaten",
    "met pensioen",
];

/// Word endings that name a part of the organisation or a duty. One of
/// them in the words after a departure phrase reports a move inside the
/// organisation ("no longer with the sales team", "nicht mehr für den
/// Vertrieb zuständig"), not a departure. An ending also matches a
/// compound such as German "Vertriebsteam".
const INTERNAL_MOVES: &[&str] = &[
    "team",
    "department",
    "dept",
    "division",
    "unit",
    "project",
    "desk",
    "office",
    "abteilung",
    "bereich",
    "zuständig",
    "équipe",
    "service",
    "département",
    "equipo",
    "departamento",
    "sección",
    "reparto",
    "settore",
    "squadra",
    "equipa",
    "equipe",
    "setor",
    "afdeling",
];

/// Words after "I have left" that make it an absence ("I have left the
/// office for the day") or another act ("I have left you a message").
const BRIEF_LEAVES: &[&str] = &[
    "day",
    "early",
    "today",
    "tonight",
    "holiday",
    "holidays",
    "vacation",
    "leave",
    "message",
    "voicemail",
];

/// Words that open the object of a third-person "has left" when it is no
/// employer: an article, a preposition, a pronoun, an adverb or a place,
/// as in "has left for the day", "has left a note", "has left early" or
/// "has left the building". An organisation's name opens with none of
/// them, and "has left the company" has its own fragments in
/// [`DEPARTED`].
const NOT_AN_EMPLOYER: &[&str] = &[
    "a", "an", "the", "for", "on", "at", "in", "to", "from", "with", "early", "already", "just",
    "now", "today", "tonight", "you", "me", "us", "him", "her", "his", "their", "its", "our",
    "your", "my", "this", "that", "some", "no", "work", "home", "town", "building", "word",
];

/// Words after a departure phrase that are read as its object. Five
/// reach "zuständig" in "nicht mehr für den Vertrieb zuständig" and stop
/// before a later clause ("so please write to our support team").
const OBJECT_WORDS: usize = 5;

/// True when `text` (lowercase, spaces collapsed) states that the mailbox
/// owner has left: a sentence names a departure from the organisation,
/// and the reply does not state that its author comes back.
pub(super) fn is_departed(text: &str) -> bool {
    !absence::states_return(text)
        && sentences(text).into_iter().any(|s| names_departure(s) || leaves_employer(s))
}

/// True when `sentence` names a departure whose object is no team, duty
/// or brief absence.
fn names_departure(sentence: &str) -> bool {
    let Some(end) = DEPARTED
        .iter()
        .filter_map(|fragment| sentence.find(fragment).map(|at| at + fragment.len()))
        .min()
    else {
        return false;
    };
    is_employer(&object_words(&sentence[end..]))
}

/// True when `sentence` states in the third person that someone "has left"
/// an organisation by its name ("bob has left example org"): the object
/// opens with none of [`NOT_AN_EMPLOYER`] and is no team, duty or brief
/// absence.
// NOTE: a place's name reads as an employer too ("bob has left paris for
// a conference"), unless the reply states a return.
fn leaves_employer(sentence: &str) -> bool {
    sentence.match_indices("has left ").any(|(at, phrase)| {
        let object = object_words(&sentence[at + phrase.len()..]);
        let opens_with_name =
            object.first().is_some_and(|word| !NOT_AN_EMPLOYER.contains(&word.as_str()));
        opens_with_name && is_employer(&object)
    })
}

/// Returns the first [`OBJECT_WORDS`] words of `rest`, the text after a
/// departure phrase. The object ends at a comma, a colon, a bracket or a
/// conjunction.
fn object_words(rest: &str) -> Vec<String> {
    let clause = rest.split([',', ':', '(']).next().unwrap_or(rest);
    words(clause).into_iter().take_while(|word| !is_conjunction(word)).take(OBJECT_WORDS).collect()
}

/// True when no word of `object` names a team, a duty or a brief absence.
fn is_employer(object: &[String]) -> bool {
    let internal = object.iter().any(|word| INTERNAL_MOVES.iter().any(|part| word.ends_with(part)));
    let brief = object.iter().any(|word| BRIEF_LEAVES.contains(&word.as_str()));
    !internal && !brief
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn departure_needs_own_sentence() {
        assert!(is_departed("bob no longer works at example org. this mailbox is not read."));
        assert!(!is_departed("hello. our old fax number no longer works; call 555-0100."));
        assert!(!is_departed("carol is no longer with the sales team, so write to dave."));
        assert!(!is_departed("i am away until friday. dave is no longer with example org."));
        assert!(is_departed("bob no longer works at example org, so write to our support team."));
        assert!(is_departed("please note that i have left example org."));
        assert!(!is_departed("i have left the office for the day."));
    }

    #[test]
    fn third_person_leave_needs_employer() {
        assert!(is_departed("bob has left example org for a new role."));
        assert!(!is_departed("bob has left for the day."));
        assert!(!is_departed("bob has left example org's office early."));
        assert!(!is_departed("bob has left a note at reception."));
        assert!(!is_departed("bob has left."));
    }
}
