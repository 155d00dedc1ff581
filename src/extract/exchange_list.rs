//! The list of failed recipients in the NDRs of Exchange 5.5 to 2003:
//!
//! ```text
//! The following recipient(s) cannot be reached:
//!
//!       'Jane Doe' on 7/2/2024 8:00 AM
//!             <mail.example.com #5.2.2 smtp;552 5.2.2 Mailbox full>
//! ```
//!
//! Each `<recipient> on <date>` line opens one failed recipient's entry.
//! Exchange writes the recipient as the sender typed it: an address, or
//! only a display name. The block scan finds recipients by their address,
//! so it would drop an entry that names none, and would take an address
//! from the reason lines in place of the entry's own.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::generic::{command_in, receiver_text, remote_host_in};
use super::paragraph::paragraph_from;
use super::recipient_line::recipient_in;
use super::section::{clean_address, NotRecipients, ADDRESS};
use super::Failure;
use crate::smtp;

/// Lowercase words of the line above the list.
const HEADINGS: &[&str] = &[
    "following recipient(s) cannot be reached",
    "following recipient(s) could not be reached",
    "did not reach the following recipient(s)",
];

/// An entry's first line: the recipient, `on`, and a date with a time
/// (`7/2/2024 8:00 AM`, `Thu, 29 Apr 2010 00:00:00 -0000`).
static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(\s*)(\S.*?)\s+on\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?\d{1,4}[/.\-\s]\S.*\d{1,2}:\d{2}",
    )
    .expect("entry pattern is valid")
});

/// Exchange's frame around the receiver's reply: `<mail.example.com
/// #5.2.2 smtp;552 5.2.2 Mailbox full>`. The reply inside may hold angle
/// brackets of its own.
static FRAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*<[^\s<>#]+ #[245]\.\d{1,3}\.\d{1,3} smtp;(.*)>\s*$")
        .expect("frame pattern is valid")
});

/// Lines an entry may take after its first line; bounds the work on huge
/// input.
const MAX_ENTRY_LINES: usize = 30;

/// Maximum length of an entry's first line, in bytes. Exchange's are a name and a
/// date, so a longer line is prose, and the regex need not read it.
const MAX_ENTRY_LINE_LEN: usize = 400;

/// Returns one failure per entry of the list, in the list's order, or
/// nothing when `section` has no such list.
pub fn scan(section: &str, filter: &NotRecipients) -> Vec<Failure> {
    let lines: Vec<&str> = section.lines().collect();
    let Some(heading) = lines.iter().position(|line| is_heading(line)) else {
        return Vec::new();
    };
    let mut failures = Vec::new();
    let mut at = heading + 1;
    while at < lines.len() {
        let Some(entry) = entry_line(lines[at]) else {
            at += 1;
            continue;
        };
        let indent = entry.get(1).map_or(0, |m| m.as_str().len());
        let name = entry.get(2).map_or("", |m| m.as_str());
        let body = entry_body(&lines[at + 1..], indent);
        failures.push(failure_of(name, &body, filter));
        at += 1 + body.len();
    }
    failures
}

fn entry_line(line: &str) -> Option<regex_lite::Captures<'_>> {
    (line.len() <= MAX_ENTRY_LINE_LEN).then(|| ENTRY.captures(line)).flatten()
}

fn is_heading(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    HEADINGS.iter().any(|heading| lower.contains(heading))
}

/// Returns the lines of one entry after its first line: up to the next
/// entry, and past a blank line only while the lines are indented deeper
/// than the entry's first line.
fn entry_body<'a>(lines: &[&'a str], indent: usize) -> Vec<&'a str> {
    let mut body = Vec::new();
    let mut after_blank = false;
    for &line in lines.iter().take(MAX_ENTRY_LINES) {
        if entry_line(line).is_some() {
            break;
        }
        if line.trim().is_empty() {
            after_blank = true;
        } else if after_blank && leading_spaces(line) <= indent {
            break;
        }
        body.push(line);
    }
    // Blank lines at the end separate this entry from the next.
    while body.last().is_some_and(|line| line.trim().is_empty()) {
        body.pop();
    }
    body
}

