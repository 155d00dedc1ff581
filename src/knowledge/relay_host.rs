//! A sending server that could not look up the relay host (smarthost) it
//! is set to pass all outgoing mail to. hMailServer writes "The host
//! specified as SMTP relay server could not be found. Please contact your
//! server administrator." when its DNS answered but named no address for
//! the configured relay (`_HandleNoRecipientServers` in
//! hmailserver/source/Server/SMTP/ExternalDelivery.cpp), which is the
//! SMTP relayer of its SMTP settings or a route's fixed host. The
//! recipient's domain was never looked up, so its spelling is not the
//! cause.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// hMailServer's sentence, lowercase.
pub const NOT_FOUND_SENTENCE: &str = "the host specified as smtp relay server could not be found";

/// The relay host named in the sending server's settings does not resolve.
pub static NOT_FOUND: Entry = Entry {
    id: "relay-host/not-found",
    reason: Reason::SystemError,
    what: "Your own mail server could not find the relay server it is set \
           to send all outgoing mail through, so the message never left it.",
    why: "The server is set up to pass outgoing mail to a relay host \
          (smarthost), and a DNS lookup of that host's name returned no \
          address: the name is misspelt, no longer exists, or the server's \
          DNS does not resolve it. The recipient's address and domain were \
          never checked.",
    steps: &[
        "Send the bounce to your mail administrator.",
        "They check the relay host name in the server's delivery settings \
         (in hMailServer, the SMTP relayer among the SMTP settings, or the \
         route for the recipient's domain) and that the server's DNS \
         resolves it.",
        "Send the message again once the relay setting works.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/ExternalDelivery.cpp",
    checked: "2026-12-06",
};
