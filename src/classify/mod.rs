//! Classify stage: failure -> reason, provider, code and explanation.
//!
//! Rules are tried from the most to the least specific, and the first
//! match wins: a reason the bounce format decides, a provider's own code
//! or phrase, a named blocklist, a phrase that states the reason, the
//! enhanced status code, and last the basic reply code.

mod phrases;

use crate::extract::Failure;
use crate::knowledge::{self, blocklists, providers, reasons, reply_codes, status_codes, Match};
use crate::reason::Reason;
use crate::report::Note;

pub use phrases::reason_from_text;

/// The classifier's verdict on one failure.
#[derive(Debug, Clone)]
pub struct Classification {
    /// The failure reason.
    pub reason: Reason,
    /// The explanation and what picked it.
    pub matched: Match,
    /// Provider id, from a provider rule or from the receiving host.
    pub provider: Option<&'static str>,
    /// Remarks, e.g. a status code that the text contradicts.
    pub notes: Vec<Note>,
}

/// Classifies one failure.
pub fn classify(failure: &Failure) -> Classification {
    let text = failure.diagnostic.as_str();
    let lower = text.to_ascii_lowercase();
    let identified = providers::identify(failure.remote_mta.as_deref(), &lower).map(|p| p.id);
    let mut notes = Vec::new();

    let (reason, matched) = if let Some(reason) = failure.reason {
        (reason, Match::entry(reasons::entry(reason)))
    } else if let Some(found) = providers::lookup(text, &lower, failure.remote_mta.as_deref()) {
        (found.entry.reason, found)
    } else if let Some(list) = blocklists::named_in(&lower).first() {
        let mut found = Match::entry(reasons::entry(Reason::Blocked));
        found.blocklists.push(list.id);
        (Reason::Blocked, found)
    } else if let Some(reason) = reason_from_text(&lower) {
        if let Some(by_status) = failure.status.as_deref().and_then(status_codes::lookup) {
            if by_status.reason != reason && !failure.status.as_deref().is_some_and(is_generic) {
                notes.push(Note::warning(format!(
                    "The status code {} suggests {}, but the receiver's text \
                     says otherwise; the explanation follows the text.",
                    failure.status.as_deref().unwrap_or_default(),
                    by_status.reason.name(),
                )));
            }
        }
        (reason, Match::entry(reasons::entry(reason)))
    } else if let Some(entry) = failure.status.as_deref().and_then(status_codes::lookup) {
        (entry.reason, Match::entry(entry))
    } else if let Some(entry) = failure.reply.as_deref().and_then(reply_codes::lookup) {
        (entry.reason, Match::entry(entry))
    } else {
        (Reason::Undefined, Match::entry(&knowledge::UNKNOWN))
    };

    let mut blocklists = matched.blocklists.clone();
    for list in blocklists::named_in(&lower) {
        if !blocklists.contains(&list.id) {
            blocklists.push(list.id);
        }
    }
    let provider = matched.provider.or(identified);
    Classification {
        reason,
        matched: Match { blocklists, ..matched },
        provider,
        notes,
    }
}

/// True for status codes that only give the class (`5.0.0`, `4.0.0`) and
/// so cannot contradict the text.
fn is_generic(status: &str) -> bool {
    status.ends_with(".0.0")
}
