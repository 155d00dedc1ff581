//! Notes for codes the text contradicts.
//!
//! Receivers and relays do write misleading codes: a 5.1.1 over a
//! rate-limit message, a Postfix 4.0.0 over a 554 refusal at the
//! greeting. The reason follows the receiver's words; these notes tell
//! the reader which code not to trust and why.

use super::decide::{Basis, Decision};
use super::status;
use crate::reason::Reason;
use crate::report::Note;

/// Broad kinds of reason; a status code and a phrase of the same kind
/// refine each other, while different kinds contradict.
#[derive(PartialEq, Eq)]
enum Kind {
    Address,
    Mailbox,
    Size,
    Rate,
    Policy,
    System,
    Other,
}

fn kind(reason: Reason) -> Kind {
    use Reason::*;
    match reason {
        UserUnknown | HostUnknown | HasMoved => Kind::Address,
        MailboxFull | Suspend | Filtered => Kind::Mailbox,
        MesgTooBig | ExceedLimit => Kind::Size,
        Speeding | TooManyConn => Kind::Rate,
        Blocked | BadReputation | SpamDetected | VirusDetected | PolicyViolation
        | SecurityError | AuthFailure | RequirePtr | Rejected | NoRelaying | ContentError
        | NotCompliantRfc => Kind::Policy,
        Expired | NetworkError | SystemError | SystemFull | NotAccept | MailerError
        | SyntaxError => Kind::System,
        _ => Kind::Other,
    }
}

/// Notes on the codes of one failure, given the decision.
pub fn notes(decision: &Decision, status: Option<&str>, reply: Option<&str>) -> Vec<Note> {
    let mut notes = Vec::new();
    if let (Some(code), Basis::Phrase(_)) = (status, decision.basis) {
        if let Some(by_status) = status::reason_for(code) {
            let generic = matches!(by_status, Reason::SecurityError | Reason::SystemError);
            if kind(by_status) != kind(decision.reason) && !generic {
                notes.push(Note::warning(format!(
                    "The status code {code} usually means {}, but the receiver's text \
                     says {}. The code is misleading here, so this explanation \
                     follows the text.",
                    describe(by_status),
                    describe(decision.reason),
                )));
            }
        }
    }
    if let (Some(code), Some(reply)) = (status, reply) {
        let status_class = code.chars().next();
        let reply_class = reply.chars().next();
        if status_class == Some('4') && reply_class == Some('5') {
            notes.push(Note::info(format!(
                "The bounce gives status {code} (temporary), but the receiving \
                 server answered {reply}, a permanent refusal. Some MTAs, Postfix \
                 among them, write a 4.x.x code when the refusal came before any \
                 recipient was tried; the receiver's {reply} is what counts."
            )));
        }
    }
    notes
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
        _ => reason.name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contradicting_status_noted() {
        let decision = Decision { reason: Reason::TooManyConn, basis: Basis::Phrase("x") };
        let notes = notes(&decision, Some("5.1.1"), Some("550"));
        assert_eq!(notes.len(), 1);
        assert!(notes[0].message.contains("5.1.1"), "{}", notes[0].message);
    }

    #[test]
    fn refining_status_not_noted() {
        let decision = Decision { reason: Reason::SpamDetected, basis: Basis::Phrase("x") };
        assert!(notes(&decision, Some("5.7.1"), Some("550")).is_empty());
        let decision = Decision { reason: Reason::Suspend, basis: Basis::Phrase("x") };
        assert!(notes(&decision, Some("5.2.1"), Some("550")).is_empty());
    }

    #[test]
    fn temporary_status_over_permanent_reply() {
        let decision = Decision { reason: Reason::Blocked, basis: Basis::Phrase("x") };
        let notes = notes(&decision, Some("4.0.0"), Some("554"));
        assert_eq!(notes.len(), 1);
        assert!(notes[0].message.contains("554"));
    }
}
