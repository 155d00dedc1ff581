//! Explains an mbox that contains several messages: each message is read on
//! its own, as the command-line tool reads an mbox file, and the reports
//! are joined into one.

use std::collections::HashMap;

use crate::input::{self, SCAN_LIMIT};
use crate::mbox::{count_line_ends, starts_as_mbox, Messages};
use crate::report::{InputKind, Note, NoteLevel, Recipient, Report};

use super::delay_fold::{fold_delays, NoticeOrigin};
use super::summary::summary;

/// Max message numbers a joined note lists before it only counts the rest.
const MAX_LISTED_MESSAGES: usize = 10;

/// Bytes of an mbox within which a message must start to be read. Each
/// message is cut at [`SCAN_LIMIT`] as a single input is, so one large
/// message (a returned attachment) does not use up the mbox, and the
/// text scanned stays below this limit plus one message's [`SCAN_LIMIT`].
pub(super) const MBOX_LIMIT: usize = 4 * SCAN_LIMIT;

/// Explains `raw` message by message when it is an mbox with more than one
/// message, and returns `None` for any other input, which includes an
/// email with one mbox `From ` line above its headers.
///
/// Only the messages that start within the first [`MBOX_LIMIT`] bytes are
/// read, so the work stays bounded as it is for other input. Each message
/// is explained with the limits of a single input.
pub(super) fn explain_messages(raw: &[u8]) -> Option<Report> {
    // Windows saves "Unicode" text as UTF-16 with a byte order mark.
    if let Some(text) = input::decode_with_bom(raw) {
        return explain_messages(text.as_bytes());
    }
    let start = raw.iter().position(|b| !b.is_ascii_whitespace())?;
    let (before, mbox) = raw.split_at(start);
    if !starts_as_mbox(mbox) {
        return None;
    }

    let mut messages = Messages::new(mbox);
    let first = messages.next()?.ok()?;
    let second = messages.next_offset()? as usize;
    let mut lines_before = count_line_ends(before);
    let mut reports = vec![explain_at_line(&first, lines_before)];
    lines_before += count_line_ends(&mbox[..second]);

    let mut cut = false;
    while let Some(offset) = messages.next_offset() {
        if offset >= MBOX_LIMIT as u64 {
            cut = true;
            break;
        }
        // Reading from a byte slice cannot fail.
        let Some(Ok(message)) = messages.next() else { break };
        reports.push(explain_at_line(&message, lines_before));
        let end = messages.next_offset().map_or(mbox.len(), |o| o as usize);
        lines_before += count_line_ends(&mbox[offset as usize..end]);
    }

    // A second "From " line that opened no message leaves one message,
    // which is read whole, as any other email. A message left unread by
    // the limit is still a message, so the first is not read with the
    // rest of the mbox as its body.
    if reports.len() < 2 && !cut {
        return None;
    }
    let count = reports.len();
    let notes = match cut {
        false => vec![Note::info(format!(
            "The text holds {count} messages in mbox form; each was read on its own."
        ))],
        true => vec![
            Note::info("The text holds several messages in mbox form; each message read was read on its own."),
            Note::warning(format!(
                "The mbox is longer than the {} KB that are read, so only its first {}: \
                 later messages were not read and are not listed.",
                MBOX_LIMIT / 1024,
                match count {
                    1 => "message was read".to_string(),
                    _ => format!("{count} messages were read"),
                }
            )),
        ],
    };
    Some(join(reports, notes))
}

/// Explains one message that starts after `lines_before` lines of the
/// pasted text, so that a line number in its report counts lines of the
/// whole text, as the page's "Found on line" shows it. Also returns the
/// notice's origin, which [`join`] reads.
pub(super) fn explain_at_line(message: &[u8], lines_before: usize) -> (Report, NoticeOrigin) {
    let (mut report, origin) = super::explain_notice(message);
    shift_lines(&mut report, lines_before);
    (report, origin)
}

/// Adds `lines_before` to each line number in `report` that counts lines
/// of the text it explained.
pub(super) fn shift_lines(report: &mut Report, lines_before: usize) {
    for recipient in &mut report.recipients {
        let source = &mut recipient.sender_ip_source;
        // A decoded line counts lines of the decoded report, not of the text.
        if let (Some(line), false) = (source.line.as_mut(), source.decoded) {
            *line += lines_before;
        }
    }
}

