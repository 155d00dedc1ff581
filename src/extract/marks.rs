//! The marks that tell a bounce from an ordinary message: a DSN part, a
//! mail-system sender, a bounce subject or wording, and a Postfix record.
//! Whether a reply code reads as a mail server's is in `reply_like`.

use super::bounce_words::{has_bounce_words, BOUNCE_SUBJECTS};
use super::described::describes_reply;
use super::reason_line::reason_after_opening;
use super::recounted::{is_recounted, is_set_off, recounts_past};
use super::reply_like::{is_reply_like, reads_as_smtp_reply, FAILURE_WORDS};
use super::reply_table::{is_reply_table, rule_replies, table_replies};
use super::rule::states_rule;
use super::unknown_recipient_line::has_unknown_recipient_line;
use super::{generic, mta, quotes, section, Failure};
use crate::input::Decoded;

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

/// True when the words after a mentioned reply's codes are the reply's
/// own: the reply is quoted, or it is recounted rather than stated in a
/// rule or described in the writer's words (`a 550 5.1.1 means the
/// recipient does not exist; a 452 4.2.2 means ...`).
fn keeps_own_words(failure: &Failure, section: &str) -> bool {
    let quoted = section
        .find(failure.diagnostic.as_str())
        .is_some_and(|at| quotes::opening_at_end(&section[..at]).is_some());
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
    let quote = quotes::opening_at_end(&section[..at]);
    up_to_quote_or_sentence_end(words, quote).to_string()
}

/// Cuts `words` at the quote mark that closes `quote`, or else at the end
/// of the first sentence.
fn up_to_quote_or_sentence_end(words: &str, quote: Option<char>) -> &str {
    if let Some(end) = quote.map(quotes::closing_for).and_then(|c| words.find(c)) {
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
/// Exchange and Microsoft 365 send their generated messages from the
/// Microsoft Exchange recipient, whose address opens with this fixed name
/// at each accepted domain
/// (<http://www.1ask2.com/ex2007/Postmaster.html>, read 2026-12-05): its
/// display name, "Microsoft Outlook", could be anyone's.
const SYSTEM_SENDERS: &[&str] = &[
    "mailer-daemon",
    "postmaster",
    "mail delivery",
    "microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@",
];

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
    // Microsoft 365 sends its non-delivery reports from a system mailbox
    // that names no mail system. Sisimai's Office365 reader
    // (github.com/sisimai/go-sisimai, `lhost`) takes this field as their mark.
    if family.is_some() || decoded.header("X-MS-Exchange-Message-Is-Ndr").is_some() {
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
    has_bounce_words(&lower)
        || has_postfix_recipient_failure(&lower)
        || has_unknown_recipient_line(&lower)
}

/// True when the only mark of a bounce in pasted text is its wording
/// ("delivery failed", "returned mail"): no MTA family, no From field, no
/// bounce subject, no DSN and no recipient line that states the failure
/// (Postfix's record, or an unknown-user line). Such words also
/// occur in ordinary notices ("Delivery failed attempts: 0"), so they
/// make a failure only where they speak of the recipient.
pub(super) fn bounce_by_words_only(decoded: &Decoded, family: Option<&str>, section: &str) -> bool {
    let lower = section.to_lowercase();
    family.is_none()
        && decoded.header("From").is_none()
        && decoded.header("Subject").is_none()
        && decoded.dsn.is_none()
        && !has_postfix_recipient_failure(&lower)
        && !has_unknown_recipient_line(&lower)
        && has_bounce_words(&lower)
}

/// Lowercase fragments of what Postfix writes after `<address>: ` when it
/// could not deliver without any reply from the receiver: `connect to
/// mx[ip]:25: Connection refused`, `Host or domain name not found`,
/// `conversation with ... timed out`, `mail for ... loops back to myself`.
/// The others come from Postfix's source: a null MX (dns_lookup.c), the
/// receiver's SIZE limit (smtp_proto.c), an unmet TLS policy
/// (smtp_proto.c), a message that needs SMTPUTF8 from a receiver that
/// does not offer it (as Postfix logs quote it), local(8)'s failed mailbox write (local/mailbox.c) and
/// a delivery program that local(8) or pipe(8) ran and that exited with
/// an error, was killed or ran too long (global/pipe_command.c).
const POSTFIX_FAILURE_WORDS: &[&str] = &[
    "connect to ",
    "connection refused",
    "timed out",
    "lost connection",
    "host or domain name not found",
    "name service error",
    "loops back to myself",
    "mail forwarding loop for ",
    "delivery temporarily suspended",
    "said:",
    "does not accept mail (nullmx)",
    "exceeds size limit",
    "tls is required, but",
    "smtputf8 is required, but",
    "server certificate not",
    "cannot start tls",
    "cannot update mailbox",
    "command died with",
    "command time limit exceeded",
];

/// Wrapped lines of a Postfix record read for its failure wording. The
/// words sit near the top, and the bound keeps odd input linear.
const MAX_RECORD_LINES: usize = 20;

/// True when a line opens with a recipient in angle brackets and a colon,
/// as Postfix writes each failed recipient, perhaps with the alias it was
/// expanded from (`<bob@example.net> (expanded from <support@example.com>):`),
/// and its record goes on with failure wording. Such a record pasted on its
/// own may carry no reply code. The record takes in the lines indented
/// below it, because Postfix wraps a long record there: before `said:`
/// when the host's name is long, and even inside the alias's brackets.
pub(super) fn has_postfix_recipient_failure(lower: &str) -> bool {
    let lines: Vec<&str> = lower.lines().collect();
    lines.iter().enumerate().any(|(i, line)| {
        let opens = line.trim_start().starts_with('<') && line.contains('@');
        if !opens {
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
        let record = std::iter::once(line.trim()).chain(wrapped).collect::<Vec<_>>().join(" ");
        let Some(text) = reason_after_opening(&record) else {
            return false;
        };
        POSTFIX_FAILURE_WORDS.iter().any(|w| text.contains(w))
            || FAILURE_WORDS.iter().any(|w| text.contains(w))
    })
}
