//! Relay and sign-in refusals from a server further down the path, as a
//! bounce reports them. The bounce shows that the sender's own server
//! accepted the message and passed it on, so the sender's mail program
//! signed in as it should. A server that relays only for the domains it
//! is set up for (Postfix's `relay_domains`, which "will not
//! automatically forward mail for domains that list this system as their
//! primary or backup MX host") refuses a domain whose MX records point at
//! it but that is missing from that list. That is the recipient's to fix,
//! unless the refusing server is the sender's own relay (smarthost).

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://www.postfix.org/postconf.5.html#relay_domains";
const CHECKED: &str = "2026-12-05";

/// A relay refusal from the server the recipient's domain sends its mail
/// to, or from a server the bounce does not place on either side.
pub static RELAY_AT_RECIPIENT: Entry = Entry {
    id: "remote-relay/recipient-mx",
    reason: Reason::NoRelaying,
    what: "The recipient's mail server refused the message as relaying: it \
           does not accept mail for the recipient's own domain.",
    why: "Your server accepted the message and passed it on, so your mail \
          program's settings are not the cause. The recipient's domain sends \
          its mail (its MX record) to a server that is not set up to accept \
          it, often after a move to another mail provider.",
    steps: &[
        "Tell the recipient by another way (phone, or another address) that \
         their mail server refuses mail for their own domain, and pass on \
         the bounce.",
        "Their mail administrator adds the domain to the accepted domains of \
         the server named in the bounce, or points the domain's MX records \
         at the server that now hosts its mail.",
        "If the server named in the bounce is your own organisation's relay \
         (smarthost), send the bounce to your mail administrator instead: \
         that relay does not accept your server's mail.",
        "Send the message again once the recipient confirms the fix.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

const OWN_RELAY_WHAT: &str = "Your organisation's relay server (smarthost) refused to pass \
                              the message on from your mail server.";
const OWN_RELAY_WHY: &str = "Your mail server accepted the message and handed it to the \
                             relay, which did not recognise your server: the server does \
                             not sign in to the relay, or its address is not on the \
                             relay's list of allowed senders.";
const OWN_RELAY_STEPS: &[&str] = &[
    "Send the bounce to your mail administrator.",
    "They set the mail server to sign in to the relay (SMTP AUTH) with the \
     relay's user name and password, or add the server's IP address to the \
     relay's allowed senders.",
    "Send the message again once that is done.",
];

/// A relay refusal from a relay in the sender's own domain: the smarthost
/// that the sending server passes all outgoing mail to.
pub static RELAY_AT_OWN_RELAY: Entry = Entry {
    id: "remote-relay/own-relay",
    reason: Reason::NoRelaying,
    what: OWN_RELAY_WHAT,
    why: OWN_RELAY_WHY,
    steps: OWN_RELAY_STEPS,
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

/// RFC 4954's `530 5.7.0 Authentication required` from a server outside
/// the recipient's domain, which is taken as the sender's own relay.
pub static AUTH_AT_OWN_RELAY: Entry = Entry {
    id: "remote-relay/own-relay-auth",
    reason: Reason::SecurityError,
    what: OWN_RELAY_WHAT,
    why: OWN_RELAY_WHY,
    steps: OWN_RELAY_STEPS,
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc4954#section-6",
    checked: CHECKED,
};

/// RFC 4954's `530 5.7.0 Authentication required` from the server the
/// recipient's domain sends its mail to. A server that receives a
/// domain's mail from the internet cannot ask other servers to sign in,
/// so it is a submission-only server listed as the domain's MX, or one
/// set up wrongly.
pub static AUTH_AT_RECIPIENT: Entry = Entry {
    id: "remote-relay/recipient-mx-auth",
    reason: Reason::SecurityError,
    what: "The recipient's mail server asked your mail server to sign in \
           before it would take the message, which no other server can do.",
    why: "Your server accepted the message and passed it on, so your mail \
          program's settings are not the cause. A server that receives a \
          domain's mail must take it without a sign-in. This one takes \
          mail only from its own users, so the domain's MX record points \
          at the wrong server or the server is set up wrongly.",
    steps: &[
        "Tell the recipient by another way (phone, or another address) that \
         their mail server asks senders to sign in, and pass on the bounce.",
        "Their mail administrator points the domain's MX records at the \
         server that receives its mail, or lets that server take mail for \
         the domain without a sign-in.",
        "Send the message again once the recipient confirms the fix.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc4954#section-6",
    checked: CHECKED,
};

/// A sign-in refusal that the bounce itself puts on the recipient's
/// administrator. Microsoft 365 rejects "530 5.7.57 ... Client was not
/// authenticated to send anonymous mail during MAIL FROM" both at its
/// submission server, to a mail program that did not sign in, and at a
/// recipient domain set to reject anonymous senders. Its NDR for the second
/// states this ("This error occurs when the recipient's email domain is
/// configured to reject email from anonymous users ... This issue can only
/// be fixed by the recipient's email admin"), as the NDR quoted on the
/// source page shows.
pub static ANONYMOUS_REJECTED_AT_RECIPIENT: Entry = Entry {
    id: "remote-relay/recipient-rejects-anonymous",
    reason: Reason::SecurityError,
    what: "The recipient's mail domain rejects mail from senders that have \
           not signed in to it, so it refused your message.",
    why: "Your server passed the message on and the recipient's server \
          refused it, so your own sign-in and password are not the cause. \
          The recipient's domain is set to take mail only from its own \
          signed-in users or from senders on its allowed list.",
    steps: &[
        "Tell the recipient by another way (phone, or another address) that \
         their domain refused your message as anonymous mail, and pass on \
         the bounce.",
        "Their mail administrator adds your address or domain to the \
         domain's allowed senders, or turns off the setting that rejects \
         anonymous senders.",
        "Send the message again once the recipient confirms the fix.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: "https://www.easy365manager.com/office-365-ndr-error-codes/",
    checked: "2026-12-06",
};

/// Postfix smtp(8)'s "SASL authentication failed; server ... said: 535
/// ...": the sending server holds a user name and password for its relay
/// host (`smtp_sasl_password_maps`), and the relay rejected them.
pub static SIGN_IN_FAILED_AT_OWN_RELAY: Entry = Entry {
    id: "remote-relay/own-relay-sign-in",
    reason: Reason::SecurityError,
    what: "Your mail server could not sign in to the relay server it passes \
           outgoing mail to: the relay rejected its user name or password.",
    why: "The mail server signs in to the relay with credentials stored in \
          its own settings, not with your mail program's password. They are \
          wrong, expired or were changed at the relay.",
    steps: &[
        "Send the bounce to your mail administrator.",
        "They check the relay's user name and password (or API key) in the \
         mail server's relay settings and renew them if they changed.",
        "Send the message again once the mail server signs in.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://www.postfix.org/SOHO_README.html",
    checked: CHECKED,
};
