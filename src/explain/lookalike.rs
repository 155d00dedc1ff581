//! Host names that mix ASCII letters with letters that can imitate them
//! (`zen.spаmhaus.org` with a Cyrillic `а`). The report lists them per
//! recipient, so the page and the CLI warn about the same names.

use super::punycode;

use crate::knowledge::link_hosts::is_known_link_host;
use crate::knowledge::providers::text::is_dot_lookalike;

/// True for a letter that can pass for an ASCII one. These are Cyrillic,
/// Greek, Armenian and Cherokee letters, fullwidth Latin letters, and
/// Latin letters beyond the accented ones of European languages (`ɑ`,
/// `ᴏ`, `ạ`). `ı`, `ĸ` and `ſ` count too: no accent gives them away.
/// Chinese or Japanese text running into a host name is no disguise, so
/// it is not listed.
fn is_confusable(c: char) -> bool {
    let latin = matches!(c,
        '\u{131}' | '\u{138}' | '\u{17F}' | '\u{180}'..='\u{2AF}'
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
    (latin || other) && c.is_alphabetic()
}

/// The ASCII letter under each accented letter from U+00C0 to U+017F
/// (Latin-1 Supplement and Latin Extended-A), taken from Unicode's
/// canonical decompositions. A `.` marks a character with none, such as
/// `×`, `ß`, `ø` or `ł`.
const ACCENT_BASES: &str = "\
    AAAAAA.CEEEEIIII.NOOOOO..UUUUY..aaaaaa.ceeeeiiii.nooooo..uuuuy.y\
    AaAaAaCcCcCcCcDd..EeEeEeEeEeGgGgGgGgHh..IiIiIiIiI...JjKk.LlLlLl.\
    ...NnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTt..UuUuUuUuUuUuWwYyYZzZzZz.";

/// Returns the ASCII letter an accented letter is written on, if any.
fn accent_base(c: char) -> Option<char> {
    let index = (c as usize).checked_sub(0xC0)?;
    ACCENT_BASES.as_bytes().get(index).filter(|&&b| b != b'.').map(|&b| char::from(b))
}

/// True when taking the accents off `name`'s letters turns it into a
/// provider's or blocklist's host (`spámhaus.org`). Accented letters are
/// ordinary in German or French domain names (`bücher.example`); they
/// only deceive when they imitate a name the reader trusts.
fn imitates_known_host(name: &str) -> bool {
    let domain = name.rsplit('@').next().unwrap_or(name);
    if !domain.chars().any(|c| accent_base(c).is_some()) {
        return false;
    }
    let bare: String =
        domain.chars().map(|c| accent_base(c).unwrap_or(c).to_ascii_lowercase()).collect();
    is_known_link_host(&bare)
}

/// True when `name` (a host name or an address) can pass for another.
/// That is a label mixing ASCII letters with letters that imitate them
/// (`sp\u{430}mhaus`), a label in such letters under an ASCII top-level
/// domain (Cyrillic `\u{430}\u{440}\u{440}\u{4cf}\u{435}.com`), or
/// accents on a known host. A name in one script under its own top-level
/// domain (`mx.пример.рф`) is an ordinary internationalised name.
fn is_lookalike(name: &str) -> bool {
    let labels: Vec<&str> = name.split(['.', '@']).collect();
    let has_ascii_letter = |label: &str| label.chars().any(|c| c.is_ascii_alphabetic());
    let has_confusable = |label: &str| label.chars().any(is_confusable);
    let mixed = labels.iter().any(|l| has_ascii_letter(l) && has_confusable(l));
    let top = labels.last().copied().unwrap_or_default();
    let under_ascii_top = !top.is_empty() && top.is_ascii() && has_ascii_letter(top);
    mixed
        || (under_ascii_top && labels.iter().any(|l| has_confusable(l)))
        || imitates_known_host(name)
        || has_disguised_dot(name)
}

/// True when a dot lookalike (`\u{2024}`) is between two ASCII letters
/// or digits, where a reader takes it for the dot between two labels.
fn has_disguised_dot(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    chars.windows(3).any(|w| {
        is_dot_lookalike(w[1]) && w[0].is_ascii_alphanumeric() && w[2].is_ascii_alphanumeric()
    })
}

/// Returns the dotted names in `text` (runs of letters, digits and `-` joined by
/// single dots or dot lookalikes) that are lookalikes, each once, in order.
pub(super) fn lookalike_hosts(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let is_name_char = |c: char| c.is_alphanumeric() || c == '-' || c == '.' || is_dot_lookalike(c);
    for run in text.split(|c: char| !is_name_char(c)) {
        // A doubled dot ends one name and starts the next.
        for name in run.split("..") {
            let name = name.trim_matches(|c: char| c == '.' || is_dot_lookalike(c));
            if !name.contains(|c: char| c == '.' || is_dot_lookalike(c)) {
                continue;
            }
            if let Some(shown) = lookalike(name) {
                push_once(&mut found, shown);
            }
        }
    }
    found
}

/// Adds `name` unless the list has it already, in any letter case: host
/// names are case-insensitive.
fn push_once(found: &mut Vec<String>, name: String) {
    if !found.iter().any(|known| known.to_lowercase() == name.to_lowercase()) {
        found.push(name);
    }
}

/// Returns how to show `name` in a warning when it is a lookalike: as
/// written, or for a name with `xn--` labels (the form headers and SMTP
/// carry) as decoded followed by the written form.
fn lookalike(name: &str) -> Option<String> {
    if is_lookalike(name) {
        return Some(name.to_string());
    }
    let decoded = punycode::decode_name(name)?;
    is_lookalike(&decoded).then(|| format!("{decoded} (written {name})"))
}

/// Returns the names a recipient's card should warn about: lookalike host
/// names in the receiver's message, then the address and the receiving
/// host when they are lookalikes themselves.
pub fn in_recipient(
    diagnostic: &str,
    address: Option<&str>,
    remote_host: Option<&str>,
) -> Vec<String> {
    let mut found = lookalike_hosts(diagnostic);
    for value in [address, remote_host].into_iter().flatten() {
        if let Some(shown) = lookalike(value) {
            push_once(&mut found, shown);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_script_names_found() {
        let text = "554 5.7.1 blocked using zen.sp\u{430}mhaus.org; see \
                    https://www.sp\u{430}mhaus.org/query and zen.spamhaus.org";
        assert_eq!(lookalike_hosts(text), ["zen.sp\u{430}mhaus.org", "www.sp\u{430}mhaus.org"]);
        for name in [
            "c\u{43e}mcast.net",
            "g\u{1d0f}ogle.com",
            "p\u{251}ypal.com",
            "\u{ff47}mail.com",
            "g\u{131}mail.com",
            "\u{430}\u{440}\u{440}\u{4cf}\u{435}.com",
        ] {
            assert!(is_lookalike(name), "{name}");
        }
    }

    #[test]
    fn accents_that_imitate_a_known_host_found() {
        for name in ["zen.sp\u{e1}mhaus.org", "postmaster@c\u{f6}mcast.net", "mx.G\u{D3}OGLE.com"] {
            assert!(is_lookalike(name), "{name}");
        }
    }

    #[test]
    fn plain_and_single_script_names_pass() {
        for name in [
            "zen.spamhaus.org",
            "пример.рф",
            "例え.jp",
            "example.jp您好",
            "192.0.2.1",
            "mx.bücher.example",
            "josé@café.example.fr",
            "mx.пример.рф",
            "ivan@пример.рф",
        ] {
            assert!(!is_lookalike(name), "{name}");
        }
        assert!(lookalike_hosts("550 5.1.1 user unknown at mx.example.net.").is_empty());
    }
}
