//! Exchange Online's own bounces as the sending side: a mailbox blocked
//! from sending, a sender without Send As permission, a throttled sending
//! IP, and destinations it could not reach. Blocks of a whole sending
//! tenant are in `sending_tenant`. In these the status code is
//! Microsoft's (4.4.312, 5.4.316), so its meaning comes from Microsoft's
//! table rather than the registry.

use super::{CHECKED, EXO_SOURCE};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

pub(super) static DNS_FAILED: Entry = Entry {
    id: "microsoft/dns-failed",
    reason: Reason::NetworkError,
    what: "Microsoft 365 could not deliver the message because the \
           recipient's domain could not be found in DNS.",
    why: "4.4.312 and 5.4.312 mean the DNS lookup for the recipient's mail \
          server failed or returned no records until the message expired.",
    steps: &[
        "Check the recipient's domain for a typo.",
        "If it is right, tell the recipient by another channel that their \
         domain's MX records are missing or broken.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

pub(super) static CONNECTION_REFUSED: Entry = Entry {
    id: "microsoft/connection-refused",
    reason: Reason::Expired,
    what: "Microsoft 365 kept trying to reach the recipient's mail server, \
           which refused the connection, until the message expired.",
    why: "5.4.316 means the destination server refused or dropped \
          connections for as long as Microsoft retried.",
    steps: &[
        "Tell the recipient by another channel that their mail server does \
         not accept connections.",
        "Send the message again once they have fixed it.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

/// Exchange Online's 4.4.316, sent while the message is still queued. Its
/// 5.4.316, sent once Microsoft has given up, gets `CONNECTION_REFUSED`.
pub(super) static CONNECTION_DEFERRED: Entry = Entry {
    id: "microsoft/connection-deferred",
    reason: Reason::NetworkError,
    what: "Microsoft 365 could not connect to the recipient's mail server: \
           the server refused the connection.",
    why: "Microsoft documents 4.4.316 as a failed connection to a server \
          outside Microsoft 365, almost always a problem at the receiving \
          server or its network. The reply names the server and IP it tried.",
    steps: &[
        "Nothing yet: Microsoft 365 keeps retrying on its own.",
        "If the message has not gone through after a day, tell the \
         recipient by another channel that their mail server, at the IP \
         named in the reply, refuses connections.",
    ],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

pub(super) static MESSAGE_EXPIRED: Entry = Entry {
    id: "microsoft/message-expired",
    reason: Reason::Expired,
    what: "Exchange kept the message in its queue and retried, but the \
           receiving server never accepted it before the message expired.",
    why: "Microsoft documents 4.4.7 and 5.4.300 as a queue expiry that \
          usually points at the receiving server: it was down, refused \
          connections, or kept answering with a temporary error. Where the \
          reply goes on after \"->\", that is the last answer Exchange got.",
    steps: &[
        "Read the reply after \"->\", if any: it names what the receiving \
         server answered.",
        "Check the recipient's address, then tell the recipient by another \
         channel that their mail server does not accept mail.",
        "Send the message again once they have fixed it.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

pub(super) static ALL_REJECTED: Entry = Entry {
    id: "microsoft/all-rejected",
    reason: Reason::Rejected,
    what: "Exchange Online refused every recipient of the message with \
           \"Access denied\".",
    why: "The receiving organisation's Microsoft 365 tenant does not accept \
          this mail: its recipients are not in the directory, or it takes \
          mail only from certain servers or connectors.",
    steps: &[
        "Check the recipient addresses.",
        "If they are right, ask the recipient's administrator why their \
         Microsoft 365 tenant refuses mail from your server.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

/// Microsoft's guide to 4.7.500 to 4.7.699 ("Server busy ... (ASxxx)").
const THROTTLE_SOURCE: &str = "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online";

/// A new or little-known sending IP that Exchange Online slows down. The
/// cause is the IP's missing or poor reputation, so the reason is
/// `badreputation`, as for 4.7.650. `speeding` would blame the rate alone.
pub(super) static NEW_IP_THROTTLED: Entry = Entry {
    id: "microsoft/new-ip-throttled",
    reason: Reason::BadReputation,
    what: "Microsoft 365 is accepting mail from the sending IP address only \
           slowly, so it deferred this message.",
    why: "Codes 4.7.500 to 4.7.699 throttle an IP that has no sending \
          history with Microsoft, or that suddenly sends far more than \
          before. New senders are treated with suspicion, much like \
          greylisting. \"Server busy\" does not mean the receiver is \
          overloaded.",
    steps: &[
        "Let the sending server go on trying; most messages get through as \
         the IP builds a history with Microsoft.",
        "Your mail administrator raises the volume from a new IP slowly, \
         over a few days.",
        "If your organisation relays its own mail through Microsoft 365, \
         the administrator sets up an inbound connector for that server; \
         if the deferrals last, they contact Microsoft support with the IP.",
    ],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[],
    source: THROTTLE_SOURCE,
    checked: CHECKED,
};

/// "Remove blocked users from the Restricted entities page".
const RESTRICTED_SOURCE: &str =
    "https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-restore-restricted-users";

/// Exchange Online's own refusal to send from a mailbox it restricted
/// for outbound spam: "550 5.1.8 Access denied, bad outbound sender", or
/// an `OutboundSpamException` at submission.
pub(super) static RESTRICTED_SENDER: Entry = Entry {
    id: "microsoft/restricted-sender",
    reason: Reason::Rejected,
    what: "Microsoft 365 blocked your own mailbox from sending mail out.",
    why: "The account sent mail that Microsoft took for spam, or far more \
          than usual, which often means someone else has its password. \
          Microsoft then puts it on the Restricted entities list, and it \
          can send nothing until an administrator lifts that.",
    steps: &[
        "Your Microsoft 365 administrator checks the account for a \
         compromise (changes its sign-in, removes unknown forwarding rules).",
        "They remove the user from Restricted entities in the Microsoft \
         Defender portal (Email & collaboration, Review); it can take up to \
         24 hours to take effect.",
        "Send the message again afterwards.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: RESTRICTED_SOURCE,
    checked: CHECKED,
};

/// The outbound-spam verdict `RefuseQuota`, given when the mailbox or
/// tenant went over a sending limit. Sisimai has no reason for a sender's
/// quota, so this uses `speeding` (too much mail too fast).
pub(super) static SENDING_QUOTA: Entry = Entry {
    id: "microsoft/sending-quota",
    reason: Reason::Speeding,
    what: "Microsoft 365 refused to send the message because your mailbox \
           or organisation went over its sending limit.",
    why: "Exchange Online limits how many recipients one mailbox may send \
          to in 24 hours, and new or trial tenants get lower limits; \
          \"RefuseQuota\" is the verdict for going over them.",
    steps: &[
        "Your Microsoft 365 administrator checks whether the account sent \
         the mail itself or was taken over, and whether it is listed under \
         Restricted entities in the Microsoft Defender portal.",
        "If the limit was reached by genuine mail, send again after 24 \
         hours; for regular bulk mail use a service made for it.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits",
    checked: CHECKED,
};

/// Microsoft's article on "the sender's submission quota was exceeded".
const SUBMISSION_QUOTA_SOURCE: &str = "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-for-submission-quota-exceeded-in-exchange-online";

/// Exchange Online's recipient rate limit on one mailbox: 10,000
/// recipients a day. Its NDR table gives 5.1.90 ("you've reached your
/// daily limit for message recipients") and 5.2.2 ("Submission quota
/// exceeded"), and its submission-quota article the sentence without a
/// code. SMTP AUTH
/// clients get `554 5.2.0 STOREDRV.Submission.Exception:
/// SubmissionQuotaExceededException`, as Microsoft's article "Message
/// storage and concurrent connection throttling for SMTP Authenticated
/// Submission" shows. Sisimai has no reason for a sender's quota, so this
/// uses `speeding`, as the other sending-limit entries do.
pub(super) static RECIPIENT_RATE_LIMIT: Entry = Entry {
    id: "microsoft/recipient-rate-limit",
    reason: Reason::Speeding,
    what: "Microsoft 365 did not send the message because your mailbox \
           reached its daily limit on recipients. No receiving server was \
           involved.",
    why: "Exchange Online lets one mailbox send to at most 10,000 \
          recipients a day. Past that limit it refuses new messages from \
          the mailbox for about a day.",
    steps: &[
        "Wait 24 hours, then send the message again, to fewer recipients \
         at a time if it went to many.",
        "For newsletters or other mail to many recipients, use a \
         distribution list or a bulk mail service rather than your \
         mailbox.",
        "If you did not send that much mail, change your password and \
         tell your administrator: someone else may be sending spam from \
         your account.",
    ],
    who: Actor::You,
    temporary: Some(true),
    links: &[],
    source: SUBMISSION_QUOTA_SOURCE,
    checked: "2026-12-05",
};

/// Exchange's limit on how many messages one client may submit per
/// minute: the receive connector's or throttling policy's
/// `MessageRateLimit` on Exchange Server, and 30 messages a minute per
/// mailbox over SMTP AUTH in Exchange Online. Past it, the server answers
/// `421 4.4.2 Message submission rate for this client has exceeded the
/// configured limit` and takes nothing. Only the client retries: a mail
/// program from its outbox, a script only if it was written to.
pub(super) static SUBMISSION_RATE: Entry = Entry {
    id: "microsoft/submission-rate",
    reason: Reason::Speeding,
    what: "Your outgoing Exchange or Microsoft 365 server did not take the \
           message, because the program sending it submitted too many \
           messages in the last minute. The recipient's side was never \
           reached.",
    why: "Exchange caps the messages one client or mailbox may hand over \
          per minute (30 a minute for a Microsoft 365 mailbox that sends \
          through SMTP AUTH). Over the cap, it refuses each new message \
          until the minute has passed.",
    steps: &[
        "Send the message again after a pause. A mail program keeps it in \
         the Outbox and tries again by itself; a script, printer or \
         application has to resend it, so check that it did.",
        "If a program sends many messages at once, make it wait between \
         messages so that it stays under the limit.",
        "On your own Exchange Server, your administrator can raise the \
         MessageRateLimit of the receive connector or of the mailbox's \
         throttling policy. Microsoft 365's per-mailbox limit cannot be \
         raised; bulk mail needs a service made for it.",
    ],
    who: Actor::You,
    temporary: Some(true),
    links: &[],
    source: "https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits",
    checked: "2026-12-06",
};

/// Exchange refuses to take a message from a mailbox that has grown past
/// its send quota (ProhibitSendQuota), and reports it at submission as
/// `554 5.2.2 mailbox full; STOREDRV.Submission.Exception:
/// QuotaExceededException`. The same exception at delivery
/// (`STOREDRV.Deliver`) is the recipient's full mailbox.
/// NOTE: Microsoft's pages opened define the send quota but do not show
/// this reply; the reading rests on the STOREDRV.Submission stage.
pub(super) static SENDER_MAILBOX_FULL: Entry = Entry {
    id: "microsoft/sender-mailbox-full",
    reason: Reason::MailboxFull,
    what: "Microsoft 365 did not send the message because your own \
           mailbox is full. No receiving server was involved.",
    why: "Exchange stops a mailbox from sending once it grows past its \
          send quota, so that its owner frees space. The recipient's \
          mailbox is not the full one.",
    steps: &[
        "Delete large old messages and empty Deleted Items, or move mail \
         to an archive, until your mailbox is under its limit.",
        "Then send the message again.",
        "If you cannot free enough space, ask your administrator for a \
         larger mailbox or an archive mailbox.",
    ],
    who: Actor::You,
    temporary: Some(true),
    links: &[],
    source: "https://learn.microsoft.com/zh-tw/previous-versions/office/developer/exchange-server-2010/ff329695(v=exchg.140)",
    checked: "2026-12-05",
};

/// Exchange refuses at submission a message whose From address belongs
/// to a mailbox the signed-in account has no Send As permission for.
/// Full mailbox access does not include that permission.
pub(super) static SEND_AS_DENIED: Entry = Entry {
    id: "microsoft/send-as-denied",
    reason: Reason::SecurityError,
    what: "Microsoft 365 did not send the message because the account you \
           signed in with may not send as the From address.",
    why: "The From address belongs to another mailbox (a shared mailbox, a \
          colleague, or an application's address), and the account that \
          submitted the message lacks the Send As permission for it.",
    steps: &[
        "Send from your own address, or from an application set to sign in \
         as the mailbox it sends from.",
        "Otherwise your Microsoft 365 administrator grants the account the \
         Send As permission on that mailbox.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://support.microsoft.com/kb/912918",
    checked: CHECKED,
};

/// Exchange Online's outbound spam policy controls automatic forwarding
/// to outside addresses and blocks it by default. The forwarded copy then
/// bounces with 5.7.520 to the mailbox that forwarded it.
pub(super) static EXTERNAL_FORWARDING: Entry = Entry {
    id: "microsoft/external-forwarding",
    reason: Reason::SecurityError,
    what: "Microsoft 365 did not pass on an automatic forward to an outside \
           address, because your organisation blocks automatic external \
           forwarding.",
    why: "A forwarding rule or setting on a mailbox sent the message on to \
          an address outside the organisation. The outbound spam policy \
          blocks such forwards unless an administrator allows them, because \
          attackers use them to take mail out of hijacked mailboxes.",
    steps: &[
        "If you did not set up the forward, tell your administrator at \
         once: the mailbox may be compromised.",
        "If the forward is wanted, your Microsoft 365 administrator allows \
         automatic external forwarding for this mailbox in an outbound \
         spam policy, or sets up the forward another way.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding",
    checked: CHECKED,
};
