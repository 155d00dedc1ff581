//! Notes for codes the text contradicts.
//!
//! Receivers and relays do write misleading codes: a 5.1.1 over a
//! rate-limit message, a Postfix 4.0.0 over a 554 refusal at the
//! greeting. The reason follows the receiver's words; these notes tell
//! the reader which code not to trust and why.

use super::decide::{Basis, Decision};
use super::helo;
use super::matcher::normalise;
use super::reasons::SPF_TEMPERROR;
use super::status;
use crate::reason::Reason;
use crate::report::Note;
use crate::smtp;

/// Returns the status-code subjects (the middle digit, RFC 3463 section
/// 3) under which a reason is at home. A status code from another subject
/// contradicts the text rather than refining it: "5.1.1 too many
/// recipients this hour" is a rate limit under an addressing code.
fn compatible_subjects(reason: Reason) -> &'static [char] {
    use Reason::*;
    match reason {
        UserUnknown | HasMoved => &['1'],
        HostUnknown => &['1', '4'],
        MailboxFull => &['2', '3'],
        Suspend => &['2', '7'],
        Filtered => &['2', '7'],
        MesgTooBig | ExceedLimit => &['2', '3', '7'],
        Speeding | TooManyConn => &['4', '5', '7'],
        Rejected => &['1', '7'],
        Blocked | BadReputation | SpamDetected | VirusDetected | PolicyViolation
        | SecurityError | AuthFailure | RequirePtr | NoRelaying => &['7'],
        ContentError | NotCompliantRfc => &['6', '7'],
        Expired | NetworkError => &['4'],
        SystemError | SystemFull => &['3', '4', '5'],
        NotAccept => &['1', '3', '4', '7'],
        SyntaxError => &['5'],
        // A local program's failure, or no failure at all, can come with
        // any code.
        _ => &['0', '1', '2', '3', '4', '5', '6', '7'],
    }
}

/// Notes on the codes of one failure, given the decision that picked the
/// reason from the text. `diagnostic` is the receiver's message.
pub fn notes(
    decision: &Decision,
    status: Option<&str>,
    reply: Option<&str>,
    diagnostic: &str,
) -> Vec<Note> {
    // Under a sending server's delay or expiry code, the remote reply's
    // own status is the one its words must fit.
    let own = wrapped_reply(status, reply, diagnostic).map(|remote| remote.status);
    let judged = match own {
        Some(remote_status) => remote_status,
        None => status.map(str::to_string),
    };
    let mut found: Vec<Note> =
        misleading_status(decision, judged.as_deref(), diagnostic).into_iter().collect();
    found.extend(code_notes(status, reply, diagnostic));
    found
}

/// Notes on the codes alone, whatever decided the reason: a reply code
/// and status code of different classes, or a sending server's own delay
/// or expiry code over the remote server's reply.
pub fn code_notes(status: Option<&str>, reply: Option<&str>, diagnostic: &str) -> Vec<Note> {
    class_mismatch(status, reply)
        .into_iter()
        .chain(wrapper_note(status, reply, diagnostic))
        .collect()
}

/// Explains a card whose codes are the sending server's X.4.7 verdict
/// (Exchange's `400 4.4.7 Message delayed`) while its message is the
/// remote server's reply, which carries other codes.
fn wrapper_note(status: Option<&str>, reply: Option<&str>, diagnostic: &str) -> Option<Note> {
    let remote = wrapped_reply(status, reply, diagnostic)?;
    let own_codes: Vec<&str> = [reply, status].into_iter().flatten().collect();
    let own_codes = own_codes.join(" ");
    let class = reply.or(status)?.chars().next()?;
    let verdict = match class {
        '4' => "its delay code, which means the message is still queued and will be tried again",
        _ => "its expiry code, which means it stopped retrying because the message stayed queued too long",
    };
    Some(Note::info(format!(
        "The codes {own_codes} come from the sending server, not the remote one. They are {verdict}. \
         The remote server's own reply, {}, names the cause, and this explanation \
         follows that reply.",
        remote.codes
    )))
}

