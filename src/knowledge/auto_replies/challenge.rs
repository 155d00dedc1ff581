//! Wordings of a challenge-response filter's reply, which holds the
//! message until the sender proves to be a person. Filters word it in
//! many ways, so besides fixed fragments a reply counts when it both asks
//! the sender to verify or confirm and says the message waits for that.

use crate::knowledge::providers::text::has_word;

/// Lowercase fragments of a challenge: the filter holds the message until
/// the sender proves to be a person.
const CHALLENGE: &[&str] = &[
    "challenge-response",
    "challenge/response",
    "confirm you are a person",
    "confirm that you are a person",
    "confirm you are human",
    "confirm that you are human",
    "prove you are human",
    "prove that you are human",
    "verify you are human",
    "verify that you are human",
    "verify your email address before",
    "until you confirm",
    "until you verify",
    // cPanel BoxTrapper's default verify template, as seen in the wild:
    // "The message you sent requires that you verify that you are a real
    // live human being and not a spam source". cPanel's UAPI reference
    // (BoxTrapper::get_email_template) describes the template only as a
    // request that the sender confirm being legitimate.
    "requires that you verify",
    "real live human",
    // Spam Arrest's help pages: the challenge asks senders to "authorize
    // themselves" to become one of the "approved senders".
    // NOTE: the sentences below are a family of that wording, not Spam
    // Arrest's template, which was not found in public documentation.
    "senders i have approved",
    "list of approved senders",
    "one of my approved senders",
    "one of your approved senders",
    "authorize yourself",
    "authorise yourself",
    // French filters such as Mailinblack hold the message "en attente de
    // validation" until the sender authenticates.
    // NOTE: Mailinblack's exact template was not found in public
    // documentation either.
    "en attente de validation",
    "en attente d'authentification",
    // Spam Arrest's challenge, as one was posted at
    // https://pastebin.com/R1FNPaKh: "I'm protecting myself from receiving
    // junk mail. Please click the link below to complete the verification
    // process." and "Spam Arrest requests that senders verify themselves
    // before their email is delivered."
    "protecting myself from receiving junk mail",
    "senders verify themselves",
    // A request that gives its purpose as letting the mail in, as in
    // "click the link below so I can receive your emails".
    "so i can receive your email",
    "so i can receive your message",
];

/// Lowercase phrases of a request that the sender verify or confirm
/// their address or that they are a person. "Confirm your" alone is not
/// here: auto-replies ask to confirm appointments and orders too.
const VERIFY_REQUESTS: &[&str] = &[
    "once you verify",
    "verify your address",
    "verify your email",
    "verify your e-mail",
    "verify yourself",
    "verify that you are",
    "verify you are",
    "sender verification",
    "verification process",
    "confirm you are",
    "confirm that you are",
    "confirm your address",
    "confirm your email",
    "confirm your e-mail",
    "confirm their address",
    "confirm their email",
    "confirm yourself",
    "your confirmation",
    "real person",
];

/// Lowercase words saying the message waits for the sender's step or is
/// let in after it. Each must stand as a whole word, so "spending" and
/// "depending" are not "pending".
const WAITS: &[&str] = &[
    "held",
    "holding",
    "quarantined",
    "quarantine",
    "pending",
    "waiting",
    "released",
    "delivered",
    "i will receive",
    "i can receive",
];

/// True when `text` (lowercase, spaces collapsed) is a challenge: it
/// contains a fixed fragment of one, or it asks the sender to verify and
/// says the message waits for that.
pub(super) fn is_challenge(text: &str) -> bool {
    if CHALLENGE.iter().any(|fragment| text.contains(fragment)) {
        return true;
    }
    let asks = VERIFY_REQUESTS.iter().any(|phrase| text.contains(phrase));
    asks && WAITS.iter().any(|word| has_word(text, word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_request_needs_wait() {
        assert!(is_challenge("your message is held until you confirm your email address."));
        assert!(is_challenge("please verify your email address. your mail is pending."));
        assert!(!is_challenge("please verify your email address to track your order."));
        assert!(!is_challenge("depending on the subject, please verify your email address."));
    }

    #[test]
    fn wait_word_stands_alone() {
        assert!(is_challenge("please verify your email address. it is pending."));
        assert!(!is_challenge("please verify your email address to limit spending."));
        assert!(!is_challenge("please verify your email address. payment withheld."));
    }
}
