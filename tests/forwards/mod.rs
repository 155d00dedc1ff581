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
