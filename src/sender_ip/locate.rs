//! Finding the line of the pasted text that states the sender IP.
//!
//! The same address often appears several times: in the human-readable
//! report, in the Diagnostic-Code field, in Received headers of the
//! returned message. The line shown to the user should be the one holding
//! the receiver's statement that the rule matched, so lines are scored
//! rather than taken first come, first served.

use super::rules::Rule;
use super::Source;

/// The position of a line in the pasted text: its field and part.
#[derive(Debug, Default, Clone, Copy)]
struct Place<'a> {
    /// The header or DSN field the line belongs to, continuations included.
    field: Option<&'a str>,
    /// Inside the returned original message.
    returned: bool,
}

/// Finds the 1-based line of `text` that contains `ip` as a whole token,
/// and the line's text trimmed to a display excerpt.
pub fn locate(text: &str, ip: &str) -> Option<(usize, String)> {
    text.lines()
        .enumerate()
        .find(|(_, line)| contains_token(line, ip))
        .map(|(index, line)| (index + 1, excerpt(line)))
}

/// Finds the 1-based line of `text` that contains `ip`, with an excerpt
/// centred on the address. A JSON record often sits on one long line, on
/// which the address may lie far past the start. When several lines
/// contain `ip`, as rows of a CSV export or events of a JSON array sent
/// from one address do, the first that also names `recipient` is taken.
/// NOTE: a pretty-printed JSON array puts the address and the recipient on
/// different lines, so there the first line with the address is taken.
pub fn locate_field(text: &str, ip: &str, recipient: Option<&str>) -> Option<(usize, String)> {
    let with_ip = || text.lines().enumerate().filter(|(_, line)| contains_token(line, ip));
    let (index, line) = recipient
        .and_then(|recipient| with_ip().find(|(_, line)| line.contains(recipient)))
        .or_else(|| with_ip().next())?;
    let line = line.trim();
    let Some(at) = line.find(ip).filter(|_| line.chars().count() > 240) else {
        return Some((index + 1, excerpt(line)));
    };
    let start = line[..at].char_indices().rev().nth(100).map_or(0, |(i, _)| i);
    let end = line[at..].char_indices().nth(120).map_or(line.len(), |(i, _)| at + i);
    let before = if start > 0 { "…" } else { "" };
    let after = if end < line.len() { "…" } else { "" };
    Some((index + 1, format!("{before}{}{after}", &line[start..end])))
}

/// A line found for an address: its 1-based number, its display excerpt,
/// and whether the rule's statement is on it (rather than a mere mention).
pub(super) struct Located {
    pub line: usize,
    pub excerpt: String,
    pub stated: bool,
}

/// The pasted text split into lines, each with its place, computed once
/// per input so that a bounce with many recipients is read once.
pub(super) struct Lines<'a> {
    lines: Vec<&'a str>,
    lowercase: Vec<String>,
    places: Vec<Place<'a>>,
}

impl<'a> Lines<'a> {
    /// Splits `text` into lines, each block quoted with `>` without its
    /// quote marker, so that a bounce quoted in a reply keeps its fields.
    /// Line numbers stay those of `text`.
    pub(super) fn new(text: &'a str) -> Self {
        let lines = crate::input::unquoted_lines(text);
        let lowercase = lines.iter().map(|l| l.to_ascii_lowercase()).collect();
        let places = places(&lines);
        Lines { lines, lowercase, places }
    }

    /// Finds the line that best shows `ip` as `rule` found it. A line
    /// where the rule matches ranks first, then a line in the source's own
    /// field, then a plain mention, and trace headers and the returned
    /// message rank last. Among equals, the line closest after a mention
    /// of `recipient` wins, so that each recipient of a long bounce points
    /// at its own reply. Without such a mention, the earliest line wins.
    pub(super) fn locate_rule(
        &self,
        ip: &str,
        rule: &Rule,
        source: Source,
        recipient: Option<&str>,
    ) -> Option<Located> {
        let recipient = recipient.map(str::to_ascii_lowercase).filter(|r| !r.is_empty());
        // A DNSBL query name writes the address reversed, so the line
        // contains the reversed form, not the address itself.
        let reversed =
            rule.query_name.then(|| ip.parse().ok().map(super::dnsbl::reversed)).flatten();
        let ip = reversed.as_deref().unwrap_or(ip);
        let mut last_mention: Option<usize> = None;
        let mut best: Option<(u32, usize, usize)> = None;
        for (index, line) in self.lines.iter().enumerate() {
            if recipient.as_ref().is_some_and(|r| self.lowercase[index].contains(r.as_str())) {
                last_mention = Some(index);
            }
            if !contains_token(line, ip) {
                continue;
            }
            let place = self.places[index];
            let mut score = 0;
            if rule_matches_at(&self.lines, index, ip, rule) {
                score += STATED;
            }
            if let (Source::Field(name), Some(field)) = (source, place.field) {
                if field.eq_ignore_ascii_case(name) {
                    score += 4;
                }
            }
            if !place.returned && !place.field.is_some_and(is_trace_field) {
                score += 2;
            }
            let distance = last_mention.map_or(usize::MAX, |m| index - m);
            let better = match best {
                None => true,
                Some((top, _, closest)) => score > top || (score == top && distance < closest),
            };
            if better {
                best = Some((score, index, distance));
            }
        }
        best.map(|(score, index, _)| Located {
            line: index + 1,
            excerpt: excerpt(self.lines[index]),
            stated: score >= STATED,
        })
    }
}