/// True when `wrapper_note` applies with a delay code (4xx), so the card
/// already states that the message is still queued and will be retried.
pub fn notes_wrapper_delay(status: Option<&str>, reply: Option<&str>, diagnostic: &str) -> bool {
    let delay = reply.or(status).is_some_and(|code| code.starts_with('4'));
    delay && wrapped_reply(status, reply, diagnostic).is_some()
}

/// The codes a remote reply gives itself, under a sending server's own
/// delay or expiry code.
struct WrappedReply {
    /// Reply code and status code as the reply writes them (`451 4.7.1`).
    codes: String,
    status: Option<String>,
}

/// Returns the codes of the reply in `diagnostic` when the failure's
/// status is an X.4.7 ("delivery time expired") code and the reply gives
/// a different reply or status code of its own. X.4.7 means the message
/// stayed queued too long (RFC 3463), which the server holding it decides,
/// so the two sets of codes come from different servers and do not
/// contradict each other.
fn wrapped_reply(
    status: Option<&str>,
    reply: Option<&str>,
    diagnostic: &str,
) -> Option<WrappedReply> {
    let status_code = status?;
    if !status_code.ends_with(".4.7") || smtp::reply_start(diagnostic) != Some(0) {
        return None;
    }
    let own = smtp::find_codes(diagnostic);
    let own_reply = own.reply?;
    let differs = reply != Some(own_reply.as_str())
        || own.status.as_deref().is_some_and(|s| s != status_code);
    if !differs {
        return None;
    }
    let codes = match &own.status {
        Some(s) => format!("{own_reply} {s}"),
        None => own_reply,
    };
    Some(WrappedReply { codes, status: own.status })
}

/// Warns when a phrase decided the reason and the status code's subject
/// does not fit it.
fn misleading_status(decision: &Decision, status: Option<&str>, diagnostic: &str) -> Option<Note> {
    let Basis::Phrase(_) = decision.basis else { return None };
    let code = status?;
    let subject = status::subject(code)?;
    // "Other or undefined" codes (X.Y.0) are vague, not misleading.
    if code.ends_with(".0") || compatible_subjects(decision.reason).contains(&subject) {
        return None;
    }
    // A rejected HELO name is a protocol fault, so Postfix's 5.5.2 (syntax
    // error) over "Helo command rejected" fits it.
    let helo_refusal =
        decision.reason == Reason::Blocked && helo::rejects_helo_name(&normalise(diagnostic));
    if subject == '5' && helo_refusal {
        return None;
    }
    // An SPF check that could not finish is still a security check, so a
    // 4.7.x over an SPF temperror fits it.
    let spf_temperror =
        decision.reason == Reason::SystemError && SPF_TEMPERROR.matches(&normalise(diagnostic));
    if subject == '7' && spf_temperror {
        return None;
    }
    let title = status::title(code).map(|t| format!(" (\"{t}\")")).unwrap_or_default();
    Some(Note::warning(format!(
        "The status code {code}{title} does not fit the receiver's text, \
         which points to {}. The code is misleading here, so this \
         explanation follows the text.",
        describe(decision.reason),
    )))
}

