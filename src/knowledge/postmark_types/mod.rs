//! Postmark's bounce types, and how a bounce record of each type is read.
//! Postmark files more than delivery failures as bounces: challenges,
//! subscription and address-change requests, automatic replies, spam
//! complaints, and failures on its own side (a template that did not
//! render, a suppressed recipient, an inbound webhook that failed).
//!
//! Type names: the `BounceType` enum of Postmark's official Node.js client
//! (<https://app.unpkg.com/postmark@4.0.2/files/dist/client/models/bounces/Bounce.d.ts>).
//! Their meanings: Postmark's bounce-type table (type, code, name and
//! description), as its "How to test bounces" support article prints it,
//! and its support article on bounces. Each entry names its own source.
//! Checked 2026-12-06.

mod failures;
mod replies;

pub use failures::{
    BAD_EMAIL_ADDRESS, DNS_ERROR, INBOUND_ERROR, SMTP_API_ERROR, TEMPLATE_RENDERING_FAILED,
    UNCONFIRMED, VIRUS_NOTIFICATION,
};
pub use replies::{ADDRESS_CHANGE, AUTO_RESPONDER, OPEN_RELAY_TEST, SUBSCRIBE, UNSUBSCRIBE};

use super::auto_replies::HELD_FOR_CHALLENGE;
use super::Entry;
use crate::reason::Reason;

/// The rule a bounce record of one Postmark type is read by.
#[derive(Debug, Clone, Copy)]
pub enum Reading {
    /// The receiver's reply in the record's `Details` decides the cause.
    Reply,
    /// A spam complaint about a delivered message, read as an ARF
    /// feedback report is.
    Complaint,
    /// The type states this reason, whose general explanation fits.
    Reason(Reason),
    /// The type names its cause, and this entry explains it, whatever
    /// `Details` contains.
    Explained(&'static Entry),
}

/// Every bounce type of Postmark's table, by its `Type` name.
pub static TYPES: [(&str, Reading); 22] = [
    ("HardBounce", Reading::Reply),
    // Transient is Postmark's type for a delay it still retries.
    ("Transient", Reading::Reply),
    ("Unsubscribe", Reading::Explained(&UNSUBSCRIBE)),
    ("Subscribe", Reading::Explained(&SUBSCRIBE)),
    ("AutoResponder", Reading::Explained(&AUTO_RESPONDER)),
    ("AddressChange", Reading::Explained(&ADDRESS_CHANGE)),
    ("DnsError", Reading::Explained(&DNS_ERROR)),
    // "The message was delivered, but was either blocked by the user, or
    // classified as spam, bulk mail, or had rejected content": the
    // receiver's notice in Details names which.
    ("SpamNotification", Reading::Reply),
    ("OpenRelayTest", Reading::Explained(&OPEN_RELAY_TEST)),
    // "Unable to classify the NDR": only Details can name a cause.
    ("Unknown", Reading::Reply),
    ("SoftBounce", Reading::Reply),
    ("VirusNotification", Reading::Explained(&VIRUS_NOTIFICATION)),
    // "The bounce is a challenge asking for verification you actually
    // sent the email."
    ("ChallengeVerification", Reading::Explained(&HELD_FOR_CHALLENGE)),
    ("BadEmailAddress", Reading::Explained(&BAD_EMAIL_ADDRESS)),
    // "The subscriber explicitly marked this email as spam."
    ("SpamComplaint", Reading::Complaint),
    // "The email was manually deactivated": an address on the server's
    // suppression list.
    ("ManuallyDeactivated", Reading::Reason(Reason::Suppressed)),
    ("Unconfirmed", Reading::Explained(&UNCONFIRMED)),
    ("Blocked", Reading::Reply),
    ("SMTPApiError", Reading::Explained(&SMTP_API_ERROR)),
    ("InboundError", Reading::Explained(&INBOUND_ERROR)),
    ("DMARCPolicy", Reading::Reply),
    ("TemplateRenderingFailed", Reading::Explained(&TEMPLATE_RENDERING_FAILED)),
];

/// Every entry of this table except the shared challenge entry.
pub static ENTRIES: [&Entry; 12] = [
    &UNSUBSCRIBE,
    &SUBSCRIBE,
    &ADDRESS_CHANGE,
    &AUTO_RESPONDER,
    &OPEN_RELAY_TEST,
    &DNS_ERROR,
    &BAD_EMAIL_ADDRESS,
    &VIRUS_NOTIFICATION,
    &UNCONFIRMED,
    &SMTP_API_ERROR,
    &INBOUND_ERROR,
    &TEMPLATE_RENDERING_FAILED,
];

/// Returns how a record of Postmark's bounce `Type` is read. A type
/// missing from the table is left to its reply, as `HardBounce` is.
pub fn reading(bounce_type: &str) -> Reading {
    let found = TYPES.iter().find(|(name, _)| *name == bounce_type.trim());
    found.map_or(Reading::Reply, |(_, reading)| *reading)
}

/// Returns the entry for Postmark's bounce `Type`, or `None` for a type
/// whose reply text decides the cause (`HardBounce`, `SoftBounce`,
/// `Transient` and the rest).
pub fn lookup(bounce_type: &str) -> Option<&'static Entry> {
    match reading(bounce_type) {
        Reading::Explained(entry) => Some(entry),
        _ => None,
    }
}

/// Source and date the entries of Postmark's support article share.
const BASE: Entry = Entry::sourced(
    "https://postmarkapp.com/support/article/815-what-are-bounces-and-spam-complaints",
    "2026-12-05",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_names_each_type_once() {
        for (i, (name, _)) in TYPES.iter().enumerate() {
            let later = TYPES[i + 1..].iter().any(|(other, _)| other == name);
            assert!(!later, "{name} is listed twice");
        }
    }

    #[test]
    fn every_entry_is_reachable() {
        for entry in ENTRIES {
            let named =
                TYPES.iter().any(|(name, _)| lookup(name).is_some_and(|e| e.id == entry.id));
            assert!(named, "{} has no type", entry.id);
        }
    }

    #[test]
    fn unknown_type_reads_reply() {
        assert!(matches!(reading("NewTypeNotInTable"), Reading::Reply));
        assert!(lookup("HardBounce").is_none());
    }
}
