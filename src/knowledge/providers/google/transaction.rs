//! Gmail's replies about how the sending side delivered, not about the
//! content or the sender's reputation. They cover a recipient domain that
//! takes mail only from listed IP addresses, a Message-ID reused across
//! many messages, one SMTP transaction for recipients in several domains
//! or for too many recipients at one domain, a connection Gmail holds
//! back, and the limits of the Workspace SMTP relay. Google's "Gmail SMTP
//! errors and codes" table lists each reply with its code.

use super::{CHECKED, POSTMASTER, SOURCE};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// "421 4.7.0 IP not in whitelist for RCPT domain, closing connection."
pub(super) static IP_NOT_ALLOWED: Entry = Entry {
    id: "google/ip-not-allowed",
    reason: Reason::PolicyViolation,
    what: "The recipient's Google Workspace domain accepts mail only from a \
           list of IP addresses, and your sending server's address is not \
           on it.",
    why: "A Workspace administrator can set the domain to take mail only \
          from chosen servers, such as the inbound gateway or filter that \
          should receive the domain's mail first. Mail that reaches Google \
          from any other address is turned away. The reply is a 421, but \
          retries fail the same way until that setting changes.",
    steps: &[
        "Tell the recipient by another way (phone, or another address) that \
         their domain turned your message away, and pass on the bounce.",
        "Their Workspace administrator checks the domain's inbound gateway \
         or allowlist settings, and its MX records: mail should reach the \
         listed gateway, not Google directly.",
        "Send the message again once the recipient confirms the fix.",
    ],
    who: Actor::Recipient,
    // Google sends 421, but the sending server's retries cannot change
    // the recipient's setting.
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// "421 4.7.28 Gmail has detected this sender exceeded the quota for
/// sending messages that have the same Message-ID".
pub(super) static SAME_MESSAGE_ID: Entry = Entry {
    id: "google/same-message-id",
    reason: Reason::Speeding,
    what: "Gmail did not accept the message because too many messages \
           with the same Message-ID came from this sender.",
    why: "Every message needs a Message-ID of its own (RFC 5322 section \
          3.6.4). A program that gives many messages one Message-ID, or \
          sends one message again and again, reaches Gmail's limit on \
          copies of a single message. Passwords and sign-in settings play \
          no part in it.",
    steps: &[
        "Pass the bounce to whoever runs the program that sent the message \
         (a web form, a script, a mailing tool) or your mail server.",
        "They make it write a new, unique Message-ID for every message, and \
         stop any loop that sends the same message repeatedly.",
        "The sending server retries on its own; messages that already have \
         their own Message-ID are not affected.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// "451 4.3.0 Multiple destination domains per transaction is
/// unsupported. Please try again."
pub(super) static MULTIPLE_DOMAINS: Entry = Entry {
    id: "google/multiple-domains",
    reason: Reason::PolicyViolation,
    what: "Gmail accepts recipients of only one domain in each delivery, \
           and your sending server put recipients of several domains in \
           the same one.",
    why: "The recipients' domains all have their mail at Google, so the \
          sending server delivered to them over one connection and listed \
          them all in one SMTP transaction. Google took the first domain's \
          recipients and deferred the others.",
    steps: &[
        "Nothing is lost yet: the sending server retries the deferred \
         recipients, and most servers then deliver them in a transaction \
         of their own.",
        "If such deferrals repeat or end in a bounce, your mail \
         administrator sets the sending server to deliver each recipient \
         domain in its own transaction.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// "450 4.2.1 Peak SMTP relay limit exceeded for customer" and "550 5.4.5
/// Daily SMTP relay limit exceeded for user". Google Workspace's SMTP
/// relay service carries an organisation's mail from its own devices and
/// servers, and limits how much it takes in a burst and in a day.
pub(super) static RELAY_LIMIT: Entry = Entry {
    id: "google/relay-limit",
    reason: Reason::Speeding,
    what: "Your organisation's Google Workspace SMTP relay reached its \
           sending limit, so it did not pass the message on.",
    why: "The relay service limits how many messages an organisation or a \
          user sends through it in a short burst and in a day. A device, \
          application or bulk send that goes through the relay used up \
          the limit.",
    steps: &[
        "A burst limit lifts within minutes and the sending server retries \
         on its own. After a daily limit, send bounced messages again \
         once the day's count resets.",
        "If it keeps happening, your Workspace administrator finds which \
         device or application sends through the relay and how much, and \
         moves bulk mail to a service made for it.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// "452 4.5.3 Domain policy size per transaction exceeded, please try this
/// recipient in a separate transaction.", and the same sentence under
/// 552 5.7.0. The address is valid, but the transaction carried too many
/// recipients.
pub(super) static DOMAIN_RECIPIENT_LIMIT: Entry = Entry {
    id: "google/domain-recipient-limit",
    reason: Reason::TooManyConn,
    what: "Gmail turned this recipient away because the delivery listed \
           more recipients at the same domain than Gmail accepts in one \
           SMTP transaction.",
    why: "Gmail caps how many recipients of one domain a single \
          transaction may carry. The recipients past the cap get this \
          reply and have to be sent in a transaction of their own. The \
          address itself is not at fault.",
    steps: &[
        "After a 4xx reply nothing is lost yet: the sending server retries \
         the recipient, and most servers send it in a new transaction.",
        "If the reply repeats or ends in a bounce, your mail administrator \
         sets the sending server to split the recipient list, so that each \
         transaction carries fewer recipients at one domain.",
        "If you wrote to a long list of addresses yourself, send the \
         message in smaller groups, or through a mailing list.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: "2026-12-06",
};

/// "421 4.7.0 Try again later, closing connection." Google's table adds
/// that this usually means a denial of service (DoS) limit at the HELO
/// stage, so Gmail is holding back the sending server's connections.
pub(super) static CONNECTION_LIMITED: Entry = Entry {
    id: "google/connection-limited",
    reason: Reason::TooManyConn,
    what: "Gmail closed the connection at its start and asked the sending \
           server to try again later, so it did not take the message on \
           this attempt.",
    why: "Gmail limits connections that look like a flood (a denial of \
          service) as early as the HELO greeting. A server that opens many \
          connections at once, or an IP address that suddenly sends far \
          more or poorer mail than before, meets this limit. It lifts by \
          itself.",
    steps: &[
        "Let the sending server retry: it does so on its own, and a later \
         attempt usually gets through.",
        "If the deferrals go on for hours or end in a bounce, your mail \
         administrator lowers the number of connections the server opens \
         to Gmail at once and its sending rate, and checks the IP \
         address's reputation in Google Postmaster Tools.",
    ],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[POSTMASTER],
    source: SOURCE,
    checked: "2026-12-06",
};
