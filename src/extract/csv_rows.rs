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

use std::borrow::Cow;
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
/// a field that is an address and either a field that opens with a reply
/// or, under a header, a bounce type.
pub fn scan(text: &str) -> Option<Vec<Failure>> {
    if !text.contains('@') {
        return None;
    }
    let records = DELIMITERS.iter().find_map(|&delimiter| records(text, delimiter))?;
    // A header row names the columns and contains no address.
    let header = records.first().filter(|row| !row.iter().any(|field| is_address(field.trim())));
    let rows = &records[usize::from(header.is_some())..];
    // One line alone is a CSV row only when it opens with the address: a
    // reply line whose link has `;` in it (`Why?s=mfrom;id=alice@...`)
    // must not be cut into fields.
    if records.len() == 1 && !is_address(records[0][0].trim()) {
        return None;
    }
    let column = recipient_column(header, rows);
    let sending_ip = header.and_then(|names| sending_ip_column(names));
    let mut failures = Vec::new();
    for row in rows {
        let Some(mut failure) = row_failure(row, &column, header.is_some()) else { continue };
        if let Some((at, name)) = sending_ip {
            let ip = row[at].trim();
            if !ip.is_empty() {
                failure.sending_ip = Some((ip.to_string(), Cow::Owned(name.trim().to_string())));
            }
        }
        failures.push(failure);
    }
    // Rows that were not read alone make no export of failures.
    failures.iter().any(|f| f.not_read.is_none()).then_some(failures)
}

/// The column a row's recipient is read from.
enum RecipientColumn {
    /// This column, or else the first address outside the sender's columns.
    Named(Option<usize>, Vec<usize>),
    /// Neither a header nor the rows tell which address is the recipient.
    Unknown,
}

/// Chooses the recipient's column from the header's column names, or from
/// the rows when no header names a column.
fn recipient_column(header: Option<&Vec<String>>, rows: &[Vec<String>]) -> RecipientColumn {
    let roles: Vec<Option<Role>> =
        header.map(|row| row.iter().map(|name| column_role(name)).collect()).unwrap_or_default();
    // A column is the recipient's only when its rows hold addresses: a
    // name such as `Email Status` or `Address Type` has a recipient word
    // but no address below it.
    let holds_addresses = |at: usize| rows.iter().any(|row| is_address(row[at].trim()));
    let recipient =
        (0..roles.len()).find(|&at| roles[at] == Some(Role::Recipient) && holds_addresses(at));
    let senders: Vec<usize> =
        (0..roles.len()).filter(|&at| roles[at] == Some(Role::Sender)).collect();
    if recipient.is_some() || !senders.is_empty() {
        return RecipientColumn::Named(recipient, senders);
    }
    // Without names, two address columns are distinguished only when one
    // stays the same on every row (the sender's, in one account's export)
    // while one changes.
    let width = rows.first().map_or(0, Vec::len);
    let address_columns: Vec<usize> =
        (0..width).filter(|&at| rows.iter().any(|row| is_address(row[at].trim()))).collect();
    if address_columns.len() < 2 {
        return RecipientColumn::Named(None, Vec::new());
    }
    let (constant, varying): (Vec<usize>, Vec<usize>) = address_columns
        .iter()
        .partition(|&&at| rows.iter().all(|row| row[at].trim() == rows[0][at].trim()));
    match varying[..] {
        [recipient] if rows.len() > 1 => RecipientColumn::Named(Some(recipient), constant),
        _ => RecipientColumn::Unknown,
    }
}

/// The kind of value a header names for its column.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    Sender,
    Recipient,
    /// An IP address: never the recipient, even when the name has a
    /// recipient word (`IP Address`, `IP-Adresse`).
    Ip,
}

/// Header words for the sender's column, in the languages the project
/// reads (en, de, fr, es, it, pt, nl), found anywhere in a name
/// (`Absender`, `FromAddress`).
const SENDER_WORDS: [&str; 10] = [
    "from",
    "sender",
    "absender",
    "expéditeur",
    "expediteur",
    "émetteur",
    "remitente",
    "mittente",
    "remetente",
    "afzender",
];

/// Short header words for the sender's column, read only as the whole
/// name, because `de` or `da` also join the words of other names
/// (`Código de error`).
const SENDER_NAMES: [&str; 4] = ["von", "de", "da", "van"];

/// Header words for the recipient's column, found anywhere in a name.
/// `email` and `address` alone name the recipient, as exports of bounced
/// addresses (`EmailAddress`) write them, unless a sender word is there too.
const RECIPIENT_WORDS: [&str; 12] = [
    "recipient",
    "rcpt",
    "email",
    "e-mail",
    "address",
    "adresse",
    "empfänger",
    "empfaenger",
    "destinataire",
    "destinatario",
    "destinatário",
    "ontvanger",
];

/// Short header words for the recipient's column, read only as the whole
/// name.
const RECIPIENT_NAMES: [&str; 6] = ["to", "an", "à", "a", "para", "aan"];

/// Returns the kind of address that the header `name` names, if it names
/// an address column. A sender word wins, so `From Email` is the sender's.
fn column_role(name: &str) -> Option<Role> {
    let name = name.trim().to_lowercase();
    let contains = |word: &&str| name.contains(*word);
    if names_ip(&name) {
        Some(Role::Ip)
    } else if SENDER_WORDS.iter().any(contains) || SENDER_NAMES.contains(&name.as_str()) {
        Some(Role::Sender)
    } else if RECIPIENT_WORDS.iter().any(contains) || RECIPIENT_NAMES.contains(&name.as_str()) {
        Some(Role::Recipient)
    } else {
        None
    }
}

