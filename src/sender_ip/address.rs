//! Telling an IP address from tokens that only look like one, and a
//! public address from an internal hop. A token that the text beside it
//! joins to a longer number, word or host name is found in `embedded`.

use std::net::{IpAddr, Ipv4Addr};

pub use super::embedded::{is_embedded, starts_host_name};
pub use super::special_purpose::is_public;
pub use super::url::{in_url, url_host};

/// The reason a token that a rule matched cannot be the address to quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// Not a valid address: a status code, a build number, or an address
    /// cut short (anonymised bounces often truncate IPv6 addresses).
    Invalid,
    /// An address that the special-purpose registries mark as not globally
    /// reachable (loopback, RFC 1918, CGNAT, link-local, unique-local,
    /// benchmarking or reserved): a hop inside a network, or no host at
    /// all, which no blocklist lists.
    Internal,
    /// The receiving server's own address.
    Receiver,
    /// A network range in CIDR notation (`192.0.2.0/24`) or by its two
    /// ends (`192.0.2.0 - 192.0.2.255`), reported as written: the receiver
    /// blocks every address in it, so it is the sender's network, but it
    /// is not one address to quote.
    Range,
    /// An address a rule placed as the connecting client or relay while
    /// the same text says that another address is the listed one. Which
    /// of the two a removal request quotes is unclear, so neither is
    /// quoted, and the hint names both.
    Relay,
    /// The other address of [`Rejection::Relay`]: the one the text says
    /// is listed.
    OtherListed,
}

/// Parses a token a rule captured, as written in the text: `192.0.2.1`,
/// `2001:db8::1`, `IPv6:2001:db8::1`, `::ffff:192.0.2.1`, or an IPv4
/// address with a `:port` suffix. Sentence punctuation after the address
/// is dropped. Returns the address and the text to report.
pub fn parse_token(token: &str) -> Option<(IpAddr, &str)> {
    let mut text = trim_punctuation(token);
    if let Some(prefix) = text.get(..5).filter(|p| p.eq_ignore_ascii_case("IPv6:")) {
        text = &text[prefix.len()..];
    }
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Some((ip, text));
    }
    // `192.0.2.1:25` is an IPv4 address and a port. Without brackets an
    // IPv6 address cannot be separated from a port, so only IPv4 is split.
    let (host, port) = text.rsplit_once(':')?;
    let v4: Ipv4Addr = host.parse().ok()?;
    port.parse::<u16>().ok()?;
    Some((IpAddr::V4(v4), host))
}

/// Drops the sentence punctuation and colons after a token. A trailing
/// `::` stays when the token has no other, because it ends an IPv6
/// address whose last groups are zero (`2001:db8::`, a network address).
pub fn trim_punctuation(token: &str) -> &str {
    let text = token.trim_end_matches(['.', ':', ',', ';']);
    let zeros = text.len() + 2;
    if token[text.len()..].starts_with("::") && !text.contains("::") {
        return &token[..zeros];
    }
    text
}

