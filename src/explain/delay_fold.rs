//! Folds a delay notice into the later final notice for the same message
//! when several bounces are read together (an mbox, or bounces pasted one
//! after another). A sender who forwards "the two bounces I got" pastes
//! the warning that the server still retries and the notice that it gave
//! up. Read apart, they give a "do not resend" card beside the failure
//! that ended the retries, and the summary calls the recipient only
//! delayed.
//!
//! Two notices are about the same delivery when they return the same
//! original Message-ID (RFC 5322, section 3.6.4) and name the same
//! recipient. Without a returned Message-ID nothing shows that they are
//! about one message, and two messages to one address are two
//! deliveries, so such notices are never folded.
//! NOTE: only a returned copy in a MIME part (text/rfc822-headers or
//! message/rfc822) is read. A copy returned as plain text below a marker
//! line, as Exim and qmail write it, gives no Message-ID here. The
//! command-line tool prints an mbox file's messages one report each, so
//! there a delay notice keeps its own card.

use std::collections::HashMap;

use mail_parser::DateTime;

use crate::input::Decoded;
use crate::report::{Note, Recipient};

/// The original message a notice reports on, and the time of the notice.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct NoticeOrigin {
    /// The Message-ID of the returned original message, without its angle
    /// brackets.
    pub message_id: Option<String>,
    /// The notice's own `Date` field, in seconds since the Unix epoch.
    pub date: Option<i64>,
}

/// Reads the origin of the notice whose failures were read: `decoded`
/// itself, or the bounce forwarded `forward_depth` levels inside it.
pub(super) fn notice_origin(decoded: &Decoded, forward_depth: usize) -> NoticeOrigin {
    let notices = std::iter::successors(Some(decoded), |d| d.nested.as_deref());
    let Some(notice) = notices.take(forward_depth + 1).last() else {
        return NoticeOrigin::default();
    };
    NoticeOrigin {
        message_id: notice.original.as_deref().and_then(header_message_id),
        date: notice.header("date").and_then(DateTime::parse_rfc822).map(|d| d.to_timestamp()),
    }
}

/// Returns the Message-ID in `header`, the returned message's header
/// block, which ends at its first blank line.
fn header_message_id(header: &str) -> Option<String> {
    let mut lines = header.lines().take_while(|line| !line.trim().is_empty()).peekable();
    while let Some(line) = lines.next() {
        let Some((name, value)) = line.split_once(':') else { continue };
        if !name.trim().eq_ignore_ascii_case("message-id") {
            continue;
        }
        // The id may sit on a folded line below the field name.
        let mut value = value.to_string();
        while let Some(folded) = lines.next_if(|l| l.starts_with([' ', '\t'])) {
            value.push_str(folded);
        }
        let id = value.trim().trim_start_matches('<').trim_end_matches('>').trim();
        return (!id.is_empty()).then(|| id.to_string());
    }
    None
}

/// Drops each delayed card for which a later final notice in `origins`
/// reports on the same message and recipient, and notes on the final card
/// which notices were folded into it. A card's `mbox_index` indexes
/// `origins`. A notice is later when both notices carry a `Date` and its
/// date is greater, or, when either has none or they are equal, when it
/// comes later in the text.
pub(super) fn fold_delays(recipients: Vec<Recipient>, origins: &[NoticeOrigin]) -> Vec<Recipient> {
    // One pass collects each delivery's final cards and a second matches
    // the delays, so a series with many cards stays linear.
    let mut finals: HashMap<DeliveryKey, FinalCards> = HashMap::new();
    for (position, card) in recipients.iter().enumerate() {
        if card.action != "failed" {
            continue;
        }
        if let Some((key, at)) = delivery(card, origins) {
            finals.entry(key).or_default().add(at, position);
        }
    }
    let targets: Vec<Option<usize>> = recipients
        .iter()
        .map(|card| match card.action.as_str() {
            "delayed" => delivery(card, origins)
                .and_then(|(key, at)| finals.get(&key).and_then(|f| f.later_than(at))),
            _ => None,
        })
        .collect();

    let mut folded_into: Vec<Vec<usize>> = vec![Vec::new(); recipients.len()];
    for (card, target) in recipients.iter().zip(&targets) {
        if let (Some(target), Some(index)) = (target, card.mbox_index) {
            folded_into[*target].push(index);
        }
    }
    let mut kept = Vec::with_capacity(recipients.len());
    for ((mut card, target), delays) in recipients.into_iter().zip(targets).zip(folded_into) {
        if target.is_some() {
            continue;
        }
        if !delays.is_empty() {
            card.notes.push(folded_note(&delays));
        }
        kept.push(card);
    }
    kept
}

