//! Input stage: decide what was pasted and decode it into plain text parts.
//!
//! A raw bounce goes through mail-parser, which handles MIME structure,
//! quoted-printable, base64 and charsets. The charset module decodes what
//! mail-parser leaves: multi-byte charsets in the page's build, mislabelled
//! Japanese text, UTF-7, and RFC 2047 words in the Subject. Text without headers
//! is kept as it is, with line ends made uniform, unless it is plainly
//! quoted-printable: then its report is the decoded text.

mod attached;
mod before_header;
mod binary;
mod charset;
mod control_escape;
mod css;
mod cut;
mod email;
mod entities;
mod escaped_invisible;
mod header_start;
mod html;
mod inline_forward;
mod invisible;
mod legacy;
mod lenient_base64;
mod line_ends;
mod quote_marks;
mod quoted_printable;
mod spaces;
mod unicode;
mod utf7;

use crate::report::{InputKind, Note};

pub use charset::decode_encoded_words;
pub use control_escape::escape_control_chars;
pub(crate) use cut::{head, truncate_at_char};
pub use email::decode_email;
use header_start::{has_body, starts_with_dsn_fields};
pub use header_start::{is_header_line, starts_with_headers};
pub(crate) use inline_forward::is_attribution;
use line_ends::lone_cr_to_crlf;
// The fuzz check (fuzz/fuzz_targets/check.rs) numbers lines as the library
// does, so it needs these; the IP scanner does not quote an IP that
// touches an invisible character or a combining mark.
pub use invisible::{is_combining_mark, is_invisible};
pub(crate) use quote_marks::unquoted_lines;
pub use unicode::{decode_with_bom, file_text, strip_utf8_bom};

/// Cap on the text the later stages scan. A bounce's report part is a few
/// kilobytes; what lies beyond this is a returned attachment, so cutting it
/// keeps the time bounded on a 20 MB paste without losing the failure.
pub const SCAN_LIMIT: usize = 512 * 1024;

/// A pasted input after decoding.
#[derive(Debug, Clone, Default)]
pub struct Decoded {
    /// What kind of text was pasted.
    pub kind: Option<InputKind>,
    /// The pasted text as UTF-8 (invalid bytes replaced), LF line ends,
    /// without the quote marker when every line carried one. Later stages
    /// look up line numbers in it.
    pub text: String,
    /// Top-level headers, unfolded, in their order. Only the Subject has its
    /// RFC 2047 encoded words decoded. The others are as sent.
    pub headers: Vec<(String, String)>,
    /// The human-readable report: the text parts outside any returned
    /// message, or the whole text when the input has no headers.
    pub body: String,
    /// The visible text of each web link in an HTML part read into
    /// `body`, which shows the text without the link's target.
    pub link_texts: Vec<String>,
    /// The contents of a message/delivery-status part (RFC 3464).
    pub dsn: Option<String>,
    /// The contents of a message/feedback-report part (RFC 5965).
    pub feedback: Option<String>,
    /// The headers of the returned original message, when attached.
    pub original: Option<String>,
    /// A bounce attached whole to this one (a forwarded bounce), decoded,
    /// or one that this person's email forwards inline in its text.
    pub nested: Option<Box<Decoded>>,
    /// True when `nested` is a bounce forwarded inline: its text is part of
    /// this email's text, and the failures are read from it first.
    pub nested_inline: bool,
    /// True when a message is attached deeper than the forwards that are
    /// read, so a bounce inside it would not be seen.
    pub deep_attachment: bool,
    /// True when the email ends before its top-level multipart body closes
    /// (no closing `--boundary--`): it was cut short, and the parts after
    /// the cut are missing.
    pub cut_short: bool,
    /// IPs and email addresses read with the invisible characters inside
    /// them removed, here or in `nested`, each once and in order.
    pub rejoined: Vec<String>,
    /// Words, here or in `nested`, where an invisible character sits next
    /// to an IP but the word read without it is no IP: the IP rules stop at
    /// the character, so the IP they read may be cut short. Each word is
    /// shown with its invisible characters written as `<U+XXXX>`.
    pub cut_ips: Vec<String>,
    /// True when the input had no headers but was quoted-printable, so
    /// `body` is its decoded form and its line numbers are not those of
    /// `text`.
    pub quoted_printable: bool,
    /// Problems met while decoding. Those of `nested` stay in its own
    /// notes, shown when its failures are the ones reported.
    pub notes: Vec<Note>,
}

