//! Reasons in the mail systems and the network between them, and outcomes
//! that are not failures at all.

use super::BASE;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

pub static SYSTEM_ERROR: Entry = Entry {
    id: "reason/systemerror",
    reason: Reason::SystemError,
    what: "The receiving mail system had an internal error and could not \
           take the message.",
    why: "Something is wrong on the recipient's side: a misconfiguration, a \
          failed directory or database lookup, or a mail loop.",
    steps: &[
        "If the failure is temporary, wait: the sending server retries.",
        "If it is permanent, tell the recipient by another channel so their \
         mail administrator can fix it, then send the message again.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static SYSTEM_FULL: Entry = Entry {
    id: "reason/systemfull",
    reason: Reason::SystemFull,
    what: "The receiving mail server has run out of storage.",
    why: "The server's disk or queue is full, which affects all of its \
          users, not only this recipient.",
    steps: &[
        "Wait: the sending server retries, and such problems are usually \
         fixed within hours.",
        "If the message finally fails, tell the recipient by another channel \
         and send it again later.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static NETWORK_ERROR: Entry = Entry {
    id: "reason/networkerror",
    reason: Reason::NetworkError,
    what: "The message could not reach the receiving server because of a \
           network or DNS problem.",
    why: "The connection failed or timed out, a DNS lookup failed, or the \
          message went round in a routing loop.",
    steps: &[
        "If the failure is temporary, wait: the sending server retries.",
        "If it keeps failing, send the bounce to your mail administrator; \
         they check the DNS of the recipient's domain and the network path \
         to its server.",
    ],
    ..BASE
};

pub static EXPIRED: Entry = Entry {
    id: "reason/expired",
    reason: Reason::Expired,
    what: "The sending server gave up after trying to deliver the message \
           for as long as it keeps mail queued, typically several days.",
    why: "Every attempt failed, usually because the receiving server was \
          unreachable or kept deferring the mail. The last error the bounce \
          quotes is the real cause.",
    steps: &[
        "Read the last error in the bounce (under Technical details) for the \
         cause.",
        "Check the recipient's address, then send the message again.",
        "If it fails the same way, send the bounce to your mail \
         administrator.",
    ],
    // The attempts failed on temporary causes until the queue lifetime
    // ran out, so a later resend can get through.
    temporary: Some(true),
    ..BASE
};

pub static MAILER_ERROR: Entry = Entry {
    id: "reason/mailererror",
    reason: Reason::MailerError,
    what: "A delivery program on the receiving server (a script, filter or \
           local delivery agent) failed while handling the message.",
    why: "The receiving server passes mail to a program, and that program \
          crashed or returned an error.",
    steps: &[
        "Tell the recipient by another channel so their mail administrator \
         can fix the delivery program.",
        "Send the message again once they have.",
    ],
    who: Actor::Recipient,
    ..BASE
};

pub static ON_HOLD: Entry = Entry {
    id: "reason/onhold",
    reason: Reason::OnHold,
    what: "The message was not delivered, but the bounce does not carry \
           enough information to say why.",
    why: "The receiving server's reply is missing or too vague to tell.",
    steps: &[
        "Read the receiver's reply under Technical details; its own words \
         are the best clue.",
        "Send the whole bounce to your mail administrator, who can find the \
         full reply in the sending server's log.",
    ],
    ..BASE
};

pub static DELIVERED: Entry = Entry {
    id: "reason/delivered",
    reason: Reason::Delivered,
    what: "This is a delivery report: the message reached the recipient's \
           server.",
    why: "Some servers send such a report when the sender asked for one, or \
          when a message was relayed onward.",
    steps: &["Nothing to do.", "Keep the report if you need proof of delivery."],
    who: Actor::Nobody,
    ..BASE
};

pub static FEEDBACK: Entry = Entry {
    id: "reason/feedback",
    reason: Reason::Feedback,
    what: "This is not a bounce but a complaint report: a recipient marked \
           a message from you as spam.",
    why: "Mailbox providers forward such reports (feedback loops) to \
          senders who registered for them.",
    steps: &[
        "Stop sending to the complaining address; remove it from your \
         mailing list.",
        "If complaints are frequent, check that everyone on the list asked \
         for the mail and that unsubscribing is easy.",
    ],
    who: Actor::Nobody,
    ..BASE
};

/// An RFC 6591 authentication failure report: an ARF report with
/// `Feedback-Type: auth-failure`, sent when a message failed the
/// receiver's SPF, DKIM or DMARC check. No recipient complained.
pub static AUTH_FAILURE_REPORT: Entry = Entry {
    id: "reason/feedback-auth-failure",
    reason: Reason::Feedback,
    what: "This is not a bounce but an authentication failure report: a \
           message sent in your domain's name failed the receiver's SPF, \
           DKIM or DMARC check.",
    why: "Domains that publish a DMARC record asking for failure reports \
          get one for each failing message; it can be your own server \
          without a signature or a forger using your domain.",
    steps: &[
        "Check the report's Source-IP: if it is one of your servers, make \
         it sign with DKIM and list it in your SPF record.",
        "If the IP is not yours, someone sent mail in your domain's name; \
         a DMARC policy of quarantine or reject stops such mail.",
        "Nobody needs to be removed from a mailing list: no recipient \
         complained.",
    ],
    who: Actor::Admin,
    ..Entry::sourced("https://www.rfc-editor.org/rfc/rfc6591", "2026-12-04")
};

pub static VACATION: Entry = Entry {
    id: "reason/vacation",
    reason: Reason::Vacation,
    what: "This is an automatic reply, such as an out-of-office notice, not \
           a delivery failure.",
    why: "The recipient set their mailbox to answer automatically; your \
          message was delivered.",
    steps: &[
        "Nothing to do: the message reached the recipient.",
        "Read the reply for a return date or another contact if the matter \
         is urgent.",
    ],
    who: Actor::Nobody,
    ..BASE
};
