//! SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463) as
//! they appear inside bounce text.

use std::sync::LazyLock;

use regex_lite::Regex;

mod not_codes;

use not_codes::{is_number_in_prose, is_phone_number, is_port_number};

/// A reply code and enhanced status code found at the start of a reply.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReplyCodes {
    /// Three-digit reply code, e.g. `550`.
    pub reply: Option<String>,
    /// Enhanced status code, e.g. `5.7.1`.
    pub status: Option<String>,
}

// A reply line: `550 5.7.1 text`, `550-5.7.1 text`, `550 text`, with
// the enhanced code bracketed as some MTAs write it (`550 #5.1.0`), or
// after a semicolon, as guides quote Outlook.com's `550; 5.7.515`. Only
// the 4xx and 5xx codes and the 25x success codes are taken: other 2xx
// and 3xx replies never report a delivery's outcome, and numbers such as
// `222` in a queue id would be mistaken for them. The second digit may be
// 6 to 9, outside RFC 5321's code space, because Microsoft's SMTP service
// and older Exchange servers send `571 Delivery not authorized, message
// refused`. A number in prose is told apart by its context (see
// `not_codes`) and, in the extract stage, by its words.
static REPLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:^|[^\w.\-=/])([45]\d\d|25[0-2])(?:(?:[ \-]+|; *)['"]?#?([245]\.\d{1,3}\.\d{1,3})\b|[ \-:,]|$)"#)
        .expect("reply pattern is valid")
});

// A queue-expiry reply that quotes the last reply the receiving server
// gave, as Amazon WorkMail writes it: `554 4.4.7 Message expired: unable
// to deliver in 840 minutes.<421 4.4.2 Connection timed out>`.
static EXPIRED_WITH_LAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[45]\d\d [45]\.4\.7 [^<]*<([45][0-5]\d) ([245]\.\d{1,3}\.\d{1,3})\b")
        .expect("expired reply pattern is valid")
});

// Sendmail wraps the receiver's reply in its own: `554 <a@example.org>...
// 550 Host unknown`. The inner code is the receiver's.
static WRAPPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{3}[ \-](?:[245]\.\d{1,3}\.\d{1,3}\s+)?<[^>]*>\.\.\.\s+([45]\d\d)\s")
        .expect("wrapped reply pattern is valid")
});

static STATUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?:[^\d.]|\.(?:\D|$)|$)")
        .expect("status pattern is valid")
});

/// Finds the first reply code and enhanced status code in `text`.
///
/// The status code is taken from right after the reply code when present,
/// otherwise from anywhere in the text. A status whose class contradicts
/// the reply (a `5.x.x` after a `4xx`) is still returned: receivers do
/// write such replies, and the classifier decides what to trust.
pub fn find_codes(text: &str) -> ReplyCodes {
    let mut codes = ReplyCodes::default();
    if !may_hold_code(text) {
        return codes;
    }
    if let Some(caps) = reply_match(text) {
        let reply = caps.get(1).expect("group 1 always takes part in a match");
        codes.reply = Some(reply.as_str().to_string());
        codes.status = caps.get(2).map(|m| m.as_str().to_string());
        let rest = &text[reply.start()..];
        if let Some(inner) = WRAPPED.captures(rest).and_then(|c| c.get(1)) {
            codes.reply = Some(inner.as_str().to_string());
        }
        if let Some(last) = EXPIRED_WITH_LAST.captures(rest) {
            codes.reply = last.get(1).map(|m| m.as_str().to_string());
            codes.status = last.get(2).map(|m| m.as_str().to_string());
        }
    }
    if codes.status.is_none() {
        codes.status = find_status(text);
    }
    codes
}

/// Cheap byte test run before the regexes: false when `text` cannot contain
/// a reply or status code. Both REPLY and STATUS start their code with an
/// ASCII `2`, `4` or `5` followed by an ASCII digit (reply code) or a `.`
/// (status code), so text without such a pair matches neither.
fn may_hold_code(text: &str) -> bool {
    text.as_bytes().windows(2).any(|pair| {
        matches!(pair[0], b'2' | b'4' | b'5') && (pair[1].is_ascii_digit() || pair[1] == b'.')
    })
}

