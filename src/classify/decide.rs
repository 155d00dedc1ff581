//! Picks the reason from the diagnostic text, the enhanced status code,
//! the reply code, the SMTP command and the DSN action.
//!
//! The phrase tables are read in two passes, in the order Sisimai uses.
//! The first lets each reason weigh status, command and text together.
//! The second reads the text alone when the status code is missing or
//! loose, because a 5.7.1 can mean spam, relaying or a policy. Then the
//! codes and the command decide what the text did not.

use super::client_wrapper;
use super::first_pass::Probe;
use super::matcher::normalise;
use super::mta_hints;
use super::provider_reasons;
use super::reasons::{self, FIRST_PASS, SECOND_PASS};
use super::status;
use crate::knowledge::reply_codes;
use crate::reason::Reason;
use crate::smtp;

/// The facts about one failure the decision reads.
#[derive(Debug, Default, Clone)]
pub struct Facts<'a> {
    /// The receiver's reply or the bounce's diagnostic, as extracted.
    pub text: &'a str,
    /// Enhanced status code (`5.1.1`).
    pub status: Option<&'a str>,
    /// Three-digit reply code (`550`).
    pub reply: Option<&'a str>,
    /// The SMTP command the reply responds to, uppercase (`RCPT`).
    pub command: Option<&'a str>,
    /// RFC 3464 action, lowercase (`failed`, `delayed`).
    pub action: Option<&'a str>,
    /// The receiving host (Remote-MTA, or the host that "said" the reply).
    pub remote_host: Option<&'a str>,
    /// The MTA family that wrote the bounce (`qmail`, `postfix`), which
    /// implies the SMTP stage when the bounce does not name the command.
    pub mta: Option<&'a str>,
    /// True when the input was reply lines or NDR text pasted on their
    /// own rather than a whole bounce email.
    pub pasted: bool,
    /// True when the failure was read from a sending service's JSON record.
    pub record: bool,
    /// The DSN's diagnostic-type, lowercase (`smtp`, `x-unix`).
    pub diagnostic_type: Option<&'a str>,
}

/// The evidence that decided the reason, kept for notes and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// A phrase in the text; the fragment that matched.
    Phrase(&'static str),
    /// The enhanced status code alone.
    Status,
    /// The reply code alone.
    Reply,
    /// The SMTP command the reply responds to.
    Command,
    /// The DSN action (`delayed`, `delivered`).
    Action,
    /// A receiver's own code or habit (Orange's `OFR_999`).
    Provider,
    /// The bounce format: an MTA family whose reports mean one thing.
    Format,
    /// Nothing specific: text without a known phrase, or no text.
    Fallback,
}

/// The reason and what decided it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    /// The reason.
    pub reason: Reason,
    /// The evidence that decided it.
    pub basis: Basis,
}

impl Decision {
    fn new(reason: Reason, basis: Basis) -> Self {
        Decision { reason, basis }
    }
}

/// Decides the reason for one failure.
pub fn decide(facts: &Facts) -> Decision {
    let decision = decide_codes_and_text(facts);
    if decision.reason == Reason::Expired && is_live_timeout(facts, decision.basis) {
        return Decision::new(Reason::NetworkError, decision.basis);
    }
    if is_media_content_rejection(facts, decision) {
        return Decision::new(Reason::ContentError, Basis::Status);
    }
    decision
}

/// True when the spam verdict rests only on "message content rejected"
/// and the status code is a X.6.x one (RFC 3463: media and content). That
/// phrase names no spam: Barracuda writes it with 5.7.1 and "UBE" for
/// spam, but under 5.6.x the server objects to the message's content or
/// format, such as an attachment type.
fn is_media_content_rejection(facts: &Facts, decision: Decision) -> bool {
    let status = preferred_status(facts.status, facts.text);
    decision.basis == Basis::Phrase("message content rejected")
        && status.as_deref().and_then(status::subject) == Some('6')
}

/// True when a timed-out connection is a receiving server's temporary
/// reply pasted on its own, not the sending server's final report. In a
/// bounce, "Connection timed out" (and 4.4.1, "No answer from host") is
/// the last error before the queue lifetime ran out, which is why the
/// expiry table lists it; a 4xx reply line that nobody gave up on only
/// states a network failure, and the sending server retries. So does
/// pasted text with no code, such as Postfix's `delivery temporarily
/// suspended: connect to ...: Connection timed out`. A final bounce may
/// quote that line too, but on its own it states no final failure, so it
/// is read as a reply pasted on its own is, and so is a delayed entry's
/// code-less time-out.
fn is_live_timeout(facts: &Facts, basis: Basis) -> bool {
    let timeout = match basis {
        Basis::Phrase(hit) => hit == "connection timed out",
        Basis::Status => preferred_status(facts.status, facts.text).as_deref() == Some("4.4.1"),
        _ => false,
    };
    let uncoded = facts.reply.is_none() && facts.status.is_none();
    let live_reply = facts.pasted
        && facts.action.is_none()
        && (uncoded || facts.reply.is_some_and(|r| r.starts_with('4')));
    // A queue listing's delayed entry quotes the latest attempt's error
    // with no code, so its time-out is not the last before the queue
    // lifetime ran out. A delay notice's 4.4.1 status still reads as the
    // expiry it warns of.
    let live_reply = live_reply || (uncoded && facts.action == Some("delayed"));
    // The text may still state the expiry in other words ("Message
    // expired ... <421 4.4.2 Connection timed out>").
    let rest = normalise(bounded(facts.text)).replace("connection timed out", "");
    timeout && live_reply && !reasons::EXPIRED.matches(&rest)
}

