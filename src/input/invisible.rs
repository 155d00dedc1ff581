//! Invisible characters and combining marks inside IP addresses and email
//! addresses.
//!
//! Text copied from chat tools, ticket systems or web pages can carry
//! zero-width spaces, soft hyphens, bidi controls or variation selectors
//! inside addresses and IPs. The scanners stop at such a character, so
//! `192.0.2.1<U+200B>0` would be read as 192.0.2.1: a valid IP, but not the
//! one the receiver named. A removal request must quote the exact IP, so
//! the characters are removed where the word around them, read without
//! them, is an IP or an email address, and the report notes it. A
//! combining mark (an accent on a digit) is removed the same way where the
//! word is an IP, but not from an email address, where it is part of a
//! decomposed letter (`mu<U+0308>ller@...`). Elsewhere they stay: a host
//! name split by one is left for the lookalike checks to flag.

use std::net::IpAddr;

use super::escaped_invisible;
use super::Decoded;
use crate::report::Note;

/// True for the characters that Unicode's Default_Ignorable_Code_Point
/// property lists: format characters, variation selectors, the combining
/// grapheme joiner, fillers and tag characters, which renderers draw as
/// nothing. Source: DerivedCoreProperties.txt of Unicode 14.0, as quoted
/// in HarfBuzz's hb-unicode.hh; U+180F is Unicode 14's fourth Mongolian
/// free variation selector.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}'
            | '\u{34F}'
            | '\u{61C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// True for the combining marks of Unicode's five Combining Diacritical
/// Marks blocks (Blocks.txt): accents and enclosing marks that a font
/// draws on the character before them, such as U+0301 or the keycap
/// U+20E3.
// NOTE: script-specific marks (Devanagari vowel signs and the like) are
// not listed: they are not written on ASCII digits.
pub fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// True for the characters removed from inside an IP: the invisible ones
/// and combining marks.
fn is_hidden_in_ip(c: char) -> bool {
    is_invisible(c) || is_combining_mark(c)
}

/// Removes invisible characters from inside IPs and email addresses (see
/// this module's notes) in every text later stages read, and records the
/// values read that way in `rejoined`. The forwarded bounce in `nested`
/// was cleaned when it was decoded, so its values are copied from its own
/// `rejoined`.
pub(super) fn clean_decoded(decoded: &mut Decoded) {
    let mut joined: Vec<String> = Vec::new();
    let mut cut: Vec<String> = Vec::new();
    let mut clean = |field: &mut String| {
        let (text, words) = join_split_words(field);
        push_new(&mut cut, find_cut_ips(&text));
        *field = text;
        push_new(&mut joined, words);
    };
    clean(&mut decoded.text);
    clean(&mut decoded.body);
    for field in
        [&mut decoded.dsn, &mut decoded.feedback, &mut decoded.original].into_iter().flatten()
    {
        clean(field);
    }
    if let Some(nested) = &decoded.nested {
        push_new(&mut joined, nested.rejoined.iter().cloned());
        push_new(&mut cut, nested.cut_ips.iter().cloned());
    }
    decoded.rejoined = joined;
    decoded.cut_ips = cut;
}

fn push_new(list: &mut Vec<String>, values: impl IntoIterator<Item = String>) {
    for value in values {
        if !list.contains(&value) {
            list.push(value);
        }
    }
}

/// Adds a note naming the values in `rejoined`, so the reader checks them
/// before quoting. It is added once, for the whole input, so a forward
/// does not repeat it for the bounce inside.
pub(super) fn add_note(decoded: &mut Decoded) {
    for word in &decoded.cut_ips {
        decoded.notes.push(Note::warning(format!(
            "The text has an invisible character or a combining mark inside {word}. Read \
             without it, this is not an IP address, and an IP read up to that character would \
             be cut short, so none is quoted from it. Find the IP in the original message."
        )));
    }
    let joined = &decoded.rejoined;
    if joined.is_empty() {
        return;
    }
    let (noun, pronoun) =
        if joined.len() > 1 { ("these values", "them") } else { ("this value", "it") };
    decoded.notes.push(Note::warning(format!(
        "The text has invisible characters or combining marks (such as a zero-width space, \
         a variation selector or an accent) inside an IP address or an email address. They were removed to read {noun}: {}. \
         Check {pronoun} against the original before you quote {pronoun} in a removal request.",
        joined.join(", ")
    )));
}