/// Finds the reply code that reports the outcome: the first 4xx or 5xx,
/// or else the first 25x. A transcript such as `250 2.1.5 Ok ... 451 4.3.0 Error`
/// failed at the 451.
fn reply_match(text: &str) -> Option<regex_lite::Captures<'_>> {
    let mut first = None;
    // A bounded number of candidates keeps long transcripts linear.
    for caps in REPLY.captures_iter(text).take(32) {
        if is_number_in_prose(text, &caps)
            || is_phone_number(text, &caps)
            || is_port_number(text, &caps)
        {
            continue;
        }
        // A code in a link (`https://.../DOC-1369#550`) names the page's
        // section, not the receiver's reply.
        let code = caps.get(1).expect("group 1 always takes part in a match");
        if crate::sender_ip::in_url(text, code.start()) {
            continue;
        }
        let failed = caps.get(1).is_some_and(|m| !m.as_str().starts_with('2'));
        if failed {
            return Some(caps);
        }
        first.get_or_insert(caps);
    }
    first
}

/// True when `text` contains a reply code, the same test as
/// `find_codes(text).reply.is_some()` without looking for a status code.
pub fn has_reply_code(text: &str) -> bool {
    may_hold_code(text) && reply_match(text).is_some()
}

/// Returns the byte offset where the first reply code starts, or the
/// first enhanced status code when there is no reply code.
pub fn reply_start(text: &str) -> Option<usize> {
    if let Some(m) = reply_match(text).and_then(|c| c.get(1)) {
        return Some(m.start());
    }
    STATUS.captures(text).and_then(|c| c.get(1)).map(|m| m.start())
}

/// Finds the first enhanced status code in `text`.
pub fn find_status(text: &str) -> Option<String> {
    if !may_hold_code(text) {
        return None;
    }
    STATUS.captures(text).and_then(|caps| caps.get(1)).map(|m| m.as_str().to_string())
}

/// Picks between the status code in the receiver's reply and the one in a
/// report field: the reply's, unless it only gives the class (`4.0.0`)
/// where the field is more specific.
pub fn prefer_status(from_reply: Option<String>, from_field: Option<String>) -> Option<String> {
    match (from_reply, from_field) {
        (Some(reply), Some(field)) if reply.ends_with(".0.0") && !field.ends_with(".0.0") => {
            Some(field)
        }
        (Some(reply), _) => Some(reply),
        (None, field) => field,
    }
}

/// True when the status code is well formed: class 2, 4 or 5, subject
/// 0 to 7, detail up to three digits.
pub fn is_valid_status(status: &str) -> bool {
    let mut parts = status.split('.');
    let (Some(class), Some(subject), Some(detail), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    matches!(class, "2" | "4" | "5")
        && matches!(subject, "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7")
        && !detail.is_empty()
        && detail.len() <= 3
        && detail.bytes().all(|b| b.is_ascii_digit())
}

/// Joins a multi-line reply (`550-5.7.1 a` / `550 5.7.1 b`) into one line
/// with the repeated codes removed, so phrases split across lines match.
/// A line's codes are only dropped when the line before announced a
/// continuation with the same reply code (`550-`): a reply that follows a
/// line of prose keeps its codes.
pub fn join_multiline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut continued: Option<&str> = None;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let code = reply_prefix(line);
        let rest = match (code, continued) {
            (Some((reply, _)), Some(open)) if reply == open => strip_codes(line),
            _ => line,
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(rest);
        // A line without a code is a client's re-wrap of the line before,
        // so the reply stays open across it.
        if let Some((reply, dash)) = code {
            continued = dash.then_some(reply);
        }
    }
    out
}

