//! Numbers that the reply pattern takes for a reply code but that are
//! not one: a digit group of a telephone number, as in a helpdesk line
//! under an NDR or a signature, a port after a host name, and an ordinary
//! number in a sentence.

use std::sync::LazyLock;

use regex_lite::Regex;

// The digit groups of a telephone number that starts at a candidate reply
// code: `512-555-0100`, `503 555 0142`, `555-0100`, `555.0100`. A reply
// code is followed by a status code (`550 5.1.1`), text or a `-`
// continuation, not by these digit groups.
static PHONE_GROUPS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{3}(?:[-. ]\d{3}[-. ]\d{4}|[-.]\d{4})(?:\D|$)").expect("phone pattern is valid")
});

// The lead-in of a telephone number: a country code (`+1 `) or a word
// that announces one (`Tel`, `call me at`). A bracket is no sign, since
// Sendmail writes `(550 User unknown)`.
static PHONE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\+\d{1,3}[ \-.]?|\b(?:tel|tél|telephone|phone|call|fax|mobile|cell)\.?:?\s*(?:us|me)?\s*(?:at|on)?\s*)$")
        .expect("phone lead-in pattern is valid")
});

// A digit group just before a candidate reply code, as in the middle of a
// telephone number: `+1 203 555`, `0049 30 550`, `+1 (203) 555`, `0800 450`.
// The group stands alone (not the tail of `5.1.1`, an IP address or a
// `12:00` time), may be closed by a bracket, and is one separator away.
static PHONE_GROUP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\w.:])\(?\d{1,5}\)?[ .\-]$").expect("phone group pattern is valid")
});

// A candidate reply code followed by more digit groups that end in four
// digits, as a telephone number does: `555 0100`, `450 1234 5678`. An IP
// address (`554 198.51.100.7 listed`) or a second reply code (`550 550
// 5.1.1`) does not end that way.
static PHONE_GROUPS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{3}(?:[ .\-]\(?\d{2,4}\)?)*[ .\-]\d{4}(?:$|[^\w.:@/\-])")
        .expect("phone groups pattern is valid")
});

// A number that starts with `+` and runs up to the candidate through
// digits, spaces, dots, dashes and brackets: an international number.
static PHONE_PLUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\+\d[\d .\-()]*$").expect("international number pattern is valid")
});

/// True when a candidate reply code is a digit group of a telephone
/// number, such as the helpdesk number under an NDR (`call
/// 512-555-0100`) or the one in a signature (`+44 20 450 1234`): part of a
/// longer run of digit groups separated by spaces, dots, dashes or
/// brackets, or of a number after `+`. A reply code followed by an
/// enhanced status code is always a reply.
pub(super) fn is_phone_number(text: &str, caps: &regex_lite::Captures<'_>) -> bool {
    let code = caps.get(1).expect("group 1 always takes part in a match");
    if caps.get(2).is_some() {
        return false;
    }
    let (before, after) = text.split_at(code.start());
    // Only the line the code is on counts: a number ending the line
    // above is no part of it.
    let before = before.rsplit('\n').next().unwrap_or("");
    PHONE_GROUPS.is_match(after)
        || PHONE_GROUPS_AFTER.is_match(after)
        || PHONE_LEAD.is_match(before)
        || PHONE_GROUP_BEFORE.is_match(before)
        || PHONE_PLUS.is_match(before)
}

/// True when a candidate reply code is the port after a host name or
/// address, as in `smtp.example.com:587` or Postfix's
/// `relay=mx.example.net[192.0.2.1]:465`. A colon joins it to a host
/// name with a dot or to a bracketed address, and no status code
/// follows. Submission ports 465 and 587 have the digits of reply codes.
pub(super) fn is_port_number(text: &str, caps: &regex_lite::Captures<'_>) -> bool {
    let code = caps.get(1).expect("group 1 always takes part in a match");
    if caps.get(2).is_some() {
        return false;
    }
    let Some(before) = text[..code.start()].strip_suffix(':') else {
        return false;
    };
    let host = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '<' | '=' | ',' | '\'' | '"'))
        .next()
        .unwrap_or("");
    host.ends_with(']')
        || (host.contains('.') && host.ends_with(|c: char| c.is_ascii_alphanumeric()))
}

