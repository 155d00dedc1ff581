//! An address that a person gives as their own (`Our sending IP is
//! 192.0.2.1`, `unsere IP-Adresse 192.0.2.1`, `notre adresse IP`) in a
//! question about a bounce. The project quotes an address only from the
//! receiver's words, and the writer's claim is not one of them.

/// First-person possessives in English, German, French, Spanish, Italian
/// and Portuguese, in lowercase.
const OWN: &[&str] = &[
    "our",
    "my",
    "unsere",
    "unserer",
    "unseren",
    "unser",
    "meine",
    "mein",
    "notre",
    "nos",
    "mon",
    "nuestra",
    "nuestro",
    "mi",
    "il nostro",
    "la nostra",
    "nostro",
    "nostra",
    "o nosso",
    "a nossa",
    "nosso",
    "nossa",
    "meu",
    "minha",
];

/// Characters read back from a match, more than the longest word in
/// [`OWN`] and the character before it.
const TAIL_CHARS: usize = 16;

/// True when the words right before `start`, where a sender rule's match
/// begins, are a first-person possessive: `our` in `our sending IP is`.
pub(super) fn claims_own(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else { return false };
    let before = before.trim_end();
    // Only the last few characters can hold a possessive, and a line of many
    // matches calls this once per match, so the whole text is not lowercased.
    let tail_start = before.char_indices().rev().nth(TAIL_CHARS - 1).map_or(0, |(i, _)| i);
    let before = before[tail_start..].to_lowercase();
    OWN.iter().any(|word| {
        before
            .strip_suffix(word)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()))
    })
}

#[cfg(test)]
mod tests {
    use super::claims_own;

    #[test]
    fn own_address_claims() {
        for (text, word) in [
            ("Our sending IP is 192.0.2.150.", "sending"),
            ("Unsere IP-Adresse 192.0.2.150 ist gesperrt.", "IP-Adresse"),
            ("Notre adresse IP 192.0.2.150 est bloquée.", "adresse"),
            ("Nuestra dirección IP 192.0.2.150 está bloqueada.", "dirección"),
        ] {
            let start = text.find(word).expect("word is in text");
            assert!(claims_own(text, start), "{text}");
        }
    }

    #[test]
    fn claim_after_long_text() {
        let text = format!("{} Our sending IP is 192.0.2.150.", "x ".repeat(5000));
        let start = text.find("sending").expect("word is in text");
        assert!(claims_own(&text, start));
        let word_end = format!("{}flour sending IP 192.0.2.150", "x ".repeat(5000));
        let start = word_end.find("sending").expect("word is in text");
        assert!(!claims_own(&word_end, start));
    }

    #[test]
    fn receiver_statements_are_not_claims() {
        for (text, word) in [
            ("550 5.7.1 Your sending IP 192.0.2.150 is listed", "sending"),
            ("Votre adresse IP 192.0.2.150 est listée", "adresse"),
            ("Client host [192.0.2.150] blocked (Kami sending IP 192.0.2.150)", "sending"),
        ] {
            let start = text.find(word).expect("word is in text");
            assert!(!claims_own(text, start), "{text}");
        }
    }
}
