//! The sending client's own transcript of an SMTP session, as the test
//! tool swaks and PHPMailer's debug output print it. Each line is marked
//! as sent or received:
//!
//! ```text
//!  -> RCPT TO:<bob@example.net>          swaks: sent
//! <-  250 2.1.5 Ok                       swaks: received
//! <** 550 5.1.1 ... User unknown         swaks: received, not the expected reply
//!  ~> DATA                               swaks after STARTTLS: sent
//! <~* 554 5.7.1 Message rejected         swaks after STARTTLS: failed reply
//! CLIENT -> SERVER: RCPT TO:<bob@...>    PHPMailer: sent
//! SERVER -> CLIENT: 550 5.1.1 ...        PHPMailer: received
//! ```
//!
//! Replies come in the order of the commands they respond to, also when
//! the client sends several commands at once (pipelining). So each RCPT's
//! reply belongs to that recipient, and a refused DATA, or a refused end
//! of the message, concerns the recipients the server had accepted.

use std::collections::VecDeque;

use super::generic;
use super::section::{clean_address, ADDRESS};
use super::Failure;
use crate::smtp;

/// Marks of a line the client sent, after any leading time stamp.
const SENT: &[&str] = &["->", "~>", "CLIENT -> SERVER:"];

/// Marks of a line the client received. swaks's `<**` and `<~*` mark a
/// reply other than the one it expected.
const RECEIVED: &[&str] = &["<-", "<~", "<**", "<~*", "SERVER -> CLIENT:"];

/// Minimum number of marked lines of each kind for a text to be read as
/// a session, so that a lone arrow in prose is not.
const MIN_MARKED: usize = 2;

/// One line of the session.
enum Line<'a> {
    Sent(&'a str),
    Received(&'a str),
}

/// A command the client sent that waits for its reply.
struct Pending {
    /// The command's name, uppercase (`RCPT`, `DATA`), or `DATA END` for
    /// the message's closing dot.
    verb: String,
    /// The address of a `RCPT TO:`.
    address: Option<String>,
}

/// Reads `section` as a client's session transcript. Returns `None` when
/// the text is no transcript, or when no reply in it is a 4xx or 5xx, so
/// that the other readers try the text.
pub fn scan(section: &str) -> Option<Vec<Failure>> {
    let lines: Vec<Line> = section.lines().filter_map(marked).collect();
    let sent = lines.iter().filter(|l| matches!(l, Line::Sent(_))).count();
    let received = lines.len() - sent;
    let host = connected_host(section);
    // swaks's `=== Connected to` line marks a session on its own, which
    // a refused greeting ends after one reply and at most a QUIT. Its
    // `<** ` and `<~* ` marks are no prose either, so a refused command
    // with its reply, pasted alone, is a session too.
    let enough = if host.is_some() {
        received > 0
    } else if section.lines().any(flags_unexpected_reply) {
        sent > 0
    } else {
        sent >= MIN_MARKED && received >= MIN_MARKED
    };
    if !enough {
        return None;
    }

    let mut session = Session::default();
    let mut reply: Vec<&str> = Vec::new();
    for line in lines {
        match line {
            Line::Sent(text) => {
                // A client sends only once the reply is whole, so a reply
                // still open was cut short in the paste.
                if !reply.is_empty() {
                    session.receive(&reply.join("\n"));
                    reply.clear();
                }
                session.send(text);
            }
            Line::Received(text) => {
                reply.push(text);
                // A reply's last line has a space (or nothing) after the
                // code, its other lines a hyphen (RFC 5321, section 4.2.1).
                if text.as_bytes().get(3) != Some(&b'-') {
                    session.receive(&reply.join("\n"));
                    reply.clear();
                }
            }
        }
    }
    if !reply.is_empty() {
        session.receive(&reply.join("\n"));
    }

    let mut failures = session.failures;
    if failures.is_empty() {
        return None;
    }
    for failure in &mut failures {
        failure.remote_mta = failure.remote_mta.take().or_else(|| host.clone());
    }
    Some(failures)
}

/// The state of the session as the transcript is read.
#[derive(Default)]
struct Session {
    pending: VecDeque<Pending>,
    /// True between the server's 354 and the message's closing dot.
    in_message: bool,
    accepted: Vec<String>,
    failures: Vec<Failure>,
}

impl Session {
    fn send(&mut self, text: &str) {
        if self.in_message {
            // The message's lines get no reply. Its closing dot gets one.
            if text.trim() == "." {
                self.in_message = false;
                self.pending.push_back(Pending { verb: "DATA END".into(), address: None });
            }
            return;
        }
        let verb = text.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
        let address = (verb == "RCPT")
            .then(|| ADDRESS.find(text).map(|m| clean_address(m.as_str())))
            .flatten();
        self.pending.push_back(Pending { verb, address });
    }

    fn receive(&mut self, reply: &str) {
        let Some(command) = self.pending.pop_front() else {
            // The greeting comes before any command.
            self.record_rejection(reply, "CONNECT", None);
            return;
        };
        if reply.starts_with('3') && command.verb == "DATA" {
            self.in_message = true;
            return;
        }
        match command.verb.as_str() {
            "RCPT" if reply.starts_with('2') => self.accepted.extend(command.address),
            "RCPT" => self.record_rejection(reply, "RCPT", command.address),
            "DATA" | "DATA END" | "BDAT" => self.record_message_rejection(reply),
            "QUIT" | "RSET" | "NOOP" => {}
            verb => {
                let verb = verb.to_string();
                self.record_rejection(reply, &verb, None);
            }
        }
    }

    /// Makes one failure per accepted recipient of a refused message. A
    /// refused DATA after every recipient was refused only follows from
    /// those refusals (`554 5.5.1 Error: no valid recipients`).
    fn record_message_rejection(&mut self, reply: &str) {
        if !is_failure_reply(reply) {
            return;
        }
        if self.accepted.is_empty() {
            if self.failures.is_empty() {
                self.record_rejection(reply, "DATA", None);
            }
            return;
        }
        for recipient in self.accepted.clone() {
            self.record_rejection(reply, "DATA", Some(recipient));
        }
    }

    fn record_rejection(&mut self, reply: &str, command: &str, recipient: Option<String>) {
        if !is_failure_reply(reply) {
            return;
        }
        let Some(mut failure) = generic::scan(reply).into_iter().next() else {
            return;
        };
        if let Some(address) = &recipient {
            let known = |f: &Failure| f.recipient.as_deref() == Some(address.as_str());
            if self.failures.iter().any(known) {
                return;
            }
        }
        failure.recipient = recipient;
        failure.command = Some(command.to_string());
        self.failures.push(failure);
    }
}

/// True for a 4xx or 5xx reply.
fn is_failure_reply(reply: &str) -> bool {
    reply.starts_with(['4', '5']) && smtp::has_reply_code(reply)
}

/// Returns the reply after a receive mark of swaks (`<-  `, `<** `, `<~  `,
/// `<~* `) or PHPMailer (`SERVER -> CLIENT: `) on `line`, or `None` when
/// the line has none.
pub(super) fn received_reply(line: &str) -> Option<&str> {
    match marked(line)? {
        Line::Received(reply) => Some(reply),
        Line::Sent(_) => None,
    }
}

/// True for a line with swaks's mark of a reply it did not expect.
fn flags_unexpected_reply(line: &str) -> bool {
    let line = line.trim_start();
    ["<** ", "<~* "].iter().any(|mark| line.starts_with(mark))
}

/// Returns a marked line's kind and its text after the mark. The mark
/// opens the line, after blanks and, for PHPMailer, a time stamp.
fn marked(line: &str) -> Option<Line<'_>> {
    let trimmed = line.trim_start();
    // A swaks mark must be followed by a blank, so `<~` does not take
    // `<~*` lines and the order of the marks does not matter.
    for mark in SENT {
        if let Some(rest) = after_mark(line, trimmed, mark) {
            return Some(Line::Sent(rest));
        }
    }
    for mark in RECEIVED {
        if let Some(rest) = after_mark(line, trimmed, mark) {
            return Some(Line::Received(rest.trim_start()));
        }
    }
    None
}

