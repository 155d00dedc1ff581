//! Decoding a whole bounce email with mail-parser.

use mail_parser::{Message, MessageParser, MessagePart, MimeHeaders, PartType};

use super::cut::{truncate_at_char, truncate_at_entry};
use super::html::html_to_text;
use super::{charset, to_text, Decoded, SCAN_LIMIT};
use crate::report::Note;

/// Decodes a raw email into its report parts. Never fails: when MIME
/// parsing finds nothing, the raw text is used as the body.
pub fn decode_email(raw: &[u8]) -> Decoded {
    let raw = strip_mbox_line(raw);
    let mut decoded = Decoded::default();
    let Some(message) = MessageParser::default().parse(raw) else {
        decoded.body = to_text(raw);
        decoded.notes.push(Note::warning(
            "The email headers could not be read, so the text was scanned as is.",
        ));
        return decoded;
    };
    read_message(&message, raw, &mut decoded, MAX_FORWARDS);
    drop_without_recursion(message);
    decoded
}

/// Drops a parsed message level by level. mail-parser 0.11 keeps an
/// attached message inside its parent's part, so the derived drop recurses
/// once per level: 2,000 levels of message/rfc822 overflowed the stack of
/// a browser's Web Worker. Its parser keeps its own stack on the heap.
fn drop_without_recursion(message: Message) {
    let mut pending = vec![message];
    while let Some(mut message) = pending.pop() {
        for part in message.parts.drain(..) {
            if let PartType::Message(inner) = part.body {
                pending.push(inner);
            }
        }
    }
}

/// Fills `decoded` from the parsed `message` of the bytes `raw`, with a
/// note for each problem the reader should know of, reading `forwards`
/// levels of attached bounces. A pasted bounce and a forwarded one both
/// go through here, so the two get the same checks and notes.
fn read_message(message: &Message, raw: &[u8], decoded: &mut Decoded, forwards: usize) {
    decoded.headers = top_headers(message);
    decoded.cut_short = message
        .content_type()
        .filter(|ct| ct.ctype().eq_ignore_ascii_case("multipart"))
        .and_then(|ct| ct.attribute("boundary"))
        .is_some_and(|boundary| !contains(raw, format!("--{boundary}--").as_bytes()));
    if decoded.cut_short {
        decoded.notes.push(Note::warning(
            "The email ends before its last MIME part closes, so it was cut short: \
             recipients and details after the cut may be missing. Paste or open the whole bounce.",
        ));
    }
    collect_parts(message, decoded, forwards);
    let mut cut = use_raw_body_if_empty(message, decoded);
    cut |= truncate_at_entry(&mut decoded.body, SCAN_LIMIT);
    if let Some(dsn) = &mut decoded.dsn {
        if truncate_at_char(dsn, SCAN_LIMIT) {
            // Drop the recipient group the cut went through, so that no
            // half-read group is reported with a wrong status.
            if let Some(end) = dsn.rfind("\n\n") {
                dsn.truncate(end + 1);
            }
            cut = true;
        }
    }
    if cut {
        decoded.notes.push(super::cut_note());
    }
}

/// Drops an mbox `From ` separator line, which is not a header.
fn strip_mbox_line(raw: &[u8]) -> &[u8] {
    if raw.starts_with(b"From ") {
        match raw.iter().position(|&b| b == b'\n') {
            Some(end) => &raw[end + 1..],
            None => &[],
        }
    } else {
        raw
    }
}

fn top_headers(message: &Message) -> Vec<(String, String)> {
    message
        .headers_raw()
        .map(|(name, value)| {
            let value = unfold(value);
            // The extractors match words of the Subject, so its encoded
            // words are decoded. Other headers keep their raw form.
            let value = if name.eq_ignore_ascii_case("Subject") {
                charset::decode_encoded_words(&value).unwrap_or(value)
            } else {
                value
            };
            (name.to_string(), value)
        })
        .collect()
}

/// Joins folded header lines and trims them.
pub fn unfold(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for (i, line) in value.lines().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(line.trim());
    }
    out.trim().to_string()
}

/// True when `needle` occurs in `haystack`.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|window| window == needle)
}

/// How many times a bounce may have been forwarded as an attachment and
/// still be read: a help desk often receives a customer's forward of a
/// colleague's forward. Each level is walked once more, so the bound keeps
/// deep nesting from multiplying the work.
const MAX_FORWARDS: usize = 3;

