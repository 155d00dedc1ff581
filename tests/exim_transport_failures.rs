//! Exim's own messages for a delivery that failed before any receiver
//! replied: a TLS session that could not be set up when TLS was required
//! (hosts_require_tls or DANE), and a DNS lookup that did not complete.
//! Each gets its cause, in a whole bounce and pasted bare (the address
//! and its indented lines).

use crate::bounces;

use crate::cards::only;
use bounce_explainer::{Actor, Reason, Recipient};

const SENDER_POLICY: &str = "tls/sender-policy-unmet";

/// The indented lines under the failed address, and the reason each must
/// get. Exim's smtp transport writes "a TLS session is required, but
/// ..." (transports/smtp.c), its log "a TLS session is required for this
/// host, but ...", and its TLS code "TLS session: (<function>): <error>"
/// after the host. The dnslookup router writes "host lookup did not
/// complete" when the DNS lookup must be tried again.
const CASES: &[(&str, Reason)] = &[
    (
        "host mx.example.net [198.51.100.20]: TLS session: (SSL_connect): \
         error:0A000086:SSL routines::certificate verify failed",
        Reason::SecurityError,
    ),
    (
        "host mx.example.net [198.51.100.20]: TLS session: (certificate verification failed): \
         certificate invalid",
        Reason::SecurityError,
    ),
    (
        "host mx.example.net [198.51.100.20]\n    a TLS session is required for \
         198.51.100.20 [mx.example.net], but an attempt to start TLS failed",
        Reason::SecurityError,
    ),
    (
        "host mx.example.net [198.51.100.20]\n    a TLS session is required for this host, \
         but the server did not offer TLS support",
        Reason::SecurityError,
    ),
    (
        "host mx.example.net [198.51.100.20]\n    a TLS session is required, but the server \
         did not offer TLS support",
        Reason::SecurityError,
    ),
    ("host lookup did not complete", Reason::NetworkError),
];

fn check(card: &Recipient, reason: Reason, text: &str) {
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{text}");
    assert_eq!(card.reason, reason, "{text}");
    if reason == Reason::SecurityError {
        assert_eq!(card.explanation.entry, SENDER_POLICY, "{text}");
        assert_eq!(card.explanation.who_acts, Actor::Admin, "{text}");
    }
    // A DNS deferral pasted without its bounce may still be retried, so
    // waiting is as right as the administrator, but the sender has
    // nothing to fix.
    assert_ne!(card.explanation.who_acts, Actor::You, "{text}");
    let what = card.explanation.what.to_ascii_lowercase();
    assert!(!what.contains("not carry enough information"), "{text}: {what}");
}

#[test]
fn exim_failure_in_whole_bounce() {
    for (lines, reason) in CASES {
        let email = bounces::exim_failed(&format!("  bob@example.net\n    {lines}\n"));
        check(&only(&email), *reason, &email);
    }
}

#[test]
fn exim_failure_pasted_bare() {
    for (lines, reason) in CASES {
        let text = format!("bob@example.net\n    {lines}\n");
        check(&only(&text), *reason, &text);
    }
}

/// A DNS lookup that did not complete may succeed later, so the card does
/// not send the sender to check the address.
#[test]
fn exim_dns_deferral_not_missing_domain() {
    let text = "bob@example.net\n    host lookup did not complete\n";
    let card = only(text);
    assert_ne!(card.reason, Reason::HostUnknown);
    let what = card.explanation.what.to_ascii_lowercase();
    assert!(what.contains("dns"), "{what}");
}
