//! Enhanced status codes X.7.20 to X.7.29: sender authentication (DKIM,
//! SPF, reverse DNS, ARC), null MX senders and mail floods.

use super::BASE;
use crate::knowledge::Entry;
use crate::reason::Reason;

const DOMAIN_AUTH_STEPS: &[&str] = &[
    "Send the bounce to whoever manages your domain's DNS and mail.",
    "They make sure the sending server or service is in the domain's SPF \
     record and signs the mail with DKIM for the From domain.",
    "Send the message again once the checks pass.",
];

pub static X_7_20: Entry = Entry {
    id: "status/X.7.20",
    reason: Reason::AuthFailure,
    what: "The receiver refused the message because it has no valid DKIM \
           signature.",
    why: "The receiver requires mail to be signed with DKIM, and no \
          signature on this message verified.",
    steps: DOMAIN_AUTH_STEPS,
    ..BASE
};

pub static X_7_21: Entry = Entry {
    id: "status/X.7.21",
    reason: Reason::AuthFailure,
    what: "The message's DKIM signature verified, but the receiver does not \
           accept it.",
    why: "For example, it was signed by a domain the receiver's policy does \
          not count, or with a key that is too short.",
    steps: DOMAIN_AUTH_STEPS,
    ..BASE
};

pub static X_7_22: Entry = Entry {
    id: "status/X.7.22",
    reason: Reason::AuthFailure,
    what: "The message has no valid DKIM signature from the domain in its \
           From address.",
    why: "It was signed, but by another domain, such as the sending \
          service's, and the receiver wants the author's domain.",
    steps: DOMAIN_AUTH_STEPS,
    ..BASE
};

pub static X_7_23: Entry = Entry {
    id: "status/X.7.23",
    reason: Reason::AuthFailure,
    what: "The message failed the sender domain's SPF check.",
    why: "The domain's SPF record does not list the server that sent the \
          message. Gmail also uses 4.7.23 for a sending IP without proper \
          reverse DNS.",
    steps: DOMAIN_AUTH_STEPS,
    ..BASE
};

pub static X_7_24: Entry = Entry {
    id: "status/X.7.24",
    reason: Reason::AuthFailure,
    what: "The receiver could not evaluate the sender domain's SPF record.",
    why: "The SPF record has an error (bad syntax, too many DNS lookups) or \
          its DNS did not answer.",
    steps: &[
        "Send the bounce to whoever manages your domain's DNS.",
        "They check the SPF record with an SPF validator and fix syntax \
         errors or the number of lookups (at most 10).",
        "Send the message again once the record validates.",
    ],
    ..BASE
};

pub static X_7_25: Entry = Entry {
    id: "status/X.7.25",
    reason: Reason::RequirePtr,
    what: "The sending server's IP address failed the receiver's reverse DNS \
           (PTR) check.",
    why: "The IP has no PTR record, or its PTR name does not point back to \
          the same IP.",
    steps: &[
        "Send the bounce to your mail administrator.",
        "They ask whoever owns the IP to set a PTR record with the server's \
         name, and make sure that name resolves back to the IP.",
        "Send the message again once it resolves.",
    ],
    // The check fails until someone fixes the DNS, whatever the reply class.
    temporary: Some(false),
    ..BASE
};

pub static X_7_26: Entry = Entry {
    id: "status/X.7.26",
    reason: Reason::AuthFailure,
    what: "The message failed more than one authentication check (SPF, \
           DKIM, DMARC).",
    why: "The receiver could not confirm the message came from the domain \
          in its From address. Gmail sends this for unauthenticated mail.",
    steps: DOMAIN_AUTH_STEPS,
    ..BASE
};

pub static X_7_27: Entry = Entry {
    id: "status/X.7.27",
    reason: Reason::NotAccept,
    what: "The sender's domain states that it receives no email (a null \
           MX), so replies could never reach it.",
    why: "Receivers refuse mail from domains that cannot receive bounces. \
          Gmail also uses 5.7.27 for bulk mail that fails SPF.",
    steps: &[
        "Send from an address on a domain that receives mail.",
        "Or ask whoever manages the domain to publish a real MX record.",
    ],
    ..BASE
};

pub static X_7_28: Entry = Entry {
    id: "status/X.7.28",
    reason: Reason::SpamDetected,
    what: "The receiver took the message for part of a flood of similar, \
           unwanted messages.",
    why: "Many near-identical messages arrived at once, the pattern of spam \
          runs. Gmail uses 4.7.28 and 5.7.28 for an unusual rate of \
          unsolicited mail.",
    steps: &[
        "Send the bounce to your mail administrator; a compromised account \
         or a bulk send may be the cause.",
        "Send bulk mail only to people who asked for it, and spread it out \
         over time.",
    ],
    ..BASE
};

pub static X_7_29: Entry = Entry {
    id: "status/X.7.29",
    reason: Reason::AuthFailure,
    what: "The message's ARC chain, which records authentication results \
           across forwarders, did not validate.",
    why: "A forwarding service signed the message with ARC and the chain \
          is broken. Gmail also uses 5.7.29 for bulk senders not using TLS.",
    steps: DOMAIN_AUTH_STEPS,
    ..BASE
};