/// Returns the text after `mark` when the mark opens `trimmed`, or, for
/// PHPMailer's marks, when it follows a time stamp in `line`. A swaks
/// mark is followed by a blank or ends the line, so MDaemon's `<--` and
/// prose arrows (`<-->`) are not taken.
fn after_mark<'a>(line: &'a str, trimmed: &'a str, mark: &str) -> Option<&'a str> {
    if mark.contains(' ') {
        let at = line.find(mark)?;
        let stamp = &line[..at];
        let stamped = stamp.chars().all(|c| c.is_ascii_digit() || " -:.T".contains(c));
        return stamped.then(|| line[at + mark.len()..].trim_start());
    }
    let rest = trimmed.strip_prefix(mark)?;
    if rest.is_empty() {
        return Some(rest);
    }
    rest.starts_with([' ', '\t']).then(|| &rest[1..])
}

/// Returns the host of swaks's `=== Connected to mx.example.net.` line.
fn connected_host(section: &str) -> Option<String> {
    section.lines().find_map(|line| {
        let rest = line.trim_start().strip_prefix("=== Connected to ")?;
        let host = rest.trim().trim_end_matches('.').to_ascii_lowercase();
        (host.contains('.') && !host.contains(' ')).then_some(host)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_read() {
        assert!(matches!(marked(" -> RCPT TO:<a@example.net>"), Some(Line::Sent(_))));
        assert!(matches!(
            marked("<** 550 5.1.1 unknown"),
            Some(Line::Received("550 5.1.1 unknown"))
        ));
        assert!(matches!(marked("<~* 554 5.7.1 spam"), Some(Line::Received("554 5.7.1 spam"))));
        assert!(matches!(
            marked("2026-12-05 10:01:02 SERVER -> CLIENT: 250 Ok"),
            Some(Line::Received("250 Ok"))
        ));
        assert!(marked("<-- 554 5.7.1 blocked").is_none());
        assert!(marked("Subject: a -> b").is_none());
    }

    #[test]
    fn pipelined_replies_in_order() {
        let text = " -> MAIL FROM:<a@example.com>\n -> RCPT TO:<b@example.net>\n\
                    -> RCPT TO:<c@example.net>\n -> DATA\n<-  250 2.1.0 Ok\n\
                    <** 550 5.1.1 <b@example.net>: User unknown\n<-  250 2.1.5 Ok\n\
                    <-  354 go on\n -> test\n -> .\n<** 552 5.2.2 Mailbox full\n";
        let failures = scan(text).expect("a session with refusals");
        assert_eq!(failures.len(), 2, "{failures:#?}");
        assert_eq!(failures[0].recipient.as_deref(), Some("b@example.net"));
        assert_eq!(failures[0].reply.as_deref(), Some("550"));
        assert_eq!(failures[1].recipient.as_deref(), Some("c@example.net"));
        assert_eq!(failures[1].reply.as_deref(), Some("552"));
        assert_eq!(failures[1].command.as_deref(), Some("DATA"));
    }

    #[test]
    fn accepted_session_is_none() {
        let text = " -> MAIL FROM:<a@example.com>\n<-  250 Ok\n -> RCPT TO:<b@example.net>\n\
                    <-  250 Ok\n -> QUIT\n<-  221 Bye\n";
        assert!(scan(text).is_none());
    }
}