/// Notes a reply code and a status code of different classes. A 4xx or
/// 5xx reply is never "delivered" (see `decide`), so a 2.x.x status with
/// it is a contradiction, and so is a 2xx reply with a failure status.
/// A class-only 4.0.0 over a 5xx reply gets its own note, because Postfix
/// writes it when the refusal came at the greeting. Other 4 and 5 pairs
/// get none: an expiry bounce's 4.4.7 or 5.4.7 over the last reply is
/// the sending server's verdict, not a contradiction. The note applies
/// whatever decided the reason.
pub fn class_mismatch(status: Option<&str>, reply: Option<&str>) -> Option<Note> {
    let (code, reply) = (status?, reply?);
    let status_class = code.chars().next()?;
    let reply_class = reply.chars().next()?;
    if status_class == reply_class {
        return None;
    }
    let note = match (status_class, reply_class) {
        ('4', '5') if code.ends_with(".0.0") => Note::info(format!(
            "The bounce gives status {code}, a temporary code, but the receiving \
             server answered {reply}, a permanent refusal. Postfix writes {code} \
             when the refusal came before any recipient was tried, so the \
             receiver's {reply} is what counts."
        )),
        ('2', '4' | '5') => Note::warning(format!(
            "The status {code} means success, but the receiving server answered \
             {reply}, a refusal. The two codes contradict each other, so this \
             explanation follows the reply code: the message was not delivered."
        )),
        ('4' | '5', '2') => Note::warning(format!(
            "The receiving server answered {reply}, which means success, but the \
             status {code} reports a failure. The two codes contradict each other, \
             so this explanation treats the message as not delivered. The sending \
             server's log shows what happened."
        )),
        _ => return None,
    };
    Some(note)
}

/// Returns a warning when a DSN record's Action field contradicts its
/// Status field (RFC 3464 section 2.3.3): `delayed` under a permanent 5.x.x
/// status, or `delivered`, `relayed` or `expanded` under a 4.x.x or 5.x.x
/// failure. The explanation follows the action, and the note names the conflict.
/// A `failed` action under a 4.x.x status is no contradiction: the sending
/// server gave up after temporary replies.
pub fn action_mismatch(action: Option<&str>, status: Option<&str>) -> Option<Note> {
    let (action, code) = (action?, status?);
    let class = code.chars().next()?;
    let message = match (action, class) {
        ("delayed", '5') => format!(
            "This record says delayed, so the sending server is still trying, but its status \
             {code} is a permanent failure. The two fields contradict each other. If a final \
             failure notice follows, expect it to give the same cause, and fix that cause \
             rather than wait."
        ),
        ("delivered" | "relayed" | "expanded", '4' | '5') => format!(
            "This record says {action}, but its status {code} reports a failure. The two \
             fields contradict each other, so check with the recipient whether the message \
             arrived before acting on it."
        ),
        _ => return None,
    };
    Some(Note::warning(message))
}

