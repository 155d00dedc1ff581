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

/// Explains `text` and returns the card for `recipient`, failing the
/// test when there is none.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn card_for(text: &str, recipient: &str) -> Recipient {
    by_address(&explain(text).recipients, recipient).clone()
}

/// Returns the card for `address` among `recipients`, failing the test
/// when there is none.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn by_address<'a>(recipients: &'a [Recipient], address: &str) -> &'a Recipient {
    recipients
        .iter()
        .find(|r| r.recipient.as_deref() == Some(address))
        .unwrap_or_else(|| panic!("no card for {address}: {recipients:#?}"))
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
