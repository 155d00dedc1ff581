//! Replies that name no recipient get one card each, at most 32. The
//! report states how many different replies were left out past that cap,
//! and its summary counts replies, because no card names a recipient.
//! Replies that name their recipients are not capped.

use crate::common;

use bounce_explainer::explain;
use common::cut_notes;

/// The cap on cards made from replies that name no recipient.
const MAX_CARDS: usize = 32;

/// Builds one reply line per rule number, one after another, as a mail log
/// excerpt lists them.
fn reply_lines(count: usize) -> String {
    (0..count).map(|n| format!("550 5.7.1 Rejected by policy rule {n} for this sender\n")).collect()
}

/// Builds one reply per paragraph behind a client's `Error:` lead, each with a
/// status code of its own.
fn error_paragraphs(count: usize) -> String {
    (0..count).map(|n| format!("Error: 550 5.7.{n} Rejected by policy rule {n}\n\n")).collect()
}

#[test]
fn reply_lines_past_cap_noted() {
    let report = explain(&reply_lines(40));
    assert_eq!(report.recipients.len(), MAX_CARDS, "{}", report.summary);
    let notes = cut_notes(&report);
    assert_eq!(notes.len(), 1, "{:?}", report.notes);
    assert!(notes[0].contains("40 different replies"), "{}", notes[0]);
    assert!(notes[0].contains("8 were left out"), "{}", notes[0]);
}

#[test]
fn error_paragraphs_past_cap_noted() {
    let report = explain(&error_paragraphs(40));
    assert_eq!(report.recipients.len(), MAX_CARDS, "{}", report.summary);
    let notes = cut_notes(&report);
    assert_eq!(notes.len(), 1, "{:?}", report.notes);
    assert!(notes[0].contains("8 were left out"), "{}", notes[0]);
}

#[test]
fn repeated_reply_not_counted_as_cut() {
    // The same reply pasted twice is one delivery's, so it is no reply
    // left out.
    let text = reply_lines(40) + &reply_lines(40);
    let report = explain(&text);
    assert_eq!(report.recipients.len(), MAX_CARDS);
    let notes = cut_notes(&report);
    assert_eq!(notes.len(), 1, "{:?}", report.notes);
    assert!(notes[0].contains("8 were left out"), "{}", notes[0]);
}

#[test]
fn replies_at_cap_have_no_note() {
    for text in [reply_lines(MAX_CARDS), error_paragraphs(MAX_CARDS)] {
        let report = explain(&text);
        assert_eq!(report.recipients.len(), MAX_CARDS, "{}", report.summary);
        assert!(cut_notes(&report).is_empty(), "{:?}", report.notes);
    }
}

#[test]
fn named_replies_not_capped() {
    let text: String = (0..40)
        .map(|n| format!("user{n}@example.org: 550 5.7.1 Rejected by policy rule {n}\n"))
        .collect();
    let report = explain(&text);
    assert_eq!(report.recipients.len(), 40, "{}", report.summary);
    assert!(cut_notes(&report).is_empty(), "{:?}", report.notes);
    assert!(report.summary.contains("40 recipients"), "{}", report.summary);
}

#[test]
fn unnamed_summary_counts_replies() {
    let report = explain(&reply_lines(3));
    assert!(report.summary.contains("3 different replies"), "{}", report.summary);
    assert!(report.summary.contains("each is explained below"), "{}", report.summary);
    assert!(!report.summary.contains("recipients"), "{}", report.summary);
}

#[test]
fn summary_past_cap_counts_all_replies() {
    // The summary agrees with the note: 40 replies, of which the first 32
    // get a card.
    let report = explain(&reply_lines(40));
    let summary = &report.summary;
    assert!(summary.contains("40 different replies"), "{summary}");
    assert!(summary.contains("the first 32 are explained below"), "{summary}");
    assert!(!summary.contains("recipients"), "{summary}");
}

#[test]
fn unnamed_4xx_summary_counts_replies() {
    let text = "451 4.7.1 Try again later, rule 1\n452 4.2.2 Mailbox full\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    assert!(report.summary.contains("2 different replies"), "{}", report.summary);
    assert!(!report.summary.contains("recipients"), "{}", report.summary);
}

#[test]
fn unnamed_delay_summary_counts_replies() {
    let text = "Delivery has been delayed. The server will retry.\n\n\
                451 4.7.1 Try again later, rule 1\n\n\
                452 4.2.2 Mailbox full\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    assert!(report.recipients.iter().all(|r| r.action == "delayed"), "{report:#?}");
    let summary = &report.summary;
    assert!(summary.contains("2 different replies"), "{summary}");
    assert!(summary.contains("all of them only delays"), "{summary}");
    assert!(!summary.contains("recipients"), "{summary}");
}
