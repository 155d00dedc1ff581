//! Postmark bounce types that report no delivery failure: replies that
//! ask for something, automatic replies and open-relay tests.

use super::BASE;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

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

/// Postmark's `OpenRelayTest`: "The NDR is actually a test email message
/// to see if the mail server is an open relay". Vacation is Sisimai's
/// reason for a reply that is no delivery failure.
pub static OPEN_RELAY_TEST: Entry = Entry {
    id: "postmark/open-relay-test",
    reason: Reason::Vacation,
    what: "This is not a delivery failure: what came back was a test \
           message that checks whether a mail server passes on mail for \
           anyone (an open relay).",
    why: "Postmark gives the type OpenRelayTest to a returned message that \
          is such a test, not a report on your message. It says nothing \
          about the recipient's address.",
    steps: &[
        "Nothing to do for this record: it does not report your message as \
         undelivered.",
        "If the address keeps getting this type, open the bounce in \
         Postmark's activity page to read what came back.",
    ],
    who: Actor::Nobody,
    ..super::failures::TYPE_TABLE
};
