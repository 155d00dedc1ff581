//! Whether a text opens as an email: RFC 5322 header fields followed by a
//! body, rather than a pasted reply line or delivery-status fields copied
//! on their own.

/// True when the text opens with RFC 5322 header fields (an optional mbox
/// `From ` line first). Two or more `Name: value` lines are required, so a
/// pasted reply such as `Error: 550 ...` stays plain text.
pub fn starts_with_headers(text: &str) -> bool {
    let mut lines = text.trim_start_matches(['\n', ' ', '\t']).lines().peekable();
    if lines.peek().is_some_and(|l| l.starts_with("From ")) {
        lines.next();
    }
    let mut fields = 0;
    for line in lines.take(40) {
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        if is_header_line(line) {
            fields += 1;
        } else {
            return false;
        }
    }
    fields >= 2
}

/// True for `Name: value` with a field name of letters, digits, `-`, `_`
/// and `.`. RFC 5322 allows any printable character, but real header names
/// keep to these, and the stricter test keeps a pasted line such as
/// `<bob@example.org>: host ... said: 550 ...` from passing for a header.
pub fn is_header_line(line: &str) -> bool {
    match line.find(':') {
        Some(colon) if colon > 0 => line[..colon]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')),
        _ => false,
    }
}

/// True when something other than blank lines follows the header block.
/// Text that is only `Name: value` lines, such as a DSN's per-recipient
/// fields copied on their own, is read as plain text instead, where every
/// line is scanned.
pub(super) fn has_body(text: &str) -> bool {
    let text = text.trim_start_matches(['\n', ' ', '\t']);
    text.find("\n\n").is_some_and(|end| !text[end..].trim().is_empty())
}

/// RFC 3464's per-message and per-recipient field names, lowercase.
const DSN_FIELDS: [&str; 14] = [
    "original-envelope-id",
    "reporting-mta",
    "dsn-gateway",
    "received-from-mta",
    "arrival-date",
    "original-recipient",
    "final-recipient",
    "action",
    "status",
    "remote-mta",
    "diagnostic-code",
    "last-attempt-date",
    "final-log-id",
    "will-retry-until",
];

/// True when the first block of `Name: value` lines contains only delivery
/// status fields (RFC 3464's, or `X-` extensions such as Postfix's
/// `X-Postfix-Queue-ID`). Such text is DSN groups copied from a mail
/// client, not an email whose header is the first group, and reading it as
/// an email would lose that group's recipient.
pub(super) fn starts_with_dsn_fields(text: &str) -> bool {
    let head = text.trim_start_matches(['\n', ' ', '\t']);
    let head = head.split("\n\n").next().unwrap_or("");
    let names = head
        .lines()
        .filter(|line| !line.starts_with([' ', '\t']))
        .filter_map(|line| line.split_once(':'))
        .map(|(name, _)| name.trim().to_ascii_lowercase());
    let mut any_dsn = false;
    for name in names {
        if DSN_FIELDS.contains(&name.as_str()) {
            any_dsn = true;
        } else if !name.starts_with("x-") {
            return false;
        }
    }
    any_dsn
}
