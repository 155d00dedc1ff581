//! Explains several bounce emails pasted one after another without mbox
//! `From ` lines, or forwarded inline one after another in one message.
//! Read as one email, all but one bounce would be lost, so the text is cut
//! where a later bounce's own header starts, and each part is explained as
//! an mbox's message is.
//!
//! A bounce often carries the returned message, whose header also follows
//! a blank line. That header is no cut: it follows a marker such as
//! `--- Below this line is a copy of the message.` or a MIME part's
//! `Content-Type: message/rfc822`, and it is the original message's, not
//! a bounce's. Once the returned copy has started, an earlier bounce
//! forwarded or attached in it is part of the failed message, so only a
//! saved bounce's header starts a further bounce there: one with the null
//! sender `Return-Path: <>`, or with the MIME fields of a saved email's
//! own header, which the summary a mail program writes above a forward
//! does not show.
//! NOTE: a saved bounce pasted raw into the body of the message that failed
//! is therefore read as a further bounce.
//!
//! An auto-reply, such as an out-of-office reply, pasted among bounces is
//! one of the messages too, so its header starts a part as a bounce's
//! does.
//!
//! Saved MIME emails pasted one after another may have no blank line
//! between them: the next email's header follows the line that closes the
//! previous one's top-level multipart (`--boundary--`, RFC 2046, section
//! 5.1.1). That line ends the email, so a bounce's header right after it
//! starts the next one. A closing line of a nested multipart, such as an
//! attached message's, is not the email's end and starts nothing.
//!
//! A bounce copied as text may also be followed with no blank line at all:
//! the next bounce's `From:` comes right after the last line of the
//! reply above. A bounce's header that opens after a line of the body of
//! the email above starts a further bounce too. Lines inside the header
//! of the email above never do.

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::extract::{
    has_bounce_words, is_auto_reply_field, is_bounce_field, is_forward_marker, is_original_marker,
};
use crate::input::{self, SCAN_LIMIT};
use crate::mbox::count_line_ends;
use crate::report::{Note, Report};

use super::mbox::{explain_at_line, join};

/// A header field's opening: its name and a colon (RFC 5322, section 2.2).
static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Za-z][A-Za-z0-9\-]*):(.*)$").expect("header field pattern is valid")
});

/// A Content-Type field's `boundary` parameter, quoted or not (RFC 2045,
/// section 5.1).
static BOUNDARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i);\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))"#)
        .expect("boundary parameter pattern is valid")
});

/// The fields that open an email's header as it is saved or pasted.
const OPENING_FIELDS: &[&str] = &["return-path", "received", "from", "delivered-to"];

/// Header fields read to decide whether a header block is a bounce's. A
/// longer run is still taken as a header, but only these are read.
const MAX_HEADER_FIELDS: usize = 40;

/// Explains `raw` part by part when it contains two bounces or more, each
/// with its own header, and returns `None` otherwise.
///
/// As in an mbox, only the bounces that start within the first
/// [`SCAN_LIMIT`] bytes are read, and a warning is added when later ones
/// were left out. Cuts are looked for in twice that many bytes, so that the
/// last bounce read ends where the next one starts.
/// NOTE: a bounce that starts within the limit but runs on past the window
/// takes in whatever text follows it.
pub(super) fn explain_parts(raw: &[u8]) -> Option<Report> {
    // Windows saves "Unicode" text as UTF-16 with a byte order mark.
    if let Some(text) = input::decode_with_bom(raw) {
        return explain_parts(text.as_bytes());
    }
    // Blank lines and a mail program's summary above the first header are
    // no part of any bounce, so the cuts are looked for below them. They
    // stay in the first part, so that line numbers count them.
    let start = input::header_offset(raw);
    let window = &raw[start..raw.len().min(start + 2 * SCAN_LIMIT)];
    let mut cuts: Vec<usize> = cuts(window).into_iter().map(|cut| start + cut).collect();
    // Text above the first bounce's header, such as a person's note above
    // a forward, stays with that bounce unless it is a bounce of its own.
    if cuts.first().is_some_and(|&first| !is_bounce_of_its_own(&raw[start..first])) {
        cuts.remove(0);
    }
    if cuts.is_empty() {
        return None;
    }

    let past_limit = cuts.iter().position(|&cut| cut >= SCAN_LIMIT);
    let end_of_read = past_limit.map_or(raw.len(), |i| cuts[i]);
    if let Some(i) = past_limit {
        cuts.truncate(i);
    }

    let starts: Vec<usize> = std::iter::once(0).chain(cuts).collect();
    let mut reports = Vec::new();
    let mut lines_before = 0;
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(end_of_read);
        let part = &raw[start..end];
        reports.push(explain_at_line(part, lines_before));
        lines_before += count_line_ends(part);
    }
    // A later header that opens no readable bounce leaves the text to be
    // read whole, as any other email.
    let with_recipients = reports.iter().filter(|(r, _)| !r.recipients.is_empty()).count();
    if with_recipients < 2 {
        return None;
    }

    let count = reports.len();
    let mut notes = vec![Note::info(format!(
        "The text holds {count} bounce messages, pasted or forwarded one after another; \
         each was read on its own."
    ))];
    if past_limit.is_some() {
        notes.push(Note::warning(format!(
            "The text is longer than the {} KB that are scanned, so only its first {count} \
             bounce messages were read: messages after that point are not listed.",
            SCAN_LIMIT / 1024
        )));
    }
    Some(join(reports, notes))
}

