//! Charset decoding that mail-parser leaves to us.
//!
//! Multi-byte text parts (ISO-2022-JP, Shift_JIS, EUC-JP, GBK, Big5,
//! EUC-KR): the page is built without encoding_rs, so there mail-parser
//! reads them as UTF-8 with replacement characters, and they are decoded
//! again here from the part's bytes. Natively the result is the same.
//!
//! Japanese text that its part's charset label gets wrong: old Japanese
//! MTAs send ISO-2022-JP without a label, or label EUC-JP or Shift_JIS
//! bytes as ISO-2022-JP; decoded by the label, the report's reason is
//! lost to escape codes or replacement characters.
//!
//! [`decode`] is the one place that picks the decoder: encoding_rs
//! natively, the browser's `TextDecoder` in the WebAssembly build. Both
//! implement the WHATWG Encoding Standard, so labels and output agree.

use mail_parser::decoders::{base64::base64_decode, quoted_printable::quoted_printable_decode};
use mail_parser::{MessagePart, MimeHeaders};

/// WHATWG names (lowercase) of the encodings whose decoders mail-parser
/// takes from encoding_rs, so that it cannot decode them in the page.
const NEEDS_OWN_DECODER: &[&str] = &[
    "iso-2022-jp",
    "shift_jis",
    "euc-jp",
    "gbk",
    "gb18030",
    "big5",
    "euc-kr",
    "windows-874",
    "ibm866",
    "x-mac-cyrillic",
];

/// Decodes a text part's body again from its bytes as sent when its
/// charset is UTF-7 or one of [`NEEDS_OWN_DECODER`], or returns `None`. `raw` is
/// the body before its transfer encoding is undone.
pub fn decode_part(part: &MessagePart, raw: &[u8]) -> Option<String> {
    let label = part.content_type()?.attribute("charset")?;
    let label = whatwg_label(label);
    if !super::utf7::is_label(label) {
        let name = encoding_name(label)?.to_ascii_lowercase();
        if !NEEDS_OWN_DECODER.contains(&name.as_str()) {
            return None;
        }
    }
    let encoding = part.content_transfer_encoding().unwrap_or("").trim().to_ascii_lowercase();
    let bytes = match encoding.as_str() {
        "base64" => base64_decode(raw)?,
        "quoted-printable" => quoted_printable_decode(raw)?,
        _ => raw.to_vec(),
    };
    decode(label, &bytes, false)
}

/// Decodes a text part's bytes, already without their transfer encoding,
/// by the part's charset label: as UTF-8 when it has none or an unknown one.
pub fn decode_bytes(part: &MessagePart, bytes: &[u8]) -> String {
    let label = part.content_type().and_then(|ct| ct.attribute("charset"));
    let label = label.map_or("utf-8", whatwg_label);
    decode(label, bytes, false).unwrap_or_else(|| String::from_utf8_lossy(bytes).into_owned())
}

/// Maps Microsoft code page names, which mailers write but the WHATWG
/// label list lacks, to the label of the same encoding.
fn whatwg_label(label: &str) -> &str {
    let label = label.trim();
    let code_pages = [
        ("cp932", "shift_jis"),
        ("windows-932", "shift_jis"),
        ("cp936", "gbk"),
        ("windows-936", "gbk"),
        ("ms936", "gbk"),
        ("cp949", "euc-kr"),
        ("windows-949", "euc-kr"),
        ("cp950", "big5"),
        ("windows-950", "big5"),
    ];
    code_pages
        .iter()
        .find(|(code_page, _)| code_page.eq_ignore_ascii_case(label))
        .map_or(label, |&(_, whatwg)| whatwg)
}