/// Characters an IP or an email address is made of.
pub(super) fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '@' | '_' | '+' | '-' | '%' | '\'' | '=')
}

/// Removes the invisible characters inside each word that, without them,
/// is an IP or an email address. Returns the cleaned text and the words
/// that were joined (as read after the removal), in order, without repeats.
pub fn join_split_words(text: &str) -> (String, Vec<String>) {
    let unescaped = escaped_invisible::unescape_inside_words(text);
    let text = unescaped.as_deref().unwrap_or(text);
    if !text.chars().any(is_hidden_in_ip) {
        return (text.to_string(), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut joined: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if is_word(c) || is_hidden_in_ip(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut out, &mut joined);
            out.push(c);
        }
    }
    flush(&mut word, &mut out, &mut joined);
    (out, joined)
}

fn flush(word: &mut String, out: &mut String, joined: &mut Vec<String>) {
    match joined_value(word) {
        Some((bare, value)) => {
            if !joined.contains(&value) {
                joined.push(value);
            }
            out.push_str(&bare);
        }
        None => out.push_str(word),
    }
    word.clear();
}

/// Reads `word` without its invisible characters, and returns that text
/// and the value the note names when it is an IP or an address, or a
/// `name=value` parameter with one. Failing that, it reads the word
/// without its combining marks too, and returns it when that is an IP.
fn joined_value(word: &str) -> Option<(String, String)> {
    let read = |bare: String, accept: fn(&str) -> bool| {
        let value = if accept(&bare) { Some(bare.as_str()) } else { parameter_value(&bare) };
        let value = value.filter(|value| accept(value))?.to_string();
        Some((bare, value))
    };
    if word.chars().any(is_invisible) {
        let bare: String = word.chars().filter(|&c| !is_invisible(c)).collect();
        if let Some(read) = read(bare, is_ip_or_address) {
            return Some(read);
        }
    }
    if word.chars().any(is_combining_mark) {
        return read(word.chars().filter(|&c| !is_hidden_in_ip(c)).collect(), is_ip);
    }
    None
}

/// Returns the words of `text` (already cleaned by [`join_split_words`])
/// that still contain an invisible character or a combining mark with an
/// IP on one side of it, such as `?ip=192.0.2.8<U+200B>12`. The IP on
/// either side is only part of the value, so the IP rules do not quote it
/// (see `sender_ip::embedded::is_embedded`), and the note explains why. Each word
/// is returned with those characters written as `<U+XXXX>`.
fn find_cut_ips(text: &str) -> Vec<String> {
    if !text.chars().any(is_hidden_in_ip) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let words = text.split(|c: char| !(is_word(c) || is_hidden_in_ip(c)));
    for word in words.filter(|w| w.chars().any(is_hidden_in_ip)) {
        let has_ip = word.split(is_hidden_in_ip).any(|piece| {
            let value = parameter_value(piece).unwrap_or(piece);
            is_ip(value)
        });
        if has_ip {
            found.push(show_invisible(word));
        }
    }
    found
}

/// Writes each invisible character and combining mark of `word` as
/// `<U+XXXX>`.
fn show_invisible(word: &str) -> String {
    let mut shown = String::with_capacity(word.len() + 8);
    for c in word.chars() {
        if is_hidden_in_ip(c) {
            shown.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            shown.push(c);
        }
    }
    shown
}

/// Returns the IP or address of a `name=value` or `name:value` word, such
/// as a link's `ip=192.0.2.1` or T-Online's `IP=192.0.2.1`. `=` and `:`
/// are word characters (for `bob=example.org@...` and IPv6), so such a
/// parameter reaches [`flush`] as one word that is not an IP as a whole.
/// The name must start with a letter and be made of letters, digits, `_`,
/// `-` and `.`, as parameter names are.
fn parameter_value(word: &str) -> Option<&str> {
    let at = word.find(['=', ':'])?;
    let name = &word[..at];
    let named = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    let value = &word[at + 1..];
    (named && is_ip_or_address(value)).then_some(value)
}

/// Trims the punctuation a sentence puts around a word.
fn trim_punctuation(word: &str) -> &str {
    word.trim_matches(|c| matches!(c, '.' | '-' | '\'' | '='))
}

