//! The marks that tell a bounce from an ordinary message: a DSN part, a
//! mail-system sender, a bounce subject or wording, and reply codes that
//! read as an SMTP session's rather than as numbers in prose.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::bounce_words::{has_bounce_words, BOUNCE_SUBJECTS};
use super::described::describes_reply;
use super::recounted::{
    continues_sentence, is_copied_into_sentence, is_recounted, is_set_off, recounts_past,
};
use super::reply_table::{is_reply_table, rule_replies, table_replies};
use super::rule::states_rule;
use super::{generic, mta, section, Failure};
use crate::input::Decoded;
use crate::knowledge::reply_codes;

/// True when an email carries the marks of a bounce: a DSN part, a report
/// content type, a mail-system sender, a bounce subject or wording. When
/// such an email yields no failure, it could not be read; it is not an
/// ordinary message.
pub fn has_bounce_marks(decoded: &Decoded) -> bool {
    let content_type = decoded.header("Content-Type").unwrap_or("").to_ascii_lowercase();
    decoded.dsn.is_some()
        || decoded.nested.is_some()
        || content_type.contains("report-type=delivery-status")
        || looks_like_bounce(decoded, mta::detect(decoded), section::error_section(&decoded.body))
}

/// Returns the reply that a person's email or pasted prose recounts inside
/// its sentences (`came back with "550 5.1.1 user unknown"`) or states in a
/// rule (`will reject mail with 550 5.7.1 if SPF fails`), with its codes
/// and its words as the diagnostic. The extract stage does not take such a
/// reply for a report of a failure. A rule's further replies, and every
/// reply of a reference list (`Mailbox full: 452 4.2.2 Over quota`), carry
/// their codes only. Empty when the email is a bounce or mentions no reply
/// that names a cause.
pub fn mentioned_reply(decoded: &Decoded) -> Vec<Failure> {
    let family = mta::detect(decoded);
    let report = section::error_section(&decoded.body);
    let unquoted = section::unquote(report);
    let section = unquoted.as_ref();
    if is_reply_table(decoded, family, section) {
        return table_replies(section)
            .unwrap_or_default()
            .iter()
            .map(|codes| coded_reply(codes))
            .collect();
    }
    let person = decoded.header("From").is_some() && decoded.dsn.is_none();
    let pasted = bounce_by_words_only(decoded, family, section);
    let bounce = looks_like_bounce(decoded, family, section);
    // In pasted text with no mark of a bounce (no From field, no bounce
    // words), only a reply in a sentence that states a rule or recounts a
    // past event is a mention.
    let bare = decoded.header("From").is_none() && !bounce;
    if !pasted && !bare && (!person || bounce) {
        return Vec::new();
    }
    // Only a reply code with a cause in its text goes into the note: a
    // clause number such as 5.1.1 alone is no reply. A rule that gives
    // both codes (`If SPF fails we return 550 5.7.1 to the sender`) names
    // a reply even when the words after the codes name no cause. So does
    // a question or rule whose reply code is followed by a reply's words
    // (`Why do I get "550 Access denied"?`), because those words show the
    // number is a reply code as a status code would.
    let names_cause = |f: &Failure| {
        let cause = crate::classify::names_any_reason(&crate::classify::normalise(&f.diagnostic));
        let described =
            states_rule(f, section) || recounts_past(f, section) || describes_reply(f, section);
        let reply_words = f.status.is_some() || reads_as_smtp_reply(f, section);
        f.reply.is_some() && (cause || (reply_words && described))
    };
    // A person's email gets no card for a reply that is not set off on its
    // own line. Pasted text gets none for a reply inside a sentence.
    // Neither does a reply in a sentence that states a rule.
    // A reply recounted as a past event (`returned 550 5.1.1 ... last
    // week`) is a mention in each of them.
    let recounted = |f: &Failure| {
        let mentioned = if pasted {
            is_recounted(f, section) || states_rule(f, section)
        } else if bare {
            states_rule(f, section)
        } else {
            !is_set_off(f, section)
        };
        mentioned || recounts_past(f, section) || describes_reply(f, section)
    };
    let Some(mut mentioned) = generic::scan(section)
        .into_iter()
        .find(|f| names_cause(f) && is_reply_like(f, section) && recounted(f))
    else {
        return Vec::new();
    };
    if mentioned.reply.is_none() && mentioned.status.is_none() {
        return Vec::new();
    }
    let rule = states_rule(&mentioned, section);
    if !keeps_own_words(&mentioned, section) {
        mentioned.diagnostic.clear();
    }
    mentioned.diagnostic = own_words(&mentioned.diagnostic, section);
    let mut replies = vec![mentioned];
    // A rule often gives several replies, one per case.
    if rule {
        for pair in rule_replies(section) {
            let reply = coded_reply(&pair);
            let known = replies.iter().any(|r| r.reply == reply.reply && r.status == reply.status);
            if !known {
                replies.push(reply);
            }
        }
    }
    replies
}