/// Walks the MIME tree of the bounce. Text parts are the human-readable
/// report; a nested message is the returned original, whose body is not
/// the failure and is skipped, or a forwarded bounce while `forwards`
/// allows one more level.
fn collect_parts(message: &Message, decoded: &mut Decoded, forwards: usize) {
    for (index, part) in message.parts.iter().enumerate() {
        // Part 0 is the message's own body or its multipart container,
        // not an attachment.
        if index > 0 && read_relabelled_forward(part, decoded, forwards) {
            continue;
        }
        let (ctype, subtype) = match part.content_type() {
            Some(ct) => {
                (ct.ctype().to_ascii_lowercase(), ct.subtype().unwrap_or("").to_ascii_lowercase())
            }
            None => ("text".to_string(), "plain".to_string()),
        };
        match (&part.body, ctype.as_str(), subtype.as_str()) {
            (PartType::Multipart(_), _, _) => {}
            (PartType::Message(inner), _, _) => {
                // A message that is the whole body is a forward, not the
                // returned original, so its To is no failed recipient.
                if decoded.original.is_none() && index > 0 {
                    decoded.original = Some(headers_text(inner));
                }
                // Keep a forwarded bounce for the extract stage.
                if forwards == 0 {
                    decoded.deep_attachment = true;
                } else if decoded.nested.is_none() {
                    let attached = decode_forward(inner, forwards - 1);
                    decoded.deep_attachment |= attached.deep_attachment;
                    if crate::extract::has_bounce_marks(&attached) {
                        decoded.nested = Some(Box::new(attached));
                    } else if index == 0 {
                        // The whole body is one attached message, so its text
                        // is this email's report, as a text body would be.
                        push_body(decoded, &attached.body);
                    }
                }
            }
            (_, "message", "delivery-status" | "global-delivery-status") => {
                if decoded.dsn.as_ref().map_or(0, String::len) < SCAN_LIMIT {
                    let repaired = repair_base64(message, part, decoded);
                    let contents = repaired.as_deref().unwrap_or(part.contents());
                    append(&mut decoded.dsn, &to_text(contents));
                }
            }
            (_, "message", "feedback-report") => {
                append(&mut decoded.feedback, &to_text(part.contents()));
            }
            (_, "text", "rfc822-headers") | (_, "message", "rfc822-headers") => {
                if decoded.original.is_none() {
                    decoded.original = Some(to_text(part.contents()));
                }
            }
            (PartType::Text(text), _, _) => {
                let raw = part_body(message, part);
                if let Some(bytes) = repair_base64(message, part, decoded) {
                    let text = charset::decode_bytes(part, &bytes);
                    // mail-parser files an HTML part it could not decode as text.
                    match subtype.as_str() {
                        "html" if decoded.body.trim().is_empty() => push_html_body(decoded, &text),
                        "html" => {}
                        _ => push_body(decoded, &text),
                    }
                    continue;
                }
                let redecoded = charset::decode_part(part, raw);
                let text = redecoded.as_deref().unwrap_or(text);
                match charset::repair(text, raw) {
                    Some(repaired) => push_body(decoded, &repaired),
                    None => push_body(decoded, text),
                }
            }
            (PartType::Html(html), _, _) => {
                // The plain part says the same; use HTML only when alone.
                if decoded.body.trim().is_empty() {
                    push_html_body(decoded, html);
                }
            }
            (PartType::Binary(bytes) | PartType::InlineBinary(bytes), "message", _) => {
                // message/* types mail-parser does not know, such as a
                // returned message/partial: treat as the original.
                if decoded.original.is_none() {
                    decoded.original = Some(to_text(bytes));
                }
            }
            _ => {}
        }
    }
}

/// Returns a part's body as sent, before its transfer encoding is undone.
fn part_body<'m>(message: &'m Message, part: &MessagePart) -> &'m [u8] {
    // The offsets index the `raw_message` field, as in `use_raw_body_if_empty`.
    let start = part.offset_body as usize;
    message.raw_message.get(start..part.offset_end as usize).unwrap_or_default()
}

/// Decodes a base64 part that mail-parser left encoded because of
/// characters outside the base64 alphabet, and notes the damage once.
/// Returns `None` for any other part.
fn repair_base64(message: &Message, part: &MessagePart, decoded: &mut Decoded) -> Option<Vec<u8>> {
    let repaired = super::lenient_base64::decode_damaged(part, part_body(message, part))?;
    let noted = decoded.notes.iter().any(|note| note.message == DAMAGED_BASE64_NOTE);
    if repaired.damaged && !noted {
        decoded.notes.push(Note::warning(DAMAGED_BASE64_NOTE));
    }
    Some(repaired.bytes)
}

const DAMAGED_BASE64_NOTE: &str = "A base64-encoded part of the bounce contains characters \
     outside the base64 alphabet, so it was probably damaged on the way. They were skipped to read \
     the part, and its text near them may be garbled or missing.";

/// Decodes an attached message as a pasted email is decoded, reading
/// `forwards` more levels of attachments inside it, reads its other
/// space characters as spaces and removes invisible characters from its
/// IPs and addresses. The caller keeps it as a
/// forwarded bounce only when it has a bounce's marks. A bounce written as
/// text alone (qmail, Exim, Sendmail, Postfix without DSN) has them by its
/// sender or body format rather than by a delivery-status part.
fn decode_forward(inner: &Message, forwards: usize) -> Decoded {
    let mut attached = Decoded::default();
    // `raw_message()` is the attached message's own slice, so a boundary
    // of the enclosing email does not pass for its closing one.
    read_message(inner, inner.raw_message(), &mut attached, forwards);
    super::clean_decoded(&mut attached);
    attached
}