/// True when `word` (trimmed of the punctuation a sentence puts around it,
/// and of an `IPv6:` prefix) is an IPv4 or IPv6 address.
fn is_ip(word: &str) -> bool {
    let ip = trim_punctuation(word).trim_end_matches(':');
    let ip = ip.strip_prefix("IPv6:").or_else(|| ip.strip_prefix("ipv6:")).unwrap_or(ip);
    ip.parse::<IpAddr>().is_ok()
}

/// True when `word` (trimmed of the punctuation a sentence puts around it)
/// is an IPv4 or IPv6 address, or looks like `local@domain.tld`.
fn is_ip_or_address(word: &str) -> bool {
    if is_ip(word) {
        return true;
    }
    let core = trim_punctuation(word);
    match core.rsplit_once('@') {
        Some((local, domain)) => {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_ips_and_addresses_only() {
        let (text, joined) = join_split_words(
            "[192.0.2.1\u{200B}0] <b\u{AD}ob@example.net> zen.spam\u{200B}haus.org",
        );
        assert_eq!(text, "[192.0.2.10] <bob@example.net> zen.spam\u{200B}haus.org");
        assert_eq!(joined, ["192.0.2.10", "bob@example.net"]);
    }

    #[test]
    fn joins_combining_marks_in_ips_only() {
        let (text, joined) = join_split_words(
            "[1\u{301}92.0.2.199] [192.0.2.1\u{FE0F}99] <mu\u{308}ller@example.net>",
        );
        assert_eq!(text, "[192.0.2.199] [192.0.2.199] <mu\u{308}ller@example.net>");
        assert_eq!(joined, ["192.0.2.199"]);
    }

    #[test]
    fn joins_json_escapes_inside_words() {
        let (text, joined) =
            join_split_words(r#"{"reason":"[192.0.2.1\u200B5] <b\u00adob@example.net>"}"#);
        assert_eq!(text, r#"{"reason":"[192.0.2.15] <bob@example.net>"}"#);
        assert_eq!(joined, ["192.0.2.15", "bob@example.net"]);
    }

    #[test]
    fn leaves_other_escapes() {
        for text in [r"[192.0.2.1\\u200b5]", r"[192.0.2.1\u00415]", r"[\u200b]", r"\u200"] {
            assert_eq!(join_split_words(text), (text.to_string(), Vec::new()), "{text}");
        }
    }

    #[test]
    fn joins_json_escapes_at_word_edges() {
        let cases = [
            (r"[192.0.2.5\u200b]", "[192.0.2.5]"),
            (r"[\u200b192.0.2.5]", "[192.0.2.5]"),
            (r"\u200b192.0.2.5", "192.0.2.5"),
            (r"host 192.0.2.5\u00ad.", "host 192.0.2.5."),
            (r"<bob@example.net\uFEFF>", "<bob@example.net>"),
        ];
        for (escaped, expected) in cases {
            let (text, joined) = join_split_words(escaped);
            assert_eq!(text, expected, "{escaped}");
            assert_eq!(joined.len(), 1, "{escaped}: {joined:?}");
        }
    }

    #[test]
    fn joins_parameter_values() {
        let (text, joined) =
            join_split_words("?pr=1&ip=192.0.2.6\u{200B}2&c=bl IP=192.0.2.1\u{AD}2 -");
        assert_eq!(text, "?pr=1&ip=192.0.2.62&c=bl IP=192.0.2.12 -");
        assert_eq!(joined, ["192.0.2.62", "192.0.2.12"]);
    }

    #[test]
    fn leaves_parameter_of_other_values() {
        for text in ["id=ab\u{200B}c", "1x=192.0.2.6\u{200B}2", "a b=192.0\u{200B}.2"] {
            let (_, joined) = join_split_words(text);
            assert!(joined.is_empty(), "{text}: {joined:?}");
        }
    }

    #[test]
    fn finds_ips_cut_at_invisible_characters() {
        let text = "?ip=192.0.2.8\u{200B}12 [2001:db8::2\u{AD}12345] zen.spam\u{200B}haus.org";
        assert_eq!(find_cut_ips(text), ["ip=192.0.2.8<U+200B>12", "2001:db8::2<U+00AD>12345"]);
    }

    #[test]
    fn leaves_text_without_invisible_characters() {
        let (text, joined) = join_split_words("550 5.7.1 [192.0.2.10]");
        assert_eq!(text, "550 5.7.1 [192.0.2.10]");
        assert!(joined.is_empty());
    }
}
