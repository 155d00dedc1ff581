//! The participants of a help-desk ticket (Freshdesk, Zendesk, Jira,
//! ServiceNow) that quotes a bounce: its requester, agent, assignee,
//! followers and the colleagues an agent copies on a private note. They
//! work on the ticket, and none of them is the address the bounce is about.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::section::{clean_address, ADDRESS};

/// A ticket's field line that names its participants: `Requester: Jane
/// Doe (jane@example.com)`, `Agent: support@example.org`, `CCs: ...`.
/// ServiceNow's incident form names the reporter `Caller` beside `Opened
/// by`, `Watch list` and `Assignment group`, and Jira Service Management
/// lists `Request participants`.
/// A `Cc:` line is left out, because a returned message's header names
/// its copy recipients there, and one of them may be the failed one.
static PARTICIPANT_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(?:(?:requester|requestor)(?:\s+e-?mail)?|requested by|reporter",
        r"|reported by|submitter|submitted by|created by|opened by|updated by|caller",
        r"|customer|contact|owner|agent|assignee|assigned to|assigned agent",
        r"|assignment group|responder|ccs|cc'd|collaborators|followers|watchers",
        r"|watch list|watchlist|participants|request participants)\s*:",
    ))
    .expect("participant field pattern is valid")
});

/// The opening of an agent's note that the requester does not see:
/// `Private note`, `Internal note`, `Agent note (private):`.
static PRIVATE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:agent|private|internal)\s+(?:note|comment)\b")
        .expect("private note pattern is valid")
});

/// Words in a private note right before a colleague's address: `cc
/// ops@...`, `cc: ops@...`, `escalated to ops@...`, `looped in ops@...`.
static COLLEAGUE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?:cc|cc'd|cced|cc'ing|ccing|copied|copying|escalated to|escalating to",
        r"|assigned to|looped in|looping in)\s*:?\s*<?$",
    ))
    .expect("colleague lead-in pattern is valid")
});

/// Returns the index of each line and the address on it, cleaned and
/// lowercased, that a ticket's field lines and its private notes name as
/// participants. A private note's other addresses are not returned ("the
/// mail to bob@example.net bounced").
pub(super) fn participants_in(lines: &[&str]) -> Vec<(usize, String)> {
    let mut participants: Vec<(usize, String)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        // ADDRESS needs an `@`, so a line without one names no one.
        if !line.contains('@') {
            continue;
        }
        let field = PARTICIPANT_FIELD.is_match(line);
        let note = PRIVATE_NOTE.is_match(line);
        if !field && !note {
            continue;
        }
        for m in ADDRESS.find_iter(line) {
            if !field && !COLLEAGUE_BEFORE.is_match(&line[..m.start()]) {
                continue;
            }
            participants.push((i, clean_address(m.as_str()).to_ascii_lowercase()));
        }
    }
    participants
}

#[cfg(test)]
mod tests {
    use super::participants_in;

    #[test]
    fn fields_and_note_copies() {
        let cases = [
            ("Requester: Jane Doe (jane@example.com)", vec!["jane@example.com"]),
            ("Agent: support.agent@example.org", vec!["support.agent@example.org"]),
            ("Assigned to: Sam <sam@example.org>", vec!["sam@example.org"]),
            ("CCs: ops@example.org, it@example.org", vec!["ops@example.org", "it@example.org"]),
            ("Agent note (private): asked Jane. cc ops@example.org", vec!["ops@example.org"]),
            ("Internal note: escalated to ops@example.org", vec!["ops@example.org"]),
            ("Private note: the mail to bob@example.net bounced", vec![]),
            ("Cc: bob@example.net", vec![]),
            ("Watch list: ops@example.org", vec!["ops@example.org"]),
            ("Request participants: Sam <sam@example.org>", vec!["sam@example.org"]),
            ("User-Agent: Mozilla/5.0 (jane@example.com)", vec![]),
            ("I cc'd bob@example.net and it bounced", vec![]),
        ];
        for (line, expected) in cases {
            let found: Vec<String> =
                participants_in(&[line]).into_iter().map(|(_, address)| address).collect();
            assert_eq!(found, expected, "{line:?}");
        }
    }
}
