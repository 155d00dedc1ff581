//! A delay notice and the final notice for the same recipient, copied as
//! text and pasted together. Without headers the paste is read as one
//! report, so the delay's words would mark the failure as still retrying
//! and its earlier 4xx reply would win over the final 5xx one. The final
//! notice decides, whichever comes first, so the delay notice's lines are
//! blanked before the text is read.
//!
//! A notice starts at the line its MTA opens every notice with. That is
//! Postfix's "This is the mail system at host" (bounce(5) templates),
//! Exim's "This message was created automatically by mail delivery
//! software.", Sendmail's "The original message was received at", one of
//! Gmail's headings, or one of Microsoft 365's and Exchange's headings
//! ("Delivery is delayed to these recipients", "Delivery has failed to
//! these recipients", "Your message to ... couldn't be delivered"). A
//! banner of `*` or `#` lines right above that line (Sendmail's warning
//! box) belongs to the notice. A delay notice is
//! blanked only when every address it names is named in a final notice of
//! the same paste.
//! NOTE: a paste of notices from other MTAs, or a delay notice that also
//! names an address no final notice names, is still read as a whole.

use std::borrow::Cow;
use std::collections::HashSet;

use super::section::ADDRESS;
use super::{delay, gmail_notice};

/// Lines that open a notice, lowercase, matched at the start of the
/// trimmed line.
const OPENINGS: &[&str] = &[
    "this is the mail system at host",
    "this message was created automatically by mail delivery software",
    "the original message was received at",
    // Exchange 2010 and later, Microsoft 365 included, end these with "or
    // groups:". The delay heading is quoted at
    // <http://www.cryer.co.uk/brian/windows/exchange/2010/help_delivery_is_delayed_to_these_recipients.htm>.
    "delivery is delayed to these recipients",
    "delivery has failed to these recipients",
    // Exchange 2003 opens its delay notice with this line, as quoted at
    // <http://ask-leo.com/why_am_i_getting_a_delay_notification_on_an_email_i_sent.html>.
    // NOTE: that its failure notice opens with the same line is written
    // from memory.
    "this is an automatically generated delivery status notification",
];

/// One notice of a paste: its range of line indexes (the end excluded)
/// and whether it is a delay notice.
struct Notice {
    start: usize,
    end: usize,
    is_delay: bool,
}

/// Returns `section` with the lines of each delay notice blanked whose
/// recipients a final notice in it also names. Blank lines keep the
/// line count, so line numbers still count the pasted lines.
pub(super) fn blank_superseded_delays(section: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = section.lines().collect();
    let notices = cut_notices(&lines);
    if notices.len() < 2 {
        return Cow::Borrowed(section);
    }

    let failed: HashSet<String> = notices
        .iter()
        .filter(|notice| !notice.is_delay)
        .flat_map(|notice| addresses(&lines[notice.start..notice.end]))
        .collect();
    let mut blank = vec![false; lines.len()];
    let mut superseded = false;
    for notice in notices.iter().filter(|notice| notice.is_delay) {
        let named = addresses(&lines[notice.start..notice.end]);
        if !named.is_empty() && named.is_subset(&failed) {
            blank[notice.start..notice.end].fill(true);
            superseded = true;
        }
    }
    if !superseded {
        return Cow::Borrowed(section);
    }

    let text: Vec<&str> =
        lines.iter().zip(&blank).map(|(line, &blank)| if blank { "" } else { line }).collect();
    Cow::Owned(text.join("\n"))
}

/// Cuts `lines` into notices. Each runs from its start to the next
/// notice's start. Text above the first notice belongs to none.
fn cut_notices(lines: &[&str]) -> Vec<Notice> {
    let openings: Vec<usize> = (0..lines.len()).filter(|&at| opens_notice(lines[at])).collect();
    let floors = [0].into_iter().chain(openings.iter().map(|&at| at + 1));
    let starts: Vec<usize> =
        openings.iter().zip(floors).map(|(&at, floor)| with_banner(lines, at, floor)).collect();
    let ends = starts.iter().skip(1).copied().chain([lines.len()]);
    starts
        .iter()
        .zip(ends)
        .map(|(&start, end)| {
            let is_delay = delay::is_delay_text(&lines[start..end].join("\n"));
            Notice { start, end, is_delay }
        })
        .collect()
}

/// Returns the line where the notice that opens at `at` starts: the
/// first line of a banner of `*` or `#` lines above it, such as Sendmail's
/// "THIS IS A WARNING MESSAGE ONLY" box, or `at` itself. It looks no
/// higher than `floor`, so a banner never reaches into the notice above.
fn with_banner(lines: &[&str], at: usize, floor: usize) -> usize {
    let mut above = at;
    while above > floor && lines[above - 1].trim().is_empty() {
        above -= 1;
    }
    let mut start = at;
    while above > floor && lines[above - 1].trim_start().starts_with(['*', '#']) {
        above -= 1;
        start = above;
    }
    start
}

fn opens_notice(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    OPENINGS.iter().any(|opening| lower.starts_with(opening))
        || gmail_notice::is_heading(line)
        || opens_microsoft_ndr(&lower)
}

/// True when `lower` is the first line of Microsoft 365's newer NDR,
/// "Your message to bob@example.net couldn't be delivered.".
fn opens_microsoft_ndr(lower: &str) -> bool {
    lower.strip_prefix("your message to ").is_some_and(|rest| {
        rest.contains("couldn't be delivered") || rest.contains("could not be delivered")
    })
}

/// Returns the addresses in `lines`, lowercase.
fn addresses(lines: &[&str]) -> HashSet<String> {
    lines
        .iter()
        .flat_map(|line| ADDRESS.find_iter(line).map(|m| m.as_str().to_lowercase()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_notice_unchanged() {
        let text = "This is the mail system at host mail.example.com.\n\n\
                    <bob@example.net>: 550 5.1.1 User unknown\n";
        assert!(matches!(blank_superseded_delays(text), Cow::Borrowed(_)));
    }

    #[test]
    fn delay_lines_blanked() {
        let text = "This is the mail system at host mail.example.com.\n\
                    It will be retried until it is 5 day(s) old.\n\
                    <bob@example.net>: 452 4.2.2 Mailbox full\n\
                    This is the mail system at host mail.example.com.\n\
                    <bob@example.net>: 552 5.2.2 Mailbox full\n";
        let blanked = blank_superseded_delays(text);
        assert_eq!(blanked.lines().count(), 5);
        assert!(!blanked.contains("452"));
        assert!(blanked.contains("552 5.2.2"));
    }
}