impl Decoded {
    /// Returns the first top-level header with this name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Returns the byte offset in `raw` where an email's header would start,
/// after the lines pasted above it: blank lines and Gmail's "Show
/// original" summary. Only the first 64 KB are read, which is far more
/// than the summary takes.
pub fn header_offset(raw: &[u8]) -> usize {
    let head = &raw[..raw.len().min(64 * 1024)];
    let lines = before_header::lines_before_header(&to_text(head));
    raw.len() - before_header::skip_lines(raw, lines).len()
}

/// Decodes pasted bytes: an email when the input starts with headers,
/// otherwise plain text (SMTP reply lines or NDR text).
pub fn decode(raw: &[u8]) -> Decoded {
    decode_within(raw, inline_forward::MAX_FORWARDS)
}

/// Decodes pasted bytes as [`decode`] does, reading a bounce forwarded
/// inline in a person's email while `forwards` allows one more level.
fn decode_within(raw: &[u8], forwards: usize) -> Decoded {
    // Windows saves "Unicode" text (Notepad, a PowerShell 5 redirect) as
    // UTF-16 with a byte order mark. Its every other byte is NUL, so it
    // would otherwise read as binary.
    if let Some(text) = unicode::decode_with_bom(raw) {
        return decode_within(text.as_bytes(), forwards);
    }
    // Notepad and some mail exports put a UTF-8 BOM before the header,
    // where it would make the first field name unreadable.
    let raw = strip_utf8_bom(raw);
    // A bounce copied from a reply that quoted it whole carries a quote
    // marker on every line. Without it, the lines keep their numbers.
    if raw.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'>') {
        if let Some(unquoted) = quote_marks::unquote_all(&lone_cr_to_crlf(raw)) {
            return decode_within(&unquoted, forwards);
        }
    }
    let text = to_text(raw);
    let skipped = before_header::lines_before_header(&text);
    let header_text = &text[before_header::line_start(&text, skipped)..];
    let opens_with_headers = starts_with_headers(header_text);
    // Binary is checked first: `to_text` turns NUL bytes into spaces, so a
    // file of NULs would otherwise read as empty.
    if binary::looks_binary(raw, opens_with_headers) {
        return Decoded {
            kind: Some(InputKind::Binary),
            text,
            notes: vec![Note::warning(
                "The input looks like binary data, not text. Paste the bounce \
                 as text, or open the .eml file rather than an attachment.",
            )],
            ..Default::default()
        };
    }
    if text.trim().is_empty() {
        return Decoded { kind: Some(InputKind::Empty), text, ..Default::default() };
    }
    if opens_with_headers && has_body(header_text) && !starts_with_dsn_fields(header_text) {
        // The lines above the header are left out of what is parsed but
        // kept in `text`, so line numbers still count the pasted text.
        let message = before_header::skip_lines(raw, skipped);
        return decode_as_email(message, text, forwards);
    }
    let qp_decoded = quoted_printable::decode(&text);
    let quoted_printable = qp_decoded.is_some();
    let mut body = qp_decoded.map_or_else(|| text.clone(), |bytes| to_text(&bytes));
    let mut notes = Vec::new();
    if quoted_printable {
        notes.push(quoted_printable_note());
    }
    if cut::truncate_at_entry(&mut body, SCAN_LIMIT) {
        notes.push(cut_note());
    }
    let mut decoded =
        Decoded { kind: None, text, body, quoted_printable, notes, ..Default::default() };
    clean_decoded(&mut decoded);
    // A person's email copied without its header still forwards its bounce.
    inline_forward::read(&mut decoded, forwards);
    invisible::add_note(&mut decoded);
    decoded
}