/// Quote marks that may open a reply quoted in prose.
const QUOTES: &[char] = &['"', '\'', '“', '‘', '`', '«'];

/// True when the words after a mentioned reply's codes are the reply's
/// own: the reply is quoted, or it is recounted rather than stated in a
/// rule or described in the writer's words (`a 550 5.1.1 means the
/// recipient does not exist; a 452 4.2.2 means ...`).
fn keeps_own_words(failure: &Failure, section: &str) -> bool {
    let quoted = section
        .find(failure.diagnostic.as_str())
        .is_some_and(|at| section[..at].trim_end().ends_with(QUOTES));
    quoted || !states_rule(failure, section)
}

/// Cuts a mentioned reply's words to those beside its code, so that the
/// note's meaning never comes from the next sentence or the next row of a
/// pasted table. The words end at the line's end when a later line
/// contains another reply code, then at the quote mark that closes the
/// reply, or else at the end of the sentence.
fn own_words(words: &str, section: &str) -> String {
    // The reply is found by its first two words (its codes), because its
    // diagnostic joins the lines that follow.
    let opening: Vec<&str> = words.split(' ').take(2).collect();
    let Some(at) = section.find(opening.join(" ").as_str()).filter(|_| !words.is_empty()) else {
        return words.to_string();
    };
    let line_end = section[at..].find('\n').map_or(section.len(), |end| at + end);
    let line = section[at..line_end].trim_end();
    let words = match crate::smtp::has_reply_code(&section[line_end..]) && words.starts_with(line) {
        true => line,
        false => words,
    };
    let quote = section[..at].trim_end().chars().last().filter(|c| QUOTES.contains(c));
    up_to_quote_or_sentence_end(words, quote).to_string()
}

/// Cuts `words` at the quote mark that closes `quote`, or else at the end
/// of the first sentence.
fn up_to_quote_or_sentence_end(words: &str, quote: Option<char>) -> &str {
    let closing = match quote {
        Some('“') => Some('”'),
        Some('‘') => Some('’'),
        Some('«') => Some('»'),
        other => other,
    };
    if let Some(end) = closing.and_then(|c| words.find(c)) {
        return words[..end].trim_end();
    }
    // A sentence ends at `.`, `?` or `!` before a space. The dots inside
    // an enhanced status code (`5.1.1`) have a digit after them.
    let bytes = words.as_bytes();
    let end = (0..bytes.len().saturating_sub(1))
        .find(|&i| matches!(bytes[i], b'.' | b'?' | b'!') && bytes[i + 1].is_ascii_whitespace());
    match end {
        Some(i) => &words[..=i],
        None => words,
    }
}