/// Decodes the RFC 2047 encoded words (`=?charset?B|Q?text?=`) in a
/// header value, or returns `None` when it has none. Headers are read
/// raw, so this is where a Japanese Subject becomes text. A word whose
/// charset or encoding is unknown is kept as written.
pub fn decode_encoded_words(value: &str) -> Option<String> {
    if !value.contains("=?") {
        return None;
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    // Whitespace between two encoded words is not part of the text.
    let mut after_word = false;
    while let Some(start) = rest.find("=?") {
        let (before, word) = rest.split_at(start);
        match parse_encoded_word(word) {
            Some((text, len)) => {
                if !(after_word && before.trim().is_empty()) {
                    out.push_str(before);
                }
                out.push_str(&text);
                rest = &word[len..];
                after_word = true;
            }
            None => {
                out.push_str(before);
                out.push_str("=?");
                rest = &word[2..];
                after_word = false;
            }
        }
    }
    out.push_str(rest);
    Some(out)
}

/// Decodes one encoded word at the start of `word`, returning its text
/// and its length in bytes.
fn parse_encoded_word(word: &str) -> Option<(String, usize)> {
    let mut fields = word[2..].splitn(3, '?');
    let charset = fields.next()?;
    let encoding = fields.next()?;
    let text_end = fields.next()?.find("?=")?;
    let text_start = 2 + charset.len() + 1 + encoding.len() + 1;
    let encoded = &word[text_start..text_start + text_end];
    if encoded.contains(char::is_whitespace) {
        return None;
    }
    let bytes = match encoding {
        "B" | "b" => base64_decode(encoded.as_bytes())?,
        // In the Q encoding an underscore is a space (RFC 2047, 4.2).
        "Q" | "q" => quoted_printable_decode(encoded.replace('_', " ").as_bytes())?,
        _ => return None,
    };
    // RFC 2231 lets a language follow the charset: `iso-2022-jp*ja`.
    let label = charset.split('*').next().unwrap_or(charset);
    let text = decode(whatwg_label(label), &bytes, false)?;
    Some((text, text_start + text_end + 2))
}

/// Decodes a text part again when the first decoding shows one of those
/// mislabellings, or returns `None`. `raw` is the part's body as sent,
/// used only when it is 8-bit (not base64 or quoted-printable).
pub fn repair(text: &str, raw: &[u8]) -> Option<String> {
    // ISO-2022-JP switches to JIS X 0208 with ESC $ B or ESC $ @.
    if text.contains("\u{1b}$B") || text.contains("\u{1b}$@") {
        if let Some(decoded) = decode("iso-2022-jp", text.as_bytes(), true) {
            return Some(decoded);
        }
    }
    if !text.contains('\u{FFFD}') || !raw.iter().any(|&b| b >= 0x80) {
        return None;
    }
    // Japanese text decodes strictly and has kana. Latin-1 bytes often
    // decode strictly as Shift_JIS too (`ç` and `o` make one kanji), but
    // give kanji and half-width katakana only. Failing Japanese, the bytes
    // are most likely a legacy Western code page: an unlabelled 8-bit part
    // saved by a mail program in its local code page.
    let has_kana = |text: &String| text.chars().any(|c| ('\u{3040}'..='\u{30FF}').contains(&c));
    ["euc-jp", "shift_jis"]
        .into_iter()
        .filter_map(|label| decode(label, raw, true))
        .find(has_kana)
        .or_else(|| Some(super::legacy::utf8_or_windows_1252(raw).into_owned()))
}

/// Decodes `bytes` in the encoding `label` names: UTF-7 here, any other
/// by [`decode_whatwg`]. UTF-7 ignores `strict`: its decoder marks
/// malformed runs with U+FFFD and never returns `None`.
pub fn decode(label: &str, bytes: &[u8], strict: bool) -> Option<String> {
    if super::utf7::is_label(label) {
        return Some(super::utf7::decode(bytes));
    }
    decode_whatwg(label, bytes, strict)
}

/// Returns the WHATWG name of the encoding a label stands for, or `None`
/// for an unknown label.
#[cfg(not(target_arch = "wasm32"))]
fn encoding_name(label: &str) -> Option<String> {
    encoding_rs::Encoding::for_label(label.as_bytes()).map(|encoding| encoding.name().to_string())
}

/// Decodes `bytes` in the encoding `label` names, without BOM sniffing.
/// Malformed input becomes U+FFFD, or `None` when `strict`; an unknown
/// label is `None` too.
#[cfg(not(target_arch = "wasm32"))]
fn decode_whatwg(label: &str, bytes: &[u8], strict: bool) -> Option<String> {
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes())?;
    if strict {
        let text = encoding.decode_without_bom_handling_and_without_replacement(bytes)?;
        Some(text.into_owned())
    } else {
        Some(encoding.decode_without_bom_handling(bytes).0.into_owned())
    }
}

#[cfg(target_arch = "wasm32")]
fn encoding_name(label: &str) -> Option<String> {
    web_sys::TextDecoder::new_with_label(label).ok().map(|decoder| decoder.encoding())
}

/// The page's [`decode_whatwg`]: `new TextDecoder(label, { fatal: strict })`,
/// which throws on an unknown label. It strips a leading BOM where
/// encoding_rs keeps it, but only for UTF-8 and UTF-16, which no caller
/// passes.
#[cfg(target_arch = "wasm32")]
fn decode_whatwg(label: &str, bytes: &[u8], strict: bool) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(strict);
    let decoder = web_sys::TextDecoder::new_with_label_and_options(label, &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
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
    fn encoded_words_decoded() {
        // "自動応答" in ISO-2022-JP, base64, then a UTF-8 Q word.
        let value = "=?ISO-2022-JP?B?GyRCPCtGMDF+RXobKEI=?= =?utf-8?q?caf=C3=A9_ok?= end";
        assert_eq!(decode_encoded_words(value).as_deref(), Some("自動応答café ok end"));
    }

    #[test]
    fn utf7_encoded_words_decoded() {
        // An en dash (U+2013) in UTF-7, in the Q and the B encoding.
        let value = "=?utf-7?Q?Zugriff_+IBM-_verweigert?= / =?UNICODE-1-1-UTF-7?B?K0lCTS0gZW5k?=";
        assert_eq!(
            decode_encoded_words(value).as_deref(),
            Some("Zugriff \u{2013} verweigert / \u{2013} end")
        );
    }

    #[test]
    fn malformed_encoded_word_kept() {
        let value = "=?bogus-charset?B?AAAA?= and =?utf-8?x?y?= =?";
        assert_eq!(decode_encoded_words(value).as_deref(), Some(value));
        assert_eq!(decode_encoded_words("plain subject"), None);
    }

    #[test]
    fn good_text_left_alone() {
        assert_eq!(repair("User unknown", b"User unknown"), None);
    }
}
