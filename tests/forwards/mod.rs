//! Forwards for tests: a bounce attached to a person's email, as a mail
//! client's "Forward as attachment" sends it or as a saved `.eml` file.
//! A test file that declares `mod base64;` and `mod forwards;` uses them.

use super::base64::base64;

/// Builds a person's forward whose second part is `body` under the given
/// part header lines. The note above names no address and no reply.
pub fn forward(part_headers: &str, body: &str) -> String {
    format!(
        "From: Alice <alice@example.com>\nTo: helpdesk@example.com\n\
         Date: Wed, 11 Mar 2026 11:00:00 +0000\n\
         Subject: Fwd: bounce\nMIME-Version: 1.0\n\
         Content-Type: multipart/mixed; boundary=\"OUT\"\n\n\
         --OUT\nContent-Type: text/plain\n\nThis came back, see attached.\n\n\
         --OUT\n{part_headers}\n\n{body}\n--OUT--\n"
    )
}

/// Attaches the bounce as message/rfc822, as a mail client's "Forward as
/// attachment" does.
pub fn as_rfc822(bounce: &str) -> String {
    forward("Content-Type: message/rfc822\nContent-Disposition: attachment", bounce)
}

/// Attaches the bounce as a saved `.eml` file under another type, base64.
pub fn as_file(content_type: &str, bounce: &str) -> String {
    let headers = format!(
        "Content-Type: {content_type}; name=\"bounce.eml\"\n\
         Content-Disposition: attachment; filename=\"bounce.eml\"\n\
         Content-Transfer-Encoding: base64"
    );
    forward(&headers, &base64(bounce.as_bytes()))
}

/// Attaches the bounce as a saved `.eml` file under text/plain,
/// quoted-printable.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn as_quoted_printable_file(bounce: &str) -> String {
    let headers = "Content-Type: text/plain; name=\"bounce.eml\"\n\
         Content-Disposition: attachment; filename=\"bounce.eml\"\n\
         Content-Transfer-Encoding: quoted-printable";
    forward(headers, &quoted_printable(bounce))
}

/// Encodes `text` as quoted-printable (RFC 2045): `=` and bytes outside
/// printable ASCII escaped, lines longer than 76 characters broken with
/// a soft line break, as a mail client writes them.
fn quoted_printable(text: &str) -> String {
    let mut out = String::new();
    for line in text.split('\n') {
        let mut width = 0;
        for &byte in line.as_bytes() {
            let piece = if byte == b'=' || !(b' '..=b'~').contains(&byte) {
                format!("={byte:02X}")
            } else {
                char::from(byte).to_string()
            };
            if width + piece.len() > 75 {
                out.push_str("=\n");
                width = 0;
            }
            width += piece.len();
            out.push_str(&piece);
        }
        out.push('\n');
    }
    out.pop();
    out
}