fn decide_codes_and_text(facts: &Facts) -> Decision {
    // A mail library's label around the reply is not the receiver's word.
    let text = normalise(bounded(facts.text));
    let text = client_wrapper::without_wrappers(&text).into_owned();
    let reply: Option<u16> = facts.reply.and_then(|r| r.parse().ok());
    // One rule for a reply code and a status code that disagree: a 4xx or
    // 5xx reply means the receiver refused, so the message is never
    // "delivered", whatever a 2.x.x status or the action states. The 2.x.x
    // status is then dropped and the reply and text decide, and
    // `judge::class_mismatch` notes the contradiction. A 2xx reply with a
    // 4.x.x or 5.x.x status stays a failure, because the status names one.
    let refused = reply.is_some_and(|code| code >= 400);
    let status =
        preferred_status(facts.status, facts.text).filter(|s| !(refused && s.starts_with("2.")));
    let status = status.as_deref();
    // A vague 4.7.1 deferral leaves the reason to the text alone.
    let vague_deferral = status::is_vague_deferral(status, reply, &text);
    let command = facts.command.unwrap_or_else(|| mta_hints::implied_command(facts.mta));
    // X.1.0 states that an address caused the failure, not whose. A reply to
    // MAIL FROM comes before any recipient is named, and beside policy
    // words the refusal is of the sender (Forpsi's "550 5.1.0 Policy
    // violation" when it stops a customer's outgoing mail), so neither
    // reads as an unknown recipient.
    let other_address = status.is_some_and(status::is_other_address);
    let policy = other_address.then(|| reasons::POLICY_WORDS.find(&text)).flatten();
    let sender_refused = other_address && (command == "MAIL" || policy.is_some());
    let by_status =
        status.and_then(status::reason_for).filter(|_| !vague_deferral && !sender_refused);
    // A reply pasted on its own from no recognised MTA is most often the
    // refusal of a recipient, which matters only for reading an
    // unknown-user phrase: filters and spam checks keep their own rules.
    // A local delivery program (X-Unix) reports on the mailbox itself,
    // as a reply to RCPT would, and so does Postfix in its own words
    // (X-Postfix: `unknown user: "ana"` from local(8)).
    let local = matches!(facts.diagnostic_type, Some("x-unix" | "x-postfix"));
    // A sending service's JSON record logs the receiver's reply to one
    // recipient without the command; it is read as a pasted reply is.
    let unplaced = facts.command.is_none() && (facts.mta.is_none() && facts.pasted || facts.record);
    let assume_rcpt = unplaced || local;
    let action = facts.action.unwrap_or("");

    if !refused && (action == "delivered" || status.is_some_and(|s| s.starts_with("2."))) {
        return Decision::new(Reason::Delivered, Basis::Action);
    }

    // A local delivery program's own report contains no SMTP reply, so
    // the SMTP-centred first pass would misread it ("procmail: ... No
    // such user" is the program failing, not an unknown address).
    if let Some(hit) = reasons::MAILER_ERROR.find(&text) {
        // Output that Postfix's pipe(8) quotes from a program and that
        // names a full mailbox (maildrop's "maildir over quota", Dovecot's
        // "Quota exceeded") reports on the mailbox. Procmail's own "Quota
        // exceeded while writing" is the program's failure, so it stays a
        // mailer error.
        let output = text.find("command output:").map(|at| &text[at..]);
        if let Some(full) = output.and_then(|output| reasons::MAILBOX_FULL.find(output)) {
            return Decision::new(Reason::MailboxFull, Basis::Phrase(full));
        }
        return Decision::new(Reason::MailerError, Basis::Phrase(hit));
    }

    let host = facts.remote_host.unwrap_or("").to_ascii_lowercase();
    if let Some(reason) = provider_reasons::reason(&text, facts.reply, status, command, &host) {
        return Decision::new(reason, Basis::Provider);
    }
    let stage = mta_hints::gmail_state(facts.mta, &text);
    if let Some(stage_reason) = stage {
        // A status code beyond the class and subject (5.2.2, not 5.7.0)
        // is more precise than the stage: "(state 14)" covers "5.2.2
        // Mailbox Full" as well as "5.1.1 User Unknown". A loose result
        // still lets the phrases below refine it.
        let precise = status.filter(|s| !s.contains(".0")).and_then(status::reason_for);
        let reason = precise.unwrap_or(stage_reason);
        if !status::is_loose(reason) {
            return Decision::new(reason, Basis::Format);
        }
    }
    for table in reasons::DECISIVE {
        if let Some(hit) = table.find(&text) {
            return Decision::new(table.reason, Basis::Phrase(hit));
        }
    }

    let probe = Probe { text: &text, by_status, reply, command, status, assume_rcpt };
    for reason in FIRST_PASS {
        if let Some(basis) = probe.first_pass(*reason) {
            return Decision::new(*reason, basis);
        }
    }

    if by_status.is_none_or(status::is_loose) {
        for reason in SECOND_PASS {
            if let Some(hit) = reasons::find(*reason, &text) {
                return Decision::new(*reason, Basis::Phrase(hit));
            }
        }
    }
    if let Some(hit) = policy {
        return Decision::new(Reason::PolicyViolation, Basis::Phrase(hit));
    }
    // A permanent refusal of MAIL FROM that names no other cause refused
    // the envelope sender: qmail's "Connected to ... but sender was
    // rejected. Remote host said: 550 5.7.1 ... Access denied".
    let vague = matches!(by_status, None | Some(Reason::SecurityError));
    if command == "MAIL" && vague && reply.is_some_and(|r| r / 100 == 5) {
        return Decision::new(Reason::Rejected, Basis::Command);
    }
    if vague_deferral {
        return Decision::new(Reason::OnHold, Basis::Fallback);
    }
    // RFC 5321's own text for the reply code (`501 Syntax error in
    // parameters or arguments`) states the code's meaning, which is more
    // precise than a loose status code such as 5.5.4.
    let textbook = facts.reply.and_then(|r| reply_codes::textbook_reason(r, facts.text));
    if let Some(reason) = textbook.filter(|_| by_status.is_none_or(status::is_loose)) {
        return Decision::new(reason, Basis::Reply);
    }
    if let Some(reason) = by_status {
        return Decision::new(reason, Basis::Status);
    }
    match status.and_then(status::subject) {
        Some('6') => return Decision::new(Reason::ContentError, Basis::Status),
        Some('7') => return Decision::new(Reason::SecurityError, Basis::Status),
        _ => {}
    }
    // A provider's summary sentence, pasted without the reply below it,
    // is the only cause stated. A code or phrase above takes precedence.
    if reply.is_none() && status.is_none() {
        for table in reasons::SUMMARIES {
            if let Some(hit) = table.find(&text) {
                return Decision::new(table.reason, Basis::Phrase(hit));
            }
        }
    }
    // Postfix and Sendmail type a local delivery program's failure (pipe,
    // local mailbox, procmail) as X-Unix. With no cause in its text or
    // status code, the program itself failed.
    if facts.diagnostic_type == Some("x-unix") {
        return Decision::new(Reason::MailerError, Basis::Format);
    }
    if reply.is_some_and(status::is_syntax_reply) {
        return Decision::new(Reason::SyntaxError, Basis::Reply);
    }
    // RFC 7504 gives 521 (this host accepts no mail) and 556 (the domain
    // accepts no mail) one meaning each. A server may send 521 as its greeting,
    // so this comes before the rule that reads a refused connection as a block.
    if matches!(reply, Some(521 | 556)) {
        return Decision::new(Reason::NotAccept, Basis::Reply);
    }
    if action == "delayed" || action == "expired" {
        return Decision::new(Reason::Expired, Basis::Action);
    }
    if matches!(command, "CONN" | "EHLO" | "HELO") {
        return Decision::new(Reason::Blocked, Basis::Command);
    }
    if let Some(reason) = stage.or_else(|| mta_hints::default_reason(facts.mta)) {
        return Decision::new(reason, Basis::Format);
    }
    if let Some(hit) = reasons::VACATION.find(&text) {
        return Decision::new(Reason::Vacation, Basis::Phrase(hit));
    }
    // Text with no reply code that is only the MTA's preamble states no
    // cause, which is not the same as a cause this tool cannot read.
    let preamble_only = reply.is_none() && reasons::NDR_PREAMBLE.matches(&text);
    let reason = if text.is_empty() || preamble_only { Reason::Undefined } else { Reason::OnHold };
    Decision::new(reason, Basis::Fallback)
}

/// The most of a diagnostic the phrase tables read, in bytes. Real
/// replies, even multi-line ones with a transcript, stay far below it;
/// the bound keeps a hostile paste from costing a full table scan per
/// megabyte.
const MAX_TEXT: usize = 16 * 1024;

/// Cuts `text` to [`MAX_TEXT`] bytes at a character boundary.
fn bounded(text: &str) -> &str {
    crate::input::head(text, MAX_TEXT)
}

/// Picks the status code to read: the bounce's own, unless it gives only
/// the class (`5.0.0`) or is missing and the receiver's reply carries a
/// specific one. Postfix and Courier write 5.0.0 over "550 5.1.1 ...".
pub(super) fn preferred_status(status: Option<&str>, text: &str) -> Option<String> {
    let status = status.filter(|s| !s.is_empty());
    if let Some(code) = status.filter(|s| !s.ends_with(".0.0")) {
        return Some(code.to_string());
    }
    match smtp::find_status(text).filter(|s| smtp::is_valid_status(s)) {
        Some(found) if !found.ends_with(".0.0") => Some(found),
        _ => status.map(str::to_string),
    }
}
