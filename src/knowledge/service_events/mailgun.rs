//! Mailgun's `failed` event with reason `old`, when Mailgun gave up
//! retrying, and its `complained` event, which reports a complaint rather
//! than a delivery failure.

use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Mailgun's failure with reason `old`. Mailgun's help page on retries
/// states that it retries a temporary failure at growing intervals for
/// at most 8 hours, then drops the message and records a permanent
/// failure described as "Too old".
///
/// NOTE: Mailgun's pages name the description "Too old" but not the
/// `reason` value `old` or the code 602 that such events carry. Both are
/// from event payloads that users have posted publicly.
pub static TOO_OLD: Entry = Entry {
    id: "mailgun/too-old",
    reason: Reason::Expired,
    what: "Mailgun stopped trying to deliver the message: its retry period \
           ran out before the receiving server accepted it, so Mailgun \
           dropped it.",
    why: "After a temporary failure (a deferral, throttling, a server it \
          cannot reach) Mailgun retries at growing intervals for up to 8 \
          hours. A message still undelivered then is dropped as \"Too \
          old\". The cause is in the temporary failures before it, which \
          this event does not quote.",
    steps: &[
        "Look the message up in Mailgun's logs: its earlier failed events \
         with severity temporary quote the receiving server's replies.",
        "Paste one of those replies here for its cause, and fix that cause \
         (a block, a rate limit, a server that refuses connections).",
        "Send the message again: Mailgun does not retry it by itself.",
    ],
    who: Actor::You,
    // Every attempt failed on a temporary cause, so a later resend can
    // get through, as after any queue expiry.
    temporary: Some(true),
    links: &[],
    source: "https://help.mailgun.com/hc/en-us/articles/28956111811355-Will-Mailgun-retry-my-failed-messages",
    checked: "2026-12-06",
};

/// Mailgun's `complained` event. Mailgun's event types page states that
/// the recipient clicked the spam complaint button in their email client
/// and that a feedback loop passed the complaint on to Mailgun. Mailgun's
/// help page on "Not delivering to a user who marked your messages as
/// spam" states that the address is then suppressed and that the
/// complaint is to be honoured. Removing the address from the
/// Suppressions list lets mail through again, which the page allows only
/// when the recipient opts in again.
pub static COMPLAINED: Entry = Entry {
    id: "mailgun/complained",
    reason: Reason::Feedback,
    what: "The recipient marked your message as spam, and Mailgun reports \
           the complaint. The message was delivered: this is no bounce.",
    why: "The recipient's mailbox provider passed the complaint to Mailgun \
          through its feedback loop. Mailgun puts the address on the \
          Complaints list of your sending domain's suppressions, so it \
          sends no later message from that domain to the address and logs \
          \"Not delivering to a user who marked your messages as spam\" \
          instead.",
    steps: &[
        "Stop mailing the address: remove it from your list, or mark it as \
         unsubscribed in your own system, so that no program keeps sending \
         to it.",
        "Leave it on Mailgun's Complaints list. Remove it only if the \
         recipient says the complaint was a mistake or opts in again, \
         because removing it lets mail to the address through.",
        "If complaints are frequent, check that every address on the list \
         asked for the mail and that unsubscribing is easy.",
    ],
    who: Actor::You,
    // A complaint is no delivery failure, so there is nothing to retry.
    temporary: None,
    links: &[],
    source: "https://help.mailgun.com/hc/en-us/articles/360012070614-Why-did-I-receive-the-error-Not-delivering-to-a-user-who-marked-your-messages-as-spam",
    checked: "2026-12-06",
};
