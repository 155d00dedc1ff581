//! Links in a receiver's reply that lead to neither the named list's or
//! provider's own site nor a page the card links. Anyone can write into a
//! bounce, and a forged one may send the reader to a look-alike delisting
//! site (`visit https://spamhaus-delist.example/remove and pay the express
//! fee`). The card's own links come from the knowledge tables, so its note
//! points there instead.

use crate::knowledge::link_hosts::is_known_link_host;
use crate::knowledge::providers::text::host_is_under;
use crate::report::{Link, Note};

/// Builds the note for a card whose `diagnostic` links to a host that is
/// neither a known list's or provider's host nor the host of one of the
/// card's `links`, or a subdomain of either. A card without links gets none, because it has no page
/// of its own to send the reader to.
pub(super) fn note(diagnostic: &str, links: &[Link]) -> Option<Note> {
    let own_hosts: Vec<&str> = links.iter().filter_map(|link| host(&link.url)).collect();
    if own_hosts.is_empty() {
        return None;
    }
    let mut foreign: Vec<String> = Vec::new();
    for url in urls(diagnostic) {
        let Some(host) = host(url).map(str::to_ascii_lowercase) else { continue };
        // `www.talosintelligence.com` is the site of a card link to
        // `talosintelligence.com`, but `faketalosintelligence.com` is not.
        let own = own_hosts.iter().any(|own| host_is_under(&host, &own.to_ascii_lowercase()));
        if !own && !is_known_link_host(&host) && !foreign.contains(&host) {
            foreign.push(host);
        }
    }
    if foreign.is_empty() {
        return None;
    }
    let mut pages: Vec<&str> = Vec::new();
    for own in own_hosts {
        if !pages.contains(&own) {
            pages.push(own);
        }
    }
    let foreign: Vec<String> = foreign.into_iter().map(|host| format!("\"{host}\"")).collect();
    let pages: Vec<String> = pages.into_iter().map(str::to_string).collect();
    Some(Note::warning(format!(
        "The reply links to {}, which is not the site of any blocklist or mail provider in \
         this tool's tables. That link was not checked, and it is shown as text only. Use the \
         page this card links instead ({}): it comes from those tables.",
        super::join_with_and(&foreign),
        super::join_with_and(&pages),
    )))
}

/// Lists the links in `text` that start with `http://`, `https://` or
/// `www.` (in any case), each up to white space or a quote, without the
/// punctuation a sentence puts after it.
fn urls(text: &str) -> impl Iterator<Item = &str> {
    let lower = text.to_ascii_lowercase();
    let mut starts: Vec<usize> = ["http://", "https://", "www."]
        .iter()
        .flat_map(|mark| lower.match_indices(mark).map(|(i, _)| i))
        .filter(|&i| starts_token(&lower, i))
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts.into_iter().map(move |start| {
        let rest = &text[start..];
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\''))
            .unwrap_or(rest.len());
        rest[..end].trim_end_matches(['.', ',', ';', ':', ')', ']', '!', '?'])
    })
}

/// True when the mark at `i` starts a link rather than continuing one, as
/// the `www.` of `https://www.example.net` does.
fn starts_token(lower: &str, i: usize) -> bool {
    let before = lower[..i].chars().next_back();
    !before.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-' | '@'))
}

/// Returns the host of `url`, without scheme, user info or port: the
/// browser goes to `example.net` for `https://www.spamhaus.org@example.net/`.
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = &rest[..rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len())];
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    let host = host_port.split_once(':').map_or(host_port, |(host, _)| host);
    let host = host.trim_end_matches('.');
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_found_and_trimmed() {
        let text = "see https://a.example.net/x?ip=1, then (www.b.example.org). \
                    HTTP://C.example.com: and https://www.d.example.net";
        let found: Vec<&str> = urls(text).collect();
        assert_eq!(
            found,
            [
                "https://a.example.net/x?ip=1",
                "www.b.example.org",
                "HTTP://C.example.com",
                "https://www.d.example.net"
            ]
        );
    }

    #[test]
    fn host_drops_user_info_and_port() {
        assert_eq!(host("https://www.spamhaus.org@example.net:8080/x"), Some("example.net"));
        assert_eq!(host("www.example.org/a?b"), Some("www.example.org"));
        assert_eq!(host("https:///x"), None);
    }
}
