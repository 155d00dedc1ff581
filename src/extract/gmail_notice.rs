//! Gmail's own notices as its web view shows them, in the language of
//! the sender's account. Each has a heading on a line of its own
//! ("Address not found", "Delivery incomplete"), a sentence that names
//! the recipient, an optional all-capitals "LEARN MORE" line, a label
//! ("The response was:"), and then the reply. The reply may be Gmail's own sentence in
//! the account's language, with no reply code, so the heading and the
//! label are what mark the text as a bounce.
//!
//! The English notices are quoted in public issues: "Delivery incomplete
//! / There was a temporary problem delivering your message to ... Gmail
//! will retry for 45 more hours. ... LEARN MORE / The response was:"
//! (<https://github.com/MIATECHPARTNERS/PromptChains/issues/6>), and
//! "Message not delivered / Your message couldn't be delivered to ...
//! because the remote server is misconfigured ... The response from the
//! remote server was:" in a linux-media mail of 2022-03-09 (Message-ID
//! <20220309030431.31247-1-miles.chen@mediatek.com>). A
//! German delay notice, "Zustellung nicht abgeschlossen / Bei der
//! Zustellung Ihrer Nachricht an ... Gmail versucht noch weitere 46
//! Stunden ... / Antwort:", is in Zammad's tests
//! (<https://github.com/zammad/zammad/blob/925ff560661bdfd39672d896b8fabad512d812bb/test/unit/email_process_bounce_delivery_temporary_failed_test.rb>).
//!
//! NOTE: no public copy was found of the other German, French and
//! Spanish headings and labels listed here. They follow the structure
//! above, and the wording may differ from Gmail's.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::notice::per_recipient;
use super::paragraph::{has_words, paragraph_from};
use super::section::NotRecipients;
use super::Failure;
use crate::smtp;

/// The outcome a notice's heading reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Gmail keeps retrying ("Delivery incomplete").
    Delay,
    /// Gmail gave up or was refused ("Address not found", "Message
    /// blocked", "Message not delivered").
    Failure,
}

/// Headings, lowercase, each with what it reports.
const HEADINGS: &[(&str, Kind)] = &[
    ("delivery incomplete", Kind::Delay),
    ("zustellung nicht abgeschlossen", Kind::Delay),
    ("distribution incomplète", Kind::Delay),
    ("entrega incompleta", Kind::Delay),
    ("address not found", Kind::Failure),
    ("adresse nicht gefunden", Kind::Failure),
    ("adresse introuvable", Kind::Failure),
    ("no se ha encontrado la dirección", Kind::Failure),
    ("message not delivered", Kind::Failure),
    ("message blocked", Kind::Failure),
];

/// Labels before the reply, lowercase, with any space before the colon
/// removed (French writes "était :").
const LABELS: &[&str] = &[
    "the response was:",
    "the response from the remote server was:",
    "antwort:",
    "die antwort lautete:",
    "die antwort vom remote-server lautete:",
    "la réponse était:",
    "la réponse du serveur distant était:",
    "la respuesta fue:",
    "la respuesta del servidor remoto ha sido:",
];

/// Maximum number of lines from the heading to the label.
const MAX_SUMMARY_LINES: usize = 8;

/// The retry period of a delay notice in the languages above: "46 more
/// hours", "noch weitere 46 Stunden", "46 heures", "46 horas más".
static WINDOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,3})[\s\u{a0}]*(?:more[\s\u{a0}]+)?(hours?|stunden|heures|horas)\b")
        .expect("window pattern is valid")
});

/// One notice's parts.
struct Notice {
    kind: Kind,
    /// The lines between the heading and the label, joined, without the
    /// all-capitals "LEARN MORE" line.
    summary: String,
    /// The paragraph after the label.
    reply: String,
}

/// Finds the first notice in `section`: a heading line followed by a
/// label line within [`MAX_SUMMARY_LINES`].
fn notice(section: &str) -> Option<Notice> {
    let lines: Vec<&str> = section.lines().collect();
    for (at, line) in lines.iter().enumerate() {
        let Some(kind) = heading(line) else {
            continue;
        };
        let window = &lines[at + 1..lines.len().min(at + 2 + MAX_SUMMARY_LINES)];
        let Some(label) = window.iter().position(|l| is_label(l)) else {
            continue;
        };
        let summary = window[..label]
            .iter()
            .map(|l| l.trim())
            .filter(|l| l.chars().any(char::is_lowercase))
            .collect::<Vec<_>>()
            .join(" ");
        let reply = paragraph_from(&lines[at + 2 + label..]);
        return Some(Notice { kind, summary, reply: reply.trim().to_string() });
    }
    None
}

/// Returns the kind of a heading line, which Gmail's plain-text part
/// writes between `**` marks.
fn heading(line: &str) -> Option<Kind> {
    let text = line.trim().trim_matches('*').trim().to_lowercase();
    HEADINGS.iter().find(|(words, _)| *words == text).map(|(_, kind)| *kind)
}

