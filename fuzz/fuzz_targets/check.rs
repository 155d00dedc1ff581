// Checks shared by the fuzz targets: what must hold for any Report, beyond
// "did not panic".

use std::net::IpAddr;

use bounce_explainer::sender_ip::is_public;
use bounce_explainer::Report;

/// Checks `report`, the Report for `input`.
pub fn report(input: &[u8], report: &Report) {
    assert!(!report.summary.trim().is_empty(), "empty summary");
    // The pasted text as the library numbers its lines: CRLF and CR made LF.
    // A UTF-16 or UTF-32 file is decoded first, as the library does.
    let text = match bounce_explainer::input::decode_with_bom(input) {
        Some(text) => bounce_explainer::input::to_text(text.as_bytes()),
        None => bounce_explainer::input::to_text(input),
    };
    for recipient in &report.recipients {
        // Links come from the knowledge tables, never from the input, so
        // each one has a scheme the page may make clickable. The tables
        // also hold phone lines as `tel:` links (Comcast's security desk).
        for link in &recipient.links {
            assert!(
                link.url.starts_with("https://")
                    || link.url.starts_with("http://")
                    || link.url.starts_with("mailto:")
                    || link.url.starts_with("tel:"),
                "unexpected link {:?}",
                link.url
            );
        }
        if let Some(ip) = &recipient.sender_ip {
            let parsed: IpAddr = ip
                .parse()
                .unwrap_or_else(|_| panic!("sender_ip {ip:?} is not an IP address"));
            // An internal hop is never the address to quote (README,
            // src/sender_ip/mod.rs).
            assert!(is_public(parsed), "sender_ip {ip} is not public");
            // Nor is the receiving server's own address.
            if let Some(host) = &recipient.remote_host {
                assert!(
                    !addresses(host).contains(&parsed.to_canonical()),
                    "sender_ip {ip} is the remote host {host:?}"
                );
            }
        }
        let source = &recipient.sender_ip_source;
        // Only a decoded line can count lines of an attached bounce.
        assert!(
            source.decoded || source.forward_depth == 0,
            "forward_depth {} is set on a line of the pasted text",
            source.forward_depth
        );
        if let Some(line) = source.line {
            // The line is where the address was found, so it contains it, unless
            // the excerpt was cut at 240 characters.
            let ip = recipient.sender_ip.as_deref().expect("sender_ip_source.line is set but sender_ip is missing");
            assert!(line >= 1, "line numbers are 1-based");
            let excerpt = source.excerpt.as_deref().expect("sender_ip_source.line is set but excerpt is missing");
            assert!(
                states(excerpt, ip) || excerpt.ends_with('…'),
                "excerpt {excerpt:?} of line {line} lacks {ip}"
            );
            // Unless it counts lines of the decoded report, it points into
            // the pasted text, where the reader looks for the address.
            if !source.decoded {
                let pasted = text.lines().nth(line - 1).unwrap_or_else(|| {
                    panic!("line {line} is past the end of the pasted text")
                });
                // An address split by an invisible character, raw or as a
                // JSON escape, is read rejoined, and its line is still the
                // one to show.
                let visible = without_invisible(pasted);
                assert!(states(&visible, ip), "pasted line {line} {pasted:?} lacks {ip}");
            }
        }
    }
    // The WASM binding serialises the same value; it must not fail.
    serde_json::to_string(report).expect("report serialises");
}

/// Returns `text` without invisible characters, written raw or as JSON's
/// `\uXXXX` escapes (`192.0.2.1\u200b23`), and without combining marks,
/// as the library reads an IP.
fn without_invisible(text: &str) -> String {
    use bounce_explainer::input::{is_combining_mark, is_invisible};
    let invisible = |c: char| is_invisible(c) || is_combining_mark(c);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let escaped = rest
            .strip_prefix("\\u")
            .and_then(|hex| hex.get(..4))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32);
        match escaped {
            Some(e) if invisible(e) => rest = &rest[6..],
            _ => {
                if !invisible(c) {
                    out.push(c);
                }
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// True when `text` writes `ip` as it is, or reversed as in a DNSBL query
/// name (`49.2.0.192.zen.spamhaus.org` for 192.0.2.49, RFC 5782), which
/// the library reads as the address too.
fn states(text: &str, ip: &str) -> bool {
    if text.contains(ip) {
        return true;
    }
    match ip.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => {
            let [a, b, c, d] = v4.octets();
            text.contains(&format!("{d}.{c}.{b}.{a}."))
        }
        Ok(IpAddr::V6(v6)) => {
            let nibbles: Vec<String> = v6
                .octets()
                .iter()
                .rev()
                .flat_map(|byte| [byte & 0xf, byte >> 4])
                .map(|nibble| format!("{nibble:x}"))
                .collect();
            text.to_ascii_lowercase().contains(&format!("{}.", nibbles.join(".")))
        }
        Err(_) => false,
    }
}

/// Parses every IP address written in a host field such as
/// `mx.example.net [192.0.2.1]:25` or `[IPv6:2001:db8::1]`, in canonical form.
fn addresses(host: &str) -> Vec<IpAddr> {
    host.split(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '.'))
        .filter_map(|piece| {
            let piece = piece.trim_end_matches(['.', ':']);
            let piece = match piece.get(..5) {
                Some(p) if p.eq_ignore_ascii_case("ipv6:") => &piece[5..],
                _ => piece,
            };
            let without_port = piece.rsplit_once(':').map_or(piece, |(host, _)| host);
            let v4_with_port = || without_port.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4);
            piece.parse().ok().or_else(v4_with_port)
        })
        .map(|ip: IpAddr| ip.to_canonical())
        .collect()
}
