//! The last step of every report: C0 and C1 control characters from the
//! paste are written as visible escapes (`⟨U+000D⟩`) in each string.
//!
//! The cards, the copied notes and the JSON output are built from the
//! report's strings. A CR LF in the receiver's reply, a note or an excerpt
//! would otherwise start a line of the paste's choosing in a note or in a
//! mail header built from one. Classification and the sender-IP scan run
//! before this step, on the text as pasted, because a control character
//! inside an IP address cuts it.

use crate::input::escape_control_chars;
use crate::report::{Note, Recipient, Report, SenderIpSource};

/// Escapes the control characters in every string of `report`.
pub(super) fn escape_controls(report: &mut Report) {
    escape(&mut report.summary);
    escape_notes(&mut report.notes);
    report.recipients.iter_mut().for_each(escape_recipient);
}

fn escape_recipient(card: &mut Recipient) {
    // The addresses and the receiving host contain none, because the
    // extract stage rejects them.
    for text in [&mut card.action, &mut card.diagnostic] {
        escape(text);
    }
    let optional = [&mut card.status, &mut card.reply, &mut card.code, &mut card.smtp_command];
    optional.into_iter().flatten().for_each(escape);
    card.lookalike_hosts.iter_mut().for_each(escape);
    escape_source(&mut card.sender_ip_source);
    let explanation = &mut card.explanation;
    for text in [&mut explanation.what, &mut explanation.why, &mut explanation.retry] {
        escape(text);
    }
    explanation.steps.iter_mut().for_each(escape);
    for link in &mut card.links {
        escape(&mut link.label);
    }
    escape_notes(&mut card.notes);
}

fn escape_source(source: &mut SenderIpSource) {
    let optional = [&mut source.field, &mut source.excerpt, &mut source.rule, &mut source.hint];
    optional.into_iter().flatten().for_each(escape);
}

fn escape_notes(notes: &mut [Note]) {
    for note in notes {
        escape(&mut note.message);
    }
}

fn escape(text: &mut String) {
    if let std::borrow::Cow::Owned(escaped) = escape_control_chars(text) {
        *text = escaped;
    }
}
