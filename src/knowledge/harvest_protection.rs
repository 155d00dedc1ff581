//! Directory harvest protection: a receiver counts the recipients each
//! sending IP tries that do not exist, and past a limit refuses every
//! further recipient from that IP, valid ones included. Spammers guess
//! addresses this way to learn which exist. Cisco Secure Email (formerly
//! IronPort) calls it DHAP, counts per hour, and by default replies "550
//! Too many invalid recipients"; other MTAs word it alike.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Lowercase fragments of a harvest-protection refusal. They name many
/// unknown recipients, not this one, so they are no unknown-user phrase.
pub static PHRASES: &[&str] = &[
    "too many invalid recipients",
    "too many unknown recipients",
    // qmail-smtpd with a patch that counts refused recipients replies
    // "421 too many invalid addresses, goodbye (#4.7.1)".
    "too many invalid addresses",
    "directory harvest",
];

/// The sending IP was cut off for trying too many unknown recipients.
pub static REFUSED: Entry = Entry {
    id: "harvest-protection/refused",
    reason: Reason::TooManyConn,
    what: "The receiving server stopped taking recipients from the sending \
           server because it had tried too many addresses there that do not \
           exist.",
    why: "Receivers count the unknown addresses each sending IP tries, to \
          stop spammers who guess addresses (a directory harvest attack). \
          Past a limit, often counted per hour, they refuse every further \
          recipient from that IP, valid addresses included. This address \
          may well exist.",
    steps: &[
        "Keep this address on your lists: the refusal is about the sending \
         server, not about this recipient.",
        "Your mail administrator finds what sent mail to addresses that do \
         not exist at this domain: an old or bought mailing list, a \
         mistyped distribution list, or a hacked account or script sending \
         spam. They stop it and remove the addresses that bounced as \
         unknown.",
        "After a 4xx reply the sending server retries on its own and gets \
         through once the receiver's count resets. After a 5xx reply, send \
         the message again later, once the cause is fixed.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: "https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/117847-technote-esa-00.html",
    checked: "2026-12-06",
};

/// Returns the entry when `lower` (the reply, lowercased) is a
/// harvest-protection refusal.
pub fn lookup(lower: &str) -> Option<&'static Entry> {
    PHRASES.iter().any(|phrase| lower.contains(phrase)).then_some(&REFUSED)
}
