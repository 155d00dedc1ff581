//! Read receipts and Outlook's message recall notices pasted in place of
//! a bounce. Both arrive from a mail system about a message already sent
//! and name its recipient, so a reader can take one for a bounce. Neither
//! reports a failed delivery, so the result names them.
//!
//! Sources: RFC 8098 (a read receipt is a Message Disposition
//! Notification: `multipart/report; report-type=disposition-notification`
//! with a `message/disposition-notification` part whose `Disposition`
//! field ends in `displayed` or `deleted`), Microsoft's [MS-OXOMSG]
//! section 2.2.1.34 (Outlook's `displayed` and `deleted` receipts), and
//! "Message Recall Success! ...kind of" on exchangeinbox.com (a recall
//! request reaches a recipient outside the sender's Exchange
//! organization as an ordinary message and cannot remove anything).
//! NOTE: Outlook's text wordings matched here ("was read on", `Recall:`
//! subjects, "would like to recall the message", "Message recall failed"
//! and the recall report subjects) come from reported notices, not from
//! Microsoft's documentation.

use crate::input::Decoded;
use crate::report::Note;

/// A notice about a sent message that is not a bounce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Receipt {
    /// A read receipt, or a notice that the message was deleted unread.
    Read,
    /// Outlook's recall request, or its report on a recall.
    Recall,
}

/// Lowercase phrases that only a read receipt carries: the MIME types of
/// RFC 8098 and Outlook's receipt for a message deleted unread.
const READ_PHRASES: &[&str] = &[
    "message/disposition-notification",
    "report-type=disposition-notification",
    "report-type=\"disposition-notification\"",
    "was deleted without being read",
];

/// Lowercase phrases of Outlook's recall request and recall report.
const RECALL_PHRASES: &[&str] = &[
    "would like to recall the message",
    "message recall failed",
    "message recall succeeded",
    "message recall report",
    "recall failure:",
    "recall success:",
];

/// Identifies a read receipt or a recall notice from its headers or its
/// own text when pasted without them.
pub(super) fn identify(decoded: &Decoded) -> Option<Receipt> {
    let lower = decoded.text.to_ascii_lowercase();
    let subject = decoded.header("Subject").unwrap_or("").trim_start().to_ascii_lowercase();
    let content_type = decoded.header("Content-Type").unwrap_or("").to_ascii_lowercase();
    let recall = subject.starts_with("recall:")
        || subject.contains("message recall")
        || RECALL_PHRASES.iter().any(|p| lower.contains(p));
    if recall {
        return Some(Receipt::Recall);
    }
    let read = content_type.contains("disposition-notification")
        || READ_PHRASES.iter().any(|p| lower.contains(p))
        || has_mdn_fields(&lower)
        || is_outlook_read_text(&lower);
    read.then_some(Receipt::Read)
}

/// True for the fields of an MDN pasted without its MIME frame: a
/// `Disposition` field whose type is `displayed` or `deleted` beside the
/// `Original-Message-ID` or `Reporting-UA` field it goes with.
fn has_mdn_fields(lower: &str) -> bool {
    let disposition = lower.lines().any(|line| {
        let line = line.trim_start();
        line.starts_with("disposition:")
            && (line.trim_end().ends_with("displayed") || line.trim_end().ends_with("deleted"))
    });
    disposition && (lower.contains("original-message-id:") || lower.contains("reporting-ua:"))
}

/// True for Outlook's read receipt text: "Your message" then `was read
/// on <date>`.
fn is_outlook_read_text(lower: &str) -> bool {
    lower.contains("your message") && lower.contains("was read on")
}

/// Returns the receipt's summary line.
pub(super) fn summary(receipt: Receipt) -> &'static str {
    match receipt {
        Receipt::Read => {
            "This is not a bounce but a read receipt: the recipient's mail program reports that \
             the message was delivered and then opened, or deleted unread."
        }
        Receipt::Recall => {
            "This is not a bounce but an Outlook message recall notice: a request to delete a \
             message already sent, or Outlook's report on whether that request worked."
        }
    }
}

/// Returns what the reader can do with the receipt.
pub(super) fn note(receipt: Receipt) -> Note {
    let message = match receipt {
        Receipt::Read => {
            "A read receipt is sent by the recipient's mail program, and only when the sender \
             asked for one and the recipient agreed. The message reached the mailbox, so there \
             is nothing to resend. A receipt that says the message was deleted unread still \
             means it was delivered."
        }
        Receipt::Recall => {
            "A recall works only inside one Microsoft Exchange organization, and only while the \
             recipient has not opened the message. A failed recall means the original message \
             stays in the recipient's mailbox: it was delivered, so there is nothing to resend. \
             Send a correction if one is needed."
        }
    };
    Note::info(message)
}