/// Joins the reports of several messages, in order, into one report that
/// opens with `notes`, which describe how the text was cut. A delay
/// notice's card is folded into a later final notice's for the same
/// message and recipient.
pub(super) fn join(parts: Vec<(Report, NoticeOrigin)>, mut notes: Vec<Note>) -> Report {
    let count = parts.len();
    let (reports, origins): (Vec<Report>, Vec<NoticeOrigin>) = parts.into_iter().unzip();

    let mut grouped = GroupedNotes::default();
    let mut recipients = Vec::new();
    let mut kinds = Vec::new();
    let mut mtas = Vec::new();
    for (index, report) in reports.into_iter().enumerate() {
        if report.recipients.is_empty() {
            // Its note requests that a whole bounce be pasted, which does
            // not fit one message among others, so only its summary is kept.
            grouped.add(index, NoteLevel::Info, report.summary);
            continue;
        }
        for note in report.notes {
            grouped.add(index, note.level, note.message);
        }
        kinds.push(report.input_kind);
        mtas.push((report.mta, report.mta_name));
        recipients.extend(
            report.recipients.into_iter().map(|r| Recipient { mbox_index: Some(index), ..r }),
        );
    }
    notes.extend(grouped.into_notes());
    let recipients = fold_delays(recipients, &origins);

    let kind = match kinds.first() {
        None => InputKind::NotBounce,
        Some(first) if kinds.iter().all(|k| k == first) => *first,
        Some(_) => InputKind::Email,
    };
    let (mta, mta_name) = match mtas.first() {
        Some(first) if mtas.iter().all(|m| m == first) => first.clone(),
        _ => (None, None),
    };
    Report {
        input_kind: kind,
        mta,
        mta_name,
        summary: joined_summary(count, kind, &recipients),
        recipients,
        notes,
    }
}

fn joined_summary(count: usize, kind: InputKind, recipients: &[Recipient]) -> String {
    let delayed = recipients.iter().filter(|r| r.action == "delayed").count();
    match recipients.len() {
        0 if count == 1 => "The message that was read reports no delivery failure.".to_string(),
        0 => format!("None of the {count} messages reports a delivery failure."),
        // One card needs no count of recipients or replies.
        1 => summary(kind, recipients, false, 0),
        n if delayed > 0 => format!(
            "The {count} messages report on {n} recipients, {delayed} of them only delayed; \
             each is explained below."
        ),
        n => format!("The {count} messages report on {n} recipients; each is explained below."),
    }
}

/// Notes of several messages, each text once with the numbers of the
/// messages that gave it, in the order first seen. A map keeps the
/// grouping linear in the number of notes.
#[derive(Default)]
struct GroupedNotes {
    notes: Vec<(NoteLevel, String, Vec<usize>)>,
    positions: HashMap<(NoteLevel, String), usize>,
}

impl GroupedNotes {
    fn add(&mut self, index: usize, level: NoteLevel, message: String) {
        let key = (level, message);
        match self.positions.get(&key) {
            Some(&at) => self.notes[at].2.push(index),
            None => {
                self.positions.insert(key.clone(), self.notes.len());
                self.notes.push((key.0, key.1, vec![index]));
            }
        }
    }

    fn into_notes(self) -> impl Iterator<Item = Note> {
        self.notes.into_iter().map(|(level, message, indexes)| Note {
            level,
            message: format!("{}: {message}", message_numbers(&indexes)),
        })
    }
}

/// Names messages by their 1-based numbers: "Message 2", "Messages 1, 4
/// and 9", or "Messages 1, 2, ... 10 and 25 more".
fn message_numbers(indexes: &[usize]) -> String {
    let numbers: Vec<String> =
        indexes.iter().take(MAX_LISTED_MESSAGES).map(|i| (i + 1).to_string()).collect();
    let rest = indexes.len() - numbers.len();
    match (numbers.as_slice(), rest) {
        ([one], _) => format!("Message {one}"),
        (listed, 0) => format!("Messages {}", super::join_with_and(listed)),
        (listed, rest) => format!("Messages {} and {rest} more", listed.join(", ")),
    }
}
