//! Whether a reply code found in text reads as a mail server's reply
//! rather than as a number in prose. The checks look at where its enhanced
//! status code sits, at what comes before it on its line, and at its words.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::recounted::{after_receive_arrow, continues_sentence, is_copied_into_sentence};
use super::Failure;
use crate::knowledge::reply_codes;

/// True when a reply found in text that is not recognisably a bounce
/// still reads as one. Its enhanced status code sits where replies and
/// reports put it, or the text uses failure wording, or its reply code
/// opens a line as in an SMTP session or follows an MTA's lead-in, or the
/// writer copied it into a sentence and its words read as a reply's. A
/// line that carries on the sentence of the line before (`the quote came
/// to` / `550 dollars`) is prose that wrapped before a number, and so is
/// `version 5.7.1` inside a sentence.
pub(super) fn is_reply_like(failure: &Failure, section: &str) -> bool {
    if let Some(status) = failure.status.as_deref() {
        if status_in_reply_position(status, section) || has_failure_wording(section) {
            return true;
        }
    }
    let Some(reply) = failure.reply.as_deref() else {
        return false;
    };
    let mut previous = "";
    let set_off = section.lines().any(|line| {
        // A session transcript's receive arrow (MDaemon's `<-- 554 ...`)
        // sets the reply off as the start of a line does.
        let line = after_receive_arrow(line.trim());
        let opens =
            line.starts_with(reply) && matches!(line.as_bytes().get(3), None | Some(b' ' | b'-'));
        // An MTA's lead-in (`Remote host said:`) sets the reply off as well.
        let found = (opens && !continues_sentence(previous))
            || super::lead_in::follows_lead_in(line, reply);
        previous = line;
        found
    });
    set_off || (is_copied_into_sentence(reply, section) && reads_as_smtp_reply(failure, section))
}

/// True when a reply found in text without any mark of a bounce reads as
/// a receiver's answer: it has an enhanced status code, its text states a
/// cause from the phrase tables, or it uses SMTP words. `550 customers
/// were affected` is a number opening a sentence, not a reply.
pub(super) fn reads_as_smtp_reply(failure: &Failure, section: &str) -> bool {
    // A status code counts where a reply puts it (`section` is the text the
    // failure was found in): `version 5.7.1 fixes the bug` is prose.
    if let Some(status) = failure.status.as_deref() {
        if status_in_reply_position(status, section) {
            return true;
        }
    }
    // After an MTA's lead-in, the reply is the receiver's whatever its words.
    let reply = failure.reply.as_deref().unwrap_or("");
    if !reply.is_empty() && section.lines().any(|line| super::lead_in::follows_lead_in(line, reply))
    {
        return true;
    }
    // RFC 5321's own text for the reply code (`554 Transaction failed`,
    // `503 Bad sequence of commands`) is a reply's, though its words are
    // ordinary ones.
    if !reply.is_empty()
        && reply_codes::is_textbook(reply, reply_codes::words_after_codes(&failure.diagnostic))
    {
        return true;
    }
    if is_lone_refusal_line(reply, section) {
        return true;
    }
    let text = crate::classify::normalise(&failure.diagnostic);
    crate::classify::names_any_reason(&text)
        || PROVIDER_TAG.is_match(&failure.diagnostic)
        || crate::knowledge::providers::has_provider_code(&failure.diagnostic)
        || text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .any(|w| SMTP_WORDS.contains(&w))
        || SMTP_PHRASES.iter().any(|p| text.contains(p))
        || names_host(&failure.diagnostic)
}

/// Words that turn a short line into a refusal: `550 Not permitted`,
/// `554 Your IP is not welcome here`, `550 Requested action not taken`.
const REFUSAL_WORDS: &[&str] =
    &["not", "no", "never", "cannot", "denied", "forbidden", "prohibited", "disallowed"];

/// True when the whole paste is one line that opens with a 5xx reply code
/// and words that refuse. A help-desk agent often pastes only that line,
/// and its words may name no known cause. Prose that opens with a number
/// (`550 people came`) states no refusal, and prose rarely fits one line.
/// NOTE: a one-line sentence such as `550 guests did not come` still
/// reads as a refusal.
fn is_lone_refusal_line(reply: &str, section: &str) -> bool {
    let line = section.trim();
    let opens = reply.starts_with('5')
        && line.starts_with(reply)
        && line.as_bytes().get(3) == Some(&b' ')
        && !line.contains('\n');
    opens
        && line[3..]
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|word| REFUSAL_WORDS.contains(&word.to_lowercase().as_str()))
}

