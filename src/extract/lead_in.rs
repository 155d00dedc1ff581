//! The lead-ins an MTA writes before the receiver's reply in a bounce:
//! qmail's `Remote host said:`, Postfix's `host mx.example.net[192.0.2.1]
//! said:`, Exim's `host mx.example.net [192.0.2.1]:` and its `SMTP error
//! from remote mail server after RCPT TO:<...>:`. What follows such a
//! lead-in is the receiver's reply, whatever its words, so a reply there
//! reads as one even without an enhanced status code.

use std::sync::LazyLock;

use regex_lite::Regex;

/// A lead-in at the end of the text before a reply code: qmail's `Remote
/// host said:`, a bracketed IP address with `said:` or a colon, or Exim's
/// `after <command>:`, or a recipient's address in angle brackets with a
/// colon, as Postfix writes it before a recipient's reply and a notice
/// that quotes a bounce may (`Error for <eve@example.com>: 550 ...`). A
/// bare `said:` is left out: a person writes it too (`we said: 550
/// people`).
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\bremote host said:|\[[0-9a-f.:]+\]\s*said:|\[[0-9a-f.:]+\]:|\bsmtp error from remote mail(?:er| server) after [^\n]*?:|<[^<>\s]+@[^<>\s]+>:)\s*$",
    )
    .expect("lead-in pattern is valid")
});

/// True when `reply` occurs in `line` right after an MTA's lead-in.
pub(super) fn follows_lead_in(line: &str, reply: &str) -> bool {
    line.match_indices(reply).any(|(at, _)| {
        let after = line.as_bytes().get(at + reply.len());
        matches!(after, None | Some(b' ' | b'-')) && LEAD_IN.is_match(&line[..at])
    })
}

#[cfg(test)]
mod tests {
    use super::follows_lead_in;

    #[test]
    fn reply_after_lead_in() {
        for (line, reply) in [
            ("Remote host said: 553 sorry, your IP is listed", "553"),
            ("host mx.example.net [198.51.100.5]: 550 rejected because", "550"),
            ("<a@example.org>: host mx.example.org[192.0.2.1] said: 554 go away", "554"),
            ("host mx.example.org [2001:db8::25]: 451 try later", "451"),
            ("SMTP error from remote mail server after end of data: 552 too big", "552"),
            ("Error for <eve@example.com>: 550 5.1.1 User unknown", "550"),
        ] {
            assert!(follows_lead_in(line, reply), "{line}");
        }
    }

    #[test]
    fn numbers_in_prose_are_not_after_a_lead_in() {
        for (line, reply) in [
            ("The quote came to 550 dollars", "550"),
            ("Remote host said: 5530 things", "553"),
            ("Then she said: 550 is the limit", "550"),
            ("we have 550 customers [see note]: more", "550"),
            ("I wrote to <eve@example.com> about 550 people", "550"),
        ] {
            assert!(!follows_lead_in(line, reply), "{line}");
        }
    }
}