fn leading_spaces(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn failure_of(name: &str, body: &[&str], filter: &NotRecipients) -> Failure {
    let name = name.trim().trim_matches(['\'', '"']).trim();
    let lines: Vec<String> = body.iter().map(|line| unframed(line)).collect();
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    // The entry's own address wins over one in the reason, which may be
    // the receiver's rewriting of it.
    let own = ADDRESS.find(name).map(|m| clean_address(m.as_str()));
    let recipient = own.or_else(|| lines.iter().find_map(|line| recipient_in(line, filter)));
    let display_name = match recipient {
        None if !name.is_empty() => Some(name.to_string()),
        _ => None,
    };

    let coded = lines
        .iter()
        .position(|line| smtp::has_reply_code(line))
        .or_else(|| lines.iter().position(|line| smtp::find_status(line).is_some()));
    let text = match coded {
        Some(start) => paragraph_from(&lines[start..]),
        None => lines.join("\n"),
    };
    let joined = smtp::join_multiline(&text);
    let codes = smtp::find_codes(&joined);
    let diagnostic = match coded {
        Some(_) => smtp::drop_repeated_codes(receiver_text(&joined)),
        None => joined.trim().to_string(),
    };
    let whole = lines.iter().flat_map(|line| line.split_whitespace()).collect::<Vec<_>>().join(" ");
    Failure {
        recipient,
        display_name,
        status: codes.status,
        reply: codes.reply,
        remote_mta: remote_host_in(&whole),
        command: command_in(&whole),
        diagnostic,
        ..Default::default()
    }
}

/// Returns the reply inside Exchange's `<host #5.2.2 smtp;...>` frame, or
/// the line as it is.
fn unframed(line: &str) -> String {
    match FRAME.captures(line).and_then(|c| c.get(1)) {
        Some(reply) => reply.as_str().trim().to_string(),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Decoded;

    fn run(text: &str) -> Vec<Failure> {
        scan(text, &NotRecipients::from_headers(&Decoded::default()))
    }

    #[test]
    fn entries_by_name_and_address() {
        let text = "The following recipient(s) cannot be reached:\n\n\
            \x20     'Jane Doe' on 7/2/2024 8:00 AM\n\
            \x20           <mail.example.com #5.2.2 smtp;552 5.2.2 Mailbox full>\n\n\
            \x20     bob@example.org on 7/2/2024 8:00 AM\n\
            \x20           The recipient name is not recognized\n";
        let failures = run(text);
        assert_eq!(failures.len(), 2, "{failures:#?}");
        assert_eq!(failures[0].recipient, None);
        assert_eq!(failures[0].display_name.as_deref(), Some("Jane Doe"));
        assert_eq!(failures[0].diagnostic, "552 5.2.2 Mailbox full");
        assert_eq!(failures[1].recipient.as_deref(), Some("bob@example.org"));
        assert_eq!(failures[1].display_name, None);
        assert_eq!(failures[1].diagnostic, "The recipient name is not recognized");
    }

    #[test]
    fn trailing_paragraph_not_in_entry() {
        let text = "did not reach the following recipient(s):\n\n\
            bob@example.org on Thu, 29 Apr 2010 00:00:00 -0000\n    The recipient name is not recognized\n\
            Unknown Recipient\n\nPlease contact your administrator.\n";
        let failures = run(text);
        assert_eq!(failures.len(), 1, "{failures:#?}");
        assert_eq!(
            failures[0].diagnostic,
            "The recipient name is not recognized Unknown Recipient"
        );
    }

    #[test]
    fn no_list_no_failures() {
        assert!(run("Sent: 7/2/2024 8:00 AM\nbob@example.org on 7/2/2024 8:00 AM\n").is_empty());
    }
}