/// True when `text` names a host the way replies do (`mx1.example.net`,
/// Comcast's `resimta-h1p-028598.sys.comcast.net`): three or more labels
/// ending in a letter label, outside an email address.
fn names_host(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || "[]()<>/;,'\"".contains(c)).any(|token| {
        let token = token.trim_end_matches('.');
        let labels: Vec<&str> = token.split('.').collect();
        !token.contains('@')
            && labels.len() >= 3
            && labels
                .iter()
                .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            && labels
                .last()
                .is_some_and(|l| l.len() >= 2 && l.chars().all(|c| c.is_ascii_alphabetic()))
    })
}

/// A provider's tag right after a reply code: AOL's `421 DYN:T1` and `554
/// RLY:B1`, Microsoft's `550 SC-001`, Orange's `550 OFR006_102`, Yahoo's
/// `[TSS04]`. Prose rarely follows a number with such a token.
static PROVIDER_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[245]\d\d\s+(?:[A-Z]{2,5}[:-][A-Z]?\d{1,6}|[A-Z]{3}[A-Z0-9]{0,4}_\d{3}|\[[A-Z]{2,6}\d{1,3}\])",
        r"(?:[\s.,;?!)\]]|$)",
    ))
    .expect("provider tag pattern is valid")
});

/// Single words that belong to SMTP replies rather than to prose.
const SMTP_WORDS: &[&str] = &[
    "mailbox",
    "mailboxes",
    "user",
    "recipient",
    "recipients",
    "address",
    "relay",
    "relaying",
    "denied",
    "rejected",
    "refused",
    "refuse",
    "blocked",
    "blacklisted",
    "blocklisted",
    "denylisted",
    "unknown",
    "spam",
    "policy",
    "quota",
    "unavailable",
    "unavailability",
    "sender",
    "domain",
    "dns",
    "rbl",
    "dnsbl",
    "smtp",
    "esmtp",
    "helo",
    "ehlo",
    "rcpt",
    "postmaster",
    "greylisted",
    "greylisting",
    "mail",
    "message",
    "mailer",
    "host",
    "closing",
    "transmission",
    "channel",
    "authentication",
    "tls",
    "starttls",
    "syntax",
    "command",
    "exceeded",
    "deferred",
    "throttled",
    "rate",
    "session",
    "sessions",
    "connection",
    "connections",
    "timeout",
];

/// Phrases of SMTP replies that are made of ordinary words.
const SMTP_PHRASES: &[&str] =
    &["service not available", "service unavailable", "try again", "try later", "delivery error"];

/// True when an occurrence of `status` in `section` opens a line (after
/// quotation marks or a `#`), follows a reply code (`550 5.7.1`, `550-5.7.1`),
/// a `#` (qmail's `(#4.4.1)`, Exchange's `#5.1.1`), a `Status:` field or
/// a Postfix log line's `dsn=` field.
/// Text that no longer contains the status as written keeps it.
fn status_in_reply_position(status: &str, section: &str) -> bool {
    let mut found = false;
    for (at, _) in section.match_indices(status) {
        let before = &section[..at];
        if before.ends_with(|c: char| c.is_ascii_digit() || c == '.') {
            continue;
        }
        found = true;
        let line = before.rsplit('\n').next().unwrap_or("");
        let lead = line.trim_end_matches(|c: char| {
            " \t>#([<-".contains(c) || super::quotes::OPENING.contains(&c)
        });
        let lower = lead.to_ascii_lowercase();
        let after_reply = lead.len() >= 3
            && lead.as_bytes()[lead.len() - 3..].iter().all(u8::is_ascii_digit)
            && !lead[..lead.len() - 3].ends_with(|c: char| c.is_alphanumeric());
        // `dsn=` is a Postfix log line's field for the status code.
        let field = lower.ends_with("status:") || lower.ends_with("dsn=");
        if lead.trim().is_empty() || line.ends_with('#') || after_reply || field {
            return true;
        }
    }
    !found
}

/// Lowercase fragments of failure wording, which make a status code
/// anywhere in the text read as reported: `Delivery failed: 5.1.1`,
/// `Address rejected (5.1.1)`. .NET's `SmtpException` writes "The server
/// response was:" only before a refusal, and drops the reply code.
pub(super) const FAILURE_WORDS: &[&str] = &[
    "server response was",
    "fail",
    "reject",
    "refuse",
    "denied",
    "unknown",
    "not found",
    "blocked",
    "bounce",
    "undeliver",
    "not delivered",
    "error",
];

/// True when `section` uses failure wording (see [`FAILURE_WORDS`]).
pub(super) fn has_failure_wording(section: &str) -> bool {
    let lower = section.to_lowercase();
    FAILURE_WORDS.iter().any(|w| lower.contains(w))
}
