//! Reads a mail program's own alert that it could not send a message,
//! which quotes no server reply: Outlook's `Task 'alice@example.org -
//! Sending' reported error (0x800CCC0F) : '...'`, Windows Mail's `...
//! Protocol: SMTP, ... Error Number: 0x800CCC0E`, Apple Mail's `Cannot
//! Send Mail` and the Gmail app's `Couldn't send message`. The words and
//! numbers are in `knowledge::mail_program_alerts`.
//!
//! The caller reads an alert only from pasted text in which no failure
//! was found, so an alert that quotes the server's reply (`The server
//! responded: 554 ...`) is explained by that reply, and a bounce whose
//! text contains an alert's words stays a bounce. Quoted server words
//! without a reply code stay in the alert, and the classify stage prefers
//! a provider's entry for them over the alert's own.

use super::Failure;
use crate::knowledge::mail_program_alerts::{self, ERROR_NUMBERS, SENTENCES, TITLES};
use crate::knowledge::Entry;

/// Maximum length in bytes of a text read as an alert. An alert is a few
/// lines, so a longer paste is a message or a log that only mentions one.
const MAX_ALERT_BYTES: usize = 4 * 1024;

/// Maximum number of non-blank lines of a paste in which an alert's title
/// alone ("Message not sent") counts. A title is a common phrase in prose.
const MAX_TITLE_LINES: usize = 4;

/// Returns the failure that a mail program's alert in `text` reports, or
/// `None` when `text` is no such alert or concerns receiving mail.
pub fn scan(text: &str) -> Option<Failure> {
    if text.len() > MAX_ALERT_BYTES {
        return None;
    }
    let lower = text.to_lowercase();
    if is_receiving(&lower) {
        return None;
    }
    let entry =
        by_error_number(&lower).or_else(|| by_sentence(&lower)).or_else(|| by_title(&lower))?;
    Some(Failure {
        diagnostic: one_line(text),
        mail_program_alert: Some(entry.id),
        ..Default::default()
    })
}

/// True when the alert concerns the incoming server: Outlook's receiving
/// task, an alert that names only the incoming server (Outlook's
/// 0x80042108, "unable to connect to your incoming (POP3) e-mail
/// server"), or Windows Mail's line for a POP3 or IMAP account.
fn is_receiving(lower: &str) -> bool {
    let receiving_task = lower.contains("- receiving'") && !lower.contains("- sending");
    let incoming_server = lower.contains("incoming") && !lower.contains("outgoing");
    let incoming_protocol = ["protocol: pop3", "protocol: imap"].iter().any(|p| lower.contains(p));
    receiving_task || incoming_server || incoming_protocol
}

/// Returns the entry of an Outlook or Windows Mail error number in
/// `lower`. A number without an entry gets the generic one, but only in
/// an alert about sending, because Outlook's numbers also cover its data
/// files and add-ins.
fn by_error_number(lower: &str) -> Option<&'static Entry> {
    let number = error_number(lower)?.to_ascii_uppercase();
    if let Some((_, entry)) = ERROR_NUMBERS.iter().find(|(known, _)| *known == number) {
        return Some(entry);
    }
    let sending = lower.contains("- sending") || lower.contains("protocol: smtp");
    sending.then_some(&mail_program_alerts::SEND_FAILED)
}

/// Returns the first HRESULT-style number in `lower`: `0x8` and seven
/// more hexadecimal digits, not inside a longer word.
fn error_number(lower: &str) -> Option<&str> {
    let bytes = lower.as_bytes();
    lower.match_indices("0x8").map(|(at, _)| at).find_map(|at| {
        let end = at + 10;
        let digits = bytes.get(at + 3..end)?;
        let before_ok = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let after_ok = bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
        let hex = digits.iter().all(u8::is_ascii_hexdigit);
        (before_ok && after_ok && hex).then(|| &lower[at..end])
    })
}

fn by_sentence(lower: &str) -> Option<&'static Entry> {
    let matches = |fragments: &&[&str]| fragments.iter().all(|f| lower.contains(f));
    SENTENCES.iter().find(|(fragments, _)| matches(fragments)).map(|(_, entry)| *entry)
}

fn by_title(lower: &str) -> Option<&'static Entry> {
    let lines = lower.lines().filter(|line| !line.trim().is_empty()).count();
    let titled = TITLES.iter().any(|title| lower.contains(title));
    (titled && lines <= MAX_TITLE_LINES).then_some(&mail_program_alerts::SEND_FAILED)
}

/// Joins the alert's non-blank lines with single spaces, for the card's
/// technical details.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_number_found_alone() {
        assert_eq!(error_number("error (0x800ccc0f) : 'x'"), Some("0x800ccc0f"));
        assert_eq!(error_number("error number: 0x8004210b"), Some("0x8004210b"));
        assert_eq!(error_number("id 0x800ccc0f1 here"), None);
        assert_eq!(error_number("a0x800ccc0f"), None);
        assert_eq!(error_number("0x800ccc0"), None);
        assert_eq!(error_number("0x800ccczz"), None);
    }

    #[test]
    fn unknown_number_needs_sending() {
        assert!(scan("Task 'a@example.org - Sending' reported error (0x800CCC13)").is_some());
        assert!(scan("Outlook error 0x8004010F: the data file cannot be accessed").is_none());
    }

    #[test]
    fn title_only_in_short_text() {
        assert!(scan("Couldn't send message").is_some());
        assert!(scan("Couldn\u{2019}t send message\nTap to retry").is_some());
        assert!(scan("a\nb\nc\nd\nMessage not sent").is_none());
    }
}
