//! The scan itself: runs the sender rules over the paragraphs that hold
//! an address, and sets aside the addresses that the receiver names as
//! its own or that cannot be quoted (internal, cut short, embedded in a
//! build number or a URL).

use std::net::IpAddr;

use super::address::{self, Rejection};
use super::conflict;
use super::dnsbl;
use super::hint::Unplaced;
use super::named_number;
use super::range;
use super::rules::{Rule, ANY_ADDRESS};
use super::segments::address_segments;
use super::writer;
use super::Found;
use crate::knowledge::providers::text::joined_by_dot_lookalike;
use crate::knowledge::{blocklists, link_hosts};

/// The result of one scan: the picked address, and the addresses that
/// rules matched but that cannot be quoted, with the reason.
#[derive(Debug, Default, Clone)]
pub(super) struct Scan {
    pub(super) found: Option<Found>,
    pub(super) rejected: Vec<(String, Rejection)>,
}

/// Runs `rules` over `text` in order and returns the first address that a
/// receiver could have seen and that is not the receiver's own.
pub(super) fn scan(text: &str, rules: &[Rule], receivers: &[IpAddr]) -> Scan {
    scan_segments(text, &address_segments(text), rules, receivers)
}

/// Runs `rules` over the address segments of `text`, as [`scan`] does.
pub(super) fn scan_segments(
    text: &str,
    segments: &[(usize, &str)],
    rules: &[Rule],
    receivers: &[IpAddr],
) -> Scan {
    let mut result = Scan::default();
    let lower = text.to_ascii_lowercase();
    // A listing statement needs a known list in its own match, so a text
    // that names none is not scanned with those rules.
    let names_a_list = !blocklists::named_in(&lower).is_empty();
    for rule in rules {
        if !rule.requires.is_empty() && !rule.requires.iter().any(|token| lower.contains(token)) {
            continue;
        }
        if rule.names_list && !names_a_list {
            continue;
        }
        for (offset, caps) in segments.iter().flat_map(|&(offset, segment)| {
            rule.regex.captures_iter(segment).map(move |caps| (offset, caps))
        }) {
            let Some(m) = caps.get(1) else { continue };
            let start = offset + m.start();
            let statement_start = offset + caps.get(0).map_or(m.start(), |whole| whole.start());
            if writer::claims_own(text, statement_start) {
                continue;
            }
            let checked = if rule.query_name {
                if address::in_url(text, start) {
                    continue;
                }
                let zone = caps.get(2).map_or("", |zone| zone.as_str());
                // `5.2.0.192.zen.spamhaus.org\u{2024}evil.example` is a name
                // under evil.example, whatever zone it starts with.
                let zone_end = caps.get(2).map_or(0, |zone| offset + zone.end());
                if joined_by_dot_lookalike(text, zone_end, zone_end) {
                    continue;
                }
                let Some(ip) = dnsbl::address(m.as_str(), zone) else {
                    continue;
                };
                check_address(ip, &ip.to_string(), receivers).map_err(Some)
            } else {
                if rule.in_link {
                    // Anyone can write a link with `ip=` into a forged bounce,
                    // so only a known blocklist's or provider's link counts.
                    let host = address::url_host(text, start);
                    if !host.is_some_and(|host| link_hosts::is_known_link_host(&host)) {
                        continue;
                    }
                } else if address::in_url(text, start) {
                    continue;
                }
                if rule.names_list && !is_listing(&caps, m.as_str()) {
                    continue;
                }
                // The list's name may end the match with more of the name after it.
                let matched_end = caps.get(0).map_or(0, |all| offset + all.end());
                if rule.names_list && joined_by_dot_lookalike(text, matched_end, matched_end) {
                    continue;
                }
                check(text, start, offset + m.end(), receivers)
            };
            match checked {
                Ok(ip) => {
                    if let Some(listed) = conflict::other_listed(text, &ip, receivers) {
                        result.rejected.push((ip, Rejection::Relay));
                        result.rejected.push((listed, Rejection::OtherListed));
                        return result;
                    }
                    result.found = Some(Found { ip, rule: rule.name });
                    return result;
                }
                Err(Some(rejection)) => result.rejected.push(rejection),
                Err(None) => {}
            }
        }
    }
    result
}

/// True when a listing statement's match names a known blocklist and its
/// address is no DNSBL return code. A list's A record for a listed address
/// is conventionally 127.0.0.2 (RFC 5782, section 2.1), and lists use
/// other 127.0.0.0/8 values for other listing types. A reply may print
/// that value after the list's name (`zen.spamhaus.org (127.0.0.2)`).
fn is_listing(caps: &regex_lite::Captures, token: &str) -> bool {
    let matched = caps.get(0).map_or("", |m| m.as_str());
    let return_code = address::parse_token(token).is_some_and(|(ip, _)| ip.is_loopback());
    !return_code && dnsbl::names_known_list(matched)
}

