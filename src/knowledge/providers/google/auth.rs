//! Gmail's authentication and bulk-sender entries: SPF, DKIM, DMARC and
//! TLS. In Google's use 5.7.27, 5.7.29 and 5.7.30 (and their 4.7.x
//! forms) name the bulk-sender requirement that failed, which differs from
//! the IANA registry's meaning of those codes.

use super::{CHECKED, GUIDELINES, SOURCE};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

pub(super) static DMARC: Entry = Entry {
    id: "google/dmarc",
    reason: Reason::AuthFailure,
    what: "Gmail refused the message because it failed the DMARC policy of \
           the domain in its From address.",
    why: "The From domain publishes a DMARC policy that asks receivers to \
          reject mail not authenticated for it, and neither SPF nor DKIM \
          passed for that domain. A 451 reply means Google could not look \
          the records up in time.",
    steps: &[
        "If you use a service that sends as your domain, have it sign with \
         DKIM for your domain, or add it to the domain's SPF record.",
        "If the From address belongs to someone else's domain (a webmail \
         address sent through another server), send from your own domain \
         instead.",
        "Check the domain's SPF, DKIM and DMARC records with your DNS \
         administrator.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[GUIDELINES],
    source: SOURCE,
    checked: CHECKED,
};

pub(super) static UNAUTHENTICATED: Entry = Entry {
    id: "google/unauthenticated",
    reason: Reason::AuthFailure,
    what: "Gmail refused the message because it was not authenticated: \
           neither SPF nor DKIM passed for the sending domain.",
    why: "Gmail requires every sender to pass SPF or DKIM. The sending \
          server is missing from the domain's SPF record (or the record \
          fails with -all), and the message carried no valid DKIM \
          signature.",
    steps: &[
        "Your domain administrator adds the sending server or service to \
         the domain's SPF record.",
        "They turn on DKIM signing for the domain at the sending server or \
         service.",
        "Send again after the DNS changes are visible.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[GUIDELINES],
    source: SOURCE,
    checked: CHECKED,
};

pub(super) static BULK_SPF: Entry = Entry {
    id: "google/bulk-spf",
    reason: Reason::AuthFailure,
    what: "Gmail refused or slowed the message because SPF did not pass, \
           which Google requires of bulk senders.",
    why: "In Google's own use, 5.7.27 and 4.7.27 mean a bulk sender failed \
          SPF, and 5.7.24 and 4.7.24 mean the SPF record has suspicious \
          entries; the registry's generic meaning does not apply.",
    steps: &[
        "Your domain administrator checks that the SPF record lists every \
         server and service that sends for the domain.",
        "They remove needless or overly broad entries from the record.",
        "Send again once SPF passes.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[GUIDELINES],
    source: SOURCE,
    checked: CHECKED,
};

pub(super) static BULK_DKIM: Entry = Entry {
    id: "google/bulk-dkim",
    reason: Reason::AuthFailure,
    what: "Gmail refused or slowed the message because it carried no valid \
           DKIM signature, which Google requires of bulk senders.",
    why: "In Google's own use, 5.7.30 and 4.7.30 mean DKIM did not pass for \
          a sender of bulk mail.",
    steps: &[
        "Your mail administrator turns on DKIM signing for the sending \
         domain and publishes the public key in DNS.",
        "Send again once DKIM passes.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[GUIDELINES],
    source: SOURCE,
    checked: CHECKED,
};

pub(super) static BULK_DMARC: Entry = Entry {
    id: "google/bulk-dmarc",
    reason: Reason::AuthFailure,
    what: "Gmail refused or slowed the message because the sending domain \
           lacks DMARC or the From domain is not aligned with SPF or DKIM.",
    why: "Google requires bulk senders to publish a DMARC record (4.7.40, \
          5.7.40) and to send with a From domain that matches the domain \
          SPF or DKIM authenticated (4.7.32, 5.7.32).",
    steps: &[
        "Your domain administrator publishes a DMARC record for the From \
         domain (p=none is enough to start).",
        "They make the DKIM signing domain or the bounce (MAIL FROM) domain \
         the same organisational domain as the From address.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[GUIDELINES],
    source: SOURCE,
    checked: CHECKED,
};

pub(super) static BULK_TLS: Entry = Entry {
    id: "google/bulk-tls",
    reason: Reason::SecurityError,
    what: "Gmail refused or slowed the message because it was not sent over \
           an encrypted (TLS) connection.",
    why: "In Google's own use, 5.7.29 and 4.7.29 mean a bulk sender \
          delivered without TLS, which Google requires.",
    steps: &[
        "Your mail administrator enables STARTTLS for outgoing mail on the \
         sending server.",
        "Send again once the server delivers over TLS.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[GUIDELINES],
    source: SOURCE,
    checked: CHECKED,
};
