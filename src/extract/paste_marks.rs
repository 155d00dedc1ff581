//! Marks that a log, a chat or a mail client writes in front of a pasted
//! SMTP reply line: a bullet or list number, a timestamp, and the `Remote
//! Server returned '...'` that Microsoft Exchange puts around the reply in
//! its non-delivery report. The readers drop them to find the reply code
//! that opens the line.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex_lite::Regex;

/// A bullet or a list number with the space after it: `- `, `* `, `• `,
/// `1. `, `2) `.
static BULLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[-*+•·‣◦–—]|\d{1,2}[.)])\s+").expect("bullet pattern is valid")
});

/// A timestamp and the separator after it: ISO 8601 (`2024-05-01
/// 10:05:12`, `2024-05-01T10:05:12Z`, with a log's `,391` fraction), a
/// day, month and year (`01/05/2024 10:05`), a syslog date (`May  1
/// 10:05:12`) or a time alone (`10:05`, `10:05 AM`), in brackets or not.
/// The time is required, so that a date or number alone stays text.
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^[\[(]?",
        r"(?:(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|",
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}),?[T\s]\s*)?",
        r"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?",
        r"(?:\s?[ap]m)?(?:\s?(?:z|utc|gmt|[+-]\d{2}:?\d{2}))?",
        r"[\])]?(?:\s+[-|]|:)?\s+",
    ))
    .expect("timestamp pattern is valid")
});

/// Exchange's lead-in before a remote server's reply in its report, and
/// the quote that opens the reply.
static REMOTE_SERVER_RETURNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^remote server returned:?\s*(['"‘“])"#)
        .expect("remote server returned pattern is valid")
});

/// Returns `text` with the bullets and timestamps dropped from each line
/// whose rest opens with a failure reply, so that the readers after it
/// find the reply at the start of its line. Other lines are kept as they
/// are: a log line's timestamp comes before the log's own fields.
pub(super) fn drop_line_marks(text: &str) -> Cow<'_, str> {
    let marked = |line: &str| {
        let rest = strip_line_marks(line);
        rest.len() < line.trim_start().len() && super::reply_lines::opens_reply(rest)
    };
    if !text.lines().any(marked) {
        return Cow::Borrowed(text);
    }
    let mut cleaned = String::with_capacity(text.len());
    for line in text.lines() {
        cleaned.push_str(if marked(line) { strip_line_marks(line) } else { line });
        cleaned.push('\n');
    }
    Cow::Owned(cleaned)
}

/// Returns `line` without a leading bullet or list number and the
/// timestamp after it, and without leading white space. The caller
/// decides whether the rest is a reply.
pub(super) fn strip_line_marks(line: &str) -> &str {
    let line = match BULLET.find(line) {
        Some(bullet) => &line[bullet.end()..],
        None => line.trim_start(),
    };
    match TIMESTAMP.find(line) {
        Some(timestamp) => &line[timestamp.end()..],
        None => line,
    }
}

/// Returns the reply inside Exchange's `Remote Server returned '...'`,
/// without the quotes, or `line` when it has no such lead-in. A reply
/// whose closing quote is on a later line keeps its end as it is.
pub(super) fn strip_remote_server_returned(line: &str) -> &str {
    let Some(caps) = REMOTE_SERVER_RETURNED.captures(line) else {
        return line;
    };
    let (Some(lead_in), Some(quote)) = (caps.get(0), caps.get(1)) else {
        return line;
    };
    let closing = match quote.as_str() {
        "‘" => "’",
        "“" => "”",
        other => other,
    };
    let reply = line[lead_in.end()..].trim_end();
    reply.strip_suffix(closing).unwrap_or(reply)
}

/// Returns the reply in a pasted line with its bullet, timestamp and
/// Exchange's lead-in dropped.
pub(super) fn strip_marks(line: &str) -> &str {
    strip_remote_server_returned(strip_line_marks(line))
}

#[cfg(test)]
mod tests {
    use super::{drop_line_marks, strip_marks};

    #[test]
    fn marks_dropped_before_replies_only() {
        let text = "- 550 5.1.1 User unknown\n\
            - see the log below\n\
            May  1 10:05:12 mx postfix/smtp[123]: 0A1B2C: to=<bob@example.net>\n\
            [10:07] bob@example.net: 552 5.2.2 Mailbox full\n";
        let expected = "550 5.1.1 User unknown\n\
            - see the log below\n\
            May  1 10:05:12 mx postfix/smtp[123]: 0A1B2C: to=<bob@example.net>\n\
            bob@example.net: 552 5.2.2 Mailbox full\n";
        assert_eq!(drop_line_marks(text), expected);
        let unmarked = "550 5.1.1 User unknown\n  indented\n";
        assert_eq!(drop_line_marks(unmarked), unmarked);
    }

    #[test]
    fn marks_dropped() {
        for line in [
            "- 550 5.1.1 User unknown",
            "• 550 5.1.1 User unknown",
            "12) 550 5.1.1 User unknown",
            "2024-05-01 10:05:12 550 5.1.1 User unknown",
            "2024-05-01T10:05:12.123+02:00 550 5.1.1 User unknown",
            "[01/05/2024 10:05:12] 550 5.1.1 User unknown",
            "May  1 10:05:12 550 5.1.1 User unknown",
            "10:05 AM - 550 5.1.1 User unknown",
            "(10:05) 550 5.1.1 User unknown",
            "* [10:05] 550 5.1.1 User unknown",
            "Remote Server returned '550 5.1.1 User unknown'",
            "- Remote server returned “550 5.1.1 User unknown”",
        ] {
            assert_eq!(strip_marks(line), "550 5.1.1 User unknown", "{line:?}");
        }
    }

    #[test]
    fn text_kept() {
        for line in [
            "550 5.1.1 User unknown",
            "550-5.1.1 User unknown",
            "2024-05-01 550 5.1.1 User unknown",
            "10 550 5.1.1 User unknown",
            "Remote server returned an error",
        ] {
            assert_eq!(strip_marks(line), line, "{line:?}");
        }
    }
}
