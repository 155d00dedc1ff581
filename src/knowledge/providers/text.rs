//! Text matching shared by the provider and blocklist tables: whole-word
//! fragments, host names on label boundaries, and enhanced status codes.
//!
//! Matching is deliberately strict, because a forged or quoted bounce can
//! carry a provider's name in passing. A bare word such as "comcast" in a
//! sentence is not enough; a table names the provider's own host names,
//! codes and fixed phrases instead.

use std::sync::LazyLock;

use regex_lite::Regex;

static STATUS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[245]\.\d{1,3}\.\d{1,3}").expect("status pattern is valid"));

static CONTINUATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:[245]\d\d-(?:[245]\.\d{1,3}\.\d{1,3}\s)?|[245]\d\d\s+[245]\.\d{1,3}\.\d{1,3}\s)")
        .expect("continuation pattern is valid")
});

/// Removes the reply and status codes that start each line of a
/// multi-line reply (`550-5.7.26 `), and runs of white space, so that a
/// phrase split over two lines of the reply still matches.
pub fn flatten(lower: &str) -> String {
    let joined = CONTINUATION.replace_all(lower, " ");
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when `token` occurs in `lower` as a whole word: an alphanumeric
/// first or last character of the token must not touch another one.
/// `lower` and `token` are lowercase.
pub fn has_word(lower: &str, token: &str) -> bool {
    find_word(lower, token).is_some()
}

/// Returns the byte offset of the first whole-word occurrence of `token`.
pub fn find_word(lower: &str, token: &str) -> Option<usize> {
    let bytes = lower.as_bytes();
    let starts_alnum = token.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric());
    let ends_alnum = token.bytes().last().is_some_and(|b| b.is_ascii_alphanumeric());
    let mut from = 0;
    while let Some(pos) = lower[from..].find(token) {
        let start = from + pos;
        let end = start + token.len();
        let before_ok = !starts_alnum || start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
        let after_ok = !ends_alnum || end == bytes.len() || !bytes[end].is_ascii_alphanumeric();
        if before_ok && after_ok {
            return Some(start);
        }
        from = start + 1;
        while !lower.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// True when `host` is `suffix` or ends with `.suffix`, so that
/// `mx.comcast.net` matches `comcast.net` but `notcomcast.net` does not.
/// A host that is not plain ASCII never matches: `mx.gооgle.com` (with
/// Cyrillic `о`) is not under `google.com`, whatever its tail.
pub fn host_is_under(host: &str, suffix: &str) -> bool {
    let host = host.trim_end_matches('.');
    if !host.is_ascii() {
        return false;
    }
    match host.strip_suffix(suffix) {
        Some("") => true,
        Some(rest) => rest.ends_with('.'),
        None => false,
    }
}

/// Host names written in `lower`, split into server names and the domains
/// of email addresses (the part after `@`).
pub fn host_names(lower: &str) -> (Vec<&str>, Vec<&str>) {
    let bytes = lower.as_bytes();
    let mut servers = Vec::new();
    let mut mail_domains = Vec::new();
    for (start, end) in host_spans(lower) {
        let host = &lower[start..end];
        // The ASCII tail of a longer name (`gle.com` in `gооgle.com`) is
        // not a host of its own.
        if touches_non_ascii_name(lower, start, end) || joined_by_dot_lookalike(lower, start, end) {
            continue;
        }
        // A dotted number is an IP address or a version, not a host.
        if host.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            continue;
        }
        match start.checked_sub(1).map(|i| bytes[i]) {
            Some(b'@') => mail_domains.push(host),
            _ => servers.push(host),
        }
    }
    (servers, mail_domains)
}

/// True for a character that looks like a full stop but is not one:
/// U+2024 ONE DOT LEADER, U+2027 HYPHENATION POINT, U+3002 IDEOGRAPHIC
/// FULL STOP, U+FE52 SMALL FULL STOP, U+FF0E FULLWIDTH FULL STOP and
/// U+FF61 HALFWIDTH IDEOGRAPHIC FULL STOP. IDNA (RFC 3490, section 3.1,
/// and UTS #46) reads U+3002, U+FF0E and U+FF61 as label separators, so a
/// browser takes `zen.spamhaus.org\u{3002}evil.example` for a name under
/// evil.example.
pub fn is_dot_lookalike(c: char) -> bool {
    matches!(c, '\u{2024}' | '\u{2027}' | '\u{3002}' | '\u{FE52}' | '\u{FF0E}' | '\u{FF61}')
}

/// True when a dot lookalike joins the span `start..end` of `text` to an
/// ASCII letter or digit before or after it, so the span is only part of a
/// longer name. A dot lookalike with no such neighbour ends a sentence.
pub fn joined_by_dot_lookalike(text: &str, start: usize, end: usize) -> bool {
    let joins = |chars: &mut dyn Iterator<Item = char>| {
        chars.next().is_some_and(is_dot_lookalike)
            && chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
    };
    joins(&mut text[..start].chars().rev()) || joins(&mut text[end..].chars())
}

/// True when a letter, digit or invisible format character outside ASCII
/// sits right before `start` or right after `end`, so the span is only
/// part of a name written with such characters.
fn touches_non_ascii_name(lower: &str, start: usize, end: usize) -> bool {
    let part_of_name = |c: char| {
        !c.is_ascii()
            && (c.is_alphanumeric()
                || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'))
    };
    lower[..start].chars().next_back().is_some_and(part_of_name)
        || lower[end..].chars().next().is_some_and(part_of_name)
}

/// Finds the byte ranges of the dotted host names in `lower`: two or more
/// labels of `a-z`, `0-9` and inner hyphens. It returns the same matches as
/// `find_iter` of the regex
/// `[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+`
/// in one pass, where regex-lite, which the page uses, would run its
/// PikeVM over every byte.
fn host_spans(lower: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = lower.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            if !is_label_byte(bytes[at]) || bytes[at] == b'-' {
                at += 1;
                continue;
            }
            let start = at;
            let (mut end, run_end) = label_at(bytes, start);
            let mut labels = 1;
            while end < bytes.len()
                && bytes[end] == b'.'
                && bytes.get(end + 1).is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            {
                end = label_at(bytes, end + 1).0;
                labels += 1;
            }
            if labels > 1 {
                at = end;
                return Some((start, end));
            }
            // Every later start inside the same run of label bytes ends its
            // label at the same place, so none of them can match either.
            at = run_end;
        }
        None
    })
}

