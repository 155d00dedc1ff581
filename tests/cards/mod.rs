//! Helpers that read a report's cards, shared by tests that check what
//! the reader sees.

use bounce_explainer::{explain, Recipient};

/// Explains `text` and returns its one card, failing the test when there
/// are more or none.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn only(text: &str) -> Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}\n{report:#?}");
    report.recipients.into_iter().next().expect("length checked above")
}

/// Joins the explanation's fields that the reader sees, in lowercase.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn card(r: &Recipient) -> String {
    format!(
        "{} {} {} {}",
        r.explanation.what,
        r.explanation.why,
        r.explanation.steps.join(" "),
        r.explanation.retry
    )
    .to_lowercase()
}
