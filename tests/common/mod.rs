//! Helpers shared by the extraction tests.

use bounce_explainer::extract::{extract, Extracted, Failure};
use bounce_explainer::input::decode;

/// Runs the decode and extract stages on pasted text.
pub fn run(text: &str) -> Extracted {
    extract(&decode(text.as_bytes()))
}

/// Returns the one failure extracted, failing the test when there are more.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn only(extracted: &Extracted) -> &Failure {
    assert_eq!(extracted.failures.len(), 1, "{extracted:#?}");
    &extracted.failures[0]
}
