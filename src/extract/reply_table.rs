//! Reference lists of replies, which explain codes and report no delivery.
//! One lists reply codes with their RFC 5321 texts. The other lists the
//! replies a server gives: two or more lines, each a short label, a colon,
//! dash or table bar and a reply with its own code pair (`Unknown
//! recipient: 550 5.1.1 User unknown`, `- Mailbox full: 452 4.2.2 Over
//! quota`, `| SPF failure | 550 5.7.23 | SPF check failed |`).

use std::sync::LazyLock;

use regex_lite::Regex;

use super::marks::looks_like_bounce;
use super::rule::{states_rule, REPLY_PAIR};
use super::Failure;
use crate::input::Decoded;
use crate::knowledge;

/// A reply code and its enhanced status code opening the text
/// (`550 5.1.1`, `452-4.2.2`).
static OPENING_PAIR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b").expect("valid regex"));

/// The maximum number of words in a row's label. A label names a case
/// (`Unknown recipient`, `Sender on a blocklist`), not a sentence.
const MAX_LABEL_WORDS: usize = 5;

/// The maximum number of different code pairs in rule sentences beside a
/// reference list, and in rule sentences that the mention note names.
const MAX_RULE_PAIRS: usize = 32;

/// Words that make a label a report's field (`Remote server said: 550`,
/// `Server replied: 452`) rather than the name of a case.
const REPORT_WORDS: &[&str] = &["said", "replied", "returned", "answered", "wrote"];

/// True when `section` is a reference list of replies and the input has no
/// mark of a bounce outside that list. It has no MTA family, no DSN, no
/// bounce sender or subject, and no bounce wording in the lines that are
/// not rows. Rows themselves often read as bounces (`Unknown user: 550
/// 5.1.1 User unknown`), so their words do not count.
pub(super) fn is_reply_table(decoded: &Decoded, family: Option<&str>, section: &str) -> bool {
    if decoded.dsn.is_some() || decoded.nested.is_some() || table_replies(section).is_none() {
        return false;
    }
    let other_lines: Vec<&str> = section.lines().filter(|line| table_row(line).is_none()).collect();
    !looks_like_bounce(decoded, family, &other_lines.join("\n"))
}

/// Returns the codes of the rows and of the rules beside them, in order
/// and each once, when `section` is a reference list. Such a list has two
/// or more rows with different labels and at least two different codes.
/// Outside the rows, a reply code pair may only sit in a sentence that
/// states a rule. Labels repeat in a session (`S: 550 ...`) or in a
/// report's fields (`Reason: 550 ...`), but not in a list of cases.
pub(super) fn table_replies(section: &str) -> Option<Vec<String>> {
    let rows = read_rows(section)?;
    if rows.labels.len() < 2 || rows.pairs.len() < 2 {
        return None;
    }
    let mut pairs = rows.pairs;
    for pair in prose_rule_pairs(&rows.other_lines.join("\n"))? {
        if !pairs.contains(&pair) {
            pairs.push(pair);
        }
    }
    Some(pairs)
}

/// The rows of a possible reference list and the lines around them.
struct Rows<'a> {
    /// Each row's label in lowercase, each once.
    labels: Vec<String>,
    /// The rows' codes, in order and each once.
    pairs: Vec<String>,
    /// The lines that are not rows.
    other_lines: Vec<&'a str>,
}

/// Reads the rows in the first 400 lines of `section`. Returns `None` when
/// a label repeats, because a list of cases names each case once.
fn read_rows(section: &str) -> Option<Rows<'_>> {
    let mut rows = Rows { labels: Vec::new(), pairs: Vec::new(), other_lines: Vec::new() };
    for line in section.lines().take(400) {
        let Some((label, pair)) = table_row(line) else {
            rows.other_lines.push(line);
            continue;
        };
        if rows.labels.contains(&label) {
            return None;
        }
        rows.labels.push(label);
        if !rows.pairs.contains(&pair) {
            rows.pairs.push(pair);
        }
    }
    Some(rows)
}

