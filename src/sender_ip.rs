//! Which IP address a removal request must quote, and where it was found.
//!
//! The receiver's own words are the only trustworthy source: "Client host
//! [x] blocked", "IP=x", "Messages from x", Comcast's "<host> <host> x
//! BL000010", an `ip=x` parameter in a link the receiver gives. The
//! receiving server's own address (Remote-MTA, `host mx[ip] said`) is
//! never the answer, and neither is a private, loopback, link-local,
//! CGNAT or unique-local address, which can only be an internal hop.
//!
//! Received headers are not used: in a bounce they record the sender's
//! own internal hops or the user's PC, not the address the receiver saw.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::LazyLock;

use regex_lite::Regex;

/// An address picked as the sender IP, and the rule that picked it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The address as written.
    pub ip: String,
    /// Short name of the rule, e.g. `client host [ip]`.
    pub rule: &'static str,
}

// Rules in order of trust, each capturing the address in group 1. `IP`
// matches IPv4 or IPv6 text; validity is checked after matching.
const IP: &str = r"([0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3})?)";

static RULES: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    let rules: [(&'static str, String); 12] = [
        ("client host [ip]", format!(r"(?i)client host\s*\[?(?:IPv6:)?{IP}\]?")),
        ("ip=ip parameter", format!(r"(?i)[?&;]ip=(?:IPv6:)?{IP}")),
        ("IP=ip", format!(r"(?i)\bIP\s*[=:]\s*\[?(?:IPv6:)?{IP}")),
        (
            "sending IP [ip]",
            format!(r"(?i)(?:sending|connecting|client|your|source)\s+(?:mail\s+server'?s?\s+)?(?:IP|address|IP address)\s*(?:address)?\s*(?:\(|\[|of|is|:)?\s*\[?(?:IPv6:)?{IP}"),
        ),
        ("messages from ip", format!(r"(?i)messages? from\s+\[?(?:IPv6:)?{IP}")),
        ("Comcast host host ip", format!(r"(?i)\bcomcast(?:\.net)?\s+{IP}\s")),
        ("[ip] is blocked", format!(r"(?i)\[?(?:IPv6:)?{IP}\]?\s*(?:is\s+|has been\s+|was\s+)?(?:blocked|blacklisted|block ?listed|listed|rejected|banned|not allowed|throttled)")),
        ("listed ip", format!(r"(?i)(?:listed|blocked|rejected|banned)[^.\n]{{0,40}}?\[(?:IPv6:)?{IP}\]")),
        ("connection from [ip]", format!(r"(?i)(?:connection|mail|connect)\s+from\s+\S*?\s*[(\[](?:IPv6:)?{IP}[)\]]")),
        ("source-ip field", format!(r"(?im)^\s*Source-IP:\s*{IP}")),
        ("[ip] at the start", format!(r"^\s*\[(?:IPv6:)?{IP}\]")),
        ("[ip] in the reply", format!(r"\[(?:IPv6:)?{IP}\]")),
    ];
    rules
        .into_iter()
        .map(|(name, pattern)| (name, Regex::new(&pattern).expect("sender IP rule is valid")))
        .collect()
});

// Receiver addresses: `host mx.example.net[198.51.100.2] said`, `connect
// to mx.example.net[198.51.100.2]`, `198.51.100.2 does not like recipient`.
static RECEIVER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:host\s+[A-Za-z0-9.\-]*\s*\[{IP}\]\s*(?:said|refused|:)|connect(?:ion)?\s+to\s+[A-Za-z0-9.\-]*\s*\[{IP}\]|{IP}\s+does not like|remote host\s+{IP}|delivering to\s+[A-Za-z0-9.\-]*\s*\[{IP}\])"
    ))
    .expect("receiver pattern is valid")
});

/// Picks the sender IP from the receiver's text. `receivers` are addresses
/// known to belong to the receiving side (Remote-MTA and the like).
pub fn find(text: &str, receivers: &[String]) -> Option<Found> {
    let mut excluded: Vec<String> = receivers.to_vec();
    for caps in RECEIVER.captures_iter(text) {
        for group in caps.iter().skip(1).flatten() {
            excluded.push(group.as_str().to_string());
        }
    }
    for (rule, regex) in RULES.iter() {
        for caps in regex.captures_iter(text) {
            let Some(m) = caps.get(1) else { continue };
            let candidate = m.as_str();
            if excluded.iter().any(|e| e == candidate) {
                continue;
            }
            if looks_like_version(text, m.start()) {
                continue;
            }
            if let Some(ip) = parse_public(candidate) {
                let _ = ip;
                return Some(Found { ip: candidate.to_string(), rule });
            }
        }
    }
    None
}

