//! Readings of an Amazon SES complaint notification by its
//! `complaintFeedbackType`, for the types whose raw ARF reading does not
//! fit. SES sends a complaint notification only about a message that the
//! user's own SES account sent, and the notification carries the `mail`
//! object (`source`, `sourceIp`, `callerIdentity`) in place of the
//! report's Source-IP and the message. So "someone forged your address"
//! cannot apply, and the lead is the account's own sending.

use super::feedback_types;
use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// SES's notification contents page: the `mail` object describes the
/// message the account sent, `sourceIp` is the public IP address of the
/// client that made the send request, and `callerIdentity` is the IAM
/// identity that sent it.
const SOURCE: &str = "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html";
const CHECKED: &str = "2026-12-06";

/// The step that reads the notification's `mail` object, shared by the
/// virus and fraud entries.
const MAIL_FIELDS_STEP: &str = "Read the notification's mail object: source is the sender \
     address, sourceIp the IP address of the program that asked SES to send the message, \
     and callerIdentity (when present) the IAM user or role whose credentials it used.";

/// `virus` in an SES complaint.
pub static VIRUS: Entry = Entry {
    id: "feedback/ses-virus",
    reason: Reason::Feedback,
    what: "This is not a bounce but an Amazon SES complaint notification: the \
           recipient's mailbox provider found a virus in a message that your SES \
           account sent.",
    why: "SES sends a complaint notification only about a message that your own \
          SES account sent, so the message did leave through your account. Usually \
          an application, server or web form that uses the account's credentials \
          was taken over, or it attached an infected file. The recipient's address \
          is not the problem.",
    steps: &[
        MAIL_FIELDS_STEP,
        "If that program or identity is not one of yours, someone has your \
         credentials: deactivate and replace that identity's access keys or SMTP \
         credentials, and check what else it sent.",
        "If it is your application, find the file or link it sent, clean the \
         infected system and change the passwords of the accounts involved.",
        "Keep the recipient on your list: this notification is about the message, \
         not the address.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// `fraud` in an SES complaint.
pub static FRAUD: Entry = Entry {
    id: "feedback/ses-fraud",
    reason: Reason::Feedback,
    what: "This is not a bounce but an Amazon SES complaint notification: a \
           message that your SES account sent was reported as fraud or phishing.",
    why: "SES sends a complaint notification only about a message that your own \
          SES account sent, so nobody outside the account forged it. Either \
          someone sends phishing with your account's credentials or through a \
          form of yours, or the recipient took your own message for a scam.",
    steps: &[
        MAIL_FIELDS_STEP,
        "If that program or identity is not one of yours, deactivate and replace \
         its access keys or SMTP credentials at once: someone sends mail through \
         your account.",
        "If it is your application, check the web forms that can send mail and \
         the message itself: links to other domains or requests for passwords or \
         payment read as phishing.",
        "Keep the recipient on your list: this notification is about the message, \
         not the address.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// `auth-failure` in an SES complaint: SES sends from its own servers, so
/// the fix is the identity's setup in SES, not the user's SPF record.
pub static AUTH_FAILURE: Entry = Entry {
    id: "feedback/ses-auth-failure",
    reason: Reason::Feedback,
    what: "This is not a bounce but an Amazon SES complaint notification: the \
           receiver reported that a message your SES account sent failed its SPF, \
           DKIM or DMARC check.",
    why: "SES sends the message from its own servers, with a MAIL FROM address \
          under amazonses.com unless you set your own. The message passes DMARC \
          for your domain only when it carries a DKIM signature of your domain \
          or comes from a MAIL FROM domain under yours.",
    steps: &[
        "In the SES console, check that the identity of the sender address \
         (the mail object's source) has Easy DKIM or your own DKIM key set up \
         and verified, and that its DNS records are still published.",
        "For SPF to count toward DMARC, set up a custom MAIL FROM domain (a \
         subdomain of yours) with the MX and SPF records that SES lists for it.",
        "Nobody needs to be removed from a mailing list: no recipient \
         complained.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// `other` in an SES complaint. An ARF report of this type states its
/// subject only in its human-readable part, but SES passes on the
/// report's fields, not its text. The complaint object carries the
/// complained recipients, the `feedbackId`, and when the receiver sent a
/// feedback report, its `userAgent`, `complaintFeedbackType` and
/// `arrivalDate`.
pub static OTHER: Entry = Entry {
    id: "feedback/ses-other",
    reason: Reason::Feedback,
    what: "This is not a bounce but an Amazon SES complaint notification: the \
           recipient's mailbox provider sent feedback about a message from your \
           SES account, of a kind the report format has no name for (type \
           other).",
    why: "The receiver's report names what the feedback is about only in its \
          own text, and SES passes on the report's type with no text of the \
          report. So the notification cannot say whether the recipient objected \
          to the mail.",
    steps: &[
        "Read what the notification does give: the address in \
         complainedRecipients, the feedbackId that SES gave the report and, \
         when the report had one, arrivalDate, when the receiver got the \
         message.",
        "Find the message in your own sending logs by the mail object's \
         messageId and timestamp, to see what the recipient was sent.",
        "Remove the address from your list if the recipient never asked for \
         that mail. Otherwise keep it: this type alone is no spam complaint.",
    ],
    who: Actor::Nobody,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// Entries of this table, for the list of every entry.
pub static ENTRIES: &[&Entry] = &[&VIRUS, &FRAUD, &AUTH_FAILURE, &OTHER];

/// Returns the entry for the `complaintFeedbackType` of an SES complaint
/// (`lower`, lowercased): the SES reading of `virus`, `fraud`,
/// `auth-failure` and `other`, else the ARF reading of
/// [`feedback_types::lookup`].
pub fn lookup(lower: &str) -> Option<&'static Entry> {
    let arf = feedback_types::lookup(lower)?;
    let own = match arf.id {
        "feedback/virus" => &VIRUS,
        "feedback/fraud" => &FRAUD,
        "reason/feedback-auth-failure" => &AUTH_FAILURE,
        "feedback/other" => &OTHER,
        _ => arf,
    };
    Some(own)
}