/// Takes the raw body as the report when no part gave text or DSN
/// fields, and returns whether it was cut at the scan limit. Some bounces
/// declare a type that mail-parser files as binary, but their text is
/// still the report. A body that is itself an attached message
/// (message/rfc822) is a forward, read by the forward rule in
/// `collect_parts`: its raw text contains every level below, so taking it
/// here would read past the third forward and take the forwards' own
/// headers for the bounce's.
fn use_raw_body_if_empty(message: &Message, decoded: &mut Decoded) -> bool {
    let forwarded = matches!(message.root_part().body, PartType::Message(_));
    if decoded.body.trim().is_empty() && decoded.dsn.is_none() && !forwarded {
        // The part offsets index the `raw_message` field, which for a
        // message attached without transfer encoding is the whole outer
        // email. The `raw_message()` method returns a slice of it instead.
        let root = message.root_part();
        let body = message.raw_message.get(root.offset_body as usize..root.offset_end as usize);
        decoded.body = to_text(body.unwrap_or_default());
        return truncate_at_entry(&mut decoded.body, SCAN_LIMIT);
    }
    false
}

/// Reads an attachment that contains a bounce under a type other than
/// message/rfc822 (see [`attached`](super::attached)) as a forwarded
/// bounce, and returns true when it did. Any other part, or an attached
/// email that is not a bounce, returns false and is read by its type as
/// before, so a text attachment's words still reach the text stages.
fn read_relabelled_forward(part: &MessagePart, decoded: &mut Decoded, forwards: usize) -> bool {
    if decoded.nested.is_some() {
        return false;
    }
    let Some(contents) = super::attached::email_contents(part) else {
        return false;
    };
    if forwards == 0 {
        decoded.deep_attachment = true;
        return false;
    }
    let Some(inner) = MessageParser::default().parse(contents) else {
        return false;
    };
    let attached = decode_forward(&inner, forwards - 1);
    let is_bounce = crate::extract::has_bounce_marks(&attached);
    if is_bounce {
        decoded.deep_attachment |= attached.deep_attachment;
        decoded.original.get_or_insert_with(|| headers_text(&inner));
        decoded.nested = Some(Box::new(attached));
    }
    drop_without_recursion(inner);
    is_bounce
}

/// Appends an HTML part's rendered text to the body and keeps the visible
/// texts of its web links, whose targets the text drops.
fn push_html_body(decoded: &mut Decoded, html: &str) {
    let rendered = html_to_text(html);
    push_body(decoded, &rendered.text);
    decoded.link_texts.extend(rendered.link_texts);
}

fn push_body(decoded: &mut Decoded, text: &str) {
    if decoded.body.len() >= SCAN_LIMIT {
        return;
    }
    if !decoded.body.is_empty() {
        decoded.body.push('\n');
    }
    decoded.body.push_str(&to_text(text.as_bytes()));
}

fn append(slot: &mut Option<String>, text: &str) {
    let target = slot.get_or_insert_with(String::new);
    if !target.is_empty() {
        target.push('\n');
    }
    target.push_str(text);
}

fn headers_text(message: &Message) -> String {
    let mut out = String::new();
    for (name, value) in message.headers_raw() {
        out.push_str(name);
        out.push(':');
        out.push_str(value);
        if !value.ends_with('\n') {
            out.push('\n');
        }
    }
    to_text(out.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DSN: &str = "From: MAILER-DAEMON@example.net\r\n\
To: sender@example.com\r\n\
Subject: Undelivered Mail Returned to Sender\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\
\r\n\
--b1\r\n\
Content-Type: text/plain; charset=us-ascii\r\n\
\r\n\
I'm sorry to have to inform you that your message could not be delivered.\r\n\
--b1\r\n\
Content-Type: message/delivery-status\r\n\
\r\n\
Reporting-MTA: dns; mail.example.net\r\n\
\r\n\
Final-Recipient: rfc822; user@example.org\r\n\
Action: failed\r\n\
Status: 5.1.1\r\n\
--b1\r\n\
Content-Type: message/rfc822\r\n\
\r\n\
From: sender@example.com\r\n\
To: user@example.org\r\n\
Subject: hello\r\n\
\r\n\
550 5.7.1 this line is in the original and is not the failure\r\n\
--b1--\r\n";

    #[test]
    fn multipart_report_parts() {
        let decoded = decode_email(DSN.as_bytes());
        assert!(decoded.body.contains("could not be delivered"));
        assert!(decoded.dsn.as_deref().unwrap().contains("Status: 5.1.1"));
        assert!(decoded.original.as_deref().unwrap().contains("Subject: hello"));
        assert!(!decoded.body.contains("not the failure"));
    }
}