/// True when the token follows a word that makes it a version or build
/// number (`Sendmail 8.14.4.2`, `Version: 15.1.2.3`) rather than an address.
fn looks_like_version(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end().to_ascii_lowercase();
    ["version", "version:", "build", "sendmail", "v", "ver.", "release"]
        .iter()
        .any(|w| before.ends_with(w))
}

/// Parses an address and returns it when it is one a receiver could have
/// seen on the public Internet.
pub fn parse_public(text: &str) -> Option<IpAddr> {
    let ip: IpAddr = text.parse().ok()?;
    is_public(ip).then_some(ip)
}

/// False for loopback, private (RFC 1918), CGNAT (RFC 6598), link-local,
/// unique-local, unspecified, multicast and reserved addresses.
/// Documentation ranges count as public so anonymised bounces work.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, _, _] = ip.octets();
    !(ip.is_private()
        || ip.is_loopback()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || a == 0
        || a >= 240
        || (a == 100 && (64..128).contains(&b)))
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80)
}

/// Finds the 1-based line of `haystack` that contains `ip` as a whole
/// token, preferring a line that also contains `hint`.
pub fn locate(haystack: &str, ip: &str, hint: &str) -> Option<(usize, String)> {
    let mut first: Option<(usize, &str)> = None;
    for (index, line) in haystack.lines().enumerate() {
        if !contains_token(line, ip) {
            continue;
        }
        if !hint.is_empty() && line.to_ascii_lowercase().contains(&hint.to_ascii_lowercase()) {
            return Some((index + 1, excerpt(line)));
        }
        first.get_or_insert((index + 1, line));
    }
    first.map(|(n, line)| (n, excerpt(line)))
}

fn contains_token(line: &str, token: &str) -> bool {
    let mut from = 0;
    while let Some(pos) = line[from..].find(token) {
        let start = from + pos;
        let end = start + token.len();
        let before = line[..start].chars().next_back();
        let after = line[end..].chars().next();
        let is_part = |c: Option<char>| c.is_some_and(|c| c.is_ascii_hexdigit() || c == '.' || c == ':');
        if !is_part(before) && !(is_part(after) && after != Some('.') && after != Some(':')) {
            return true;
        }
        from = end;
    }
    false
}

fn excerpt(line: &str) -> String {
    let line = line.trim();
    if line.chars().count() <= 240 {
        return line.to_string();
    }
    line.chars().take(240).collect::<String>() + "…"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_pick_sender() {
        let cases = [
            ("554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org", Some("203.0.113.5")),
            ("554 resimta-h1p-028590.sys.comcast.net resimta-h1p-028590.sys.comcast.net 203.0.113.7 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010", Some("203.0.113.7")),
            ("550 5.7.1 [198.51.100.23] The IP you're using to send mail is not authorized", Some("198.51.100.23")),
            ("host mx.example.net[198.51.100.2] said: 550 5.1.1 user unknown", None),
            ("550 mail from 10.0.0.1 rejected", None),
            ("421 4.7.0 [TSS04] Messages from 192.0.2.66 temporarily deferred", Some("192.0.2.66")),
            ("554 IP=192.0.2.10 - A problem occurred", Some("192.0.2.10")),
            ("Diagnostic information: Microsoft Exchange 15.1.669.32 build", None),
            ("550 5.7.1 blocked: see https://example.org/check?ip=2001:db8::25", Some("2001:db8::25")),
            ("550 5.7.1 blocked from [fe80::1]", None),
            ("550 5.7.1 connection from 100.64.1.1 refused", None),
        ];
        for (text, expected) in cases {
            assert_eq!(find(text, &[]).map(|f| f.ip).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn receiver_excluded() {
        let text = "connect to mx.example.org[192.0.2.9]: Connection refused [192.0.2.9]";
        assert_eq!(find(text, &[]), None);
        assert_eq!(find("550 blocked [192.0.2.9]", &["192.0.2.9".into()]), None);
    }

    #[test]
    fn locate_finds_line() {
        let text = "a\nhost [192.0.2.1] said\nClient host [192.0.2.12] blocked\n";
        assert_eq!(locate(text, "192.0.2.1", ""), Some((2, "host [192.0.2.1] said".into())));
        assert_eq!(locate(text, "192.0.2.12", "client").map(|l| l.0), Some(3));
    }
}
