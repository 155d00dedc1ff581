//! SendGrid's `spamreport` event, which reports a complaint rather than a
//! delivery failure.

use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// SendGrid's `spamreport`: the recipient marked the message as spam.
/// SendGrid's Spam Reports API reference states that a spam report comes
/// from a mailbox provider's feedback loop, that the address is
/// suppressed, and that deleting the report lets mail to it through
/// again.
pub static SPAMREPORT: Entry = Entry {
    id: "sendgrid/spamreport",
    reason: Reason::Feedback,
    what: "The recipient marked your message as spam, and SendGrid reports \
           the complaint. The message was delivered: this is no bounce.",
    why: "The recipient's mailbox provider passed the complaint to SendGrid \
          through its feedback loop. SendGrid puts the address on its Spam \
          Reports suppression list, so it sends no later message from your \
          account to the address.",
    steps: &[
        "Stop mailing the address: remove it from your list, or mark it as \
         unsubscribed in your own system, so that no program keeps sending \
         to it.",
        "Leave it on SendGrid's Spam Reports suppression list. Delete the \
         report only if the recipient asks for your mail again, because \
         that lets mail to the address through.",
        "If complaints are frequent, check that every address on the list \
         asked for the mail and that unsubscribing is easy.",
    ],
    who: Actor::You,
    // A complaint is no delivery failure, so there is nothing to retry.
    temporary: None,
    links: &[],
    source: "https://www.twilio.com/docs/sendgrid/api-reference/spam-reports-api/delete-a-specific-spam-report",
    checked: "2026-12-06",
};