/// Returns where the label starting at `start` ends (its last letter or
/// digit, hyphens trimmed) and where its run of label bytes ends.
fn label_at(bytes: &[u8], start: usize) -> (usize, usize) {
    let run_end = start + bytes[start..].iter().take_while(|&&b| is_label_byte(b)).count();
    let trimmed =
        bytes[start..run_end].iter().rposition(|&b| b != b'-').map_or(start, |i| start + i + 1);
    (trimmed, run_end)
}

fn is_label_byte(byte: u8) -> bool {
    byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-'
}

/// Enhanced status codes (`5.7.26`) written in the text, in order. A code
/// inside a longer dotted number (an IP address, `15.1.669.32`) is skipped.
pub fn status_codes(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    STATUS
        .find_iter(text)
        .filter(|m| {
            let before = m.start().checked_sub(1).map(|i| bytes[i]);
            let after = bytes.get(m.end()).copied();
            let after_next = bytes.get(m.end() + 1).copied();
            let joined_before = match before {
                Some(b) if b.is_ascii_digit() => true,
                Some(b'.') => m.start() >= 2 && bytes[m.start() - 2].is_ascii_digit(),
                _ => false,
            };
            let joined_after = match after {
                Some(b) if b.is_ascii_digit() => true,
                Some(b'.') => after_next.is_some_and(|b| b.is_ascii_digit()),
                _ => false,
            };
            !joined_before && !joined_after
        })
        .map(|m| m.as_str())
        .collect()
}

