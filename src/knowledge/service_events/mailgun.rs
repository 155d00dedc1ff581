//! Mailgun's `failed` event with reason `old`, when Mailgun gave up
//! retrying, with its code 625, when Mailgun dropped the message for the
//! list's quality, and its `complained` event, which reports a complaint
//! rather than a delivery failure.

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

/// Mailgun's code 625, which Symfony's Mailgun bridge names "Poor mailing
/// list quality" and counts, with the suppression codes 605 to 607, as a
/// message Mailgun dropped without sending it
/// (<https://github.com/symfony/symfony/blob/cf3986904f690139db2f7ba25602cfd3a3ac3b2c/src/Symfony/Component/Mailer/Bridge/Mailgun/RemoteEvent/MailgunPayloadConverter.php>).
/// Mailgun's help page on lowering a domain's bounce rate states that a
/// bad mailing list, with invalid addresses and spam traps, is the most
/// common reason it blocks a sender, and it lists the fixes the steps
/// give.
///
/// NOTE: no Mailgun page that names the code 625 was found, so the card
/// does not say which addresses or which share of bounces set it off.
pub static POOR_LIST_QUALITY: Entry = Entry {
    id: "mailgun/poor-list-quality",
    reason: Reason::PolicyViolation,
    what: "Mailgun did not send the message: it dropped it because it \
           judged the quality of your mailing list poor (its code 625), so \
           no receiving server was contacted.",
    why: "Mailgun holds back mail sent to a list that looks bad. Its help \
          names invalid addresses and spam traps as the usual marks of a bad \
          list, and bought or scraped lists as their source. The code is \
          Mailgun's own, not a receiving server's reply.",
    steps: &[
        "Remove invalid addresses from the list: the addresses that bounced \
         before, and those that Mailgun's Validate service or another \
         validation marks as undeliverable.",
        "Keep only recipients who signed up for the mail, ideally with a \
         confirmation email, and never send to a bought or scraped list.",
        "Ask Mailgun's support, through the Support page of the Mailgun \
         control panel, which part of the list set off the drop and whether \
         your sending is limited.",
        "Send again only to the cleaned list: Mailgun does not retry a \
         dropped message.",
    ],
    who: Actor::You,
    // Mailgun dropped the message and does not retry it.
    temporary: Some(false),
    links: &[],
    source: "https://help.mailgun.com/hc/en-us/articles/202229054-How-can-I-lower-my-domain-s-bounce-rate",
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
