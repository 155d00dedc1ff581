//! Sending services' own event types that name what happened when the
//! record carries no receiver's reply to read. They are SparkPost's
//! `generation_failure`, Amazon SES's `Reject` and `Rendering Failure`,
//! Brevo's `invalid_email` and `error`, SendGrid's `spamreport`,
//! Mailgun's failure reason `old`, its code 625 and its `complained` event,
//! the bounce type of a CSV export row whose reply field is empty, and a
//! failure event that carries no reply text at all.

mod mailgun;
mod sendgrid;

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Every entry of this table.
pub static ENTRIES: [&Entry; 12] = [
    &SPARKPOST_GENERATION_FAILURE,
    &SES_REJECT,
    &SES_RENDERING_FAILURE,
    &BREVO_INVALID_EMAIL,
    &BREVO_ERROR,
    &sendgrid::SPAMREPORT,
    &mailgun::TOO_OLD,
    &mailgun::POOR_LIST_QUALITY,
    &mailgun::COMPLAINED,
    &EXPORT_BLOCKED,
    &EXPORT_NO_REPLY,
    &EVENT_NO_REPLY,
];

/// Returns the entry for the event type `event_type` of the service
/// `mta`, or of a CSV export row when `mta` is `None`. For Mailgun, the
/// type is the `reason` of a `failed` event, its code `625`, or the
/// event's own name `complained`.
pub fn lookup(mta: Option<&str>, event_type: &str) -> Option<&'static Entry> {
    match (mta, event_type) {
        (Some("sendgrid"), "spamreport") => Some(&sendgrid::SPAMREPORT),
        (Some("mailgun"), "old") => Some(&mailgun::TOO_OLD),
        (Some("mailgun"), "625") => Some(&mailgun::POOR_LIST_QUALITY),
        (Some("mailgun"), "complained") => Some(&mailgun::COMPLAINED),
        (Some("sparkpost"), "generation_failure") => Some(&SPARKPOST_GENERATION_FAILURE),
        (Some("amazonses"), "Reject") => Some(&SES_REJECT),
        (Some("amazonses"), "Rendering Failure") => Some(&SES_RENDERING_FAILURE),
        (Some("brevo"), "invalid_email") => Some(&BREVO_INVALID_EMAIL),
        (Some("brevo"), "error") => Some(&BREVO_ERROR),
        (None, kind) => export_bounce_type(kind),
        _ => None,
    }
}

/// Returns the entry for a CSV row's bounce type when the row has no
/// reply: `blocked` and `block` name a block, any other type only that
/// the send failed.
fn export_bounce_type(kind: &str) -> Option<&'static Entry> {
    match kind.trim().to_ascii_lowercase().as_str() {
        "blocked" | "block" => Some(&EXPORT_BLOCKED),
        "" => None,
        _ => Some(&EXPORT_NO_REPLY),
    }
}