/// Builds a failure that carries only the codes written as `550 5.1.1`,
/// `550` or `5.1.1`: a reply that a list or a rule names without its words.
fn coded_reply(codes: &str) -> Failure {
    let mut failure = Failure::default();
    for code in codes.split([' ', '-']).filter(|c| !c.is_empty()) {
        if code.contains('.') {
            failure.status.get_or_insert_with(|| code.to_string());
        } else {
            failure.reply.get_or_insert_with(|| code.to_string());
        }
    }
    failure
}

/// Lowercase words in a `From` field that name a mail system as sender.
const SYSTEM_SENDERS: &[&str] = &["mailer-daemon", "postmaster", "mail delivery"];

/// Subject prefixes of a person's forward or reply, lowercase, such as
/// `Fwd: Undelivered Mail Returned to Sender`: English, and German `AW`
/// and `WG`.
const FORWARD_PREFIXES: &[&str] = &["fwd:", "fw:", "re:", "aw:", "wg:"];

/// True when one header field marks its email as a bounce: a `From` that
/// names a mail system, a bounce `Subject` that is no person's forward or
/// reply of one, or the null sender `Return-Path: <>` (RFC 5321, section
/// 4.5.5).
pub fn is_bounce_field(name: &str, value: &str) -> bool {
    let value = value.trim().to_lowercase();
    match name.trim().to_ascii_lowercase().as_str() {
        "from" => SYSTEM_SENDERS.iter().any(|w| value.contains(w)),
        "subject" => {
            !FORWARD_PREFIXES.iter().any(|p| value.starts_with(p))
                && BOUNCE_SUBJECTS.iter().any(|w| value.contains(w))
        }
        "return-path" => value == "<>",
        _ => false,
    }
}

/// True when the input is a bounce even though no reply code was found,
/// so addresses in its text can be taken as failed recipients.
pub(super) fn looks_like_bounce(decoded: &Decoded, family: Option<&str>, section: &str) -> bool {
    if family.is_some() {
        return true;
    }
    let from = decoded.header("From").map(str::to_lowercase);
    if let Some(from) = &from {
        if SYSTEM_SENDERS.iter().any(|w| from.contains(w)) {
            return true;
        }
    }
    // A bounce subject from a sender that is no mail system (a
    // newsletter's "Delivery failed? Here is how to fix it") is a topic.
    if from.is_some() && decoded.dsn.is_none() && decoded.nested.is_none() {
        return false;
    }
    let subject = decoded.header("Subject").unwrap_or("").to_lowercase();
    if BOUNCE_SUBJECTS.iter().any(|w| subject.contains(w)) {
        return true;
    }
    // Prose that says "the delivery failed" (of a parcel, say) does not
    // make an email from a person, with no bounce subject, a bounce: only
    // a reply that reads as one makes it report a failure. Pasted text
    // without a From field is still read by its words.
    if from.is_some() && decoded.dsn.is_none() {
        return false;
    }
    let lower = section.to_lowercase();
    has_bounce_words(&lower) || has_postfix_recipient_failure(&lower)
}

/// True when the only mark of a bounce in pasted text is its wording
/// ("delivery failed", "returned mail"): no MTA family, no From field, no
/// bounce subject, no DSN and no Postfix recipient line. Such words also
/// occur in ordinary notices ("Delivery failed attempts: 0"), so they
/// make a failure only where they speak of the recipient.
pub(super) fn bounce_by_words_only(decoded: &Decoded, family: Option<&str>, section: &str) -> bool {
    let lower = section.to_lowercase();
    family.is_none()
        && decoded.header("From").is_none()
        && decoded.header("Subject").is_none()
        && decoded.dsn.is_none()
        && !has_postfix_recipient_failure(&lower)
        && has_bounce_words(&lower)
}

