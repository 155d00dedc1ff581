//! A writer's question about a reply (`Why do we get "554 5.7.1 ..." on
//! every mail?`, German `Warum bekommen wir "554 5.7.1 ..." bei jeder
//! Mail?`): the quoted reply sits inside a sentence that opens with a
//! question word and ends with the writer's question mark. Such a sentence asks
//! about a reply and reports none. A bounce may also contain a question
//! (`Fragen? Wenden Sie sich an ...`), but never in the sentence that
//! quotes the receiver's reply, so only the code's own sentence counts.

/// Words that open a question, lowercase, in the languages the tool
/// reads: English, German, French, Spanish, Dutch, Italian and
/// Portuguese. Interrogatives, and the verbs and auxiliaries that open a
/// yes-no question (`Does anyone know ...`, `Bekommt ihr auch ...`,
/// `Krijgen jullie ook ...`).
/// NOTE: a yes-no question that opens with a verb not listed here is not
/// recognised.
const QUESTION_OPENERS: &[&str] = &[
    // English.
    "why",
    "what",
    "what's",
    "how",
    "where",
    "which",
    "who",
    "does",
    "do",
    "did",
    "is",
    "are",
    "can",
    "could",
    "has",
    "have",
    "anyone",
    "anybody",
    // German.
    "warum",
    "wieso",
    "weshalb",
    "weswegen",
    "was",
    "wie",
    "wo",
    "wann",
    "welche",
    "welcher",
    "welches",
    "wer",
    "woran",
    "wodurch",
    "kann",
    "können",
    "könnt",
    "habt",
    "hat",
    "haben",
    "bekommt",
    "bekommen",
    "kriegt",
    "kriegen",
    "gibt",
    "ist",
    "sind",
    "weiß",
    "weiss",
    "wisst",
    // French.
    "pourquoi",
    "que",
    "qu'est-ce",
    "quoi",
    "comment",
    "où",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "qui",
    "est-ce",
    "avez-vous",
    "savez-vous",
    "recevez-vous",
    // Spanish.
    "por",
    "porqué",
    "qué",
    "cómo",
    "dónde",
    "cuál",
    "cuáles",
    "quién",
    "alguien",
    "sabéis",
    "saben",
    // Dutch.
    "waarom",
    "wat",
    "hoe",
    "waar",
    "wanneer",
    "welke",
    "wie",
    "krijgen",
    "krijg",
    "krijgt",
    "kan",
    "kunnen",
    "weet",
    "weten",
    "heeft",
    "hebben",
    // Italian.
    "perché",
    "perchè",
    "cosa",
    "che",
    "come",
    "dove",
    "quando",
    "quale",
    "quali",
    "chi",
    "qualcuno",
    "sapete",
    // Portuguese.
    "porque",
    "como",
    "onde",
    "qual",
    "quais",
    "quem",
    "alguém",
];

/// True when the sentence around a quoted code asks a question about it:
/// `head` is the sentence's text before the code, and `writer_tail` the
/// writer's words after the reply's closing quote, up to the sentence
/// end. The head opens with a question word or Spanish's `¿`, and the
/// tail ends with `?`.
pub(super) fn asks_about(head: &str, writer_tail: &str) -> bool {
    if !writer_tail.trim_end().ends_with(['?', '？']) {
        return false;
    }
    let head = head.trim_start_matches(|c: char| c.is_whitespace() || c == '>');
    if head.starts_with('¿') {
        return true;
    }
    let first = head
        .split(|c: char| c.is_whitespace() || c == ',' || super::quotes::OPENING.contains(&c))
        .find(|word| !word.is_empty())
        .map(|word| word.to_lowercase().replace('’', "'"));
    first.is_some_and(|word| QUESTION_OPENERS.contains(&word.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_in_each_language() {
        let questions = [
            ("Why do we get \"", " on every mail?"),
            ("Warum bekommen wir \"", " bei jeder Mail?"),
            ("Pourquoi recevons-nous « ", " pour chaque mail ?"),
            ("¿Por qué recibimos \"", " con cada correo?"),
            ("Waarom krijgen we \"", " bij elke mail?"),
            ("Perché riceviamo \"", " con ogni mail?"),
            ("Por que recebemos \"", " em cada email?"),
            ("Bekommt ihr auch \"", "?"),
        ];
        for (head, tail) in questions {
            assert!(asks_about(head, tail), "{head}...{tail}");
        }
    }

    #[test]
    fn statements_ask_nothing() {
        let statements =
            [("Vom Remoteserver wurde '", "' zurückgegeben."), ("The server returned \"", "\"?")];
        for (head, tail) in statements {
            assert!(!asks_about(head, tail), "{head}...{tail}");
        }
    }
}
