//! Network ranges written by their first and last address: `192.0.2.0 -
//! 192.0.2.255`, `[192.0.2.0-192.0.2.255]`, `192.0.2.0-255`, `192.0.2.0 to
//! 192.0.2.255`, `between 192.0.2.0 and 192.0.2.255`. Either end is only
//! one address of the blocked network, so neither is quoted, as for a
//! range in CIDR notation (see `address::range_prefix`).

use std::net::IpAddr;
use std::ops::Range;

use super::address;

/// The characters that join a range's ends: hyphen-minus, hyphen,
/// non-breaking hyphen, figure dash, en dash, em dash and minus sign.
const DASHES: &[char] =
    &['-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2212}'];

/// Words that join a range's ends. `and` counts only after `between`.
const JOINING_WORDS: &[&str] = &["to", "through", "thru", "and"];

/// Words that, shortly before the first address, say that a worded pair
/// of addresses (`192.0.2.0 to 192.0.2.255`) is a range.
const RANGE_WORDS: &[&str] =
    &["range", "network", "net", "netblock", "subnet", "block", "addresses", "ips", "inetnum"];

/// How many words before the first address are searched for a range word.
const RANGE_WORD_REACH: usize = 3;

/// Returns the network range, as written, that the address `ip` at
/// `start..end` (written as `written`) starts or ends: in CIDR notation or
/// by both ends.
pub fn written_at(
    text: &str,
    start: usize,
    end: usize,
    ip: IpAddr,
    written: &str,
) -> Option<String> {
    match address::range_prefix(text, end, ip) {
        Some(prefix) => Some(format!("{written}/{prefix}")),
        None => written_range(text, start, end, ip).map(|span| text[span].to_string()),
    }
}

/// Returns the span of a range written by both ends when the address `ip`
/// at `start..end` is one of the ends. Two addresses joined by a dash are
/// a range when the first is the lower one of the same family. Joined by
/// a word, they are one only when a range word comes shortly before them
/// or both lie in one /16 (IPv4) or /48 (IPv6), because `from 192.0.2.1
/// to 198.51.100.2` may name a connection's two sides.
pub fn written_range(text: &str, start: usize, end: usize, ip: IpAddr) -> Option<Range<usize>> {
    if let Some(last_end) = last_after(text, start, end, ip) {
        return Some(start..last_end);
    }
    first_before(text, start, ip).map(|first_start| first_start..end)
}

/// Returns the end of the range's last address when the first, `first`,
/// ends at `end`.
fn last_after(text: &str, start: usize, end: usize, first: IpAddr) -> Option<usize> {
    let rest = &text[end..];
    let spaced = rest.trim_start();
    let (joiner, after_joiner) = joiner_at_start(spaced)?;
    let last_start = end + (rest.len() - after_joiner.trim_start().len());
    let token_len = text[last_start..]
        .find(|c: char| !(c.is_ascii_hexdigit() || c == ':' || c == '.'))
        .unwrap_or(text.len() - last_start);
    let token = address::trim_punctuation(&text[last_start..last_start + token_len]);
    let last_end = last_start + token.len();
    if token.is_empty() || address::is_embedded(text, last_start, last_end) {
        return None;
    }
    // `192.0.2.0-255` gives the last address's final octet alone, and
    // only right after the dash: `192.0.2.1 - 250 OK` is a reply code.
    let abridged = joiner.is_none() && last_start == end + 1;
    let last = match token.parse::<IpAddr>() {
        Ok(last) => last,
        Err(_) => short_last(first, token).filter(|_| abridged)?,
    };
    is_range(text, start, first, last, joiner).then_some(last_end)
}

/// Returns the start of the range's first address when the last, `last`,
/// starts at `start`.
fn first_before(text: &str, start: usize, last: IpAddr) -> Option<usize> {
    let before = text[..start].trim_end();
    let (joiner, before_joiner) = joiner_at_end(before)?;
    let token_end = before_joiner.trim_end().len();
    // The token starts after the last character that cannot be part of
    // an address, which may take more than one byte (`–`, `é`).
    let token_start = before_joiner[..token_end]
        .char_indices()
        .rfind(|&(_, c)| !(c.is_ascii_hexdigit() || c == ':' || c == '.'))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let token = address::trim_punctuation(&text[token_start..token_end]);
    let first = token.parse::<IpAddr>().ok()?;
    if address::is_embedded(text, token_start, token_start + token.len()) {
        return None;
    }
    is_range(text, token_start, first, last, joiner).then_some(token_start)
}

/// Returns the joining word (`None` for a dash) that `text` starts with,
/// and the text after it. A word must stand alone.
fn joiner_at_start(text: &str) -> Option<(Option<&'static str>, &str)> {
    if let Some(rest) = text.strip_prefix(DASHES) {
        return Some((None, rest));
    }
    JOINING_WORDS.iter().find_map(|&word| {
        let head = text.get(..word.len())?;
        let rest = &text[word.len()..];
        let alone = rest.starts_with(char::is_whitespace);
        (head.eq_ignore_ascii_case(word) && alone).then_some((Some(word), rest))
    })
}

