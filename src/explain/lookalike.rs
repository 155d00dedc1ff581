//! Host names that mix ASCII letters with letters that can imitate them
//! (`zen.spаmhaus.org` with a Cyrillic `а`). The report lists them per
//! recipient, so the page and the CLI warn about the same names.

/// True for a letter that can pass for an ASCII one: Cyrillic, Greek,
/// Armenian and Cherokee letters, fullwidth Latin letters, and Latin
/// letters outside ASCII (`ı`, `ɑ`, accented forms). Chinese or Japanese
/// text running into a host name is no disguise, so it is not listed.
fn is_confusable(c: char) -> bool {
    let latin = matches!(c,
        '\u{AA}' | '\u{BA}' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2AF}'
        | '\u{1D00}'..='\u{1D7F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2C60}'..='\u{2C7F}'
        | '\u{A720}'..='\u{A7FF}' | '\u{AB30}'..='\u{AB6F}' | '\u{FB00}'..='\u{FB06}');
    let other = matches!(c,
        // Greek and Coptic, Greek Extended
        '\u{370}'..='\u{3FF}' | '\u{1F00}'..='\u{1FFF}'
        // Cyrillic and its supplement and extensions
        | '\u{400}'..='\u{52F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}'
        // Armenian and its ligatures
        | '\u{531}'..='\u{58F}' | '\u{FB13}'..='\u{FB17}'
        // Cherokee
        | '\u{13A0}'..='\u{13FF}' | '\u{AB70}'..='\u{ABBF}'
        // Fullwidth Latin letters
        | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}');
    (latin && c.is_alphabetic()) || (other && c.is_alphabetic())
}

/// True when `name` (a host name, an address or one label) mixes ASCII
/// letters with letters that can imitate them.
fn is_lookalike(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_alphabetic()) && name.chars().any(is_confusable)
}

/// Returns the dotted names in `text` (runs of letters, digits and `-` joined by
/// single dots) that are lookalikes, each once, in order.
fn lookalike_hosts(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = Vec::new();
    let is_name_char = |c: char| c.is_alphanumeric() || c == '-' || c == '.';
    for run in text.split(|c: char| !is_name_char(c)) {
        // A doubled dot ends one name and starts the next.
        for name in run.split("..") {
            let name = name.trim_matches('.');
            if name.contains('.') && is_lookalike(name) && !found.contains(&name) {
                found.push(name);
            }
        }
    }
    found
}

/// Returns the names a recipient's card should warn about: lookalike host
/// names in the receiver's message, then the address and the receiving
/// host when they are lookalikes themselves.
pub fn in_recipient(diagnostic: &str, address: Option<&str>, remote_host: Option<&str>) -> Vec<String> {
    let mut found = lookalike_hosts(diagnostic);
    for value in [address, remote_host].into_iter().flatten() {
        if is_lookalike(value) && !found.contains(&value) {
            found.push(value);
        }
    }
    found.into_iter().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_script_names_found() {
        let text = "554 5.7.1 blocked using zen.sp\u{430}mhaus.org; see \
                    https://www.sp\u{430}mhaus.org/query and zen.spamhaus.org";
        assert_eq!(lookalike_hosts(text), ["zen.sp\u{430}mhaus.org", "www.sp\u{430}mhaus.org"]);
        for name in ["c\u{43e}mcast.net", "g\u{1d0f}ogle.com", "p\u{251}ypal.com", "\u{ff47}mail.com", "ex\u{e1}mple.com"] {
            assert!(is_lookalike(name), "{name}");
        }
    }

    #[test]
    fn plain_and_single_script_names_pass() {
        for name in ["zen.spamhaus.org", "пример.рф", "例え.jp", "example.jp您好", "192.0.2.1"] {
            assert!(!is_lookalike(name), "{name}");
        }
        assert!(lookalike_hosts("550 5.1.1 user unknown at mx.example.net.").is_empty());
    }
}
