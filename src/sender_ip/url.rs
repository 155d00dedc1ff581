//! Tokens inside a URL. Anyone who writes into a bounce can write a link
//! such as `https://example.net/remove?ip=192.0.2.1`, so an address in one
//! is not the receiver's statement.

/// Maximum number of bytes read back from a token to find the start of the URL it may
/// sit in, so that a long line of candidate tokens costs linear time. A
/// URL longer than this is not recognised as one.
const MAX_URL_LOOKBACK: usize = 2048;

/// True when the token at `start` lies inside a URL: after `://`
/// (`https://example.net/remove?ip=`), in a link that starts with `www.`,
/// or in the query of a `host/path?` link without a scheme. Anyone who
/// writes into a bounce can write such a link, so an address in one is
/// not the receiver's statement.
pub fn in_url(text: &str, start: usize) -> bool {
    url_before(text, start).is_some()
}

/// Returns the host of the URL that the token at `start` lies in, lowercase and
/// without user info or port: `www.spamcop.net` for
/// `https://user@www.spamcop.net:443/bl.shtml?192.0.2.1`. None when the
/// token is not in a URL.
pub fn url_host(text: &str, start: usize) -> Option<String> {
    let url = url_before(text, start)?;
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = &rest[..rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len())];
    // `https://www.spamhaus.org@example.net/` goes to example.net.
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    let host = host_port.split_once(':').map_or(host_port, |(host, _)| host);
    Some(host.trim_end_matches('.').to_ascii_lowercase())
}

/// Returns the text of the URL that runs up to the token at `start`, when
/// the token lies inside one (see [`in_url`]). It borrows rather than
/// lowercases, because a line of many tokens calls this once per token.
fn url_before(text: &str, start: usize) -> Option<&str> {
    let mut from = start.saturating_sub(MAX_URL_LOOKBACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..start];
    // A URL ends at white space and at the characters that quote or
    // enclose it in text (RFC 3986, appendix C).
    let run_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\''))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let run = before[run_start..].trim_start_matches(['(', '[']);
    let starts_www = run.get(..4).is_some_and(|prefix| prefix.eq_ignore_ascii_case("www."));
    let query_after_path = run.find('/').is_some_and(|slash| run[slash..].contains('?'));
    (run.contains("://") || starts_www || query_after_path).then_some(run)
}