/// True when the lowercase header `name` names an IP address column:
/// `IP`, `IP Address`, `ip_address`, `IPAddress`, `Sending IP`,
/// `IP-Adresse`, `Adresse IP`, `IPv4`. A word that merely contains the
/// letters (`Zip`, `Recipient`, `Shipping`) does not count.
fn names_ip(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|word| {
        let rest = word.strip_prefix("ip").or_else(|| {
            IP_NAME_PREFIXES.iter().find_map(|prefix| word.strip_prefix(prefix)?.strip_prefix("ip"))
        });
        rest.is_some_and(|rest| {
            rest.is_empty()
                || ["addr", "adr", "adress", "v4", "v6"].iter().any(|r| rest.starts_with(r))
        })
    })
}

/// Words written joined before `ip` in camel-case or joined column names
/// (`SendingIP`, `sourceip`).
const IP_NAME_PREFIXES: [&str; 5] = ["sending", "outbound", "source", "sender", "smtp"];

/// Header words for an IP column that contains the address the mail was
/// sent from. Other IP columns are not the IP a removal request quotes:
/// Oracle Eloqua's email-open and click-through exports, for one, name the
/// address that opened the message `IpAddress`.
const SENDING_IP_WORDS: [&str; 5] = ["sending", "outbound", "source", "sender", "versand"];

/// Returns the column and its header name when the header names a column
/// for the sending IP.
fn sending_ip_column(names: &[String]) -> Option<(usize, &str)> {
    names.iter().enumerate().find_map(|(at, name)| {
        let lower = name.trim().to_lowercase();
        let sending = names_ip(&lower) && SENDING_IP_WORDS.iter().any(|w| lower.contains(w));
        sending.then_some((at, name.as_str()))
    })
}

/// Reads one row: the recipient from the chosen column, or from the first
/// field outside the sender's columns that is an address, and the reply
/// from the longest field that opens with one. In an export with a
/// header, a row with a recipient but no reply is read by its bounce type
/// alone. Returns `None` for a row with no recipient where one was
/// expected, and for a row with no reply in an export without a header.
fn row_failure(row: &[String], column: &RecipientColumn, headed: bool) -> Option<Failure> {
    let recipient = match column {
        RecipientColumn::Named(named, senders) => {
            let named = named.and_then(|at| row.get(at)).map(|field| field.trim());
            let other = (0..row.len())
                .filter(|at| !senders.contains(at))
                .map(|at| row[at].trim())
                .find(|field| is_address(field));
            named.filter(|f| is_address(f)).or(other)
        }
        RecipientColumn::Unknown => None,
    };
    // Exchange's tracking export writes the reply inside its status
    // field: `[{LRT=};{LED=550 5.1.1 ...};{FQDN=...};{IP=...}]`.
    let replies = row.iter().map(|field| message_trace::led_reply(field).unwrap_or(field));
    let Some(reply) =
        replies.filter(|field| REPLY_FIELD.is_match(field)).max_by_key(|field| field.len())
    else {
        // Only a header shows that the text is a table whose other fields
        // mean something, such as a bounce type.
        return recipient.filter(|_| headed).map(|recipient| without_reply(row, recipient));
    };
    let (diagnostic_type, reply) = split_diagnostic_type(reply.trim());
    let mut failure = generic::scan(&reply).into_iter().next()?;
    // With no column chosen, only an address the reply names is kept.
    if let Some(recipient) = recipient {
        failure.recipient = Some(recipient.to_string());
    } else if matches!(column, RecipientColumn::Named(..)) {
        return None;
    }
    // A bounce export lists failures the service has stopped retrying,
    // but a tracking export's `DEFER` event is a delay.
    let deferred = row.iter().any(|field| field.trim().eq_ignore_ascii_case("DEFER"));
    let action = if deferred { "delayed" } else { "failed" };
    failure.action = Some(action.to_string());
    failure.diagnostic_type = diagnostic_type;
    Some(failure)
}

/// Reads a row that names `recipient` but has no reply: a failure from
/// its bounce type alone (`blocked` with an empty reason), or else a
/// placeholder saying the row was not read (a delivery, a suppressed send).
fn without_reply(row: &[String], recipient: &str) -> Failure {
    let mut failure = Failure { recipient: Some(recipient.to_string()), ..Default::default() };
    match row.iter().find_map(|field| bounce_type(field)) {
        Some(kind) => {
            failure.action = Some("failed".to_string());
            failure.soft_bounce = kind == "soft";
            // The stated-entry table reads the type, for want of a reply.
            failure.event_type = Some(kind.to_string());
        }
        None => failure.not_read = Some("no reply and no bounce type".to_string()),
    }
    failure
}

/// Returns the bounce type a field states, as exports write it (`hard`,
/// `Soft bounce`, `blocked`), in one word: `hard`, `soft`, `blocked` or
/// `bounce`.
fn bounce_type(field: &str) -> Option<&'static str> {
    let kind = match field.trim().to_ascii_lowercase().replace(['_', '-'], " ").as_str() {
        "hard" | "hard bounce" | "hardbounce" | "permanent" => "hard",
        "soft" | "soft bounce" | "softbounce" | "transient" | "temporary" => "soft",
        "blocked" | "block" | "block bounce" => "blocked",
        "bounce" | "bounced" => "bounce",
        _ => return None,
    };
    Some(kind)
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