/// Returns the code pairs of `prose`, the lines beside the rows, in order
/// and each once. Returns `None` when one of them is a reply, because it
/// sits outside a sentence that states a rule (`If SPF fails we return 550
/// 5.7.1`), or when there are more than `MAX_RULE_PAIRS` of them.
fn prose_rule_pairs(prose: &str) -> Option<Vec<String>> {
    // Each check reads all the prose, so a bounded number of them keeps
    // long input linear. More pairs than that is no short reference list.
    let mut checked: Vec<String> = Vec::new();
    for found in REPLY_PAIR.find_iter(prose) {
        let pair = found.as_str().replacen('-', " ", 1);
        if checked.contains(&pair) {
            continue;
        }
        if checked.len() >= MAX_RULE_PAIRS || !in_rule(&pair, prose) {
            return None;
        }
        checked.push(pair);
    }
    Some(checked)
}

/// Returns every reply code pair in `section` that sits in a sentence
/// stating a rule (`unknown users get 550 5.1.1, blocked senders 554
/// 5.7.1`), in order and each once.
pub(super) fn rule_replies(section: &str) -> Vec<String> {
    let mut pairs: Vec<String> = Vec::new();
    let mut checked: Vec<String> = Vec::new();
    for found in REPLY_PAIR.find_iter(section) {
        let pair = found.as_str().replacen('-', " ", 1);
        if checked.contains(&pair) {
            continue;
        }
        if checked.len() >= MAX_RULE_PAIRS {
            break;
        }
        checked.push(pair.clone());
        if in_rule(&pair, section) {
            pairs.push(pair);
        }
    }
    pairs
}

/// True when every place of the codes of `pair` (`550 5.7.1`) in `prose`
/// sits in a sentence that states a rule.
fn in_rule(pair: &str, prose: &str) -> bool {
    let (reply, status) = pair.split_once(' ').unwrap_or((pair, ""));
    let failure = Failure {
        reply: Some(reply.to_string()),
        status: Some(status.to_string()),
        ..Default::default()
    };
    states_rule(&failure, prose)
}

/// Reads one row: returns its label in lowercase and its codes, a code
/// pair written with a space (`550 5.1.1`) or a reply code alone.
fn table_row(line: &str) -> Option<(String, String)> {
    let line = line.trim().trim_start_matches(['-', '*', '•']).trim_start();
    let (label, rest) = if let Some(cells) = line.strip_prefix('|') {
        cells.split_once('|')?
    } else {
        split_label(line)?
    };
    let label = label.trim();
    if !is_case_label(label) {
        return None;
    }
    // A table may put the reply code, the status code and the text in
    // cells of their own.
    let rest = rest.replace('|', " ").split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(pair) = OPENING_PAIR.find(&rest) {
        return Some((label.to_lowercase(), pair.as_str().replacen('-', " ", 1)));
    }
    // A reply code alone counts when the text after it names a cause
    // (`550 User unknown`), since `Total: 450 messages` is a count.
    let (code, text) = rest.split_once(' ')?;
    let is_code =
        code.len() == 3 && code.starts_with(['4', '5']) && code.bytes().all(|b| b.is_ascii_digit());
    let names_cause = crate::classify::names_any_reason(&crate::classify::normalise(text));
    (is_code && names_cause).then(|| (label.to_lowercase(), code.to_string()))
}

/// Splits a line at the first colon or spaced dash (`Mailbox full - 452`).
fn split_label(line: &str) -> Option<(&str, &str)> {
    let colon = line.find(':').map(|at| (at, 1));
    let dash =
        [" - ", " – ", " — "].iter().filter_map(|d| line.find(d).map(|at| (at, d.len()))).min();
    let (at, len) = [colon, dash].into_iter().flatten().min()?;
    Some((&line[..at], &line[at + len..]))
}

