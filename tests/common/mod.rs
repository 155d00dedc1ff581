//! Helpers shared by the extraction tests.

use bounce_explainer::extract::{extract, Extracted, Failure};
use bounce_explainer::input::decode;
use bounce_explainer::Report;

/// Runs the decode and extract stages on pasted text.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn run(text: &str) -> Extracted {
    extract(&decode(text.as_bytes()))
}

/// Returns the one failure extracted, failing the test when there are more.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn only(extracted: &Extracted) -> &Failure {
    assert_eq!(extracted.failures.len(), 1, "{extracted:#?}");
    &extracted.failures[0]
}

/// Returns the report's notes that state how many replies or recipients
/// were left out past a cap.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn cut_notes(report: &Report) -> Vec<&str> {
    report
        .notes
        .iter()
        .map(|note| note.message.as_str())
        .filter(|message| message.contains("left out"))
        .collect()
}