/// True when `part`, the text above the first bounce's header, is a bounce
/// too: it opens with a bounce's header, or it is a notice copied without
/// its header, whose first line states the failure in a bounce's words
/// (Stalwart's `Your message could not be delivered to the following
/// recipients:`) and which reports a failure of its own. A person's note
/// above a forward opens with the person's own words.
fn is_bounce_of_its_own(part: &[u8]) -> bool {
    let lines = lines_with_offsets(part);
    if opens_bounce_header(&lines) {
        return true;
    }
    let first_line = lines.iter().map(|(_, line)| line.trim()).find(|line| !line.is_empty());
    let opens_as_notice = first_line.is_some_and(|line| has_bounce_words(&line.to_lowercase()));
    opens_as_notice && !explain_at_line(part, 0).0.recipients.is_empty()
}

/// Returns the byte offsets where a later bounce starts: at the header of
/// a bounce after a blank line or a line of the bounce above, or at the
/// marker line of a forwarded bounce.
fn cuts(text: &[u8]) -> Vec<usize> {
    bounce_starts(&lines_with_offsets(text))
}

/// Returns the byte offsets after the first line where a bounce's header
/// or a forwarded bounce's marker line starts.
fn bounce_starts(lines: &[(usize, &str)]) -> Vec<usize> {
    let mut cuts = Vec::new();
    // The last line that is not blank, for a header after a blank line.
    let mut last_text: Option<&str> = None;
    // Set at a returned copy's marker or at the header of a message that is
    // no bounce, and cleared at the next cut, because the text between is
    // the message that failed.
    let mut in_returned_copy = false;
    // The closing line of the current email's top-level multipart.
    let mut closing = closing_delimiter(lines);
    // True while the lines are the current email's header, which ends at
    // its first blank line.
    let mut in_header = header_kind(lines).is_some();
    for (i, &(offset, line)) in lines.iter().enumerate() {
        if i > 0 {
            let previous = lines[i - 1].1;
            let header = header_kind(&lines[i..]);
            let after_close = closing.as_deref().is_some_and(|end| previous.trim_end() == end);
            let after_blank = previous.trim().is_empty()
                && last_text.is_some_and(|before| !introduces_original(before));
            // A bounce pasted right below the last line of the one before,
            // with no blank line between.
            let after_text =
                !in_header && !previous.trim().is_empty() && !introduces_original(previous);
            let starts_bounce = match header {
                // A saved email's fields count only after a blank line,
                // because a header's own lines may open with `Received:`.
                Some(kind) if in_returned_copy => {
                    kind.null_sender || after_blank && kind.saved && kind.opens()
                }
                Some(kind) => kind.opens(),
                None => false,
            };
            if is_forward_marker(previous) && starts_bounce {
                cuts.push(lines[i - 1].0);
                in_returned_copy = false;
                in_header = true;
                closing = closing_delimiter(&lines[i..]);
            } else if (after_blank || after_close || after_text) && starts_bounce {
                cuts.push(offset);
                in_returned_copy = false;
                in_header = true;
                closing = closing_delimiter(&lines[i..]);
            } else if after_blank && header.is_some() {
                in_returned_copy = true;
            }
        }
        if line.trim().is_empty() {
            in_header = false;
        }
        // The returned copy, if any, ends with the email that contains it.
        if closing.as_deref().is_some_and(|end| line.trim_end() == end) {
            in_returned_copy = false;
        }
        if is_original_marker(line) && !is_forward_marker(line) {
            in_returned_copy = true;
        }
        if !line.trim().is_empty() {
            last_text = Some(line);
        }
    }
    cuts
}

