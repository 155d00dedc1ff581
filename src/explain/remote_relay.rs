//! Picks the explanation for a relay or sign-in refusal that a bounce
//! reports from another server. Pasted alone, `554 5.7.1 Relay access
//! denied` or `530 5.7.0 Authentication required` is usually the sender's
//! own server refusing a mail program that did not sign in. When a bounce
//! names the server that replied (a Remote-MTA field, Postfix's `host ...
//! said:`, Exim's `host ... [ip]`), the sender's server accepted the
//! message and the refusal came from further down the path.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::sender_domain::{bounce_sender_domain, domain_of};
use crate::extract::Failure;
use crate::input::Decoded;
use crate::knowledge::{providers, remote_relay, wordings, Entry};
use crate::reason::Reason;
use crate::report::Actor;
use crate::sender_ip::base_domain;

/// Returns the entry for the side that must act when the refusal came
/// from a remote server: a relay or sign-in refusal that `entry` puts on
/// the sender's mail program, or Microsoft 365's 5.4.1 from the sender's
/// own tenant host. Returns `entry` unchanged otherwise.
pub(super) fn for_remote_reply(
    entry: &'static Entry,
    failure: &Failure,
    bounce: &Decoded,
) -> &'static Entry {
    // Postfix names its own failed sign-in to the relay before the reply.
    let trailer = failure.mta_trailer.to_ascii_lowercase();
    if entry.reason == Reason::SecurityError
        && trailer.contains("sasl authentication failed; server ")
    {
        return &remote_relay::SIGN_IN_FAILED_AT_OWN_RELAY;
    }

    // Microsoft 365's 5.4.1 from the sender's own tenant host is the
    // sender's connector, not the recipient's domain.
    if let Some(host) = remote_host(failure) {
        let sender = bounce_sender_domain(bounce);
        let recipient = failure.recipient.as_deref().and_then(domain_of);
        if let Some(own) = providers::at_sender_tenant(entry, &host, sender, recipient) {
            return own;
        }
    }

    let relay = entry.reason == Reason::NoRelaying && entry.who == Actor::You;
    let auth = std::ptr::eq(entry, &wordings::AUTH_REQUIRED);
    if !relay && !auth {
        return entry;
    }
    if auth && names_recipient_admin(&bounce.body) {
        return &remote_relay::ANONYMOUS_REJECTED_AT_RECIPIENT;
    }
    let Some(host) = remote_host(failure) else {
        return entry;
    };

    let host_domain = base_domain(&host);
    let in_recipient_domain = failure
        .recipient
        .as_deref()
        .and_then(domain_of)
        .is_some_and(|domain| base_domain(domain) == host_domain);
    // An email without headers names no sender.
    let in_sender_domain =
        bounce_sender_domain(bounce).is_some_and(|domain| base_domain(domain) == host_domain);
    match (relay, in_recipient_domain, in_sender_domain) {
        (_, true, _) if auth => &remote_relay::AUTH_AT_RECIPIENT,
        // NOTE: a server in neither domain that requests a sign-in is taken
        // as the sender's relay, because a server that receives a domain's
        // mail does not request one. The bounce cannot show it for sure.
        (false, _, _) => &remote_relay::AUTH_AT_OWN_RELAY,
        (true, false, true) => &remote_relay::RELAY_AT_OWN_RELAY,
        (true, _, _) => &remote_relay::RELAY_AT_RECIPIENT,
    }
}

/// Returns the host name of the server that replied, as the bounce names
/// it (`mx.example.net. (198.51.100.20, the server for ...)` gives
/// `mx.example.net`), or `None` when it names none or only an IP address.
fn remote_host(failure: &Failure) -> Option<String> {
    let host = failure.remote_mta.as_deref()?.split_whitespace().next()?;
    let host = host.trim_matches(|c| c == '[' || c == ']').trim_end_matches('.');
    let is_name = host.contains('.')
        && host.chars().any(|c| c.is_ascii_alphabetic())
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    is_name.then(|| host.to_ascii_lowercase())
}

/// Sentences of a Microsoft 365 NDR that put the fix on the recipient's
/// side: its "Action Required: Recipient" box, and the text under "More
/// Info for Email Admins".
static RECIPIENT_ADMIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)action required\s*:?\s*recipient\b|can only be fixed by the recipient['’]s (?:email )?admin|the recipient['’]s (?:email )?admin must\b",
    )
    .expect("recipient admin pattern is valid")
});

/// True when the bounce's own text states that the recipient's
/// administrator must act. A mail program's failed sign-in at its own
/// submission server produces no such NDR.
fn names_recipient_admin(body: &str) -> bool {
    RECIPIENT_ADMIN.is_match(body)
}
