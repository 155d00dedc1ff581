//! Attachments that contain a whole email under another MIME type.
//!
//! A mail client that attaches a saved `.eml` file from disk labels it by
//! the file's extension or contents, so a forwarded bounce can arrive as
//! application/octet-stream, application/x-eml or text/plain rather than
//! message/rfc822. Such a part is read as an email when its name ends in
//! `.eml` or `.msg` and its contents are text that opens with header
//! fields, or when any text attachment opens with an email's own header
//! fields. Binary data never passes, so a PDF, an image or an Outlook
//! `.msg` in its binary format is not parsed as mail.

use mail_parser::{MessagePart, MimeHeaders, PartType};

use super::{binary, starts_with_headers, to_text};

/// How many leading bytes of a part are judged. The header check reads
/// at most 40 lines, which fit in them unless the lines are very long.
const HEAD: usize = 8192;

/// Returns the contents of an attached part that contains a whole email
/// under a type other than message/rfc822, or `None` for any other part.
/// Only parts with an attachment disposition or a file name count, so a
/// message body that merely opens with quoted header lines is left to the
/// text stages.
pub(super) fn email_contents<'a>(part: &'a MessagePart) -> Option<&'a [u8]> {
    if !matches!(part.body, PartType::Text(_) | PartType::Binary(_) | PartType::InlineBinary(_)) {
        return None;
    }
    let name = part.attachment_name();
    let attached = name.is_some() || part.content_disposition().is_some_and(|d| d.is_attachment());
    if !attached {
        return None;
    }
    let contents = part.contents();
    let head = to_text(&contents[..contents.len().min(HEAD)]);
    let headers = starts_with_headers(&head);
    if !headers || binary::looks_binary(contents, headers) {
        return None;
    }
    let named_as_email = name.is_some_and(|n| {
        let n = n.trim().to_ascii_lowercase();
        n.ends_with(".eml") || n.ends_with(".msg")
    });
    (named_as_email || has_email_fields(&head)).then_some(contents)
}

/// True when the header block at the start of `text` has a trace field
/// (Received, Return-Path) or From with Date or Subject. A note whose
/// first lines are `Name: value` pairs has none of these.
fn has_email_fields(text: &str) -> bool {
    let mut from = false;
    let mut date_or_subject = false;
    let lines = text.trim_start_matches(['\n', '\r', ' ', '\t']).lines();
    for line in lines.take_while(|l| !l.trim().is_empty()) {
        let Some((name, _)) = line.split_once(':') else {
            continue;
        };
        match name.to_ascii_lowercase().as_str() {
            "received" | "return-path" => return true,
            "from" => from = true,
            "date" | "subject" => date_or_subject = true,
            _ => {}
        }
    }
    from && date_or_subject
}

#[cfg(test)]
mod tests {
    use super::has_email_fields;

    #[test]
    fn email_fields() {
        assert!(has_email_fields("Return-Path: <>\nX-Other: 1\n\nbody"));
        assert!(has_email_fields("Received: by mail.example.com\n\nbody"));
        assert!(has_email_fields("From: a@example.com\nSubject: hi\n\nbody"));
        assert!(has_email_fields(
            "Date: Wed, 11 Mar 2026 10:00:05 +0000\nFrom: a@example.com\n\nbody"
        ));
    }

    #[test]
    fn other_fields() {
        assert!(!has_email_fields(
            "Ticket: 4411\nPriority: low\n\nFrom: a@example.com\nSubject: x\n"
        ));
        assert!(!has_email_fields("From: a@example.com\nTo: b@example.org\n\nbody"));
        assert!(!has_email_fields("Subject: hi\nDate: today\n\nbody"));
    }
}