/// True when the status code `found` (`5.7.620`) falls under `pattern`:
/// an exact code, or `class.subject.low-high` for a range of details.
pub fn status_matches(pattern: &str, found: &str) -> bool {
    let Some((low, high)) = pattern.split_once('-') else {
        return pattern == found;
    };
    let Some((prefix, low_detail)) = low.rsplit_once('.') else {
        return false;
    };
    let Some(detail) = found.strip_prefix(prefix).and_then(|d| d.strip_prefix('.')) else {
        return false;
    };
    match (detail.parse::<u16>(), low_detail.parse::<u16>(), high.parse::<u16>()) {
        (Ok(d), Ok(lo), Ok(hi)) => (lo..=hi).contains(&d),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_spans_match_regex() {
        let regex =
            Regex::new(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")
                .unwrap();
        let cases = [
            "host mx.example.org[192.0.2.1] said",
            "a.b--x.y and ab-.cd and a.b-- and a.b. c",
            "-x.y- --.a.b. ..a..b. 1.2.3.4 mx-1.example.net.",
            "<user@mail.example.com>, relay=smtp.example.org.",
            "émx.exämple.org ünd mx.example.org",
            "no hosts here",
            "",
            "x.",
            ".x",
            "a.b",
        ];
        for text in cases {
            let expected: Vec<(usize, usize)> =
                regex.find_iter(text).map(|m| (m.start(), m.end())).collect();
            let found: Vec<(usize, usize)> = host_spans(text).collect();
            assert_eq!(found, expected, "{text:?}");
        }
    }

    #[test]
    fn continuation_codes_removed() {
        let lower = "550-5.7.26 this mail has been blocked because the sender\n550-5.7.26 is \
                     unauthenticated. 550 5.7.26  gmail requires";
        assert_eq!(
            flatten(lower),
            "this mail has been blocked because the sender is unauthenticated. gmail requires"
        );
        assert_eq!(flatten("a limit of 450 messages"), "a limit of 450 messages");
    }

    #[test]
    fn word_needs_boundaries() {
        assert!(has_word("blocked using dnsbl.sorbs.net", "sorbs"));
        assert!(!has_word("the filter absorbs it", "sorbs"));
        assert!(has_word("list (as3150).", "as3150"));
        assert!(!has_word("list (as3150).", "s3150"));
        assert!(has_word("x [tss04] y", "[tss04]"));
    }

    #[test]
    fn host_suffix_on_label_boundary() {
        assert!(host_is_under("mx1.comcast.net", "comcast.net"));
        assert!(host_is_under("comcast.net.", "comcast.net"));
        assert!(!host_is_under("notcomcast.net", "comcast.net"));
        assert!(!host_is_under("comcast.net.example.com", "comcast.net"));
    }

    #[test]
    fn hosts_split_from_mail_domains() {
        let (servers, domains) =
            host_names("<a@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.1] said");
        assert_eq!(servers, ["gmail-smtp-in.l.google.com"]);
        assert_eq!(domains, ["gmail.com"]);
    }

    #[test]
    fn status_codes_skip_dotted_numbers() {
        let text = "550 5.7.606 Access denied [15.1.669.32] 192.0.2.5 #5.1.1.";
        assert_eq!(status_codes(text), ["5.7.606", "5.1.1"]);
    }

    #[test]
    fn status_ranges() {
        assert!(status_matches("5.7.606-649", "5.7.620"));
        assert!(!status_matches("5.7.606-649", "5.7.650"));
        assert!(!status_matches("5.7.606-649", "4.7.620"));
        assert!(status_matches("5.1.10", "5.1.10"));
        assert!(!status_matches("5.1.1", "5.1.10"));
    }
}
