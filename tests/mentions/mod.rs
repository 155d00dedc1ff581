//! Finding the note that a text only mentions a reply, shared by the
//! tests of codes cited in prose.

use bounce_explainer::Report;

/// Returns the note saying the text mentions a reply within its
/// sentences, if the report has one.
pub fn mention_note(report: &Report) -> Option<&str> {
    report.notes.iter().map(|n| n.message.as_str()).find(|m| m.contains("within its sentences"))
}