/// Returns the line that closes the top-level multipart of the email whose
/// header `lines` start with (`--` and the boundary and `--`), or `None`
/// when they start with no multipart header.
fn closing_delimiter(lines: &[(usize, &str)]) -> Option<String> {
    header_kind(lines)?;
    let mut content_type: Option<String> = None;
    for (_, line) in lines.iter().take_while(|(_, line)| !line.trim().is_empty()) {
        if line.starts_with([' ', '\t']) {
            // A folded line continues the field above it.
            if let Some(value) = &mut content_type {
                value.push_str(line);
            }
            continue;
        }
        if content_type.is_some() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-type") {
                content_type = Some(value.to_string());
            }
        }
    }
    let content_type = content_type?;
    if !content_type.trim_start().to_ascii_lowercase().starts_with("multipart/") {
        return None;
    }
    let found = BOUNDARY.captures(&content_type)?;
    let boundary = found.get(1).or_else(|| found.get(2))?.as_str();
    Some(format!("--{boundary}--"))
}

/// True when `before`, the last line of text above a header, announces
/// the returned original message or a MIME part's own header.
fn introduces_original(before: &str) -> bool {
    is_original_marker(before) || before.trim_start().to_ascii_lowercase().starts_with("content-")
}

/// The bounce marks found in an email's header block.
#[derive(Clone, Copy)]
struct HeaderKind {
    /// A field names a mail system as sender, a bounce subject or the null
    /// sender.
    bounce: bool,
    /// `Return-Path: <>`, the null sender a saved bounce carries (RFC 5321,
    /// section 4.5.5) and the message that failed does not.
    null_sender: bool,
    /// A field flags an auto-reply or has an auto-reply's subject.
    auto_reply: bool,
    /// A `MIME-Version` or `Content-Type` field: the header of a saved
    /// email rather than the summary a mail program writes above a forward.
    saved: bool,
}

impl HeaderKind {
    /// True when the header opens a message of the series: a bounce or an
    /// auto-reply.
    fn opens(self) -> bool {
        self.bounce || self.auto_reply
    }
}

/// True when `lines` start with an email header that marks a bounce or an
/// auto-reply.
fn opens_bounce_header(lines: &[(usize, &str)]) -> bool {
    header_kind(lines).is_some_and(HeaderKind::opens)
}

/// Reads the email header that `lines` start with, if they do: it opens
/// with a field such as `Return-Path:` or `From:` and has at least two
/// fields.
fn header_kind(lines: &[(usize, &str)]) -> Option<HeaderKind> {
    let opening = lines.first().and_then(|(_, line)| FIELD.captures(line))?;
    let name = opening.get(1).map_or("", |m| m.as_str()).to_ascii_lowercase();
    if !OPENING_FIELDS.contains(&name.as_str()) {
        return None;
    }
    let mut fields = 0;
    let mut kind =
        HeaderKind { bounce: false, null_sender: false, auto_reply: false, saved: false };
    for (_, line) in lines.iter().take_while(|(_, line)| !line.trim().is_empty()) {
        // A folded line continues the field above it.
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let field = FIELD.captures(line)?;
        fields += 1;
        let name = field.get(1).map_or("", |m| m.as_str());
        let value = field.get(2).map_or("", |m| m.as_str());
        kind.bounce |= is_bounce_field(name, value);
        kind.null_sender |= name.eq_ignore_ascii_case("return-path") && value.trim() == "<>";
        kind.auto_reply |= is_auto_reply_field(name, value);
        kind.saved |=
            name.eq_ignore_ascii_case("mime-version") || name.eq_ignore_ascii_case("content-type");
        if fields >= MAX_HEADER_FIELDS {
            break;
        }
    }
    (fields >= 2).then_some(kind)
}

/// Splits `text` into lines with the byte offset where each starts. A
/// line that is not UTF-8 is kept as U+FFFD, which is neither blank nor a
/// header field.
fn lines_with_offsets(text: &[u8]) -> Vec<(usize, &str)> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in text.split(|&b| b == b'\n') {
        let trimmed = line.strip_suffix(b"\r").unwrap_or(line);
        lines.push((offset, std::str::from_utf8(trimmed).unwrap_or("\u{FFFD}")));
        offset += line.len() + 1;
    }
    lines
}
