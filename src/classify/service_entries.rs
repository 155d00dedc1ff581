//! Entries that a sending service states itself rather than a receiver's
//! reply: the event type of its webhook or export row, and its own drop
//! of a message before any receiver saw it.

use super::{decide, Facts};
use crate::extract::Failure;
use crate::knowledge::{
    self, postmark_types, reasons as explained, sending_account as own_account, service_events,
};
use crate::reason::Reason;

/// Returns the entry that a sending service's own event type names,
/// such as Postmark's `ChallengeVerification`, SparkPost's
/// `generation_failure` or a CSV export row's bounce type.
pub(super) fn stated_entry(
    failure: &Failure,
    mta: Option<&str>,
) -> Option<&'static knowledge::Entry> {
    let event_type = failure.event_type.as_deref()?;
    match mta {
        Some("postmark") => postmark_types::lookup(event_type),
        _ => service_events::lookup(mta, event_type),
    }
}

/// Returns the entry for a message its sending service dropped itself:
/// the suppression entry when the text names a suppression list, else the
/// service's entry for its own refusals.
pub(super) fn dropped_by_service(
    failure: &Failure,
    mta: Option<&str>,
    facts: &Facts,
) -> Option<&'static knowledge::Entry> {
    if !failure.dropped_by_service {
        return None;
    }
    if decide(facts).reason == Reason::Suppressed {
        return Some(explained::entry(Reason::Suppressed));
    }
    own_account::dropped_by(mta, &failure.diagnostic)
}
