//! A second address that the text calls listed. Receivers that check the
//! Received headers against a blocklist name two addresses: the relay
//! that connected and the listed origin (`Client 198.51.100.7 accepted,
//! but original sender 192.0.2.1 is listed`). The `relayed` rules read the
//! wordings known so far. For any other wording, an address picked by
//! another rule is not quoted when the text states that a different
//! address is listed, because a removal request for the relay's address fails.

use std::net::IpAddr;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::address;
use super::range;
use super::rules::compile;

/// An address as the subject of a listing: `192.0.2.1 is listed`,
/// `[ip] listed at`, `ip has been blacklisted`.
static LISTED_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)[\[(]?{ip}[\])]?\s*,?\s+(?:is\s+|was\s+|has\s+been\s+|is\s+currently\s+)?(?:black[ \-]?|block[ \-]?|deny[ \-]?)?listed\b",
    )
});

/// An address named after the word listed: `listed address 192.0.2.1`,
/// `listed IP: ip`.
static LISTED_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\blisted\s+(?:IP(?:v[46])?\s+address|IP(?:v[46])?|address)\s*:?\s*[(\[]?{ip}")
});

/// Returns, as written, a public address that `text` states is listed
/// and that is neither `picked` nor one of the receivers.
pub(super) fn other_listed(text: &str, picked: &str, receivers: &[IpAddr]) -> Option<String> {
    let picked = address::parse_token(picked).map(|(ip, _)| unmapped(ip))?;
    [&*LISTED_SUBJECT, &*LISTED_OBJECT].into_iter().find_map(|regex| {
        regex.captures_iter(text).find_map(|caps| {
            let m = caps.get(1)?;
            if address::in_url(text, m.start()) {
                return None;
            }
            let trimmed = address::trim_punctuation(m.as_str());
            if address::is_embedded(text, m.start(), m.start() + trimmed.len()) {
                return None;
            }
            let (ip, written) = address::parse_token(trimmed)?;
            // `192.0.2.0 - 192.0.2.255 is listed` lists a network, which
            // the picked address may belong to.
            if range::written_range(text, m.start(), m.start() + trimmed.len(), ip).is_some() {
                return None;
            }
            let ip = unmapped(ip);
            let other = ip != picked && address::is_public(ip) && !receivers.contains(&ip);
            other.then(|| written.to_string())
        })
    })
}

/// Returns the IPv4 form of an IPv4-mapped IPv6 address.
fn unmapped(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}
