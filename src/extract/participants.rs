//! The people around a pasted bounce: the writer, whose signature follows
//! a closing, and a help-desk ticket's requester, agents and copied
//! colleagues. Their addresses are the paste's own, not failed recipients.

use std::collections::HashSet;

use super::recipient_line::is_complete_header_line;
use super::section::{clean_address, ADDRESS};
use super::{signature, ticket_fields};

/// Returns the participants' addresses, cleaned and lowercased, each once.
/// An address that another line of `text` also names is not returned, so
/// it stays a possible recipient. That happens when a reply names it
/// (`550 5.1.1 <bob@example.net>: User unknown`) and a quoted message
/// repeats it in Bob's own signature. Header field lines
/// and a reply's attribution line do not count as naming it, because
/// they name the writer too.
pub(super) fn participants_in(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = signature::closing_signature_addresses(&lines);
    found.extend(ticket_fields::participants_in(&lines));
    if found.is_empty() {
        return Vec::new();
    }
    let participant_lines: HashSet<usize> = found.iter().map(|(at, _)| *at).collect();
    // One pass over the lines, so that a paste with many signatures stays
    // linear in its length.
    let mut seen = addresses_named_elsewhere(&lines, &participant_lines);
    let mut participants: Vec<String> = Vec::new();
    for (_, address) in found {
        if seen.insert(address.clone()) {
            participants.push(address);
        }
    }
    participants
}

/// Returns the addresses, cleaned and lowercased, that the lines outside
/// `skipped` name, other than header field lines and attribution lines
/// (`On Monday Jane <jane@...> wrote:`).
fn addresses_named_elsewhere(lines: &[&str], skipped: &HashSet<usize>) -> HashSet<String> {
    let mut named: HashSet<String> = HashSet::new();
    for (at, line) in lines.iter().enumerate() {
        // ADDRESS needs an `@`, so a line without one names no address.
        if skipped.contains(&at)
            || !line.contains('@')
            || is_complete_header_line(line)
            || crate::input::is_attribution(line)
        {
            continue;
        }
        for m in ADDRESS.find_iter(line) {
            named.insert(clean_address(m.as_str()).to_ascii_lowercase());
        }
    }
    named
}

#[cfg(test)]
mod tests {
    use super::participants_in;

    #[test]
    fn named_elsewhere_is_kept() {
        let text =
            "550 5.1.1 <bob@example.net>: User unknown\n\n> Thanks,\n> Bob\n> bob@example.net\n";
        assert!(participants_in(text).is_empty());
        let text = "On Monday Jane <jane@example.com> wrote:\n550 5.1.1 User unknown\n\n\
            Thanks,\nJane\njane@example.com\n";
        assert_eq!(participants_in(text), ["jane@example.com"]);
        let text = "Requester: jane@example.com\nAgent: sam@example.org\n\nThanks,\nJane\n\
            jane@example.com\n";
        assert_eq!(participants_in(text), ["jane@example.com", "sam@example.org"]);
    }
}
