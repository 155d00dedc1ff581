//! Twilio SendGrid's reasons for dropping a message, which it names in a
//! `dropped` event's `reason`. SendGrid's glossary page on drops lists
//! them: an address on one of its lists (`Unsubscribed Address`, `Spam
//! Reporting Address`, `Bounced Address`, which the suppression entry
//! explains), `Invalid`, `Spam Content`, `Invalid SMTPAPI header` and
//! `Duplicate message`. Any other reason falls back to the general
//! `sendgrid/dropped` entry.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://docs.sendgrid.com/glossary/drops";

/// Each lowercase drop reason and its entry. The reason must be the whole
/// field, so `Invalid` does not match `Invalid SMTPAPI header`.
pub static REASONS: &[(&str, &Entry)] =
    &[("duplicate message", &DUPLICATE), ("invalid", &INVALID), ("spam content", &SPAM_CONTENT)];

/// Returns the entry for the drop reason `reason`, compared whole and
/// without case.
pub fn lookup(reason: &str) -> Option<&'static Entry> {
    let reason = reason.trim().to_ascii_lowercase();
    REASONS.iter().find(|(name, _)| *name == reason).map(|(_, entry)| *entry)
}

/// `Duplicate message`: SendGrid's glossary states that it drops with this
/// reason only for mail sent through its Marketing Campaigns, when an
/// address is on several lists that one campaign is sent to.
// NOTE: the copy of the glossary opened breaks off after "our systems
// automati[cally]"; that the recipient still gets one copy is read from
// the context, not quoted.
pub static DUPLICATE: Entry = Entry {
    id: "sendgrid/duplicate-dropped",
    reason: Reason::Delivered,
    what: "SendGrid dropped a duplicate copy of a campaign for this address, \
           not the message itself.",
    why: "The address is on more than one of the lists the campaign was \
          sent to, and SendGrid sends a campaign to each address once, so \
          it dropped the extra copy.",
    steps: &[
        "Nothing to do: look for the other copy's events (processed, \
         delivered) for this address.",
        "To avoid the duplicate, send the campaign to lists that do not \
         overlap, or to one segment.",
    ],
    who: Actor::Nobody,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: "2026-12-05",
};

/// `Invalid`: the address is on the account's Invalid Emails list, or is
/// not a valid address.
pub static INVALID: Entry = Entry {
    id: "sendgrid/invalid-dropped",
    reason: Reason::Suppressed,
    what: "SendGrid did not send the message because it treats the \
           recipient's address as invalid.",
    why: "The address is on your SendGrid account's Invalid Emails list, or \
          is not written as a valid address. SendGrid drops every message to \
          it without contacting a receiving server.",
    steps: &[
        "Check the address for a typing error and correct it in your list \
         or program.",
        "If the address is right, delete it from the Invalid Emails list in \
         SendGrid, then send the message again.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: "2026-12-05",
};

/// `Spam Content`: the account's Spam Checker setting judged the message
/// to be spam.
pub static SPAM_CONTENT: Entry = Entry {
    id: "sendgrid/spam-content-dropped",
    reason: Reason::SpamDetected,
    what: "SendGrid did not send the message because its spam check, which \
           your account has turned on, judged the content to be spam.",
    why: "With the Spam Checker mail setting on, SendGrid scores each \
          message and drops those above the account's threshold before \
          sending. No receiving server saw the message.",
    steps: &[
        "Review the message for what spam filters weigh: misleading \
         subject lines, link shorteners, mostly images, or wording typical \
         of spam.",
        "Whoever runs the SendGrid account can check the Spam Checker \
         threshold in its mail settings.",
        "Send the message again once its content is changed.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: "2026-12-05",
};
