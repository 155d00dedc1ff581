//! Bounce exports in CSV, as sending services' dashboards write them
//! (Salesforce Marketing Cloud's bounce extract, Mandrill's activity
//! export): one row per bounced recipient, with the address in one field
//! and the receiver's reply, usually quoted, in another. Each row is read
//! as one failure with that row's recipient, so the reply of one row is
//! never paired with another row's address or words.
//!
//! The reader follows RFC 4180 quoting (a field in double quotes may
//! contain the delimiter, line breaks and `""` for a quote). It is a small
//! reader rather than the `csv` crate, because it only has to split
//! fields, and the WebAssembly build is already over its size target.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::generic;
use super::json::split_diagnostic_type;
use super::message_trace;
use super::section::ADDRESS;
use super::Failure;

/// Field delimiters tried, in order: exports use commas, or semicolons
/// where the comma is the decimal mark, or tabs.
const DELIMITERS: [char; 3] = [',', ';', '\t'];

/// A failure reply code opening a field, after an optional `smtp;`
/// diagnostic type, and followed by text (a field of the code alone,
/// such as Marketing Cloud's `SMTPCode`, is not the reply).
static REPLY_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:smtp\s*;\s*)?[45]\d\d[ -]\S").expect("reply field pattern is valid")
});

/// Reads `text` as a CSV export of bounces. Returns `None` unless every
/// record has the same number of fields (two or more) and some row has
/// both a field that is an address and a field that opens with a reply.
pub fn scan(text: &str) -> Option<Vec<Failure>> {
    if !text.contains('@') {
        return None;
    }
    let records = DELIMITERS.iter().find_map(|&delimiter| records(text, delimiter))?;
    // A header row names the columns and contains no address.
    let header = records.first().filter(|row| !row.iter().any(|field| is_address(field.trim())));
    let recipient_column = header.and_then(|row| row.iter().position(|name| names_recipient(name)));
    let rows = &records[usize::from(header.is_some())..];
    // One line alone is a CSV row only when it opens with the address: a
    // reply line whose link has `;` in it (`Why?s=mfrom;id=alice@...`)
    // must not be cut into fields.
    if records.len() == 1 && !is_address(records[0][0].trim()) {
        return None;
    }
    let failures: Vec<Failure> =
        rows.iter().filter_map(|row| row_failure(row, recipient_column)).collect();
    (!failures.is_empty()).then_some(failures)
}

/// True for a header that names the recipient's column (`EmailAddress`,
/// `Recipient`, `To`), not the sender's (`From Email`, `Sender`).
fn names_recipient(name: &str) -> bool {
    let name = name.trim().to_ascii_lowercase();
    if name.contains("from") || name.contains("sender") {
        return false;
    }
    ["email", "recipient", "rcpt"].iter().any(|word| name.contains(word))
        || name == "to"
        || name == "address"
}

/// Reads one row: the recipient from the named column, or from the first
/// field that is an address, and the reply from the longest field that
/// opens with one. Returns `None` for a row with no reply (a delivery, a
/// suppressed send).
fn row_failure(row: &[String], recipient_column: Option<usize>) -> Option<Failure> {
    let named = recipient_column
        .and_then(|at| row.get(at))
        .map(|field| field.trim())
        .filter(|f| is_address(f));
    let recipient =
        named.or_else(|| row.iter().map(|field| field.trim()).find(|field| is_address(field)))?;
    // Exchange's tracking export writes the reply inside its status
    // field: `[{LRT=};{LED=550 5.1.1 ...};{FQDN=...};{IP=...}]`.
    let replies = row.iter().map(|field| message_trace::led_reply(field).unwrap_or(field));
    let reply =
        replies.filter(|field| REPLY_FIELD.is_match(field)).max_by_key(|field| field.len())?;
    let (diagnostic_type, reply) = split_diagnostic_type(reply.trim());
    let mut failure = generic::scan(&reply).into_iter().next()?;
    failure.recipient = Some(recipient.to_string());
    // A bounce export lists failures the service has stopped retrying,
    // but a tracking export's `DEFER` event is a delay.
    let deferred = row.iter().any(|field| field.trim().eq_ignore_ascii_case("DEFER"));
    let action = if deferred { "delayed" } else { "failed" };
    failure.action = Some(action.to_string());
    failure.diagnostic_type = diagnostic_type;
    Some(failure)
}

/// Splits `text` into records of fields with `delimiter`, skipping blank
/// lines. Returns `None` when a quote is not closed, or when the records
/// do not all have the same number of fields, two or more.
fn records(text: &str, delimiter: char) -> Option<Vec<Vec<String>>> {
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.trim().is_empty() => {
                field.clear();
                quoted = true;
            }
            '\r' => {}
            '\n' => end_record(&mut records, &mut record, &mut field),
            _ if c == delimiter => record.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    if quoted {
        return None;
    }
    end_record(&mut records, &mut record, &mut field);
    let width = records.first()?.len();
    (width >= 2 && records.iter().all(|r| r.len() == width)).then_some(records)
}

/// True when `field` is one address and nothing else, maybe in `<>`.
fn is_address(field: &str) -> bool {
    let field = field.trim_start_matches('<').trim_end_matches('>');
    // ADDRESS allows `=` in the local part, but in a field it is far more
    // often a URL's or a log's `key=value`.
    field.contains('@')
        && !field.contains('=')
        && ADDRESS.find(field).is_some_and(|m| m.start() == 0 && m.end() == field.len())
}

/// Ends the current record, unless it is a blank line.
fn end_record(records: &mut Vec<Vec<String>>, record: &mut Vec<String>, field: &mut String) {
    if record.is_empty() && field.trim().is_empty() {
        field.clear();
        return;
    }
    record.push(std::mem::take(field));
    records.push(std::mem::take(record));
}
