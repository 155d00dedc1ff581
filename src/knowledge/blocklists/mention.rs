//! Locating where a reply names a blocklist as listing the sender. A
//! mention is a token in prose or a host name under one of the list's own
//! domains, and a mention in a clause that denies the listing does not count.

use super::{denial, Blocklist};
use crate::knowledge::providers::text::{find_word, host_is_under, is_dot_lookalike};

/// Finds where the text first names the list: a token in prose ("listed
/// by Spamhaus"), or inside a host name under one of the list's domains
/// (`zen.spamhaus.org`). A host name that only contains a token,
/// such as `zen.spamhaus.org.evil.example` or `zen.spamhaus.example`, is
/// someone else's zone, and a lookalike of the list is no mention of it.
pub(super) fn first_mention(list: &Blocklist, lower: &str) -> Option<usize> {
    list.tokens.iter().filter_map(|t| first_own_mention(list, lower, t)).min()
}

/// Finds the first mention of `token` that names the list as listing
/// the sender: one not in someone else's host name, and not denied ("is
/// not listed at zen.spamhaus.org").
fn first_own_mention(list: &Blocklist, lower: &str, token: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = find_word(&lower[from..], token).map(|at| from + at) {
        let end = at + token.len();
        let host = host_around(lower, at, end);
        let own = !host.is_some_and(|host| !list.domains.iter().any(|d| host_is_under(host, d)));
        // The name starts where its host name does: "zen." precedes
        // the token in "zen.spamhaus.org". `host` is a slice of `lower`.
        let name_start = host.map_or(at, |host| host.as_ptr() as usize - lower.as_ptr() as usize);
        if own && !denial::denies_listing(&lower[..name_start]) {
            return Some(at);
        }
        from = end;
    }
    None
}

/// Returns the host name a token at `start..end` is part of, when it is in one:
/// the run of letters, digits, dots and dashes around it, without the
/// dots and dashes that end a sentence. None for a word in prose. A dot
/// lookalike counts as a dot, so `zen.spamhaus.org\u{2024}evil.example` is
/// one name under evil.example, not a name under spamhaus.org.
pub(super) fn host_around(lower: &str, start: usize, end: usize) -> Option<&str> {
    let is_dot = |c: char| c == '.' || is_dot_lookalike(c);
    let is_host_char = |c: &char| c.is_ascii_alphanumeric() || *c == '-' || is_dot(*c);
    let before: usize =
        lower[..start].chars().rev().take_while(is_host_char).map(char::len_utf8).sum();
    let after: usize = lower[end..].chars().take_while(is_host_char).map(char::len_utf8).sum();
    let host = lower[start - before..end + after].trim_matches(|c: char| c == '-' || is_dot(c));
    host.contains(is_dot).then_some(host)
}
