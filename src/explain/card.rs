//! The card's texts and links for one recipient, built from its knowledge
//! entry, the retry outcome and the periods the bounce states.

use super::period;
use super::retry::{self, Outcome};
use super::steps::{
    delay_steps, owned, steps_without_retry, DELAY_STEPS, GAVE_UP_STEPS, PERMANENT_STEPS,
};
use crate::extract::Failure;
use crate::knowledge::{blocklists, queue_states, Entry};
use crate::reason::Reason;
use crate::report::{Explanation, Link};

/// Lists the entry's links, then those of each matched blocklist that
/// point to a page the entry does not link already, with `ip` filled in.
pub(super) fn links(entry: &Entry, lists: &[&str], ip: Option<&str>) -> Vec<Link> {
    let mut out: Vec<Link> = entry
        .links
        .iter()
        .map(|l| Link { label: l.label.to_string(), url: l.resolve(ip) })
        .collect();
    for list in lists.iter().filter_map(|id| blocklists::by_id(id)) {
        for link in list.links {
            let url = link.resolve(ip);
            // One link per page: the entry's own comes first, and the
            // list's link to the same checker under another address
            // would only repeat it.
            if !out.iter().any(|l| l.url == url || l.label == link.label) {
                out.push(Link { label: link.label.to_string(), url });
            }
        }
    }
    out
}

/// Builds the card's cause, steps, who acts and retry line from the
/// entry, fitted to the outcome and to any period the bounce states.
pub(super) fn explanation(
    entry: &Entry,
    reason: Reason,
    outcome: Outcome,
    failure: &Failure,
) -> Explanation {
    let window = failure.retry_window.as_deref();
    // The generic timeout entry describes a server that gave up, and its
    // steps tell the sender to send again. Neither fits a delay notice, so
    // it gets its own text and steps while the server retries.
    let (what, why, steps) = if outcome == Outcome::Delayed && reason == Reason::Expired {
        (
            "Delivery is delayed: the sending server has not been able to hand the \
             message over yet and is still trying.",
            "The receiving server did not answer or kept deferring the message. \
             Delays of a few hours are common and usually clear up by themselves.",
            DELAY_STEPS,
        )
    } else {
        (entry.what, entry.why, entry.steps)
    };
    let mut steps = match outcome {
        // A held message gets no final notice while it waits.
        Outcome::Delayed if queue_states::is_queue_hold(entry) => owned(steps),
        Outcome::Delayed => delay_steps(steps),
        Outcome::GaveUp => steps_without_retry(steps, GAVE_UP_STEPS),
        Outcome::Permanent | Outcome::Futile => steps_without_retry(steps, PERMANENT_STEPS),
        _ => owned(steps),
    };
    // An entry's own last step may be the one a delay notice adds.
    let mut seen = std::collections::HashSet::new();
    steps.retain(|step| seen.insert(step.clone()));
    let stated = match outcome {
        Outcome::Delayed => window.map(|w| (retry::window_phrase(w), w.to_string())),
        _ => failure.tried_for.as_ref().map(|p| (format!("for {p}"), p.clone())),
    };
    let mut what = period::typical_to_stated(what, stated.as_ref());
    if let Some(tried) = failure.tried_for.as_deref() {
        // An entry that names no period still gets the one the bounce states.
        if reason == Reason::Expired && outcome != Outcome::Delayed && !what.contains(tried) {
            what.push_str(&format!(" According to the bounce, it tried for {tried}."));
        }
    }
    Explanation {
        entry: entry.id.to_string(),
        what,
        why: period::typical_to_stated(why, stated.as_ref()),
        steps: steps.iter().map(|s| period::typical_to_stated(s, stated.as_ref())).collect(),
        who_acts: retry::who_acts(outcome, entry),
        retry: retry::advice(outcome, window, entry),
        source: entry.source.to_string(),
    }
}
