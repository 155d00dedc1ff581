//! Postmark bounce types that report a failure the type itself names. One
//! is a DNS error, one an invalid address, one a virus warning, and the
//! rest are failures on the sender's own side: an unconfirmed or
//! suppressed recipient, a failed inbound webhook, a template that did
//! not render.

use super::BASE;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Postmark's bounce-type table (type, code, name and description), as
/// eSolia's help page reprints it whole. The entries that cite it quote
/// the description of their type.
pub(super) const TYPE_TABLE: Entry =
    Entry::sourced("https://help.esolia.pro/en/bulk-email/bulk-email-bounce-codes", "2026-12-06");

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

/// Postmark's `VirusNotification`: "The bounce is actually a virus
/// notification warning about a virus/code infected message".
/// VirusDetected is Sisimai's reason for a message refused for a virus.
pub static VIRUS_NOTIFICATION: Entry = Entry {
    id: "postmark/virus-notification",
    reason: Reason::VirusDetected,
    what: "What came back is a virus scanner's warning: it reports a virus \
           or other harmful code in the message.",
    why: "Postmark gives the type VirusNotification to a returned notice \
          that warns of an infected message. A scanner on the receiving \
          side sends such a notice when it finds, or suspects, harmful \
          code, most often in an attachment.",
    steps: &[
        "Open the bounce in Postmark's activity page to read the warning \
         and what it names.",
        "Scan the attachments, and the system that builds the message, \
         with an up-to-date virus scanner.",
        "Send the message again without the flagged file, or with a clean \
         copy of it.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..TYPE_TABLE
};

/// Postmark's `Unconfirmed`, named "Registration not confirmed": "The
/// subscriber has not clicked on the confirmation link upon registration
/// or import". Suppressed is Sisimai's reason for an address the sending
/// service does not send to.
///
/// NOTE: Postmark documents this type by that one sentence only, so the
/// steps do not say where the confirmation link comes from.
pub static UNCONFIRMED: Entry = Entry {
    id: "postmark/unconfirmed",
    reason: Reason::Suppressed,
    what: "The recipient's address is not confirmed: its owner has not \
           clicked the confirmation link sent when the address was \
           registered or imported.",
    why: "Postmark gives the type Unconfirmed to an address whose \
          registration was never confirmed. Nothing says the address is \
          wrong, only that its owner has not confirmed it.",
    steps: &[
        "Ask the recipient, by another channel, to confirm the address \
         with the link they were sent, or send the confirmation again.",
        "Send to the address only once it is confirmed, and remove it from \
         your list if it never is.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..TYPE_TABLE
};

/// Postmark's `SMTPApiError`. Its webhook reference: an "internal
/// rejection error" for a message sent over SMTP "to a recipient who was
/// previously suppressed due to a Bounce, Spam Complaint, Unsubscribe or a
/// Manual Suppression". Over the API the response returns the refusal.
pub static SMTP_API_ERROR: Entry = Entry {
    id: "postmark/smtp-api-error",
    reason: Reason::Suppressed,
    what: "Postmark did not send the message: the recipient's address is \
           on the server's suppression list, so no receiving server was \
           contacted.",
    why: "Postmark suppresses an address after a hard bounce, a spam \
          complaint, an unsubscribe or a manual suppression. A message \
          submitted over SMTP to such an address is refused with an SMTP API \
          error, because an SMTP submission has no API response to carry \
          the refusal.",
    steps: &[
        "Look the address up in the server's suppressions in Postmark to \
         see why it was suppressed.",
        "Remove the address from your own list too, so that your program \
         stops sending to it.",
        "Only if the recipient wants your mail again and the cause is \
         fixed, reactivate the address in Postmark and send again.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..Entry::sourced("https://postmarkapp.com/developer/webhooks/smtp-api-error", "2026-12-06")
};

/// Postmark's `InboundError`: "Unable to deliver inbound message to
/// destination inbound hook". Its support article on inbound errors gives
/// the retries and the usual causes. MailerError is Sisimai's reason for a
/// delivery program that failed, here the account's webhook.
pub static INBOUND_ERROR: Entry = Entry {
    id: "postmark/inbound-error",
    reason: Reason::MailerError,
    what: "This is about mail coming in to your Postmark inbound address, \
           not a message you sent: Postmark could not pass an incoming \
           message on to your inbound webhook.",
    why: "Postmark posts each message sent to a server's inbound address, \
          as JSON, to the webhook URL set for that server. When processing \
          fails or the URL does not accept the post, Postmark retries 10 \
          times at growing intervals, then records an inbound error. The \
          usual causes are a webhook URL that is not set or cannot be \
          reached, such as a firewall that blocks Postmark's webhook IP \
          addresses.",
    steps: &[
        "Open the failed message in the inbound stream's activity in \
         Postmark, which names the cause.",
        "Check that the server's inbound webhook URL is set, reachable from \
         the internet and answers the post, and that your firewall lets \
         Postmark's webhook IP addresses in.",
        "Once the webhook works, retry the failed message through \
         Postmark's API.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..Entry::sourced(
        "https://postmarkapp.com/support/article/870-what-are-inbound-error-messages",
        "2026-12-06",
    )
};

/// Postmark's `TemplateRenderingFailed`: Postmark could not render the
/// sender's template. ContentError is the reason for a message the sending side built wrong,
/// as for SES's rendering failure.
pub static TEMPLATE_RENDERING_FAILED: Entry = Entry {
    id: "postmark/template-rendering-failed",
    // NOTE: the source only names this type, so the entry rests on the
    // name and on how Postmark's templates work.
    reason: Reason::ContentError,
    what: "Postmark did not send the message: it could not fill in your \
           template, so no receiving server was contacted.",
    why: "Postmark builds a templated message from the template and the \
          template model (the values) your program sends with it. This type \
          records that building it failed, so the fault is in the template \
          or its values, not at the recipient.",
    steps: &[
        "Open the bounce in Postmark's activity page to read the rendering \
         error.",
        "Fix the template, or the template model your program sends for \
         this recipient, and check it with the template's preview in \
         Postmark.",
        "Send the message again after the fix: until then it fails the same \
         way.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..Entry::sourced(
        "https://app.unpkg.com/postmark@4.0.2/files/dist/client/models/bounces/Bounce.d.ts",
        "2026-12-06",
    )
};
