//! The `event` names that each service's webhook reference lists, for
//! the services recognised by fields that other services' events have
//! too: Mailgun by `recipient`, Brevo by `message-id` or `sending_ip`,
//! SendGrid by `response` or `status`, Mailjet by `hard_bounce` or its
//! `mj_` ids, Mandrill by its `msg` object. A reader claims an event only
//! when its service uses that name, so that another service's `bounce`
//! or `bounced` event goes to the reader of unnamed layouts instead of
//! being reported as an event of no failure. Mailgun's reader also
//! claims an event of another name that has its service's whole layout
//! (`recipient`, `delivery-status` and `severity` or `log-level`).

/// Mailgun's event types
/// (<https://documentation.mailgun.com/docs/mailgun/user-manual/events/event-types>,
/// checked 2026-12-06).
pub(super) const MAILGUN: &[&str] = &[
    "accepted",
    "rejected",
    "delivered",
    "failed",
    "opened",
    "clicked",
    "unsubscribed",
    "complained",
    "stored",
    "list_member_uploaded",
    "list_member_upload_error",
    "list_uploaded",
];

/// Brevo's transactional webhook events
/// (<https://developers.brevo.com/docs/transactional-webhooks>), the
/// marketing webhook events (<https://developers.brevo.com/docs/marketing-webhooks>),
/// and the event names of its transactional email log
/// (<https://developers.brevo.com/reference/gettransacemailcontent>),
/// checked 2026-12-06.
///
/// NOTE: the pages show the values `request`, `click`, `spam` and
/// `opened` in their payloads. The other webhook values follow the
/// section titles and the log's names, and were not seen in a payload.
pub(super) const BREVO: &[&str] = &[
    "request",
    "sent",
    "delivered",
    "hard_bounce",
    "soft_bounce",
    "deferred",
    "blocked",
    "invalid",
    "invalid_email",
    "error",
    "spam",
    "click",
    "open",
    "opened",
    "unique_opened",
    "proxy_open",
    "unique_proxy_open",
    "unsubscribed",
];

/// SendGrid's delivery and engagement events
/// (<https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event>,
/// checked 2026-12-06), and `blocked`, which the reference gives as the
/// `type` of a bounce event.
///
/// NOTE: the engagement names (`open` to `group_resubscribe`) are from
/// Twilio's SendGrid webhook guide for its developer kit
/// (<https://claudepluginhub.com/skills/twilio-twilio-developer-kit/twilio-sendgrid-webhooks>),
/// not the reference. The reference shows no `blocked` in `event`, which
/// is kept because the SendGrid reader here reads it as a failure.
pub(super) const SENDGRID: &[&str] = &[
    "processed",
    "dropped",
    "delivered",
    "deferred",
    "bounce",
    "blocked",
    "open",
    "click",
    "spamreport",
    "unsubscribe",
    "group_unsubscribe",
    "group_resubscribe",
];

/// The event types of Mailjet's Event API
/// (<https://github.com/mailjet/api-documentation/blob/master/guides/_event-api.md>,
/// checked 2026-12-06).
pub(super) const MAILJET: &[&str] =
    &["sent", "open", "click", "bounce", "blocked", "spam", "unsub"];

/// The message events of Mandrill's (Mailchimp Transactional's) webhooks
/// (<https://mailchimp.com/developer/transactional/docs/webhooks/>,
/// checked 2026-12-06).
///
/// NOTE: the page lists `hard-bounce` and `soft-bounce` with a hyphen.
/// Mandrill's example webhook payload, as public client libraries copy it
/// into their tests, names them `hard_bounce` and `soft_bounce`, which
/// are the names kept here. No payload of `delivered` was seen.
pub(super) const MANDRILL: &[&str] = &[
    "send",
    "deferral",
    "hard_bounce",
    "soft_bounce",
    "delivered",
    "open",
    "click",
    "spam",
    "unsub",
    "reject",
];
