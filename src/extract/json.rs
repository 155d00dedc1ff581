//! JSON records pasted as they are, or inside an envelope: an SNS
//! notification's `Message` string, EventBridge's `detail` object, a
//! webhook's batch array, a log file with one record per line.
//!
//! The text is read with a JSON parser, not matched by pattern. The
//! receivers' replies inside the strings contain brackets and braces
//! (Outlook's `[AM1EUR02FT012...]`, `Client host [192.0.2.1]`), and a
//! bracket count that does not skip strings ends the record there.

use serde_json::{Deserializer, Map, Value};

use super::Failure;

/// A JSON object, as the record readers take it.
pub type Object = Map<String, Value>;

/// The failures that a record reader read from one object, or that
/// [`records`] read from a whole text, with the format they were read as.
#[derive(Debug)]
pub struct Record {
    /// The id of the record's format (`amazonses`, `sendgrid`, ...).
    pub format: &'static str,
    /// The failures read, maybe none, or one with `not_read` set for an
    /// open or a click.
    pub failures: Vec<Failure>,
    /// For each event that listed more recipients than its reader takes,
    /// how many different recipients got no failure.
    pub recipients_cut: Vec<usize>,
}

impl Record {
    /// Builds the record of a reader that takes every recipient.
    pub fn new(format: &'static str, failures: Vec<Failure>) -> Self {
        Record { format, failures, recipients_cut: Vec::new() }
    }
}

/// A reader of one JSON object. It returns `None` for an object of no
/// format it reads.
pub type Reader<'a> = &'a dyn Fn(&Object) -> Option<Record>;

/// Max `{` or `[` openings tried as the start of the JSON, so that prose
/// before it (an SNS email's, a forward's, a ticket's) is skipped.
const MAX_STARTS: usize = 16;
/// Max depth of envelopes opened to find a record.
const MAX_DEPTH: usize = 6;

/// Walks the JSON in `body` and passes every object to `read`, outermost
/// first. An object that `read` returns `None` for is then opened.
/// Returns the first format's id with all records' failures and cuts, or
/// `None` when no record reports a failure.
pub fn records(body: &str, read: Reader) -> Option<Record> {
    let json = unwrap(body);
    let starts = json.match_indices(['{', '[']).map(|(at, _)| at).take(MAX_STARTS);
    for start in starts {
        let mut found: Option<Record> = None;
        // A log file or a Firehose file has one record per line, so every
        // value that follows is read too, up to the first text that is not
        // JSON.
        let text = &json[start..];
        let mut stream = Deserializer::from_str(text).into_iter::<Value>();
        loop {
            let offset = stream.byte_offset();
            match stream.next() {
                Some(Ok(value)) => walk(&value, MAX_DEPTH, read, &mut found),
                Some(Err(error)) if error.is_eof() => {
                    let closed = close_cut_record(&text[offset..]);
                    if let Some(Ok(value)) = closed.map(|t| serde_json::from_str::<Value>(&t)) {
                        walk(&value, MAX_DEPTH, read, &mut found);
                    }
                    break;
                }
                _ => break,
            }
        }
        // Events that were not read (opens, clicks) alone make no record
        // of a failure inside other text, so that text is then read by the
        // other readers. A paste that is only such events is still a
        // service's record, which the report names.
        let Some(found) = found else { continue };
        let read_any = found.failures.iter().any(|f| f.not_read.is_none());
        let whole = json[..start].trim().is_empty() && !found.failures.is_empty();
        if read_any || whole {
            return Some(found);
        }
    }
    None
}

/// Undoes an SNS email's line wrapping. JSON strings contain no raw line
/// breaks, so outside them a line break is only layout.
fn unwrap(text: &str) -> String {
    text.replace("\n ", "").replace(['\r', '\n'], "")
}

/// Returns a record cut short (a paste that stops mid-way) up to its last
/// whole list entry, then closes the lists and objects still open. Returns
/// `None` when no list entry is whole. The cut entry is left out, so its
/// recipient is not guessed from half of its fields.
// NOTE: the report does not say that an entry was cut off.
fn close_cut_record(json: &str) -> Option<String> {
    let mut open: Vec<u8> = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    let mut last_whole: Option<(usize, Vec<u8>)> = None;
    for (at, byte) in json.bytes().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => open.push(byte),
            b'}' | b']' => {
                open.pop();
                if open.is_empty() {
                    // The value ends here, so it was not cut.
                    return None;
                }
                if open.last() == Some(&b'[') {
                    last_whole = Some((at + 1, open.clone()));
                }
            }
            _ => {}
        }
    }
    let (end, still_open) = last_whole?;
    let mut closed = json[..end].to_string();
    closed.extend(still_open.iter().rev().map(|&b| if b == b'[' { ']' } else { '}' }));
    Some(closed)
}

/// Adds the records in `value` to `found`, whose format stays the first
/// record's.
fn walk(value: &Value, depth: usize, read: Reader, found: &mut Option<Record>) {
    if depth == 0 {
        return;
    }
    match value {
        Value::Object(object) => {
            if let Some(record) = read(object) {
                match found {
                    None => *found = Some(record),
                    Some(first) => {
                        first.failures.extend(record.failures);
                        first.recipients_cut.extend(record.recipients_cut);
                    }
                }
                return;
            }
            object.values().for_each(|inner| walk(inner, depth - 1, read, found));
        }
        Value::Array(items) => items.iter().for_each(|item| walk(item, depth - 1, read, found)),
        // An envelope that carries the record as a string of JSON.
        Value::String(s) if s.trim_start().starts_with(['{', '[']) => {
            for inner in Deserializer::from_str(s).into_iter::<Value>() {
                let Ok(inner) = inner else { break };
                walk(&inner, depth - 1, read, found);
            }
        }
        _ => {}
    }
}

/// Returns the string field `name` of `object`.
pub fn text<'a>(object: &'a Object, name: &str) -> Option<&'a str> {
    object.get(name).and_then(Value::as_str)
}

/// Splits a DSN-style diagnostic (`smtp; 550 5.1.1 user unknown`) into
/// its lowercase diagnostic-type and the text after it.
pub fn split_diagnostic_type(diagnostic: &str) -> (Option<String>, String) {
    let kind = diagnostic
        .split_once(';')
        .map(|(kind, _)| kind.trim().to_ascii_lowercase())
        .filter(|kind| !kind.is_empty() && kind.len() < 8 && !kind.contains(' '));
    let rest = match &kind {
        Some(_) => diagnostic.split_once(';').map_or("", |(_, rest)| rest),
        None => diagnostic,
    };
    (kind, rest.trim().to_string())
}
