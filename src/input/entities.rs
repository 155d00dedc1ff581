//! HTML character references in the text of an HTML part: named
//! (`&amp;`, `&shy;`), decimal (`&#49;`) and hexadecimal (`&#x31;`). A
//! mail client shows each as its character, so the text must read the
//! same before an IP or an address is taken from it: `[&#49;92.0.2.10]`
//! is 192.0.2.10 on screen, not 92.0.2.10.

use mail_parser::decoders::html::add_html_token;

/// Maximum length of a reference, `&` and `;` included. The longest named
/// reference in HTML, `&CounterClockwiseContourIntegral;`, has 33.
const MAX_REFERENCE: usize = 40;

/// Replaces each character reference in `text` with its character, in one
/// pass, so `&amp;lt;` stays `&lt;`. mail-parser's HTML decoder supplies
/// the named references. A `&` that starts no reference is kept as written.
pub(super) fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest
            .char_indices()
            .skip(1)
            .take_while(|&(i, c)| {
                i < MAX_REFERENCE && (c.is_ascii_alphanumeric() || c == '#' || c == ';')
            })
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i + 1);
        match end {
            Some(end) => {
                add_html_token(&mut out, rest[..end].as_bytes(), false);
                rest = &rest[end..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_decoded() {
        let cases = [
            ("[&#49;92.0.2.10]", "[192.0.2.10]"),
            ("192.0.2.1&#x30;", "192.0.2.10"),
            ("192.0.2.1&shy;0", "192.0.2.1\u{ad}0"),
            ("&#98;ob@example.net", "bob@example.net"),
            ("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;", "a & b <c> \"d\" 'e'"),
            ("&amp;lt;", "&lt;"),
            ("x&nbsp;y", "x\u{a0}y"),
        ];
        for (html, text) in cases {
            assert_eq!(decode_references(html), text, "{html}");
        }
    }

    #[test]
    fn bare_ampersands_kept() {
        let cases = ["AT&T", "a & b", "&", "x&;y", "&unknownname;", "&#;", "Q&A; more"];
        for text in cases {
            assert_eq!(decode_references(text), text, "{text}");
        }
    }
}
