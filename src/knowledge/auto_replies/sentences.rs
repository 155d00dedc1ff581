//! Sentence and word splitting for auto-reply wordings. An out-of-office
//! reply often adds unrelated news ("our old fax number no longer
//! works"), so a phrase decides only together with the other words of
//! its own sentence.

/// Words that negate the verb they stand before, in English, German,
/// French, Spanish, Italian, Portuguese and Dutch. "Without" and its
/// translations count because "deleted without being read" negates the
/// reading.
const NEGATIONS: &[&str] = &[
    "not", "never", "cannot", "no", "nicht", "nie", "niemals", "pas", "jamais", "nunca", "non",
    "não", "nao", "niet", "nooit", "without", "ohne", "sans", "sin", "senza", "sem", "zonder",
];

/// Conjunctions that start a new clause, so a negation before one does
/// not reach the verb after it ("will not be read and will be deleted").
const CONJUNCTIONS: &[&str] = &[
    "and", "or", "but", "nor", "so", "und", "oder", "aber", "noch", "et", "ou", "mais", "ni", "y",
    "o", "pero", "e", "ma", "mas", "en", "of", "maar",
];

/// Splits `text` (lowercase, spaces collapsed) into sentences at `.`, `!`,
/// `?` and `;` followed by a space or the end. A period after a number of
/// one or two digits ("5. januar", "14.12.") or after an abbreviation
/// ("z.b.", "s.r.l.", "dr.") does not end a sentence.
pub(super) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?' | ';') {
            continue;
        }
        let end = at + c.len_utf8();
        let followed_by_space = text[end..].chars().next().is_none_or(|next| next == ' ');
        if !followed_by_space || (c == '.' && is_abbreviation(last_token(&text[start..at]))) {
            continue;
        }
        out.push(text[start..at].trim());
        start = end;
    }
    out.push(text[start..].trim());
    out.retain(|sentence| !sentence.is_empty());
    out
}

/// Returns the text after the last space of `before`.
fn last_token(before: &str) -> &str {
    before.rsplit(' ').next().unwrap_or(before)
}

/// True when a period after `token` belongs to it: a day or month number,
/// a title such as "dr", or an abbreviation with inner periods whose
/// parts are one or two letters ("z.b", "e.g", "s.r.l"). A domain such as
/// "example.net" is not one, so "write to bob@example.net. i am" splits.
fn is_abbreviation(token: &str) -> bool {
    const TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "prof", "st", "hr", "fr", "nr", "no", "ca"];
    let short_number =
        !token.is_empty() && token.len() <= 2 && token.bytes().all(|b| b.is_ascii_digit());
    let dotted = token.contains('.') && token.split('.').all(|part| part.chars().count() <= 2);
    short_number || dotted || TITLES.contains(&token)
}

/// Splits `sentence` into words of letters, digits, `-` and `@`, with
/// English "n't" written out as "not" so that "won't be read" negates.
pub(super) fn words(sentence: &str) -> Vec<String> {
    let expanded = sentence.replace("n't", " not");
    expanded
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '@'))
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect()
}

/// True when `word` is a conjunction that starts a new clause.
pub(super) fn is_conjunction(word: &str) -> bool {
    CONJUNCTIONS.contains(&word)
}

/// True when one of the three words before `words[index]` is a negation,
/// and no conjunction comes between them.
pub(super) fn is_negated(words: &[String], index: usize) -> bool {
    for word in words[..index].iter().rev().take(3) {
        if is_conjunction(word) {
            return false;
        }
        if NEGATIONS.contains(&word.as_str()) {
            return true;
        }
    }
    false
}

/// True when one of `words` is in `list`.
pub(super) fn has_any(words: &[String], list: &[&str]) -> bool {
    words.iter().any(|word| list.contains(&word.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_ends() {
        let text = "i am away until 5. januar. write to bob@example.net. call z.b. carol; thanks!";
        assert_eq!(
            sentences(text),
            ["i am away until 5. januar", "write to bob@example.net", "call z.b. carol", "thanks"]
        );
    }

    #[test]
    fn negation_stops_at_conjunction() {
        let read = words("your email will not be read and will be deleted");
        let deleted = read.iter().position(|w| w == "deleted").unwrap();
        assert!(!is_negated(&read, deleted));
        let kept = words("your message won't be deleted");
        assert!(is_negated(&kept, kept.len() - 1));
        let german = words("ihre e-mail wird nicht gelesen und gelöscht");
        assert!(is_negated(&german, 4));
        assert!(!is_negated(&german, 6));
    }
}