// Words after which a bare number is a reply code quoted in prose:
// `host said 550 ...`, `ResponseCode 421`, `Error 550 ...`, `Why do we
// get 550 No such user here?`, and the `with` of German, French, Spanish,
// Italian and Portuguese (`kommen mit 421 ... zurück`). The extract stage
// still checks that the words after such a number read as a reply's.
const LEAD_INS: &[&str] = &[
    "answer",
    "answered",
    "code",
    "error",
    "errors",
    "esmtp",
    "fehler",
    "erreur",
    "reply",
    "replied",
    "response",
    "responded",
    "responsecode",
    "result",
    "return",
    "returned",
    "said",
    "says",
    "smtp",
    "status",
    "with",
    "get",
    "gets",
    "getting",
    "got",
    "receive",
    "received",
    "receiving",
    "mit",
    "avec",
    "con",
    "com",
];

/// Tests whether a candidate reply code is an ordinary number in a
/// sentence, such as `see line 400 of the log`. That is the case when a
/// word and a space come before it, no enhanced status code or `-`
/// continuation follows, and the word is not a lead-in. A code at the start
/// of a line or after punctuation (`said: 550`, `'550`, `(550`) is a reply.
pub(super) fn is_number_in_prose(text: &str, caps: &regex_lite::Captures<'_>) -> bool {
    let code = caps.get(1).expect("group 1 always takes part in a match");
    if caps.get(2).is_some() || text[code.end()..].starts_with('-') {
        return false;
    }
    let before = &text[..code.start()];
    let trimmed = before.trim_end_matches([' ', '\t']);
    if trimmed.len() == before.len() {
        return false;
    }
    // Counted in bytes: an ASCII letter is one byte, so the cut is always
    // on a character boundary.
    let letters = trimmed.bytes().rev().take_while(u8::is_ascii_alphabetic).count();
    let word = &trimmed[trimmed.len() - letters..];
    !word.is_empty() && !LEAD_INS.iter().any(|lead| word.eq_ignore_ascii_case(lead))
}

#[cfg(test)]
mod tests {
    use super::super::find_codes;

    #[test]
    fn ports_are_not_replies() {
        let cases = [
            "$ openssl s_client -connect mx.example.net:465 -crlf",
            "relay=smtp.example.com[192.0.2.1]:587, delay=1.2",
            "Connecting to smtp.example.com:587 failed",
            "relay=[192.0.2.1]:465 dsn=4.4.1",
        ];
        for text in cases {
            assert_eq!(find_codes(text).reply, None, "{text}");
        }
        let replies = [
            ("ERROR_CODE :550, ERROR_CODE :5.1.1 User Unknown", "550"),
            ("mx.example.net:550 5.1.1 unknown", "550"),
            ("<bob@example.net>:550 User unknown", "550"),
        ];
        for (text, reply) in replies {
            assert_eq!(find_codes(text).reply.as_deref(), Some(reply), "{text}");
        }
    }

    #[test]
    fn phone_numbers_are_not_replies() {
        let cases = [
            "helpdesk@example.com or call 512-555-0100 (Mon-Fri).",
            "Call me at 555-0100.",
            "Tel 450-555-0100",
            "Phone: 421.555.0100",
            "+1 503 555 0142",
            "(550) 555-0100",
            "Jane Doe | IT | jane@example.com | +1 203 555 0100",
            "Jane Doe | jane@example.com | Mobile: +44 20 450 1234",
            "Tel. 0049 30 550 1234",
            "+1 (203) 555 0100",
            "on 0800 450 1234\nor 020 7946 0958 if you need help",
            "Reception 555 0100",
            "+44 (0) 20 7946 0958, or +1-555-0100",
        ];
        for text in cases {
            assert_eq!(find_codes(text).reply, None, "{text}");
        }
        let replies = [
            ("550-5.7.1 blocked", "550"),
            ("550 550 5.1.1 unknown", "550"),
            ("421-mx.example.net busy", "421"),
            ("call said: 451 try later", "451"),
            ("(550 User unknown)", "550"),
            ("554 198.51.100.7 listed at zen.spamhaus.org", "554"),
            ("550 2001:db8::1 is blocked", "550"),
            ("12:00 550 User unknown", "550"),
            ("Status 5.1.1 (550 User unknown)", "550"),
            ("1.2.3.4 550 denied", "550"),
            ("port 25\n550 User unknown", "550"),
        ];
        for (text, reply) in replies {
            assert_eq!(find_codes(text).reply.as_deref(), Some(reply), "{text}");
        }
    }
}