/// True when a failure found in text whose only bounce mark is its
/// wording is stated as one. It needs a reply that reads as one, or bounce
/// words in the sentence that names the recipient (Gmail's "Your message
/// wasn't delivered to bob@example.net"), or a cause the text names.
pub(super) fn states_failure(failure: &Failure, section: &str) -> bool {
    if (failure.reply.is_some() || failure.status.is_some()) && is_reply_like(failure, section) {
        return true;
    }
    let flat = section.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let in_sentence = failure.recipient.as_deref().is_some_and(|recipient| {
        let recipient = recipient.to_lowercase();
        sentences(&flat).any(|s| s.contains(&recipient) && has_bounce_words(s))
    });
    in_sentence
        || crate::classify::names_any_reason(&crate::classify::normalise(&failure.diagnostic))
}

/// Cuts flattened text at sentence ends: a full stop, `!` or `?` before a
/// space. The dots inside an address or a host name stay.
fn sentences(flat: &str) -> impl Iterator<Item = &str> {
    flat.split(". ").flat_map(|s| s.split("! ")).flat_map(|s| s.split("? "))
}

/// Lowercase fragments of what Postfix writes after `<address>: ` when it
/// could not deliver without any reply from the receiver: `connect to
/// mx[ip]:25: Connection refused`, `Host or domain name not found`,
/// `conversation with ... timed out`, `mail for ... loops back to myself`.
/// The others come from Postfix's source: a null MX (dns_lookup.c), the
/// receiver's SIZE limit (smtp_proto.c), an unmet TLS policy
/// (smtp_proto.c) and local(8)'s failed mailbox write (local/mailbox.c).
const POSTFIX_FAILURE_WORDS: &[&str] = &[
    "connect to ",
    "connection refused",
    "timed out",
    "lost connection",
    "host or domain name not found",
    "name service error",
    "loops back to myself",
    "delivery temporarily suspended",
    "said:",
    "does not accept mail (nullmx)",
    "exceeds size limit",
    "tls is required, but",
    "server certificate not",
    "cannot start tls",
    "cannot update mailbox",
];

/// Wrapped lines of a Postfix record read for its failure wording. The
/// words sit near the top, and the bound keeps odd input linear.
const MAX_RECORD_LINES: usize = 20;

/// True when a line opens with a recipient in angle brackets and a colon,
/// as Postfix writes each failed recipient, and its record goes on with
/// failure wording. Such a record pasted on its own may carry no reply
/// code. The record takes in the lines indented below it, because Postfix
/// wraps a long record there, even before `said:` when the host's name is
/// long.
pub(super) fn has_postfix_recipient_failure(lower: &str) -> bool {
    let lines: Vec<&str> = lower.lines().collect();
    lines.iter().enumerate().any(|(i, line)| {
        let Some(rest) = line.trim_start().strip_prefix('<') else {
            return false;
        };
        let Some((address, text)) = rest.split_once(">: ") else {
            return false;
        };
        let is_address = address.contains('@') && !address.contains(char::is_whitespace);
        if !is_address {
            return false;
        }
        let indent = line.len() - line.trim_start().len();
        let wrapped = lines[i + 1..]
            .iter()
            .take_while(|next| {
                !next.trim().is_empty() && next.len() - next.trim_start().len() > indent
            })
            .take(MAX_RECORD_LINES)
            .map(|next| next.trim());
        let record = std::iter::once(text).chain(wrapped).collect::<Vec<_>>().join(" ");
        POSTFIX_FAILURE_WORDS.iter().any(|w| record.contains(w))
            || FAILURE_WORDS.iter().any(|w| record.contains(w))
    })
}

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
        let line = line.trim();
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
/// quote marks or a `#`), follows a reply code (`550 5.7.1`, `550-5.7.1`),
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
        let lead = line.trim_end_matches(|c: char| " \t>#(['\"<-".contains(c));
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
/// `Address rejected (5.1.1)`.
const FAILURE_WORDS: &[&str] = &[
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

pub(super) fn has_failure_wording(section: &str) -> bool {
    let lower = section.to_lowercase();
    FAILURE_WORDS.iter().any(|w| lower.contains(w))
}