/// Removes the codes that a multi-line reply repeats inside the joined
/// text (`550-5.7.26 a 550-5.7.26 b 550 5.7.26 c`), which appear there
/// when the sending MTA re-wrapped the reply before quoting it. Only the
/// exact code prefix the text starts with is removed. The first line's
/// `550-` becomes `550 `, so the joined reply reads as one message.
pub fn drop_repeated_codes(text: &str) -> String {
    let Some((reply, continued)) = reply_prefix(text) else {
        return text.to_string();
    };
    // A bare `550` has no text to clean.
    let Some(rest) = text.get(4..) else {
        return text.to_string();
    };
    let status = find_status(rest).filter(|s| rest.starts_with(s.as_str()));
    let mut out = format!("{reply} ");
    let mut body = rest.to_string();
    // Without a status code, the last line's `550 ` is known to be a
    // prefix only by coming after the `550-` lines: the first `550 ` after
    // the last of them ends the reply.
    if status.is_none() && continued {
        let from = body.rfind(&format!(" {reply}-")).unwrap_or(0);
        if let Some(at) = body[from..].find(&format!(" {reply} ")) {
            body.replace_range(from + at..from + at + 5, " ");
        }
    }
    for separator in ['-', ' '] {
        // Without a status code, only `550-` is surely a prefix: `550 `
        // could be a number in the text.
        let repeated = match &status {
            Some(status) => format!(" {reply}{separator}{status} "),
            None if separator == '-' => format!(" {reply}-"),
            None => continue,
        };
        body = body.replace(&repeated, " ");
    }
    out.push_str(&body);
    out
}

/// True when `next` carries on the multi-line reply that `line` belongs
/// to: `line` opens with a reply code and `-` (`550-5.7.1 ...`), and
/// `next` opens with the same reply code.
pub fn continues_reply(line: &str, next: &str) -> bool {
    match (reply_prefix(line.trim()), reply_prefix(next.trim())) {
        (Some((open, true)), Some((code, _))) => open == code,
        _ => false,
    }
}

/// Returns the reply code a line starts with, and whether a `-` marks the
/// reply as continued on the next line.
fn reply_prefix(line: &str) -> Option<(&str, bool)> {
    let bytes = line.as_bytes();
    if bytes.len() >= 4
        && matches!(bytes[0], b'2' | b'4' | b'5')
        && bytes[1..3].iter().all(u8::is_ascii_digit)
        && (bytes[3] == b'-' || bytes[3] == b' ')
    {
        Some((&line[..3], bytes[3] == b'-'))
    } else if bytes.len() == 3 && bytes.iter().all(u8::is_ascii_digit) {
        Some((line, false))
    } else {
        None
    }
}