/// True when `line` is a heading of a Gmail notice, or the "Message
/// delayed" heading of Gmail's delay notice, which [`HEADINGS`] leaves to
/// the delay words.
pub(super) fn is_heading(line: &str) -> bool {
    let text = line.trim().trim_matches('*').trim().to_lowercase();
    heading(line).is_some() || text == "message delayed"
}

fn is_label(line: &str) -> bool {
    let text = line.trim().to_lowercase().replace(" :", ":");
    LABELS.contains(&text.as_str())
}

/// True when `section` contains a Gmail delay notice.
pub(super) fn is_delay(section: &str) -> bool {
    notice(section).is_some_and(|n| n.kind == Kind::Delay)
}

/// The retry period in Gmail's own sentence of a delay notice, for a
/// notice pasted without its heading or its label: "Gmail will retry for
/// 46 more hours", "O Gmail tentará novamente por mais 46 horas". The
/// sentence must name Gmail, so that other periods in the text are not
/// taken for the window.
static GMAIL_WINDOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bgmail\b[^.]{0,80}?\b(\d{1,3})[\s\u{a0}]*(?:more[\s\u{a0}]+)?(?:hours?|stunden|heures|horas)\b",
    )
    .expect("Gmail window pattern is valid")
});

/// Returns the retry period a Gmail delay notice states, in English:
/// `46 hours`. It is read from the summary of a notice with its heading
/// and label, or else from Gmail's own sentence anywhere in `section`.
pub(super) fn retry_window(section: &str) -> Option<String> {
    let summary = notice(section).filter(|n| n.kind == Kind::Delay).map(|n| n.summary);
    let found = summary
        .as_deref()
        .and_then(|summary| WINDOW.captures(summary))
        .or_else(|| GMAIL_WINDOW.captures(section))?;
    let hours = found.get(1)?.as_str();
    Some(match hours {
        "1" => "1 hour".to_string(),
        _ => format!("{hours} hours"),
    })
}

/// Makes a failure of a Gmail notice whose reply has no code: one per
/// address the summary names. A summary that names only a domain ("couldn't
/// be delivered to example.net") gives a failure without an address, named
/// by that domain.
pub(super) fn scan(section: &str, filter: &NotRecipients) -> Vec<Failure> {
    let Some(notice) = notice(section) else {
        return Vec::new();
    };
    if !has_words(&notice.reply) || smtp::has_reply_code(&notice.reply) {
        return Vec::new();
    }
    let diagnostic = format!("{} {}", notice.reply, notice.summary).trim().to_string();
    let mut failures = per_recipient(notice.summary.split(". "), filter, diagnostic);
    if let [only] = failures.as_mut_slice() {
        if only.recipient.is_none() {
            only.display_name = named_domain(&notice.summary);
        }
    }
    failures
}

/// The domain in "couldn't be delivered to example.net because".
static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bdelivered to ((?:[a-z0-9-]+\.)+[a-z]{2,})\b")
        .expect("domain pattern is valid")
});

fn named_domain(summary: &str) -> Option<String> {
    DOMAIN.captures(summary).and_then(|c| c.get(1)).map(|m| m.as_str().to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_with_marks() {
        assert_eq!(heading("** Zustellung nicht abgeschlossen **"), Some(Kind::Delay));
        assert_eq!(heading("  Address not found"), Some(Kind::Failure));
        assert_eq!(heading("Address not found in the list"), None);
    }

    #[test]
    fn french_label_with_space() {
        assert!(is_label("La réponse était :"));
        assert!(is_label("La réponse était:"));
        assert!(!is_label("La réponse était claire."));
    }

    #[test]
    fn windows_in_languages() {
        let cases = [
            ("Gmail will retry for 46 more hours.", "46 hours"),
            ("Gmail versucht noch weitere 46\u{a0}Stunden, die Nachricht zuzustellen.", "46 hours"),
            ("Gmail effectuera de nouvelles tentatives pendant 22 heures.", "22 hours"),
            ("Gmail volverá a intentarlo durante 1 horas más.", "1 hour"),
        ];
        for (sentence, expected) in cases {
            let text = format!("Delivery incomplete\n{sentence}\nThe response was:\nx\n");
            assert_eq!(retry_window(&text).as_deref(), Some(expected), "{sentence}");
        }
    }

    #[test]
    fn windows_in_gmail_sentence_alone() {
        let cases = [
            ("O Gmail tentará novamente por mais 46 horas.", Some("46 hours")),
            ("Gmail versucht es noch\n46 Stunden lang.", Some("46 hours")),
            ("Der Server war 3 Stunden lang nicht erreichbar.", None),
            ("Sent from bob@gmail.com. Back in 2 hours.", None),
        ];
        for (sentence, expected) in cases {
            assert_eq!(retry_window(sentence).as_deref(), expected, "{sentence}");
        }
    }
}