/// Returns the first public address in `text` that is neither a known
/// receiver address nor part of a link. No sender rule placed it: it may
/// be the receiver's own address without a label, or the sender's in an
/// unfamiliar phrasing. Whose it is stays unknown, so it is never quoted,
/// but the hint names it. A public network range counts too, as written
/// (`192.0.2.0/24`, `192.0.2.0 - 192.0.2.255`). Without either, returns
/// the first public address inside a link (see [`in_link`]).
pub(super) fn unplaced(text: &str, receivers: &[IpAddr]) -> Option<Unplaced> {
    let segments = address_segments(text);
    let outside_links = segments.iter().find_map(|&(offset, segment)| {
        ANY_ADDRESS.captures_iter(segment).find_map(|caps| {
            let m = caps.get(1)?;
            let start = offset + m.start();
            if address::in_url(text, start) {
                return None;
            }
            match check(text, start, offset + m.end(), receivers) {
                Ok(ip) => Some(Unplaced::Address(ip)),
                Err(Some((range, Rejection::Range))) => Some(Unplaced::Range(range)),
                Err(_) => None,
            }
        })
    });
    outside_links.or_else(|| in_link(text, &segments, receivers))
}

/// Returns the first public address inside a link, with the link's host
/// (`https://www.example.org/lookup?ip=192.0.2.1`). A link rule reads
/// such an address only from a known blocklist's or provider's site, so
/// the hint names this one without quoting it.
fn in_link(text: &str, segments: &[(usize, &str)], receivers: &[IpAddr]) -> Option<Unplaced> {
    segments.iter().find_map(|&(offset, segment)| {
        ANY_ADDRESS.captures_iter(segment).find_map(|caps| {
            let m = caps.get(1)?;
            let start = offset + m.start();
            let host = address::url_host(text, start)?;
            let ip = check(text, start, offset + m.end(), receivers).ok()?;
            Some(Unplaced::InLink { address: ip, host })
        })
    })
}

/// Checks the token at `start..end`: the address text when it can be
/// quoted, else why not (`None` when it is no address at all, such as a
/// status code or part of a build number).
fn check(
    text: &str,
    start: usize,
    end: usize,
    receivers: &[IpAddr],
) -> Result<String, Option<(String, Rejection)>> {
    let token = &text[start..end];
    let trimmed = address::trim_punctuation(token);
    if address::is_embedded(text, start, start + trimmed.len())
        || address::splits_bracketed_number(text, start, start + trimmed.len())
        || address::starts_host_name(text, start + trimmed.len())
        || named_number::is_named_number(text, start)
        || address::in_status_position(text, start)
        || address::is_yahoo_code(text, trimmed)
        || in_address_literal(text, start)
    {
        return Err(None);
    }
    let Some((ip, written)) = address::parse_token(trimmed) else {
        // A token with the shape of an address (four dotted parts, or
        // several colons) that does not parse was most likely cut short
        // or masked, so the hint reports it instead of ignoring it.
        // A dotted part longer than an octet (`5.7.1.20230412`, a reference
        // number) is no address however it was copied.
        let dotted =
            trimmed.matches('.').count() == 3 && trimmed.split('.').all(|part| part.len() <= 3);
        let shaped = dotted || trimmed.matches(':').count() >= 2;
        let written = token.trim_end_matches(['.', ',', ';']);
        return Err(shaped.then(|| (written.to_string(), Rejection::Invalid)));
    };
    if let Some(range) = range::written_at(text, start, start + trimmed.len(), ip, written) {
        let rejection = if address::is_public(ip) { Rejection::Range } else { Rejection::Internal };
        return Err(Some((range, rejection)));
    }
    check_address(ip, written, receivers).map_err(Some)
}

/// True when the address at `start` is the domain of a mail address, an
/// address literal (`jane@[192.0.2.4]`, `ops@[IPv6:2001:db8::4]`): it
/// names the recipient's host, never the sender's.
fn in_address_literal(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let before =
        match before.len().checked_sub(5).and_then(|at| before.get(at..).map(|tag| (at, tag))) {
            Some((at, tag)) if tag.eq_ignore_ascii_case("ipv6:") => &before[..at],
            _ => before,
        };
    // The rule's match may start at the bracket or just after it.
    before.strip_suffix('[').unwrap_or(before).ends_with('@')
}

/// Checks a parsed address: the text to quote when it is public and not
/// the receiver's, else why not.
fn check_address(
    ip: IpAddr,
    written: &str,
    receivers: &[IpAddr],
) -> Result<String, (String, Rejection)> {
    if !address::is_public(ip) {
        return Err((written.to_string(), Rejection::Internal));
    }
    // Compared unmapped, so `::ffff:192.0.2.1` is the receiver's 192.0.2.1.
    let plain = match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    };
    if receivers.contains(&ip) || receivers.contains(&plain) {
        return Err((written.to_string(), Rejection::Receiver));
    }
    // An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) is an IPv4 sender
    // seen by a dual-stack receiver; blocklists and removal forms take the
    // IPv4 form.
    if let IpAddr::V6(v6) = ip {
        if let Some(v4) = v6.to_ipv4_mapped() {
            return Ok(v4.to_string());
        }
    }
    Ok(written.to_string())
}

/// Parses every address in a short text such as `mx.example.net
/// [192.0.2.1]:25` or `(TCP|192.0.2.1|25|198.51.100.1|54321)`.
pub(super) fn addresses_in(text: &str) -> Vec<IpAddr> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '.'))
        .filter_map(|piece| parse_ip(piece).or_else(|| leading_ipv4(piece)))
        .collect()
}

/// Parses the IPv4 address that starts `piece` when something other than
/// a port follows it, as in `192.0.2.1:smtp`.
fn leading_ipv4(piece: &str) -> Option<IpAddr> {
    let end = piece.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(piece.len());
    piece[..end].trim_end_matches('.').parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
}

pub(super) fn parse_ip(text: &str) -> Option<IpAddr> {
    address::parse_token(text.trim()).map(|(ip, _)| ip)
}
