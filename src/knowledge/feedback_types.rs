//! Readings of an ARF feedback report by its Feedback-Type. RFC 5965
//! registers `abuse`, `fraud`, `virus` and `other`, RFC 6430 adds
//! `not-spam` and RFC 6591 adds `auth-failure`. Only `abuse` is a spam
//! complaint that calls for removing the address, so every other type
//! gets its own entry. Amazon SES copies the report's Feedback-Type into
//! a complaint's `complaintFeedbackType` (its API reference, Complaint).

use super::reasons::AUTH_FAILURE_REPORT;
use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Sisimai's manual lists the RFC 5965 types with their registered
/// meanings, and `not-spam` from RFC 6430.
const TYPES_SOURCE: &str = "https://metacpan.org/pod/Sisimai::ARF";
const CHECKED: &str = "2026-12-06";

/// `not-spam`: the recipient, or their mailbox provider, reports the
/// message as wanted mail. RFC 6430 defines it to correct a spam verdict.
pub static NOT_SPAM: Entry = Entry {
    id: "feedback/not-spam",
    reason: Reason::Feedback,
    what: "This is not a bounce but a feedback report: a recipient marked \
           a message from you as not spam, for example by moving it out of \
           the junk folder.",
    why: "A not-spam report corrects a spam verdict on the message: the \
          recipient wants this mail. Mailbox providers forward such reports \
          (feedback loops) to senders who registered for them.",
    steps: &[
        "Nothing to do: keep the address on your mailing list.",
        "If your list software removed this address after an earlier spam \
         complaint, check that removal: this report says the recipient \
         wants the mail.",
    ],
    who: Actor::Nobody,
    temporary: None,
    links: &[],
    source: "https://www.rfc-editor.org/info/rfc6430",
    checked: CHECKED,
};

/// `virus`: the receiver found a virus in the reported message.
pub static VIRUS: Entry = Entry {
    id: "feedback/virus",
    reason: Reason::Feedback,
    what: "This is not a bounce but a feedback report: the receiver found a \
           virus in a message sent from your servers or in your name.",
    why: "A virus report means the message carried malware. Usually a \
          computer, account or website on the sending side is infected or \
          taken over and sends such mail, or a file attached to a real \
          message was infected. The recipient's address is not the \
          problem.",
    steps: &[
        "Send the report to your mail administrator: its Source-IP names \
         the server that sent the message, and it usually carries the \
         message itself.",
        "If that server is yours, they find the computer, account or \
         website form that sent the message, remove the malware and change \
         the account's password.",
        "If the IP address is not yours, someone forged your address, and \
         nothing on your side sent the message.",
        "Keep the recipient on your list: this report is about the \
         message, not the address.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: TYPES_SOURCE,
    checked: CHECKED,
};

/// `fraud`: the reported message was taken for fraud or phishing.
pub static FRAUD: Entry = Entry {
    id: "feedback/fraud",
    reason: Reason::Feedback,
    what: "This is not a bounce but a feedback report: a message sent from \
           your servers or in your domain's name was reported as fraud or \
           phishing.",
    why: "A fraud report comes from a recipient or a mailbox provider who \
          took the message for a scam or a phishing attempt. Either someone \
          forged your address or domain, or an account or website form of \
          yours was taken over and sent it.",
    steps: &[
        "Check the report's Source-IP: if it is one of your servers, your \
         mail administrator finds the account or form that sent the \
         message, stops it and changes its password.",
        "If the IP is not yours, someone sent mail in your domain's name; \
         a DMARC policy of quarantine or reject stops such mail.",
        "Keep the recipient on your list: this report is about the \
         message, not the address.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: TYPES_SOURCE,
    checked: CHECKED,
};

/// `other`: feedback that fits none of the registered types.
pub static OTHER: Entry = Entry {
    id: "feedback/other",
    reason: Reason::Feedback,
    what: "This is not a bounce but a feedback report about a message from \
           you, of a kind the report format has no name for (type other).",
    why: "Mailbox providers and filters send such reports for feedback that \
          is neither a spam complaint, a virus, fraud nor an \
          authentication failure. Only the report's own text says what it \
          is about.",
    steps: &[
        "Read the report's human-readable part, above the machine-readable \
         fields: it says what the feedback is about.",
        "Remove the address from your list only if that text says the \
         recipient does not want your mail.",
    ],
    who: Actor::Nobody,
    temporary: None,
    links: &[],
    source: TYPES_SOURCE,
    checked: CHECKED,
};

/// Entries of this table, for the list of every entry.
pub static ENTRIES: &[&Entry] = &[&NOT_SPAM, &VIRUS, &FRAUD, &OTHER];

/// Returns the entry for a Feedback-Type value (`lower`, lowercased), or
/// `None` for `abuse`, whose reading is the reason's own spam-complaint
/// entry. An unregistered value also returns `None`. Services that relay
/// complaints put their own words in that place (Mailjet's complaint
/// `source`, Postmark's `Details`), and those are complaints.
pub fn lookup(lower: &str) -> Option<&'static Entry> {
    let value = lower.trim();
    let end = value.find(|c: char| c.is_whitespace() || c == '(').unwrap_or(value.len());
    let (token, rest) = value.split_at(end);
    // RFC 5965 allows only spaces and a comment beside the type's token,
    // so a value with more words is a service's own text.
    let rest = rest.trim_start();
    if !rest.is_empty() && !rest.starts_with('(') {
        return None;
    }
    match token {
        "not-spam" => Some(&NOT_SPAM),
        "virus" => Some(&VIRUS),
        "fraud" => Some(&FRAUD),
        "other" => Some(&OTHER),
        "auth-failure" => Some(&AUTH_FAILURE_REPORT),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_types_found() {
        assert_eq!(lookup("not-spam").map(|e| e.id), Some("feedback/not-spam"));
        assert_eq!(lookup(" virus (scanner)").map(|e| e.id), Some("feedback/virus"));
        assert_eq!(lookup("fraud").map(|e| e.id), Some("feedback/fraud"));
        assert_eq!(lookup("other").map(|e| e.id), Some("feedback/other"));
        assert_eq!(lookup("auth-failure").map(|e| e.id), Some(AUTH_FAILURE_REPORT.id));
    }

    #[test]
    fn abuse_and_unknown_values_none() {
        for value in ["abuse", "", "jmrpp", "other reasons given", "not-spammy"] {
            assert_eq!(lookup(value).map(|e| e.id), None, "{value:?}");
        }
    }

    #[test]
    fn no_other_type_asks_for_removal() {
        for entry in ENTRIES {
            for step in entry.steps {
                assert!(!step.contains("remove it from your"), "{}: {step}", entry.id);
            }
        }
    }
}
