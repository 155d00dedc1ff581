//! Fallback extraction from free text: SMTP reply lines wherever they sit,
//! pasted alone, re-wrapped by a mail client, or quoted inside a sentence
//! (`host mx.example.net[198.51.100.2] said: 554 ...`,
//! `Remote Server returned '550 5.7.1 ...'`).

use std::sync::LazyLock;

use regex_lite::Regex;

use super::dsn::clean_address;
use super::Failure;
use crate::smtp;

static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<?([A-Za-z0-9._%+\-=/!#$&'*?^`{|}~]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})>?")
        .expect("address pattern is valid")
});

static HOST_SAID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)host\s+([A-Za-z0-9.\-]+)\s*\[[^\]]*\]\s+(?:said|refused)")
        .expect("host pattern is valid")
});

static COMMAND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:in reply to|after|while sending|response to)\s+(RCPT TO|MAIL FROM|DATA|end of DATA|RCPT|MAIL|HELO|EHLO|CONNECT)")
        .expect("command pattern is valid")
});

/// Scans `text` for failures. Each paragraph holding a reply or status
/// code becomes one failure; its recipient is the first address in the
/// paragraph, or on the line just before it.
pub fn scan(text: &str) -> Vec<Failure> {
    let mut failures: Vec<Failure> = Vec::new();
    let mut previous_address: Option<String> = None;
    for paragraph in paragraphs(text) {
        let joined = smtp::join_multiline(&paragraph);
        let codes = smtp::find_codes(&joined);
        let address = ADDRESS
            .captures(&joined)
            .and_then(|c| c.get(1))
            .map(|m| clean_address(m.as_str()));
        if codes.reply.is_none() && codes.status.is_none() {
            if address.is_some() {
                previous_address = address;
            }
            continue;
        }
        let recipient = address.or_else(|| previous_address.take());
        let remote_mta = HOST_SAID
            .captures(&joined)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string());
        let command = COMMAND.captures(&joined).and_then(|c| c.get(1)).map(|m| {
            let word = m.as_str().to_ascii_uppercase();
            match word.as_str() {
                "RCPT TO" => "RCPT".to_string(),
                "MAIL FROM" => "MAIL".to_string(),
                "END OF DATA" => "DATA".to_string(),
                _ => word,
            }
        });
        failures.push(Failure {
            recipient,
            status: codes.status,
            reply: codes.reply,
            remote_mta,
            command,
            diagnostic: receiver_text(&joined).to_string(),
            ..Default::default()
        });
    }
    failures
}

/// Cuts the sending MTA's words around the receiver's reply: the part
/// before the reply code (`<a@example.org>: host mx.example.org[192.0.2.1]
/// said:`) and Postfix's trailing `(in reply to RCPT TO command)`. A code
/// with no text after it, as in `User unknown (550)`, is not the start of
/// a reply, so the whole text is kept then.
pub fn receiver_text(joined: &str) -> &str {
    let mut text = joined;
    if let Some(start) = smtp::reply_start(joined) {
        let rest = joined[start..].trim_end_matches([')', ']', '\'', '"', '.', ' ']);
        if rest.len() > 8 {
            text = &joined[start..];
        }
    }
    if let Some(at) = IN_REPLY_TO.find(text) {
        text = &text[..at.start()];
    }
    text.trim().trim_end_matches(['\'', '"']).trim()
}

static IN_REPLY_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*\(in reply to [^)]*\)\s*$").expect("in-reply-to pattern is valid")
});

/// Splits text at blank lines, dropping the part after a marker that
/// starts the returned original message.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if is_original_marker(line) {
            break;
        }
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        current.push_str(line);
        current.push('\n');
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Lines that MTAs write just before quoting the original message.
fn is_original_marker(line: &str) -> bool {
    let lower = line.trim().to_ascii_lowercase();
    lower.starts_with("------ this is a copy of the message")
        || lower.starts_with("--- below this line is a copy of the message")
        || lower.starts_with("----- original message follows")
        || lower.starts_with("------ original message ------")
        || lower == "content-type: message/rfc822"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postfix_paragraph() {
        let text = "<userunknown@example.org>: host mx.example.org[192.0.2.153] said: 550\n    \
                    5.1.1 <userunknown@example.org>... User Unknown (in reply to RCPT TO\n    \
                    command)\n";
        let failures = scan(text);
        assert_eq!(failures.len(), 1);
        let f = &failures[0];
        assert_eq!(f.recipient.as_deref(), Some("userunknown@example.org"));
        assert_eq!(f.reply.as_deref(), Some("550"));
        assert_eq!(f.status.as_deref(), Some("5.1.1"));
        assert_eq!(f.remote_mta.as_deref(), Some("mx.example.org"));
        assert_eq!(f.command.as_deref(), Some("RCPT"));
    }

    #[test]
    fn bare_reply() {
        let failures = scan("554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked");
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].recipient, None);
        assert_eq!(failures[0].reply.as_deref(), Some("554"));
    }

    #[test]
    fn original_message_ignored() {
        let text = "a@example.org: 550 5.1.1 unknown\n\n\
                    ------ This is a copy of the message, including all the headers.\n\n\
                    550 5.7.1 quoted in the original\n";
        assert_eq!(scan(text).len(), 1);
    }
}