/// Describes a reason in a few words, for use inside a sentence.
fn describe(reason: Reason) -> &'static str {
    use Reason::*;
    match reason {
        UserUnknown => "an unknown recipient address",
        HostUnknown => "an unknown recipient domain",
        HasMoved => "a mailbox that has moved",
        MailboxFull => "a full mailbox",
        Suspend => "a disabled or suspended mailbox",
        Filtered => "a mailbox that refuses this sender",
        MesgTooBig => "a message that is too big",
        ExceedLimit => "a message over the recipient's size limit",
        Speeding => "sending too fast",
        TooManyConn => "too many connections or recipients at once",
        Blocked => "a blocked sending server",
        BadReputation => "a sending server with a poor reputation",
        SpamDetected => "a message judged to be spam",
        VirusDetected => "a message carrying malware",
        PolicyViolation => "a breach of the receiver's policy",
        SecurityError => "a security or authorisation failure",
        AuthFailure => "failed SPF, DKIM or DMARC checks",
        RequirePtr => "a sending IP without reverse DNS",
        Rejected => "a refused envelope sender",
        NoRelaying => "relaying refused",
        ContentError => "malformed message content",
        NotCompliantRfc => "a message that breaks RFC 5322",
        Expired => "delivery that timed out",
        NetworkError => "a network or DNS problem",
        SystemError => "an internal error at the receiver",
        SystemFull => "a receiving server out of disk space",
        NotAccept => "a domain that accepts no mail",
        MailerError => "a failed local delivery program",
        SyntaxError => "an SMTP command the server did not understand",
        Suppressed => "an address on the sending service's suppression list",
        _ => reason.name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contradicting_status_noted() {
        let decision = Decision { reason: Reason::TooManyConn, basis: Basis::Phrase("x") };
        let notes = notes(&decision, Some("5.1.1"), Some("550"), "");
        assert_eq!(notes.len(), 1);
        assert!(notes[0].message.contains("5.1.1"), "{}", notes[0].message);
        assert!(
            notes[0].message.contains("Bad destination mailbox address"),
            "{}",
            notes[0].message
        );
    }

    #[test]
    fn refining_status_not_noted() {
        let decision = Decision { reason: Reason::SpamDetected, basis: Basis::Phrase("x") };
        assert!(notes(&decision, Some("5.7.1"), Some("550"), "").is_empty());
        let decision = Decision { reason: Reason::Suspend, basis: Basis::Phrase("x") };
        assert!(notes(&decision, Some("5.2.1"), Some("550"), "").is_empty());
        let decision = Decision { reason: Reason::NetworkError, basis: Basis::Phrase("x") };
        assert!(notes(&decision, Some("5.4.4"), None, "").is_empty());
        let decision = Decision { reason: Reason::MailboxFull, basis: Basis::Phrase("x") };
        assert!(notes(&decision, Some("5.0.0"), Some("552"), "").is_empty());
        let decision = Decision { reason: Reason::UserUnknown, basis: Basis::Phrase("x") };
        assert!(notes(&decision, Some("5.5.0"), Some("550"), "").is_empty());
    }

    #[test]
    fn status_alone_not_noted() {
        let decision = Decision { reason: Reason::UserUnknown, basis: Basis::Status };
        assert!(notes(&decision, Some("5.2.1"), Some("550"), "").is_empty());
    }

    #[test]
    fn temporary_status_over_permanent_reply() {
        let decision = Decision { reason: Reason::Blocked, basis: Basis::Phrase("x") };
        let found = notes(&decision, Some("4.0.0"), Some("554"), "");
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("554"));
        // A specific 4.x.x inside the receiver's own 554 reply is not
        // Postfix's class-only code.
        let decision = Decision { reason: Reason::Expired, basis: Basis::Phrase("x") };
        assert!(notes(&decision, Some("4.4.7"), Some("554"), "").is_empty());
    }

    #[test]
    fn wrapper_status_explained_not_misleading() {
        let decision = Decision { reason: Reason::Blocked, basis: Basis::Phrase("x") };
        let remote = "451 4.7.1 Client host [203.0.113.30] temporarily blocked";
        let found = notes(&decision, Some("4.4.7"), Some("400"), remote);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].level, crate::report::NoteLevel::Info);
        assert!(found[0].message.contains("400 4.4.7"), "{}", found[0].message);
        assert!(found[0].message.contains("451 4.7.1"), "{}", found[0].message);
        assert!(!found[0].message.contains("misleading"), "{}", found[0].message);
    }

    #[test]
    fn wrapped_reply_own_mismatch_noted() {
        // The remote reply's own 4.1.1 contradicts its rate-limit words.
        let decision = Decision { reason: Reason::Speeding, basis: Basis::Phrase("x") };
        let remote = "450 4.1.1 Too many messages from this sender, slow down";
        let found = notes(&decision, Some("5.4.7"), Some("550"), remote);
        assert!(
            found.iter().any(|n| n.message.contains("4.1.1") && n.message.contains("misleading")),
            "{found:?}"
        );
        assert!(found.iter().any(|n| n.message.contains("550 5.4.7")), "{found:?}");
    }

    #[test]
    fn single_expiry_reply_mismatch_noted() {
        // One reply whose own 4.4.7 sits over mailbox-full words.
        let decision = Decision { reason: Reason::MailboxFull, basis: Basis::Phrase("x") };
        let reply = "452 4.4.7 Mailbox full";
        let found = notes(&decision, Some("4.4.7"), Some("452"), reply);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("misleading"), "{}", found[0].message);
    }
}