/// Returns the prefix length written right after an address that ends at
/// `end` (`/24` in `192.0.2.0/24`), when it makes `ip` a range of more than
/// one address. A full-length prefix (`/32`, `/128`) names the address
/// itself. A longer prefix, or four digits or more, is no prefix at all.
pub fn range_prefix(text: &str, end: usize, ip: IpAddr) -> Option<u8> {
    let rest = text[end..].strip_prefix('/')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let joined = rest[digits..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.');
    if digits == 0 || digits > 3 || joined {
        return None;
    }
    let prefix: u8 = rest[..digits].parse().ok()?;
    let bits = if ip.is_ipv4() { 32 } else { 128 };
    (prefix < bits).then_some(prefix)
}

/// True when the token at `start..end` shares its square brackets with one
/// to three digits that one space separates from it: `[1 92.0.2.199]`, or
/// `[192.0.2.1 99]` where the brackets do not follow a status code. That
/// is an IP split by a space, often a no-break or figure space that an
/// editor put there, and the token on either side of the space is another
/// network's address. Gmail's `550-5.7.1 [192.0.2.1      15]` puts a
/// count after the IP, so there a number after the space is no split.
pub fn splits_bracketed_number(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let after = &text[end..];
    if let Some(open) = digits_after_space(before.chars().rev()) {
        let opened = before[..before.len() - open].ends_with('[');
        if opened && after.starts_with(']') {
            return true;
        }
    }
    let Some(close) = digits_after_space(after.chars()) else {
        return false;
    };
    let Some(open) = before.strip_suffix('[') else {
        return false;
    };
    let after_status = open.trim_end().rsplit(' ').next().is_some_and(is_status_code);
    after[close..].starts_with(']') && !after_status
}

/// Returns the length in bytes of one white-space character and one to
/// three ASCII digits at the start of `chars`, when it starts so.
fn digits_after_space(mut chars: impl Iterator<Item = char>) -> Option<usize> {
    let space = chars.next().filter(|c| c.is_whitespace())?;
    let digits = chars.take(4).take_while(char::is_ascii_digit).count();
    (1..=3).contains(&digits).then(|| space.len_utf8() + digits)
}

/// True for an enhanced status code such as `5.7.1`, alone or after a
/// reply code and a dash (`550-5.7.1`).
fn is_status_code(word: &str) -> bool {
    let code = word.rsplit('-').next().unwrap_or(word);
    let parts: Vec<&str> = code.split('.').collect();
    parts.len() == 3
        && matches!(parts[0], "2" | "4" | "5")
        && parts[1..]
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// True when the token at `start` sits where an enhanced status code goes,
/// as in `550 5.7.1.0 blocked`. That is right after a reply code at the
/// start of a line or after a space, with one digit 2, 4 or 5 and a dot.
/// Receivers put their own codes there, never the sender's address.
pub fn in_status_position(text: &str, start: usize) -> bool {
    let token = text[start..].as_bytes();
    let status_shaped =
        token.len() >= 2 && matches!(token[0], b'2' | b'4' | b'5') && token[1] == b'.';
    if !status_shaped || start < 4 {
        return false;
    }
    let before = text[..start].as_bytes();
    let reply = &before[start - 4..];
    let is_reply = matches!(reply[0], b'2' | b'4' | b'5')
        && reply[1].is_ascii_digit()
        && reply[2].is_ascii_digit()
        && matches!(reply[3], b' ' | b'-');
    let line_start = start == 4 || before[start - 5].is_ascii_whitespace();
    is_reply && line_start
}

/// True for Yahoo's internal error codes such as `4.16.55.1`, which Yahoo
/// and AOL append to replies tagged `[TSS04]` or `[TS01]`. They have the
/// shape of an IPv4 address but never name the sender.
// NOTE: a real sender in 4.16.0.0/16 is skipped too when the reply
// carries such a tag; Yahoo's codes are far more common there.
pub fn is_yahoo_code(text: &str, token: &str) -> bool {
    token.starts_with("4.16.") && text.to_ascii_lowercase().contains("[ts")
}

/// Parses an address and returns it when it is one a receiver could have
/// seen on the public Internet.
pub fn parse_public(text: &str) -> Option<IpAddr> {
    let (ip, _) = parse_token(text)?;
    is_public(ip).then_some(ip)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_prefixes() {
        let v4: IpAddr = "192.0.2.0".parse().unwrap();
        let v6: IpAddr = "2001:db8::".parse().unwrap();
        assert_eq!(range_prefix("192.0.2.0/24 blocked", 9, v4), Some(24));
        assert_eq!(range_prefix("[192.0.2.0/25]", 10, v4), Some(25));
        assert_eq!(range_prefix("2001:db8::/48)", 10, v6), Some(48));
        for (text, ip) in [
            ("192.0.2.0/32", v4),
            ("192.0.2.0/33", v4),
            ("192.0.2.0/2024", v4),
            ("192.0.2.0/24a", v4),
            ("192.0.2.0/index", v4),
            ("192.0.2.0 blocked", v4),
        ] {
            assert_eq!(range_prefix(text, 9, ip), None, "{text}");
        }
        assert_eq!(range_prefix("2001:db8::/128", 10, v6), None);
    }

    #[test]
    fn token_forms() {
        let cases = [
            ("192.0.2.1", Some("192.0.2.1")),
            ("192.0.2.1.", Some("192.0.2.1")),
            ("192.0.2.1:25", Some("192.0.2.1")),
            ("IPv6:2001:db8::1", Some("2001:db8::1")),
            ("2001:db8::1", Some("2001:db8::1")),
            ("::ffff:192.0.2.7", Some("::ffff:192.0.2.7")),
            ("2001:db8:", None),
            ("2001:db8::", Some("2001:db8::")),
            ("2001:db8::.", Some("2001:db8::")),
            ("2001:db8::1:", Some("2001:db8::1")),
            ("2001:db8:1", None),
            ("15.1.669.32", None),
            ("5.7.1", None),
            ("#.#.#.#", None),
        ];
        for (token, expected) in cases {
            assert_eq!(parse_token(token).map(|(_, t)| t), expected, "{token}");
        }
    }

    #[test]
    fn public_or_internal() {
        let cases = [
            ("203.0.113.5", true),
            ("198.51.100.1", true),
            ("2001:db8::25", true),
            ("::ffff:192.0.2.7", true),
            ("10.1.2.3", false),
            ("172.16.0.1", false),
            ("192.168.1.1", false),
            ("100.64.1.1", false),
            ("100.127.255.254", false),
            ("127.0.0.1", false),
            ("169.254.10.10", false),
            ("0.1.2.3", false),
            ("255.255.255.255", false),
            ("::1", false),
            ("::", false),
            ("fe80::1", false),
            ("fd00::1", false),
            ("fc12:3456::1", false),
            ("::ffff:10.0.0.1", false),
            ("ff02::1", false),
            ("1::ffff", false),
            ("::ffff:2001:db8:1", false),
            ("3fff::1", true),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_public(text).is_some(), expected, "{text}");
        }
    }

    #[test]
    fn tokens_in_urls() {
        let cases = [
            ("see https://example.net/remove?ip=203.0.113.5", true),
            ("<http://example.net/x?a=1&ip=203.0.113.5>", true),
            ("(www.example.net/check?ip=203.0.113.5)", true),
            ("visit example.net/remove?ip=203.0.113.5 now", true),
            ("http://example.net/query/ip/203.0.113.5", true),
            ("554 IP=203.0.113.5 - A problem occurred", false),
            ("with ip: [203.0.113.5]", false),
            ("see https://example.net/ Client host [203.0.113.5]", false),
            ("Messages from 203.0.113.5 deferred", false),
        ];
        for (text, expected) in cases {
            let start = text.find("203.0.113.5").expect("the address is in the text");
            assert_eq!(in_url(text, start), expected, "{text}");
        }
    }

    #[test]
    fn url_hosts() {
        let cases = [
            ("see https://www.SpamCop.net/bl.shtml?203.0.113.5", Some("www.spamcop.net")),
            ("<http://user@check.spamhaus.org:8080/x?ip=203.0.113.5>", Some("check.spamhaus.org")),
            ("https://www.spamhaus.org@example.net/q?ip=203.0.113.5", Some("example.net")),
            (
                "https://www.spamhaus.org.example.org/query/ip/203.0.113.5",
                Some("www.spamhaus.org.example.org"),
            ),
            ("(www.example.net/check?ip=203.0.113.5)", Some("www.example.net")),
            ("visit example.net/remove?ip=203.0.113.5 now", Some("example.net")),
            ("554 IP=203.0.113.5 - A problem occurred", None),
        ];
        for (text, expected) in cases {
            let start = text.find("203.0.113.5").expect("the address is in the text");
            assert_eq!(url_host(text, start).as_deref(), expected, "{text}");
        }
    }
}
