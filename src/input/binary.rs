//! Deciding whether pasted bytes are binary data rather than text.
//!
//! Text in any charset the page reads has almost no C0 control bytes, so
//! their share is the first test. Random bytes have about one in nine, but
//! a short buffer can have none. So bytes that are not UTF-8 must also fit
//! a legacy charset: strict Shift_JIS without half-width katakana, a
//! mostly-ASCII Western code page (ISO-8859-x, Windows-1252), or a code
//! page whose letters all lie at 0xA0 and above (KOI8-R, Windows-1251,
//! Greek, EUC-JP, GB2312, EUC-KR, Big5). Random bytes fail each test,
//! because half of them are 0x80 and above and a quarter of those fall in
//! 0x80 to 0x9F.
//!
//! NOTE: a buffer of a few dozen random bytes can still pass for text by
//! chance, because it has too few bytes for the shares to settle.

/// How many leading bytes are judged. A bounce's first kilobytes are its
/// header or report text.
const HEAD: usize = 4096;

/// Returns true when `raw` looks like binary data rather than text.
/// `starts_with_headers` is whether the decoded text opens with email
/// header fields. Then only the header block is judged, because a MIME
/// part may carry a raw (8-bit or binary) attachment.
pub fn looks_binary(raw: &[u8], starts_with_headers: bool) -> bool {
    let mut head = &raw[..raw.len().min(HEAD)];
    if starts_with_headers {
        // Blank lines before the first field are skipped, as
        // `starts_with_headers` skips them.
        let start = head
            .iter()
            .position(|b| !matches!(b, b'\r' | b'\n' | b' ' | b'\t'))
            .unwrap_or(head.len());
        if let Some(end) = header_end(&head[start..]) {
            head = &head[..start + end];
        }
    }
    let control = head.iter().filter(|&&b| is_control(b)).count();
    if is_utf8(head) {
        // Pasted UTF-8 keeps the tolerant limit: a tenth of the bytes.
        return control * 10 > head.len();
    }
    // Legacy text with one stray control byte per hundred is still read.
    if control * 100 > head.len() {
        return true;
    }
    !(is_japanese_shift_jis(head) || is_western(head) || is_high_letters(head))
}

/// True for C0 control bytes and DEL, except tab, LF, CR, form feed and
/// ESC (which ISO-2022-JP uses to switch character sets).
fn is_control(byte: u8) -> bool {
    (byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || byte == 0x7f
}

/// Finds the offset of the first blank line, which ends the header block.
/// Line ends are LF, CRLF or a lone CR, and a run of CRs before an LF is
/// one line end, as [`super::to_text`] reads them. The first blank line
/// is taken because a raw attachment further on may contain any of them.
fn header_end(head: &[u8]) -> Option<usize> {
    let mut at = 0;
    let mut line_start = 0;
    while at < head.len() {
        match head[at] {
            b'\n' => {
                if at == line_start {
                    return Some(at);
                }
                at += 1;
                line_start = at;
            }
            b'\r' => {
                let run = head[at..].iter().take_while(|&&b| b == b'\r').count();
                let crlf = head.get(at + run) == Some(&b'\n');
                // Lone CRs end a line each, so two of them end a blank line.
                if at == line_start || (!crlf && run > 1) {
                    return Some(at);
                }
                at += run + usize::from(crlf);
                line_start = at;
            }
            _ => at += 1,
        }
    }
    None
}

/// True when `head` is UTF-8, allowing a character cut at its end.
fn is_utf8(head: &[u8]) -> bool {
    match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(error) => error.error_len().is_none(),
    }
}

/// True when `head` decodes strictly as Shift_JIS with two or more
/// double-byte characters and no half-width katakana. Its lead bytes 0x81
/// to 0x9F are the ones random bytes also have, but a quarter of random
/// bytes fall in 0xA1 to 0xDF, which decode as half-width katakana.
/// NOTE: Shift_JIS text written with half-width katakana is not matched.
fn is_japanese_shift_jis(head: &[u8]) -> bool {
    if !head.iter().any(|&b| (0x81..=0x9F).contains(&b)) {
        return false;
    }
    // The cut at HEAD may split a two-byte character.
    let decoded = super::charset::decode("shift_jis", head, true)
        .or_else(|| super::charset::decode("shift_jis", &head[..head.len() - 1], true));
    decoded.is_some_and(|text| {
        text.chars().filter(|c| !c.is_ascii()).count() >= 2
            && !text.chars().any(|c| ('\u{FF61}'..='\u{FF9F}').contains(&c))
    })
}

/// True for a Western code page: at most a quarter of the bytes are 0x80
/// or above, as accented letters and Windows-1252 quotes and dashes are.
/// Random bytes have half.
fn is_western(head: &[u8]) -> bool {
    head.iter().filter(|&&b| b >= 0x80).count() * 4 <= head.len()
}

/// True when the bytes at 0x80 and above are letters of a code page that
/// puts them at 0xA0 and above: at most one in sixteen lies in 0x80 to
/// 0x9F (Windows-1251 puts a few letters there).
fn is_high_letters(head: &[u8]) -> bool {
    let high = head.iter().filter(|&&b| b >= 0x80).count();
    let c1 = head.iter().filter(|&&b| (0x80..=0x9F).contains(&b)).count();
    c1 * 16 <= high
}

#[cfg(test)]
mod tests {
    use super::{header_end, looks_binary};

    #[test]
    fn only_header_block_judged() {
        let mut raw = b"\r\n\r\nA: 1\r\nB: 2\r\n\r\n".to_vec();
        raw.extend([0u8; 100]);
        assert!(!looks_binary(&raw, true));
        assert!(looks_binary(&raw, false));
        // A leading blank line does not end the header block.
        let raw = b"\r\nA: \x01\x02\x03\x04\x05\x06\r\nB: 2\r\n\r\nbody\r\n";
        assert!(looks_binary(raw, true));
    }

    #[test]
    fn header_end_is_first_blank_line() {
        let cases: [(&[u8], Option<usize>); 7] = [
            (b"A: 1\nB: 2\n\nbody\n\n", Some(10)),
            (b"A: 1\r\nB: 2\r\n\r\nbody\n\n", Some(12)),
            (b"A: 1\rB: 2\r\rbody\n\n", Some(9)),
            // A run of CRs before an LF is one line end, not a blank line.
            (b"A: 1\r\r\nB: 2\r\r\n\r\nbody", Some(14)),
            (b"A: 1\r\nB: 2\n\r\nbody", Some(11)),
            (b"\nA: 1", Some(0)),
            (b"A: 1\r\nB: 2\r\n", None),
        ];
        for (head, expected) in cases {
            assert_eq!(header_end(head), expected, "{:?}", String::from_utf8_lossy(head));
        }
    }
}
