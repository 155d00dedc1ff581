//! Japanese text that its part's charset label gets wrong. Old Japanese
//! MTAs send ISO-2022-JP without a label, or label EUC-JP or Shift_JIS
//! bytes as ISO-2022-JP; decoded by the label, the report's reason is
//! lost to escape codes or replacement characters.

use encoding_rs::{Encoding, EUC_JP, ISO_2022_JP, SHIFT_JIS};

/// Decodes a text part again when the first decoding shows one of those
/// mislabellings, or returns `None`. `raw` is the part's body as sent,
/// used only when it is 8-bit (not base64 or quoted-printable).
pub fn repair(text: &str, raw: &[u8]) -> Option<String> {
    // ISO-2022-JP switches to JIS X 0208 with ESC $ B or ESC $ @.
    if text.contains("\u{1b}$B") || text.contains("\u{1b}$@") {
        let (decoded, _, errors) = ISO_2022_JP.decode(text.as_bytes());
        if !errors {
            return Some(decoded.into_owned());
        }
    }
    if !text.contains('\u{FFFD}') || !raw.iter().any(|&b| b >= 0x80) {
        return None;
    }
    [EUC_JP, SHIFT_JIS].into_iter().find_map(|encoding: &'static Encoding| {
        encoding
            .decode_without_bom_handling_and_without_replacement(raw)
            .map(|text| text.into_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlabelled_iso_2022_jp() {
        // "ユーザー" in ISO-2022-JP.
        let text = "\u{1b}$B%f!<%6!<\u{1b}(B unknown";
        assert_eq!(repair(text, text.as_bytes()).as_deref(), Some("ユーザー unknown"));
    }

    #[test]
    fn euc_jp_labelled_iso_2022_jp() {
        // "ユーザー" in EUC-JP, decoded first as 7-bit text.
        let raw = [0xA5, 0xE6, 0xA1, 0xBC, 0xA5, 0xB6, 0xA1, 0xBC];
        let first = "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}";
        assert_eq!(repair(first, &raw).as_deref(), Some("ユーザー"));
    }

    #[test]
    fn good_text_left_alone() {
        assert_eq!(repair("User unknown", b"User unknown"), None);
    }
}