/// The score of a line where the rule matches; the other points add up to
/// less, so a score this high means the line contains the statement.
const STATED: u32 = 8;

/// True when `rule` captures `ip` on line `index`, read together with its
/// neighbours because replies are folded and re-wrapped.
fn rule_matches_at(lines: &[&str], index: usize, ip: &str, rule: &Rule) -> bool {
    let previous = if index > 0 { lines[index - 1].trim() } else { "" };
    let current = lines[index].trim();
    let next = lines.get(index + 1).map_or("", |l| l.trim());
    let window = format!("{previous} {current} {next}");
    let start = previous.len() + 1;
    let end = start + current.len();
    rule.regex
        .captures_iter(&window)
        .filter_map(|caps| caps.get(1))
        .filter(|m| rule.in_link || !super::address::in_url(&window, m.start()))
        .any(|m| {
            let token = m.as_str().trim_end_matches(['.', ':', ',', ';']);
            (start..end).contains(&m.start()) && token.ends_with(ip)
        })
}

/// Assigns each line its field and whether it is inside the returned
/// message. Fields are `Name: value` lines and their indented
/// continuations; a blank line ends a field.
fn places<'a>(lines: &[&'a str]) -> Vec<Place<'a>> {
    let mut out = Vec::with_capacity(lines.len());
    let mut field: Option<&str> = None;
    let mut returned = false;
    for line in lines {
        if is_returned_marker(line) {
            returned = true;
        }
        if line.trim().is_empty() {
            field = None;
        } else if line.starts_with([' ', '\t']) {
            // A continuation keeps the field it continues.
        } else {
            field = field_name(line);
        }
        out.push(Place { field, returned });
    }
    out
}

fn field_name(line: &str) -> Option<&str> {
    let (name, _) = line.split_once(':')?;
    let valid = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && name.starts_with(|c: char| c.is_ascii_alphabetic());
    valid.then_some(name)
}

/// Headers that record hops rather than the receiver's statement.
fn is_trace_field(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.starts_with("received")
        || lower.starts_with("x-")
        || lower.starts_with("arc-")
        || lower.starts_with("dkim-")
        || lower == "authentication-results"
        || lower == "message-id"
}

/// Lines after which the text is the returned original message.
fn is_returned_marker(line: &str) -> bool {
    let lower = line.trim().to_ascii_lowercase();
    lower.starts_with("content-type: message/rfc822")
        || lower.starts_with("content-type: text/rfc822-headers")
        || lower.starts_with("------ this is a copy of the message")
        || lower.starts_with("--- below this line is a copy of the message")
        || lower.starts_with("----- original message follows")
        || lower.starts_with("------ original message ------")
        || lower.starts_with("original message headers:")
}

/// True when `token` appears in `line` and is not part of a longer number,
/// address or word.
fn contains_token(line: &str, token: &str) -> bool {
    let mut from = 0;
    while let Some(position) = line[from..].find(token) {
        let start = from + position;
        let end = start + token.len();
        let before = line[..start].chars().next_back();
        let mut after = line[end..].chars();
        let (next, next_but_one) = (after.next(), after.next());
        // `::ffff:192.0.2.1` contains the IPv4 address reported for it, and
        // `IPv6:2001:db8::1` is an RFC 5321 address literal.
        // Compared in place: copying the line up to each occurrence would
        // make a long line with many occurrences take quadratic time.
        let prefix = &line.as_bytes()[..start];
        let ends_with = |tail: &[u8]| {
            prefix.len() >= tail.len()
                && prefix[prefix.len() - tail.len()..].eq_ignore_ascii_case(tail)
        };
        let prefixed = ends_with(b"::ffff:") || ends_with(b"ipv6:");
        let joined_before =
            !prefixed && before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == ':');
        let joined_after = next.is_some_and(|c| c.is_ascii_alphanumeric())
            || (next == Some('.') && next_but_one.is_some_and(|c| c.is_ascii_digit()))
            || (token.contains(':') && next == Some(':'));
        if !joined_before && !joined_after {
            return true;
        }
        from = end;
    }
    false
}

fn excerpt(line: &str) -> String {
    let line = line.trim();
    if line.chars().count() <= 240 {
        return line.to_string();
    }
    line.chars().take(240).collect::<String>() + "…"
}