/// Decodes `raw`, whose text is `text`, as an email, reading a bounce it
/// forwards inline while `forwards` allows one more level. The caller has
/// decided that it opens with a header block: [`decode_within`] by the
/// block's fields, `inline_forward` for a quoted bounce whose one `From`
/// field it writes itself.
fn decode_as_email(raw: &[u8], text: String, forwards: usize) -> Decoded {
    // mail-parser splits lines at LF only, so a message whose lines end
    // in a lone CR (an old Mac client, some copy-and-paste paths) would
    // be one long header line.
    let raw = lone_cr_to_crlf(raw);
    let mut decoded = decode_email(&raw);
    decoded.text = text;
    decoded.kind = Some(InputKind::Email);
    clean_decoded(&mut decoded);
    inline_forward::read(&mut decoded, forwards);
    invisible::add_note(&mut decoded);
    decoded
}

/// Reads other space characters as spaces, then removes invisible
/// characters from inside IPs and addresses, in every text later stages
/// read. Neither adds or removes a line break, so line numbers stay those
/// of the pasted text.
fn clean_decoded(decoded: &mut Decoded) {
    spaces::clean_decoded(decoded);
    invisible::clean_decoded(decoded);
}

/// The note for an input whose report text or DSN was cut at
/// [`SCAN_LIMIT`], so the reader knows later failures may be missing.
fn cut_note() -> Note {
    Note::warning(format!(
        "The bounce is longer than the {} KB that are scanned, so only its first {} KB \
         were read: failures reported after that point are not listed.",
        SCAN_LIMIT / 1024,
        SCAN_LIMIT / 1024
    ))
}

/// Builds the note for text without headers that was read as quoted-printable,
/// so the reader knows why its lines differ from what was pasted.
fn quoted_printable_note() -> Note {
    Note::info(
        "The text is quoted-printable (it has =XX codes and lines ending in =), \
         so it was decoded before it was read. Line numbers of the decoded text \
         may differ from those of the pasted text.",
    )
}