/// True when `label` names a case: one to `MAX_LABEL_WORDS` words of
/// letters, hyphens and apostrophes, none of them a report's verb, and not
/// all of them single letters. Addresses, hosts, IP addresses and a
/// session's `S` or `C` are no such label.
fn is_case_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let letters = |w: &&str| w.chars().all(|c| c.is_alphabetic() || "-'’/".contains(c));
    (1..=MAX_LABEL_WORDS).contains(&words.len())
        && words.iter().all(letters)
        && words.iter().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        && !words.iter().any(|w| REPORT_WORDS.contains(&w.to_lowercase().as_str()))
}

/// True when `section` is a list of reply codes with their RFC 5321 texts
/// (`250 Requested mail action okay, completed`, one per line, in a table
/// or a bulleted list). It takes three or more such codes, and at most one
/// other line opening with a reply code for every three of them. Such a
/// list explains codes and reports no delivery.
pub(super) fn is_reply_code_list(section: &str) -> bool {
    let mut listed: Vec<&str> = Vec::new();
    let mut replies = 0;
    for line in section.lines().take(400) {
        let line = line.trim_start_matches(|c: char| c.is_whitespace() || "|-*•".contains(c));
        let bytes = line.as_bytes();
        let opens = bytes.len() > 4
            && matches!(bytes[0], b'2'..=b'5')
            && bytes[1..3].iter().all(u8::is_ascii_digit)
            && matches!(bytes[3], b' ' | b'\t' | b'|');
        if !opens {
            continue;
        }
        let code = &line[..3];
        let text = line[3..].trim_start_matches(|c: char| c.is_whitespace() || c == '|');
        if knowledge::reply_codes::is_textbook(code, text) {
            if !listed.contains(&code) {
                listed.push(code);
            }
        } else {
            replies += 1;
        }
    }
    listed.len() >= 3 && replies <= listed.len() / 3
}

#[cfg(test)]
mod tests {
    use super::{table_replies, table_row};

    #[test]
    fn rows_read_label_and_pair() {
        let row = |line| table_row(line).map(|(label, pair)| format!("{label}={pair}"));
        assert_eq!(
            row("Unknown recipient: 550 5.1.1 User unknown").as_deref(),
            Some("unknown recipient=550 5.1.1")
        );
        assert_eq!(
            row("- Mailbox full: 452-4.2.2 Over quota").as_deref(),
            Some("mailbox full=452 4.2.2")
        );
        assert_eq!(
            row("| SPF failure | 550 | 5.7.23 | SPF |").as_deref(),
            Some("spf failure=550 5.7.23")
        );
        assert_eq!(
            row("Mailbox full - 452 4.2.2 Over quota").as_deref(),
            Some("mailbox full=452 4.2.2")
        );
        assert_eq!(row("S: 550 5.1.1 User unknown"), None);
        assert_eq!(row("Remote server said: 550 5.1.1 User unknown"), None);
        assert_eq!(row("<a@example.net>: 550 5.1.1 User unknown"), None);
        assert_eq!(row("host mx.example.net [198.51.100.5]: 550 5.1.1 User unknown"), None);
    }

    #[test]
    fn list_needs_two_cases_and_only_rows() {
        assert!(table_replies("Unknown user: 550 5.1.1 x\nMailbox full: 452 4.2.2 y\n").is_some());
        assert!(table_replies("Unknown user: 550 5.1.1 x\n").is_none());
        assert!(table_replies("Reason: 550 5.1.1 x\nReason: 452 4.2.2 y\n").is_none());
        assert!(table_replies("Unknown user: 550 5.1.1 x\nOther user: 550 5.1.1 y\n").is_none());
        assert!(table_replies(
            "Unknown user: 550 5.1.1 x\nMailbox full: 452 4.2.2 y\n550 5.7.1 z\n"
        )
        .is_none());
        assert!(table_replies("Unknown user: 550 User unknown\nMailbox full: 452 Mailbox full\n")
            .is_some());
        assert!(table_replies("Total: 450 messages\nFailed: 550 messages\n").is_none());
    }
}
