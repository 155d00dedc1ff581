//! Host names that start with a known blocklist's or provider's name and
//! continue past it: `zen.spamhaus.org.evil.example` is a name under
//! evil.example, which anyone who owns that domain can create. A forged
//! bounce uses such a name to pass off its own list or removal site as a
//! known one. The card warns about it and replaces the steps that send
//! the reader to the list named in the reply.

use super::lookalike::lookalike_hosts;
use crate::knowledge::link_hosts::{ends_with_known_host, is_known_link_host};
use crate::report::Note;

/// A name that extends a known host.
#[derive(Debug, PartialEq, Eq)]
struct Extended {
    /// The name as written.
    name: String,
    /// The known host it starts with.
    known: String,
    /// The domain it actually belongs to: the labels after the known host.
    owner: String,
}

/// Adds a warning for each name that extends a known host, in the
/// receiver's `diagnostic` and in the `card_fields` the card also shows
/// (the receiving host, the recipient). When such a name, or one with
/// lookalike letters, is in the diagnostic, replaces the steps that send
/// the reader to the list named in the reply. A receiving host or a
/// recipient address is no list name, so only the diagnostic counts there.
pub(super) fn warn(
    diagnostic: &str,
    card_fields: &[&str],
    notes: &mut Vec<Note>,
    steps: &mut [String],
) {
    let in_reply = find(diagnostic);
    let mut extended: Vec<&Extended> = in_reply.iter().collect();
    let in_fields: Vec<Extended> = card_fields.iter().flat_map(|field| find(field)).collect();
    for found in &in_fields {
        if !extended.iter().any(|e| e.name.eq_ignore_ascii_case(&found.name)) {
            extended.push(found);
        }
    }
    notes.extend(extended.iter().map(|e| e.note()));
    if !in_reply.is_empty() || !lookalike_hosts(diagnostic).is_empty() {
        guard_steps(steps);
    }
}

/// Lists the names in `text` that extend a known host, each once, in order.
fn find(text: &str) -> Vec<Extended> {
    let mut found: Vec<Extended> = Vec::new();
    let is_name_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.';
    for run in text.split(|c: char| !is_name_char(c)) {
        let name = run.trim_matches('.');
        let Some(extended) = extension(name) else { continue };
        if !found.iter().any(|f| f.name.eq_ignore_ascii_case(&extended.name)) {
            found.push(extended);
        }
    }
    found
}

/// Returns how `name` extends a known host, when it does. The labels
/// after the known host must form a domain of two or more labels. A
/// single country code after a provider's name (`yahoo.com.br`) is most
/// likely that provider's national domain, so it is not warned about.
fn extension(name: &str) -> Option<Extended> {
    let lower = name.to_ascii_lowercase();
    let labels: Vec<&str> = lower.split('.').collect();
    if labels.iter().any(|label| label.is_empty()) || is_known_link_host(&lower) {
        return None;
    }
    // A start of numbers only (`192.0.2.1.example.net`) names no host.
    let first_named = labels.iter().position(|l| l.chars().any(|c| c.is_ascii_alphabetic()))?;
    // Trying the longest start first leaves the fewest labels as the owner.
    (first_named + 1..labels.len().saturating_sub(1)).rev().find_map(|end| {
        ends_with_known_host(&labels[..end]).then(|| Extended {
            name: name.to_string(),
            known: labels[..end].join("."),
            owner: labels[end..].join("."),
        })
    })
}

impl Extended {
    /// Builds the warning shown on the card.
    fn note(&self) -> Note {
        let Extended { name, known, owner } = self;
        Note::warning(format!(
            "\u{201c}{name}\u{201d} only starts with {known}: it is a name under {owner}, \
             which anyone who owns {owner} can create. Do not trust it as {known}, and do not \
             follow links to it."
        ))
    }
}

/// Replaces the steps that send the reader to the list named in the reply.
/// The step does not repeat the name: the warning shows it, and the card's
/// own text never names a list the reply only imitates.
fn guard_steps(steps: &mut [String]) {
    for step in steps.iter_mut().filter(|step| step.contains("named in the reply")) {
        *step = "The list name in the reply imitates a known list's name (see the warning), \
                 so do not look the address up there. Ask the receiving domain's postmaster \
                 which list refused the mail, quoting the IP and the reply, and request \
                 removal on that list's own site."
            .to_string();
    }
}