/// Converts bytes to text: UTF-8 where valid, Windows-1252 elsewhere (see
/// the `legacy` module), CRLF and lone CR made LF. NUL bytes become spaces so they
/// cannot hide text from the matchers.
pub fn to_text(raw: &[u8]) -> String {
    let text = legacy::utf8_or_windows_1252(raw);
    // CR and NUL are ASCII, so they never occur inside a multi-byte
    // character and the text may be sliced at them. The runs between them
    // are copied whole rather than char by char.
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\r' => {
                out.push_str(&text[copied..at]);
                // A run of CRs before an LF is one line end: some MTAs
                // (DragonFly's dma) add a CR to lines that already end in
                // CRLF. A lone CR is a line end of its own.
                let run = bytes[at..].iter().take_while(|&&b| b == b'\r').count();
                if bytes.get(at + run) != Some(&b'\n') {
                    out.extend(std::iter::repeat_n('\n', run));
                }
                at += run;
                copied = at;
            }
            b'\0' => {
                out.push_str(&text[copied..at]);
                out.push(' ');
                at += 1;
                copied = at;
            }
            _ => at += 1,
        }
    }
    out.push_str(&text[copied..]);
    // ISO-2022-JP is 7-bit, so unlabelled Japanese text arrives here
    // intact and is decoded now.
    charset::repair(&out, &[]).unwrap_or(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_cr_become_lf() {
        assert_eq!(to_text(b"a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(to_text(b"a\r\r\nb\r\rc"), "a\nb\n\nc");
        assert_eq!(to_text(b"\r"), "\n");
        assert_eq!(to_text(b"a\r\r"), "a\n\n");
        assert_eq!(to_text(b"\xc3\xa9\r\n\xc3\xa9"), "\u{e9}\n\u{e9}");
    }

    #[test]
    fn nul_becomes_space() {
        assert_eq!(to_text(b"\0a\0\0b\0"), " a  b ");
        assert_eq!(to_text(b"a\xffb"), "a\u{ff}b");
    }

    #[test]
    fn headers_detected() {
        let cases = [
            ("From: a@example.com\nSubject: x\n\nbody", true),
            ("From MAILER-DAEMON Fri\nFrom: a@example.com\nTo: b\n\n", true),
            ("550 5.1.1 user unknown", false),
            ("Error: 550 5.1.1 user unknown\n", false),
            ("Delivery has failed to these recipients:\n", false),
            ("<a@example.org>: host mx said: 550 5.1.1 unknown\n<b@example.org>: host mx said: 550\n", false),
        ];
        for (input, expected) in cases {
            assert_eq!(starts_with_headers(input), expected, "{input:?}");
        }
    }

    #[test]
    fn header_fields_alone_are_text() {
        let fields = "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n";
        assert_eq!(decode(fields.as_bytes()).kind, None);
        let email = format!("From: a@example.com\n{fields}\nThe body.\n");
        assert_eq!(decode(email.as_bytes()).kind, Some(InputKind::Email));
    }

    #[test]
    fn dsn_groups_are_text() {
        let groups = "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n\n\
            Final-Recipient: rfc822; b@example.org\nAction: failed\nStatus: 5.7.1\n";
        assert_eq!(decode(groups.as_bytes()).kind, None);
        let extension =
            format!("Reporting-MTA: dns; mx.example.com\nX-Postfix-Queue-ID: 4A1B2\n\n{groups}");
        assert_eq!(decode(extension.as_bytes()).kind, None);
        let email = format!("From: a@example.com\nStatus: RO\n\n{groups}");
        assert_eq!(decode(email.as_bytes()).kind, Some(InputKind::Email));
        let x_only = format!("X-Mailer: Example 1.0\nX-Spam-Score: 0\n\n{groups}");
        assert_eq!(decode(x_only.as_bytes()).kind, Some(InputKind::Email));
    }

    #[test]
    fn lone_cr_becomes_crlf() {
        assert_eq!(&*lone_cr_to_crlf(b"a\rb\r\r\nc\n"), b"a\r\nb\r\r\nc\n");
        assert!(matches!(lone_cr_to_crlf(b"a\r\nb\n"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(&*lone_cr_to_crlf(b"\r\r"), b"\r\n\r\n");
        let email = b"From: a@example.com\rTo: b@example.org\rSubject: x\r\rThe body.\r";
        let decoded = decode(email);
        assert_eq!(decoded.header("Subject"), Some("x"));
        assert!(decoded.body.contains("The body."), "{:?}", decoded.body);
    }

    #[test]
    fn pasted_text_capped() {
        let text = "550 5.7.1 blocked\n".repeat(SCAN_LIMIT / 10);
        let decoded = decode(text.as_bytes());
        assert!(decoded.body.len() <= SCAN_LIMIT, "{} bytes", decoded.body.len());
        assert_eq!(decoded.text.len(), text.len());
    }

    #[test]
    fn utf16_with_bom_is_text() {
        let text = "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org\r\n";
        let mut raw = vec![0xFF, 0xFE];
        raw.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let decoded = decode(&raw);
        assert_eq!(decoded.kind, None);
        assert_eq!(decoded.body, text.replace("\r\n", "\n"));
    }

    #[test]
    fn empty_and_binary_kinds() {
        assert_eq!(decode(b"  \n").kind, Some(InputKind::Empty));
        assert_eq!(decode(&[0u8, 1, 2, 3, 4, 5, 6, 7]).kind, Some(InputKind::Binary));
        assert_eq!(decode(&[0u8; 1000]).kind, Some(InputKind::Binary));
        assert_eq!(decode(b"\0").kind, Some(InputKind::Binary));
        assert_eq!(decode(b" \t\r\n\x0c").kind, Some(InputKind::Empty));
    }
}
