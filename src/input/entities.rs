//! HTML character references in the text of an HTML part: named
//! (`&amp;`, `&shy;`), decimal (`&#49;`) and hexadecimal (`&#x31;`). A
//! mail client shows each as its character, so the text must read the
//! same before an IP or an address is taken from it: `[&#49;92.0.2.10]`
//! is 192.0.2.10 on screen, not 92.0.2.10.
//!
//! mail-parser has a decoder with every named reference, but its table
//! added about 24 KB to the gzipped .wasm, and on wasm32 it found no named
//! reference at all (`&shy;` stayed as written). The names below are those
//! that bounce text uses or that hide inside an IP or an address.
//! Source: the WHATWG HTML standard's list of named character references,
//! <https://html.spec.whatwg.org/multipage/named-characters.html>.

/// Maximum length of a reference, `&` and `;` included. The longest named
/// reference in HTML, `&CounterClockwiseContourIntegral;`, has 33.
const MAX_REFERENCE: usize = 40;

/// Named references and their characters. Names are case-sensitive.
const NAMED: &[(&str, char)] = &[
    // Markup and punctuation.
    ("amp", '&'),
    ("AMP", '&'),
    ("lt", '<'),
    ("LT", '<'),
    ("gt", '>'),
    ("GT", '>'),
    ("quot", '"'),
    ("QUOT", '"'),
    ("apos", '\''),
    ("period", '.'),
    ("commat", '@'),
    ("colon", ':'),
    ("semi", ';'),
    ("comma", ','),
    ("excl", '!'),
    ("quest", '?'),
    ("num", '#'),
    ("percnt", '%'),
    ("plus", '+'),
    ("equals", '='),
    ("lowbar", '_'),
    ("hyphen", '\u{2010}'),
    ("dash", '\u{2010}'),
    ("sol", '/'),
    ("bsol", '\\'),
    ("lpar", '('),
    ("rpar", ')'),
    ("lsqb", '['),
    ("lbrack", '['),
    ("rsqb", ']'),
    ("rbrack", ']'),
    ("lcub", '{'),
    ("lbrace", '{'),
    ("rcub", '}'),
    ("rbrace", '}'),
    ("verbar", '|'),
    ("vert", '|'),
    ("ndash", '\u{2013}'),
    ("mdash", '\u{2014}'),
    ("hellip", '\u{2026}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("ldquo", '\u{201c}'),
    ("rdquo", '\u{201d}'),
    ("laquo", '\u{ab}'),
    ("raquo", '\u{bb}'),
    ("bull", '\u{2022}'),
    ("middot", '\u{b7}'),
    ("copy", '\u{a9}'),
    ("reg", '\u{ae}'),
    ("trade", '\u{2122}'),
    ("deg", '\u{b0}'),
    ("euro", '\u{20ac}'),
    // Spaces and invisible characters, which can sit inside an IP.
    ("nbsp", '\u{a0}'),
    ("NonBreakingSpace", '\u{a0}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("shy", '\u{ad}'),
    ("ZeroWidthSpace", '\u{200b}'),
    ("NegativeThinSpace", '\u{200b}'),
    ("zwnj", '\u{200c}'),
    ("zwj", '\u{200d}'),
    ("lrm", '\u{200e}'),
    ("rlm", '\u{200f}'),
    ("NoBreak", '\u{2060}'),
    ("InvisibleTimes", '\u{2062}'),
    ("it", '\u{2062}'),
    ("InvisibleComma", '\u{2063}'),
    ("ic", '\u{2063}'),
    ("ApplyFunction", '\u{2061}'),
    ("af", '\u{2061}'),
    // Letters of the European languages that localised bounces use.
    ("Auml", 'Ä'),
    ("auml", 'ä'),
    ("Ouml", 'Ö'),
    ("ouml", 'ö'),
    ("Uuml", 'Ü'),
    ("uuml", 'ü'),
    ("szlig", 'ß'),
    ("Aacute", 'Á'),
    ("aacute", 'á'),
    ("Agrave", 'À'),
    ("agrave", 'à'),
    ("Acirc", 'Â'),
    ("acirc", 'â'),
    ("Atilde", 'Ã'),
    ("atilde", 'ã'),
    ("Aring", 'Å'),
    ("aring", 'å'),
    ("AElig", 'Æ'),
    ("aelig", 'æ'),
    ("Ccedil", 'Ç'),
    ("ccedil", 'ç'),
    ("Eacute", 'É'),
    ("eacute", 'é'),
    ("Egrave", 'È'),
    ("egrave", 'è'),
    ("Ecirc", 'Ê'),
    ("ecirc", 'ê'),
    ("Euml", 'Ë'),
    ("euml", 'ë'),
    ("Iacute", 'Í'),
    ("iacute", 'í'),
    ("Igrave", 'Ì'),
    ("igrave", 'ì'),
    ("Icirc", 'Î'),
    ("icirc", 'î'),
    ("Iuml", 'Ï'),
    ("iuml", 'ï'),
    ("Ntilde", 'Ñ'),
    ("ntilde", 'ñ'),
    ("Oacute", 'Ó'),
    ("oacute", 'ó'),
    ("Ograve", 'Ò'),
    ("ograve", 'ò'),
    ("Ocirc", 'Ô'),
    ("ocirc", 'ô'),
    ("Otilde", 'Õ'),
    ("otilde", 'õ'),
    ("Oslash", 'Ø'),
    ("oslash", 'ø'),
    ("Uacute", 'Ú'),
    ("uacute", 'ú'),
    ("Ugrave", 'Ù'),
    ("ugrave", 'ù'),
    ("Ucirc", 'Û'),
    ("ucirc", 'û'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
];

/// Replaces each character reference in `text` with its character, in one
/// pass, so `&amp;lt;` stays `&lt;`. A `&` that starts no reference in
/// the table, and no numeric one, is kept as written.
pub(super) fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match reference(rest) {
            Some((c, length)) => {
                out.push(c);
                rest = &rest[length..];
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

/// Reads the reference at the start of `text` (which starts with `&`).
/// Returns its character and its length, `;` included.
fn reference(text: &str) -> Option<(char, usize)> {
    let end = text
        .char_indices()
        .skip(1)
        .take_while(|&(i, c)| {
            i < MAX_REFERENCE && (c.is_ascii_alphanumeric() || c == '#' || c == ';')
        })
        .find(|&(_, c)| c == ';')?
        .0;
    let body = &text[1..end];
    let c = match body.strip_prefix('#') {
        Some(number) => {
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None if number.bytes().all(|b| b.is_ascii_digit()) => number.parse().ok()?,
                None => return None,
            };
            // As HTML does, a NUL, a surrogate or a value past Unicode
            // reads as the replacement character.
            char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{fffd}')
        }
        None => NAMED.iter().find(|(name, _)| *name == body)?.1,
    };
    Some((c, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_decoded() {
        let cases = [
            ("[&#49;92.0.2.10]", "[192.0.2.10]"),
            ("192.0.2.1&#x30;", "192.0.2.10"),
            ("192&period;0.2.10", "192.0.2.10"),
            ("192.0.2.1&shy;0", "192.0.2.1\u{ad}0"),
            ("192.0.2.1&ZeroWidthSpace;0", "192.0.2.1\u{200b}0"),
            ("&#98;ob&commat;example.net", "bob@example.net"),
            ("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;", "a & b <c> \"d\" 'e'"),
            ("&amp;lt;", "&lt;"),
            ("x&nbsp;y", "x\u{a0}y"),
            ("Empf&auml;nger", "Empfänger"),
            ("&#0;&#xD800;&#x110000;", "\u{fffd}\u{fffd}\u{fffd}"),
        ];
        for (html, text) in cases {
            assert_eq!(decode_references(html), text, "{html}");
        }
    }

    #[test]
    fn bare_ampersands_kept() {
        let cases = [
            "AT&T",
            "a & b",
            "&",
            "x&;y",
            "&unknownname;",
            "&#;",
            "&#x;",
            "&#12a;",
            "Q&A; more",
            "&AMp;",
        ];
        for text in cases {
            assert_eq!(decode_references(text), text, "{text}");
        }
    }

    #[test]
    fn names_unique() {
        for (i, (name, _)) in NAMED.iter().enumerate() {
            assert!(!NAMED[i + 1..].iter().any(|(other, _)| other == name), "{name} twice");
        }
    }
}