/// Removes a leading `550-5.7.1 ` or `550 5.7.1 ` from a continuation line.
fn strip_codes(line: &str) -> &str {
    let rest = line.get(4..).unwrap_or("").trim_start();
    if let Some(status) = find_status(rest) {
        if let Some(after) = rest.strip_prefix(status.as_str()) {
            return after.trim_start();
        }
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_prefilter_edges() {
        assert!(may_hold_code("said 450"));
        assert!(may_hold_code("5.1.1 unknown"));
        assert!(may_hold_code("status 2.0.0"));
        assert!(!may_hold_code("no code here, only 1.3 and 3.1.1"));
        assert!(!may_hold_code(""));
        assert_eq!(find_codes("user unknown 3.1.1"), ReplyCodes::default());
    }

    #[test]
    fn codes_found() {
        let cases = [
            ("550 5.1.1 <a@example.org>: User unknown", Some("550"), Some("5.1.1")),
            ("550-5.7.1 [203.0.113.5] blocked", Some("550"), Some("5.7.1")),
            ("said: 554 Transaction failed", Some("554"), None),
            ("Remote Server returned '550 5.7.1 RESOLVER.RST'", Some("550"), Some("5.7.1")),
            ("Status: 4.4.7", None, Some("4.4.7")),
            ("version 15.1.669.32 build", None, None),
            ("host 192.0.2.1 said", None, None),
            ("552-5.2.2 over quota", Some("552"), Some("5.2.2")),
            ("neko222-nyaan-22 delayed", None, None),
            ("220-mx.example.net 421 4.2.1 Service refused", Some("421"), Some("4.2.1")),
            ("ERROR_CODE :550, ERROR_CODE :5.1.1 User Unknown", Some("550"), Some("5.1.1")),
            ("554 <a@example.org>... 550 Host unknown", Some("550"), None),
            ("250 2.1.5 Ok Out: 354 End data Out: 451 4.3.0 Error", Some("451"), Some("4.3.0")),
            (
                "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>",
                Some("421"),
                Some("4.4.2"),
            ),
            ("5.1.0 - Unknown address error 550-'5.2.2 Mailbox Full'", Some("550"), Some("5.2.2")),
            ("Delivery failed: see line 400 of a long transcript", None, None),
            ("Undeliverable: the 421 people on the list", None, None),
            ("192.0.2.32 said 550 for RCPT TO response", Some("550"), None),
            ("ResponseCode 421, , Host not reachable.", Some("421"), None),
            ("Error 550 relaying denied", Some("550"), None),
            ("the server answered 554-No SMTP service", Some("554"), None),
            ("line 400 of the log, then 550 5.1.1 unknown", Some("550"), Some("5.1.1")),
            ("Fehler über 550 Empfänger", None, None),
            ("550; 5.7.515 Access denied", Some("550"), Some("5.7.515")),
            ("571 Delivery not authorized, message refused", Some("571"), None),
            ("mx.example.net #571 Delivery not authorized ##", Some("571"), None),
            ("571 5.7.1 Delivery not authorized", Some("571"), Some("5.7.1")),
            ("The offer ends in 571 days", None, None),
            ("Sioux Falls, SD 57104", None, None),
        ];
        for (text, reply, status) in cases {
            let codes = find_codes(text);
            assert_eq!(codes.reply.as_deref(), reply, "reply in {text:?}");
            assert_eq!(codes.status.as_deref(), status, "status in {text:?}");
        }
    }

    #[test]
    fn multiline_joined() {
        let text = "550-5.7.1 [203.0.113.5] Our system has detected\n\
                    550-5.7.1 an unusual rate of unsolicited mail\n\
                    550 5.7.1 originating from your IP address.";
        assert_eq!(
            join_multiline(text),
            "550-5.7.1 [203.0.113.5] Our system has detected an unusual rate \
             of unsolicited mail originating from your IP address."
        );
    }

    #[test]
    fn reply_after_prose_keeps_codes() {
        let text = "mx.example.net [192.0.2.1] did not like our final DATA:\n\
                    550 5.7.509 Access denied";
        assert_eq!(
            join_multiline(text),
            "mx.example.net [192.0.2.1] did not like our final DATA: \
             550 5.7.509 Access denied"
        );
    }

    #[test]
    fn repeated_codes_dropped() {
        let cases = [
            (
                "550-5.7.26 The MAIL FROM domain has a 550-5.7.26 hard fail policy 550 5.7.26 end",
                "550 5.7.26 The MAIL FROM domain has a hard fail policy end",
            ),
            ("550-Your message was 550-rejected", "550 Your message was rejected"),
            ("554-a 554-b 554 c of 554 d", "554 a b c of 554 d"),
            ("554-a 554 b", "554 a b"),
            ("554-a b", "554 a b"),
            ("550 5.1.1 user 551 is not 550", "550 5.1.1 user 551 is not 550"),
            ("550 limit of 550 messages", "550 limit of 550 messages"),
            ("255", "255"),
            ("550", "550"),
        ];
        for (text, expected) in cases {
            assert_eq!(drop_repeated_codes(text), expected, "{text:?}");
        }
    }

    #[test]
    fn status_validity() {
        assert!(is_valid_status("5.7.606"));
        assert!(!is_valid_status("5.9.1"));
        assert!(!is_valid_status("15.1.669"));
    }
}
