//! Quotation marks that a writer, an MTA or a localised NDR puts around a
//! reply quoted in prose. The extract stage's checks of whether a reply is
//! quoted use these lists, so that a reply in French guillemets (`« 550
//! ... »`), German quotes (`„550 ...“`, `»550 ...«`) or curly quotes reads
//! as the same reply in straight quotes does.

/// Opening quotation marks: straight and typewriter marks, English curly
/// quotes, German low quotes, guillemets in both directions (French and
/// Swiss `«...»`, German and Danish `»...«`), single guillemets and
/// Japanese corner brackets. The right-hand curly marks `”` and `’` are
/// left out, because after a word they are usually a closing quote or an
/// apostrophe.
pub(super) const OPENING: &[char] =
    &['"', '\'', '`', '“', '„', '‘', '‚', '«', '»', '‹', '›', '「', '『'];

/// Closing quotation marks, for a reply whose opening mark is not known:
/// each mark that closes one of [`OPENING`]. German closes `„` with `“`
/// and `‚` with `‘`, so those count here too.
pub(super) const CLOSING: &[char] =
    &['"', '\'', '`', '”', '“', '’', '‘', '»', '«', '›', '‹', '」', '』'];

/// Returns the mark that closes a quote opened with `open`. German low
/// quotes close with the English opening marks, and German guillemets
/// point inwards (`»...«`).
pub(super) fn closing_for(open: char) -> char {
    match open {
        '“' => '”',
        '„' => '“',
        '‘' => '’',
        '‚' => '‘',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '「' => '」',
        '『' => '』',
        same => same,
    }
}

/// Returns the opening quotation mark that `text` ends with, ignoring
/// trailing whitespace. French typography puts a space, often a no-break
/// one, between `«` and the quoted words.
pub(super) fn opening_at_end(text: &str) -> Option<char> {
    text.trim_end().chars().last().filter(|c| OPENING.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_opening_has_its_closing() {
        for open in OPENING {
            assert!(CLOSING.contains(&closing_for(*open)), "{open}");
        }
    }

    #[test]
    fn opening_after_no_break_space() {
        assert_eq!(opening_at_end("je reçois : «\u{a0}"), Some('«'));
        assert_eq!(opening_at_end("je reçois : «\u{202f}"), Some('«'));
        assert_eq!(opening_at_end("sagt „"), Some('„'));
        assert_eq!(opening_at_end("returned"), None);
    }
}
