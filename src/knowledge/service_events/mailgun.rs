//! Mailgun's `failed` event with reason `old`: Mailgun gave up retrying.

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
