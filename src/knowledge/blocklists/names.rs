//! Blanking the blocklists' names in a text, for readers that look for
//! other names in it. A reply names the lists its receiver queries, so
//! a list's name there is no sign of the software that wrote the bounce,
//! even where the list and that software share a vendor (McAfee).

use std::ops::Range;

use super::mention::host_around;
use super::BLOCKLISTS;
use crate::knowledge::providers::text::{find_word, host_is_under};

/// Returns `lower` with each list name replaced by as many spaces as it
/// has bytes, so offsets into the text stay valid. A name is a list's DNS
/// zone or site, taken as the whole host name (`cidr.bl.mcafee.com`,
/// `zen.spamhaus.org`), or a list's name in prose (`mcafee rbl`). A host
/// name under someone else's domain (`zen.spamhaus.org.evil.example`) is
/// kept, because it is not the list's.
pub fn blank_list_names(lower: &str) -> String {
    let mut spans = list_name_spans(lower);
    spans.sort_by_key(|span| span.start);
    let mut out = String::with_capacity(lower.len());
    let mut copied = 0;
    for span in spans {
        // Spans of two tokens in one host name overlap.
        let start = span.start.max(copied);
        if span.end <= start {
            continue;
        }
        out.push_str(&lower[copied..start]);
        out.extend(std::iter::repeat_n(' ', span.end - start));
        copied = span.end;
    }
    out.push_str(&lower[copied..]);
    out
}

/// Lists the byte ranges of the list names in `lower`. Every range starts
/// and ends on a character boundary, because tokens are ASCII and host
/// names end at ASCII characters or at whole dot lookalikes.
fn list_name_spans(lower: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    for list in BLOCKLISTS {
        for token in list.tokens {
            let mut from = 0;
            while let Some(at) = find_word(&lower[from..], token).map(|at| from + at) {
                let end = at + token.len();
                match host_around(lower, at, end) {
                    Some(host) if list.domains.iter().any(|d| host_is_under(host, d)) => {
                        // `host` is a slice of `lower`.
                        let start = host.as_ptr() as usize - lower.as_ptr() as usize;
                        spans.push(start..start + host.len());
                    }
                    Some(_) => {}
                    None => spans.push(at..end),
                }
                from = end;
            }
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::blank_list_names;

    #[test]
    fn zones_and_prose_names_blanked() {
        let lower = "client [192.0.2.7] blocked using cidr.bl.mcafee.com; see mcafee rbl";
        let blanked = blank_list_names(lower);
        assert_eq!(blanked.len(), lower.len());
        assert!(!blanked.contains("mcafee"), "{blanked}");
        assert!(blanked.starts_with("client [192.0.2.7] blocked using "), "{blanked}");
        assert!(blanked.ends_with("; see           "), "{blanked}");
        // The full stop ends the sentence, not the zone's name.
        let blanked = blank_list_names("listed at zen.spamhaus.org.");
        assert_eq!(blanked, format!("listed at {}.", " ".repeat("zen.spamhaus.org".len())));
    }

    #[test]
    fn other_names_kept() {
        let lower = "this message was rejected by mcafee email protection";
        assert_eq!(blank_list_names(lower), lower);
        let lookalike = "blocked using zen.spamhaus.org.evil.example";
        assert_eq!(blank_list_names(lookalike), lookalike);
    }

    #[test]
    fn dot_lookalike_names_kept_whole() {
        // U+2024 joins the zone to evil.example, so the name is not
        // the list's and stays, and the output is still valid text.
        let lower = "blocked using zen.spamhaus.org\u{2024}evil.example";
        assert_eq!(blank_list_names(lower), lower);
    }
}
