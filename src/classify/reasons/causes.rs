//! Causes named as a subject and a fault word next to it, for the
//! wordings that no fixed phrase in the tables covers (see
//! `classify::cause`).

use crate::classify::cause::NamedCause;
use crate::reason::Reason;

/// Every named cause, tried for its reason after that reason's table.
pub static NAMED_CAUSES: &[&NamedCause] = &[&REVERSE_DNS];

/// The sending IP has no reverse-DNS (PTR) record, or one that does not
/// resolve back to it: "Missing reverse DNS for 203.0.113.2", "No PTR
/// record", "rDNS lookup failed", "cannot find your reverse hostname".
static REVERSE_DNS: NamedCause = NamedCause {
    reason: Reason::RequirePtr,
    subjects: &[
        "reverse dns",
        "rdns",
        "ptr",
        "reverse hostname",
        "reverse host name",
        "reverse lookup",
        "reverse name",
    ],
    before: &[
        "no",
        "missing",
        "without",
        "invalid",
        "bad",
        "has no",
        "have no",
        "does not have",
        "doesn't have",
        "do not have",
        "cannot find",
        "can't find",
        "could not find",
        "unable to find",
        "lacks",
    ],
    after: &[
        "missing",
        "failed",
        "fails",
        "failure",
        "not found",
        "mismatch",
        "mismatches",
        "does not match",
        "doesn't match",
        "required",
        "does not exist",
        "doesn't exist",
        "not set",
        "not configured",
        "unresolvable",
    ],
};
