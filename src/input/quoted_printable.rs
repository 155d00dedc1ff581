//! Quoted-printable text pasted without the MIME part header that names
//! its encoding, as copied from a mail program's "view source". It writes
//! `wasn=E2=80=99t` for "wasn't", and a `=` at a line's end is a soft line
//! break that can cut a reply code or an IP in two (`[203.0.11=`, then
//! `3.45]`).

use mail_parser::decoders::quoted_printable::quoted_printable_decode;

/// Minimum count of soft line breaks and, separately, of `=XX` escapes
/// before text without headers is read as quoted-printable. One of each
/// also occurs in plain text (a base64 line's padding, `size=12` in a log
/// line), but several of both together have no other likely source.
/// NOTE: an estimate, not measured on a collection of pasted bounces.
const MIN_MARKS: usize = 2;

/// Decodes `text` as quoted-printable (RFC 2045, section 6.7) when it
/// carries the marks of that encoding, or returns `None`. The decoder is
/// strict: a `=` followed by anything but two hex digits or a line end
/// makes it fail, so text with a literal `=` (`relay=mx.example.net`,
/// `delays=0.1/0`) that real quoted-printable would write as `=3D` is kept
/// as it is.
pub(super) fn decode(text: &str) -> Option<Vec<u8>> {
    let soft_breaks = text.lines().filter(|line| line.ends_with('=')).count();
    if soft_breaks < MIN_MARKS || count_escapes(text) < MIN_MARKS {
        return None;
    }
    quoted_printable_decode(text.as_bytes())
}

/// Counts the `=XX` escapes of `text`, XX being two uppercase hex digits
/// as RFC 2045 requires of an encoder.
fn count_escapes(text: &str) -> usize {
    let is_hex = |b: u8| b.is_ascii_digit() || (b'A'..=b'F').contains(&b);
    text.as_bytes().windows(3).filter(|w| w[0] == b'=' && is_hex(w[1]) && is_hex(w[2])).count()
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn soft_breaks_and_escapes_decoded() {
        let text =
            "wasn=E2=80=99t delivered, pro=\nvider\nreturned =27554 5.7.1 [203.0.11=\n3.45]=27\n";
        let decoded = decode(text).expect("quoted-printable marks");
        assert_eq!(
            String::from_utf8(decoded).unwrap(),
            "wasn\u{2019}t delivered, provider\nreturned '554 5.7.1 [203.0.113.45]'\n"
        );
    }

    #[test]
    fn too_few_marks_kept() {
        // One soft break only.
        assert_eq!(decode("it wasn=E2=80=99t deli=\nvered\n"), None);
        // Soft breaks without escapes: base64 padding, an `a=` at line ends.
        assert_eq!(decode("QUJD=\nREVG=\n"), None);
    }

    #[test]
    fn literal_equals_sign_kept() {
        let log = "relay=mx.example.net, dsn=4.7.1, size=12=\nn=E2=80=99t=\ndelays=0.1/0\n";
        assert_eq!(decode(log), None);
    }
}