/// Returns the joining word (`None` for a dash) that `text` ends with, and
/// the text before it.
fn joiner_at_end(text: &str) -> Option<(Option<&'static str>, &str)> {
    if let Some(rest) = text.strip_suffix(DASHES) {
        return Some((None, rest));
    }
    JOINING_WORDS.iter().find_map(|&word| {
        let at = text.len().checked_sub(word.len())?;
        let tail = text.get(at..)?;
        let rest = &text[..at];
        let alone = rest.ends_with(char::is_whitespace);
        (tail.eq_ignore_ascii_case(word) && alone).then_some((Some(word), rest))
    })
}

/// Reads `192.0.2.0-255`'s `255` as the address 192.0.2.255: one to three
/// digits, above the first address's final octet.
fn short_last(first: IpAddr, token: &str) -> Option<IpAddr> {
    let IpAddr::V4(first) = first else {
        return None;
    };
    if token.len() > 3 || !token.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let octet: u8 = token.parse().ok()?;
    let [a, b, c, _] = first.octets();
    Some(IpAddr::from([a, b, c, octet]))
}

/// True when `first` and `last`, joined by `joiner`, name a range, with
/// the first address at `first_start` in `text`.
fn is_range(
    text: &str,
    first_start: usize,
    first: IpAddr,
    last: IpAddr,
    joiner: Option<&str>,
) -> bool {
    let ordered = first.is_ipv4() == last.is_ipv4() && first < last;
    let words_before = || {
        text[..first_start]
            .split_whitespace()
            .rev()
            .take(RANGE_WORD_REACH)
            .map(|word| {
                word.trim_matches(|c: char| !c.is_ascii_alphanumeric()).to_ascii_lowercase()
            })
            .collect::<Vec<_>>()
    };
    ordered
        && match joiner {
            None => true,
            Some("and") => words_before().first().is_some_and(|word| word == "between"),
            Some(_) => {
                words_before().iter().any(|word| RANGE_WORDS.contains(&word.as_str()))
                    || shares_network(first, last)
            }
        }
}

/// True when both addresses lie in one /16 (IPv4) or /48 (IPv6).
fn shares_network(first: IpAddr, last: IpAddr) -> bool {
    match (first, last) {
        (IpAddr::V4(a), IpAddr::V4(b)) => a.octets()[..2] == b.octets()[..2],
        (IpAddr::V6(a), IpAddr::V6(b)) => a.segments()[..3] == b.segments()[..3],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_of(text: &str, token: &str) -> Option<String> {
        let start = text.find(token).expect("token in text");
        let ip: IpAddr = token.parse().expect("token is an address");
        written_range(text, start, start + token.len(), ip).map(|span| text[span].to_string())
    }

    #[test]
    fn either_end_finds_range() {
        let text = "network 192.0.2.0 - 192.0.2.255 is listed";
        let range = Some("192.0.2.0 - 192.0.2.255".to_string());
        assert_eq!(span_of(text, "192.0.2.0"), range);
        assert_eq!(span_of(text, "192.0.2.255"), range);
    }

    #[test]
    fn joined_forms_read() {
        for (text, token, range) in [
            ("[192.0.2.0-192.0.2.255]", "192.0.2.255", "192.0.2.0-192.0.2.255"),
            ("host 192.0.2.0-255 blocked", "192.0.2.0", "192.0.2.0-255"),
            ("IP range 192.0.2.0 TO 192.0.2.9.", "192.0.2.9", "192.0.2.0 TO 192.0.2.9"),
            ("from 192.0.2.0 thru 192.0.3.255", "192.0.2.0", "192.0.2.0 thru 192.0.3.255"),
            ("between 192.0.2.0 and 192.0.2.9", "192.0.2.9", "192.0.2.0 and 192.0.2.9"),
            (
                "2001:db8:: \u{2013} 2001:db8::ff",
                "2001:db8::ff",
                "2001:db8:: \u{2013} 2001:db8::ff",
            ),
        ] {
            assert_eq!(span_of(text, token).as_deref(), Some(range), "{text}");
        }
    }

    #[test]
    fn pairs_that_are_no_range() {
        for (text, token) in [
            ("192.0.2.9 - 192.0.2.1", "192.0.2.9"),
            ("192.0.2.1 - 2001:db8::1", "192.0.2.1"),
            ("from 192.0.2.1 to 198.51.100.2", "192.0.2.1"),
            ("192.0.2.1 and 192.0.2.9", "192.0.2.9"),
            ("192.0.2.9-5 blocked", "192.0.2.9"),
            ("192.0.2.0-2550 blocked", "192.0.2.0"),
            ("192.0.2.0 - 192.0.2.255.example.net", "192.0.2.0"),
            ("192.0.2.0 into 192.0.2.9", "192.0.2.0"),
            ("192.0.2.1 - 550 5.7.1 blocked", "192.0.2.1"),
            ("192.0.2.1 - 250 OK", "192.0.2.1"),
        ] {
            assert_eq!(span_of(text, token), None, "{text}");
        }
    }
}
