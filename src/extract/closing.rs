//! The closing line that ends a note and opens the writer's signature:
//! "Thanks,", "Thanks & regards,", "Vielen Dank,", "Atenciosamente,".
//! A closing is matched by its words, not as a whole phrase, because
//! writers combine the same few words in many orders.

/// Lowercased words that make a line a closing on their own, in English,
/// German, French, Spanish, Italian, Dutch, Portuguese and the Scandinavian
/// languages, with common abbreviations ("BR" for best regards, "MfG" for
/// mit freundlichen Grüßen, "Mvh" for med vennlig hilsen).
const CLOSING_WORDS: &[&str] = &[
    "thanks",
    "thank",
    "thx",
    "ty",
    "cheers",
    "best",
    "regards",
    "rgds",
    "br",
    "kr",
    "wishes",
    "sincerely",
    "yours",
    "respectfully",
    "grüße",
    "grüßen",
    "grüsse",
    "grüssen",
    "gruß",
    "gruss",
    "dank",
    "danke",
    "mfg",
    "lg",
    "vg",
    "cordialement",
    "merci",
    "salutations",
    "saludos",
    "saludo",
    "atentamente",
    "gracias",
    "saluti",
    "grazie",
    "groet",
    "groeten",
    "bedankt",
    "atenciosamente",
    "obrigado",
    "obrigada",
    "abraços",
    "abraço",
    "abracos",
    "abraco",
    "cumprimentos",
    "saudações",
    "mvh",
    "hilsen",
    "hilsner",
    "hälsningar",
    "hälsning",
];

/// Lowercased words that join or qualify closing words ("thank you very
/// much", "kind regards", "mit freundlichen Grüßen") but make no closing
/// alone.
const QUALIFYING_WORDS: &[&str] = &[
    "&",
    "a",
    "again",
    "all",
    "and",
    "advance",
    "in",
    "kind",
    "kindest",
    "lot",
    "many",
    "much",
    "so",
    "the",
    "truly",
    "very",
    "warm",
    "warmest",
    "with",
    "you",
    "bien",
    "et",
    "mit",
    "und",
    "freundlichen",
    "freundliche",
    "liebe",
    "viele",
    "vielen",
    "beste",
    "besten",
    "herzliche",
    "herzlichen",
    "schöne",
    "un",
    "muchas",
    "cordiales",
    "y",
    "cordiali",
    "distinti",
    "mille",
    "met",
    "vriendelijke",
    "hartelijke",
    "com",
    "os",
    "melhores",
    "muito",
    "med",
    "venlig",
    "vennlig",
    "vänliga",
    "vänlig",
    "bästa",
];

/// Lowercased first words of a greeting, which also ends in a comma but
/// opens a note: "Hi,", "Hallo,", "Olá,".
const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "dear",
    "hallo",
    "hola",
    "olá",
    "ola",
    "bonjour",
    "salut",
    "ciao",
    "salve",
    "buongiorno",
    "good",
    "morning",
    "afternoon",
    "evening",
    "beste",
    "lieber",
    "liebe",
    "sehr",
    "caro",
    "cara",
    "querido",
    "querida",
    "estimado",
    "estimada",
    "prezado",
    "prezada",
    "oi",
    "team",
    "all",
    "folks",
];

/// The maximum number of words of a name after a closing on its line
/// ("Thanks, Jane Doe"), and of a name line below a closing.
const MAX_NAME_WORDS: usize = 4;

/// True for line `at` of `lines` when it is a closing. That is a line of
/// closing words with its punctuation and perhaps the writer's name after
/// a comma ("Thanks,", "Best regards", "Thanks & regards, Jane"). It is
/// also one word ending in a comma right above a name line ("Pozdrawiam,"
/// then "Jan Kowalski"), which covers languages the tables do not list.
/// A sentence that opens with "Thanks" is not a closing.
/// NOTE: a note's one-word label above a name ("Recipient," then "Bob
/// Smith") reads as a closing too, so its address is kept only when
/// another line of the paste names it.
pub(super) fn is_closing_at(lines: &[&str], at: usize) -> bool {
    let line = lines[at];
    if line.contains('@') || line.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if is_closing_words_line(line) {
        return true;
    }
    lines.get(at + 1).is_some_and(|next| is_one_word_closing(line) && is_name_line(next))
}

/// True for a line of closing words, perhaps with a name after a comma.
fn is_closing_words_line(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let (words, name) = lower.split_once(',').unwrap_or((&lower, ""));
    let words = words.trim().trim_end_matches(['.', '!', '-']).trim_end();
    let name_words = name.split_whitespace().count();
    are_closing_words(words) && name_words <= MAX_NAME_WORDS && !name.contains(['.', '!', '?'])
}

/// True when every word of `words` is a closing or qualifying word and at
/// least one is a closing word, so "Kind regards" counts but "Kind" does not.
fn are_closing_words(words: &str) -> bool {
    let mut has_closing_word = false;
    for word in words.split_whitespace() {
        if CLOSING_WORDS.contains(&word) {
            has_closing_word = true;
        } else if !QUALIFYING_WORDS.contains(&word) {
            return false;
        }
    }
    has_closing_word
}

/// True for one word of letters and a comma that is not a greeting:
/// "Pozdrawiam,", "Hälsningar,".
fn is_one_word_closing(line: &str) -> bool {
    let Some(word) = line.trim().strip_suffix(',') else {
        return false;
    };
    let lower = word.to_lowercase();
    !word.is_empty()
        && word.chars().all(char::is_alphabetic)
        && !GREETINGS.contains(&lower.as_str())
}

/// True for a line that contains only a name: up to four capitalized words of
/// letters, with hyphens, apostrophes or an initial's dot ("Jan Kowalski",
/// "Mary-Ann O'Neil", "J. Smith").
fn is_name_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_NAME_WORDS {
        return false;
    }
    words.iter().all(|word| {
        word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
    })
}

#[cfg(test)]
mod tests {
    use super::is_closing_at;

    fn is_closing(line: &str) -> bool {
        is_closing_at(&[line], 0)
    }

    #[test]
    fn closing_lines() {
        let closings = [
            "Thanks,",
            "Best regards",
            "Kind regards,",
            "Thanks, Jane Doe",
            "Cheers!",
            "Thanks & regards,",
            "Thank you very much,",
            "Vielen Dank,",
            "Atenciosamente,",
        ];
        for line in closings {
            assert!(is_closing(line), "{line:?}");
        }
        let sentences = [
            "Thanks for looking at this.",
            "Thanks, the mail to bob@example.net bounced",
            "Regards, see the reply below. It came back twice",
            "Best 550 5.1.1",
            "Kind,",
            "Thanks to our client,",
        ];
        for line in sentences {
            assert!(!is_closing(line), "{line:?}");
        }
    }

    #[test]
    fn one_word_closing_needs_name_line() {
        assert!(is_closing_at(&["Pozdrawiam,", "Jan Kowalski"], 0));
        assert!(!is_closing_at(&["Pozdrawiam,", "the mail bounced"], 0));
        assert!(!is_closing_at(&["Pozdrawiam,"], 0));
        assert!(!is_closing_at(&["Hi,", "Bob Smith"], 0));
        assert!(!is_closing_at(&["Hello there,", "Bob Smith"], 0));
    }
}