/// A delivery: the recipient's address in lower case and the original
/// Message-ID.
type DeliveryKey = (String, String);

/// A notice's place in the series: its `Date` in seconds, if any, and the
/// 0-based index of its message.
#[derive(Clone, Copy)]
struct NoticeTime {
    date: Option<i64>,
    index: usize,
}

/// Returns the delivery a card reports on and its notice's time, or
/// `None` when the card names no address or its notice returns no
/// Message-ID.
fn delivery(card: &Recipient, origins: &[NoticeOrigin]) -> Option<(DeliveryKey, NoticeTime)> {
    let index = card.mbox_index?;
    let origin = origins.get(index)?;
    let address = card.recipient.as_deref()?.trim().to_lowercase();
    let key = (address, origin.message_id.clone()?);
    Some((key, NoticeTime { date: origin.date, index }))
}

/// The final cards of one delivery, reduced to the few that can be the
/// latest by either rule of [`fold_delays`]. Each entry is the card's
/// notice time and its position among the cards.
#[derive(Default)]
struct FinalCards {
    /// The dated card with the greatest date, and of those the last.
    latest_dated: Option<(NoticeTime, usize)>,
    /// The undated card that comes last.
    last_undated: Option<(NoticeTime, usize)>,
    /// The card that comes last, dated or not.
    last: Option<(NoticeTime, usize)>,
}

impl FinalCards {
    fn add(&mut self, at: NoticeTime, position: usize) {
        let entry = Some((at, position));
        if let Some(date) = at.date {
            let newer = |(old, _): (NoticeTime, usize)| {
                (date, at.index) >= (old.date.unwrap_or(i64::MIN), old.index)
            };
            if self.latest_dated.is_none_or(newer) {
                self.latest_dated = entry;
            }
        } else if self.last_undated.is_none_or(|(old, _)| at.index >= old.index) {
            self.last_undated = entry;
        }
        if self.last.is_none_or(|(old, _)| at.index >= old.index) {
            self.last = entry;
        }
    }

    /// Returns the position of a final card whose notice is later than a
    /// delay notice at `delay`.
    fn later_than(&self, delay: NoticeTime) -> Option<usize> {
        let later_in_text = |entry: &Option<(NoticeTime, usize)>| {
            entry.filter(|(at, _)| at.index > delay.index).map(|(_, position)| position)
        };
        let Some(delay_date) = delay.date else {
            return later_in_text(&self.last);
        };
        // A dated final card is compared by date, and by order only when
        // the dates are equal. An undated one is compared by order.
        let by_date = self.latest_dated.filter(|(at, _)| {
            let date = at.date.unwrap_or(i64::MIN);
            date > delay_date || date == delay_date && at.index > delay.index
        });
        by_date.map(|(_, position)| position).or_else(|| later_in_text(&self.last_undated))
    }
}

/// Builds the note on a final card into which the delay notices of the
/// messages at the 0-based `indexes` were folded.
fn folded_note(indexes: &[usize]) -> Note {
    let numbers: Vec<String> = indexes.iter().map(|i| (i + 1).to_string()).collect();
    let (notices, messages, verb) = match numbers.len() {
        1 => ("notice", "message", "was"),
        _ => ("notices", "messages", "were"),
    };
    Note::info(format!(
        "The delay {notices} in {messages} {} about the same message to this address {verb} \
         folded into this card: this later notice reports that the sending server stopped retrying.",
        super::join_with_and(&numbers)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_id_forms() {
        assert_eq!(
            header_message_id("Message-ID: <a@example.org>\n").as_deref(),
            Some("a@example.org")
        );
        assert_eq!(
            header_message_id("To: b@example.net\nMessage-Id:\n <a@example.org>\n").as_deref(),
            Some("a@example.org")
        );
        assert_eq!(header_message_id("Message-ID: <>\n"), None);
        assert_eq!(header_message_id("To: b@example.net\n\nMessage-ID: <a@example.org>\n"), None);
    }
}
