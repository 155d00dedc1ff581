//! The receiving side's own addresses, as the receiver's phrases and a
//! failure's Remote-MTA name them. They are never the address to quote.

use std::net::IpAddr;

use super::receiver_rules::RECEIVER_RULES;
use super::scan::addresses_in;
use super::segments::address_segments;
use crate::extract::Failure;

/// Lists the addresses that the receiver phrases in `text` name as the
/// receiving side's own.
pub(super) fn receiver_addresses(text: &str) -> Vec<IpAddr> {
    receivers_in_segments(&address_segments(text))
}

pub(super) fn receivers_in_segments(segments: &[(usize, &str)]) -> Vec<IpAddr> {
    let segments: Vec<(&str, String)> =
        segments.iter().map(|&(_, segment)| (segment, segment.to_ascii_lowercase())).collect();
    RECEIVER_RULES
        .iter()
        .flat_map(|(keywords, regex)| {
            segments
                .iter()
                .filter(|(_, lower)| keywords.iter().any(|k| lower.contains(k)))
                .flat_map(move |(segment, _)| {
                    regex
                        .captures_iter(segment)
                        .filter_map(|caps| caps.get(1))
                        .filter(|m| !names_client(segment, m.start()))
                })
        })
        .flat_map(|m| addresses_in(m.as_str()))
        .fold(Vec::new(), |mut unique, ip| {
            push_unique(&mut unique, ip);
            unique
        })
}

/// Adds `ip` unless listed: thousands of pasted recipient lines name one
/// receiving host, and every address checked is looked up in this list.
pub(super) fn push_unique(receivers: &mut Vec<IpAddr>, ip: IpAddr) {
    if !receivers.contains(&ip) {
        receivers.push(ip);
    }
}

/// True when the host name around `start` follows the word `from`, as in
/// Postfix smtpd's `RCPT from mail.example.com[192.0.2.1]:` and `connect
/// from host[ip]`. There the receiver's log names the connecting client,
/// which is the sender, so the phrase is not the receiver's address.
fn names_client(text: &str, start: usize) -> bool {
    let before = text[..start]
        .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        .trim_end();
    let Some(word_start) = before.len().checked_sub(4) else {
        return false;
    };
    // `get` also rejects a start inside a multi-byte character, where the
    // last four bytes cannot spell `from`; only then is the slice below safe.
    let is_from = before.get(word_start..).is_some_and(|word| word.eq_ignore_ascii_case("from"));
    if !is_from {
        return false;
    }
    let joined = before[..word_start].chars().next_back().is_some_and(|c| c.is_alphanumeric());
    !joined
}

/// Returns the receiving side's addresses that one recipient's failure
/// names: in its reply (`host mx[ip] said`) and in its Remote-MTA.
pub(super) fn own_receivers(failure: &Failure) -> Vec<IpAddr> {
    let mut receivers = receiver_addresses(&failure.diagnostic);
    if let Some(remote) = &failure.remote_mta {
        receivers.extend(addresses_in(remote));
    }
    receivers
}