/// SparkPost's `generation_failure`: its "messages attempted" FAQ states the
/// event "typically occurs when there is an error parsing the template",
/// and that the message was never generated or queued. Sisimai has no
/// reason for it, so it is `contenterror`, the reason for a message the
/// sending side built wrong.
pub static SPARKPOST_GENERATION_FAILURE: Entry = Entry {
    id: "sparkpost/generation-failure",
    reason: Reason::ContentError,
    what: "SparkPost did not send the message: it could not build it from \
           the template and the substitution data, so no receiving server \
           was contacted.",
    why: "SparkPost fills in each recipient's copy from the template. When \
          the template's syntax is wrong, or a substitution value is missing \
          or rejected, it records a generation failure instead of sending. \
          The event's reason names the part and the value.",
    steps: &[
        "Read the reason in the event: it names the template part and the \
         substitution that failed.",
        "Fix the template, or the substitution data your program sends for \
         this recipient, and preview it in SparkPost with that data.",
        "Send the message again after the fix: until then SparkPost fails \
         to build it the same way.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: "https://support.sparkpost.com/docs/faq/messages-attempted",
    checked: "2026-12-05",
};

/// Amazon SES's event types, as its API reference lists them for event
/// destinations.
const SES_SOURCE: &str = "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sesv2/aws.sdk.kotlin.services.sesv2.model/-event-destination/matching-event-types.html";

/// SES's `Reject`: "SES accepted the email, but determined that it
/// contained a virus and didn't attempt to deliver it".
pub static SES_REJECT: Entry = Entry {
    id: "amazon/reject-virus",
    reason: Reason::VirusDetected,
    what: "Amazon SES did not send the message: it found a virus in it, so \
           no receiving server was contacted.",
    why: "SES scans each message it accepts and records a Reject event, \
          instead of sending, when the message contains a virus. It is \
          usually in an attachment.",
    steps: &[
        "Scan the attachments and the computer or program that sent the \
         message with an up-to-date virus scanner.",
        "Send the message again without the infected file.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SES_SOURCE,
    checked: "2026-12-05",
};

/// SES's `Rendering Failure`: "The email wasn't sent because of a template
/// rendering issue", which "can occur when template data is missing, or
/// when there is a mismatch between template parameters and data".
pub static SES_RENDERING_FAILURE: Entry = Entry {
    id: "amazon/rendering-failure",
    reason: Reason::ContentError,
    what: "Amazon SES did not send the message: it could not fill in the \
           template with the data it was given, so no receiving server was \
           contacted.",
    why: "SES builds a templated message from the template and the \
          template data sent with it. When data is missing, or the template's \
          parameters and the data do not match, it records a Rendering \
          Failure instead of sending. The event's error message names the \
          problem.",
    steps: &[
        "Read the error message in the event's failure part.",
        "Fix the template, or the template data your program sends for this \
         recipient, so that every parameter gets a value.",
        "Send the message again after the fix: until then SES fails to \
         build it the same way.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SES_SOURCE,
    checked: "2026-12-05",
};

/// Brevo's `invalid_email`. Brevo's transactional email reference
/// (<https://developers.brevo.com/reference/gettransacemailcontent>, its
/// event table) reads it as "When the senders email is invalid", while
/// third-party listings of Brevo's webhooks (events.apis.io) read it as a
/// recipient address rejected as invalid. The event's `email` field
/// contains the recipient.
///
/// NOTE: the two sources disagree on whose address is invalid, so the card
/// asks for both to be checked and claims neither.
pub static BREVO_INVALID_EMAIL: Entry = Entry {
    id: "brevo/invalid-email",
    reason: Reason::SyntaxError,
    what: "Brevo did not send the message because it found an address of \
           the message invalid, and no receiving server was contacted.",
    why: "Brevo records an invalid_email event when an address is not a \
          valid email address. Brevo's own event table says this is the \
          sender's address, while other listings say it is the recipient's, \
          the address the event names. Either way the address cannot be \
          mailed as written.",
    steps: &[
        "Check the address the event names for typing errors: a doubled @, \
         a space, a missing or misspelt domain.",
        "Check the sender address the message was sent from the same way, \
         and that it is a sender your Brevo account has verified.",
        "Correct the address in your list or your program, then send the \
         message again.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: "https://developers.brevo.com/reference/gettransacemailcontent",
    checked: "2026-12-05",
};

/// Brevo's `error`: "An error occurred during the mail transfer from
/// sender to recipient", in Brevo's table of event names. The event's
/// `reason` names the error, such as "Sender is not valid".
// NOTE: Brevo's table does not list the reasons an `error` carries, so
// the steps cover a reason about the sender and any other one.
pub static BREVO_ERROR: Entry = Entry {
    id: "brevo/error",
    reason: Reason::Rejected,
    what: "Brevo did not deliver the message: it reports an error while \
           sending it, and the event's reason names the error.",
    why: "Brevo records an error event when sending fails on its side, \
          so no receiving server's reply is recorded. A reason such as \
          \"Sender is not valid\" is about your sender address, not the \
          recipient's.",
    steps: &[
        "Read the event's reason under Technical details.",
        "If it names the sender, check that the From address, or its \
         domain, is a sender your Brevo account has added and verified, and \
         send from that address.",
        "For any other reason, look the message up in Brevo's transactional \
         logs, and ask Brevo's support with the message ID if the error \
         repeats.",
        "Send the message again once the cause is fixed.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: "https://developers.brevo.com/reference/gettransacemailcontent",
    checked: "2026-12-05",
};

/// A CSV export row whose bounce type is `blocked` but whose reply field
/// is empty. Brevo's event table reads `blocked` as mail "prevented to
/// reach the recipients inbox due to blacklisted sender etc.", and other
/// services use the word for a receiver's refusal of the sending IP, so
/// the card names both and claims neither.
///
/// NOTE: only Brevo's meaning of the word was checked.
pub static EXPORT_BLOCKED: Entry = Entry {
    id: "export/blocked-no-reply",
    reason: Reason::Blocked,
    what: "The export lists this send as blocked but gives no reply, so the \
           cause of the block cannot be read from it.",
    why: "A sending service calls a send blocked when a receiving server \
          refused mail from its IP address or domain, and some services also \
          when they held the message back themselves. Without the reply, \
          neither the cause nor the IP address to quote can be named.",
    steps: &[
        "Look the send up in the sending service's activity log or \
         dashboard: it shows the receiver's reply, or the service's own \
         reason.",
        "Paste that reply here for its cause and the IP to quote.",
        "Send the message again only once that cause is fixed.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: "https://developers.brevo.com/reference/gettransacemailcontent",
    checked: "2026-12-05",
};

/// A CSV export row with a bounce type other than a block (`hard`,
/// `soft`, `bounce`) and an empty reply field. RFC 3464's Diagnostic-Code
/// is where a bounce carries the receiver's reply, which states the cause.
pub static EXPORT_NO_REPLY: Entry = Entry {
    id: "export/no-reply",
    reason: Reason::OnHold,
    what: "The export lists this send as bounced but gives no reply, so the \
           cause cannot be read from it.",
    why: "The row names only the bounce type. The receiver's reply, which \
          states the cause, was left empty in the export.",
    steps: &[
        "Look the send up in the sending service's activity log or \
         dashboard, which shows the receiver's reply.",
        "Paste that reply here for its cause.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc3464",
    checked: "2026-12-05",
};

/// A sending service's failure event that carries no reply text at all,
/// such as Postal's `MessageBounced`, which describes the bounce message
/// it received but quotes none of it
/// (<https://docs.postalserver.io/developer/webhooks>). RFC 3464's
/// Diagnostic-Code is where a bounce carries the receiver's reply, which
/// states the cause.
pub static EVENT_NO_REPLY: Entry = Entry {
    id: "event/no-reply",
    reason: Reason::Undefined,
    what: "The event reports that the message was not delivered but gives no \
           reply text, so the cause cannot be read from it.",
    why: "The event names only that the message failed. The receiver's reply, \
          or the bounce message that states the cause, is not part of it.",
    steps: &[
        "Look the message up in the sending service's log or dashboard, which \
         shows the bounce message or the receiver's reply.",
        "Paste that bounce message or reply here for its cause.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc3464",
    checked: "2026-12-06",
};
