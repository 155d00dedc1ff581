//! Postmark's bounce types that name the event themselves, for records
//! whose `Details` contains no reply to read. Postmark files replies that
//! are not delivery failures as bounces too: challenges, subscription
//! and address-change requests, and automatic replies.
//!
//! Type names and codes: Postmark's bounce API reference
//! (<http://developer.postmarkapp.com/developer-bounces.html>). Their
//! meanings: Postmark's bounce-type table, as its "How to test bounces"
//! support article prints it, and its support article on bounces (the
//! entries' source). Checked 2026-12-05.

use super::auto_replies::HELD_FOR_CHALLENGE;
use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Every entry of this table except the shared challenge entry.
pub static ENTRIES: [&Entry; 6] =
    [&UNSUBSCRIBE, &SUBSCRIBE, &ADDRESS_CHANGE, &AUTO_RESPONDER, &DNS_ERROR, &BAD_EMAIL_ADDRESS];

/// Returns the entry for Postmark's bounce `Type`, or `None` for a type
/// whose reply text decides the cause (`HardBounce`, `SoftBounce`,
/// `Transient` and the rest).
pub fn lookup(bounce_type: &str) -> Option<&'static Entry> {
    match bounce_type {
        // "The bounce is a challenge asking for verification you actually
        // sent the email."
        "ChallengeVerification" => Some(&HELD_FOR_CHALLENGE),
        "Unsubscribe" => Some(&UNSUBSCRIBE),
        "Subscribe" => Some(&SUBSCRIBE),
        "AddressChange" => Some(&ADDRESS_CHANGE),
        "AutoResponder" => Some(&AUTO_RESPONDER),
        "DnsError" => Some(&DNS_ERROR),
        "BadEmailAddress" => Some(&BAD_EMAIL_ADDRESS),
        _ => None,
    }
}

/// Source and date every entry shares.
const BASE: Entry = Entry::sourced(
    "https://postmarkapp.com/support/article/815-what-are-bounces-and-spam-complaints",
    "2026-12-05",
);

/// Postmark's `Unsubscribe`: "Unsubscribe or Remove request". Vacation
/// is Sisimai's reason for a reply that is no delivery failure.
pub static UNSUBSCRIBE: Entry = Entry {
    id: "postmark/unsubscribe",
    reason: Reason::Vacation,
    what: "This is not a delivery failure: the recipient answered your \
           message with a request to unsubscribe.",
    why: "Postmark files replies that ask to be removed from a list under \
          its bounces, with the type Unsubscribe. It does not deactivate \
          the address for such a reply.",
    steps: &[
        "Remove the address from the list the message was sent to.",
        "Check that your messages carry a working unsubscribe link, so \
         recipients need not reply to leave.",
    ],
    who: Actor::You,
    ..BASE
};

/// Postmark's `Subscribe`: "Subscribe request from someone wanting to get
/// added to the mailing list".
pub static SUBSCRIBE: Entry = Entry {
    id: "postmark/subscribe",
    reason: Reason::Vacation,
    what: "This is not a delivery failure: the reply asks to be added to \
           your mailing list.",
    why: "Postmark files replies that ask to subscribe under its bounces, \
          with the type Subscribe.",
    steps: &["Nothing failed. If you run the list, add the address the way your \
         list asks new subscribers to confirm."],
    who: Actor::Nobody,
    ..BASE
};

/// Postmark's `AddressChange`: "The recipient has requested an address
/// change".
pub static ADDRESS_CHANGE: Entry = Entry {
    id: "postmark/address-change",
    reason: Reason::Vacation,
    what: "This is not a delivery failure: the recipient's reply asks you \
           to write to another address from now on.",
    why: "Postmark files replies that announce a new address under its \
          bounces, with the type AddressChange. The new address is in the \
          reply itself, which the record's Details or Postmark's activity \
          page shows.",
    steps: &[
        "Open the bounce in Postmark's activity page to read the new \
         address.",
        "Replace the old address in your list or contacts, and send the \
         message again to the new one if it matters.",
    ],
    who: Actor::You,
    ..BASE
};

/// Postmark's `AutoResponder`: "Automatic email responder (ex: \"Out of
/// Office\" or \"On Vacation\")". Postmark's support article adds that
/// the type also takes some non-delivery reports that name no cause.
pub static AUTO_RESPONDER: Entry = Entry {
    id: "postmark/auto-responder",
    reason: Reason::Vacation,
    what: "This is an automatic reply, such as an out-of-office notice, not \
           a delivery failure.",
    why: "Postmark files automatic replies under its bounces, with the \
          type AutoResponder, and does not deactivate the address. Postmark \
          also puts some bounces that name no cause in this type.",
    steps: &[
        "Nothing to do for an out-of-office reply: the message reached the \
         recipient.",
        "If the address keeps bouncing with this type, open the bounce in \
         Postmark's activity page to read the reply.",
    ],
    who: Actor::Nobody,
    ..BASE
};

/// Postmark's `DnsError`: "A temporary DNS error". NetworkError is
/// Sisimai's reason for a DNS or routing problem.
pub static DNS_ERROR: Entry = Entry {
    id: "postmark/dns-error",
    reason: Reason::NetworkError,
    what: "Postmark could not look up the recipient's mail server in DNS, \
           so the message was not delivered.",
    why: "Postmark names this type a temporary DNS error: looking up the \
          recipient's domain failed at that moment. Postmark does not \
          deactivate the address for it.",
    steps: &[
        "Check that the domain after the @ is spelled right.",
        "Send the message again later. If the same address keeps getting \
         this type, the recipient's domain may have no working mail \
         server, so ask the recipient by another channel.",
    ],
    who: Actor::You,
    temporary: Some(true),
    ..BASE
};

/// Postmark's `BadEmailAddress`: "The address is not a valid email
/// address". UserUnknown is Sisimai's reason for an address that cannot
/// receive mail.
pub static BAD_EMAIL_ADDRESS: Entry = Entry {
    id: "postmark/bad-email-address",
    reason: Reason::UserUnknown,
    what: "The recipient's address is not a valid email address, so \
           Postmark did not deliver the message.",
    why: "Postmark gives the type BadEmailAddress to an address that is \
          not a valid email address, such as one with a typing error or a \
          missing part.",
    steps: &[
        "Correct the address: look for a missing @, a comma for a dot, \
         spaces, or a misspelt domain.",
        "Send the message again to the corrected address.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..BASE
};
