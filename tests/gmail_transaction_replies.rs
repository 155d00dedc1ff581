//! Replies from Google's "Gmail SMTP errors and codes" table whose status
//! code alone would read as a security refusal, a sign-in problem or no
//! cause at all. They name a recipient domain that takes mail only from
//! listed IP addresses, a Message-ID shared by many messages, recipients
//! of several domains in one transaction, too many recipients at one
//! domain in one transaction, a connection Gmail holds back at its start,
//! and the Workspace SMTP relay's limits. Documentation addresses only.

use crate::cards;

use bounce_explainer::{Actor, Reason};
use cards::{card, only};

fn postfix_line(reply: &str) -> String {
    format!(
        "<bob@gmail.com>: host gmail-smtp-in.l.google.com[198.51.100.26] said: {reply} \
         a1si123456qkb.123 - gsmtp (in reply to RCPT TO command)\n"
    )
}

#[test]
fn ip_not_in_whitelist_is_recipient_setting() {
    let text = postfix_line("421-4.7.0 IP not in whitelist for RCPT domain, closing connection.");
    let card_of = only(&text);
    assert_eq!(card_of.explanation.entry, "google/ip-not-allowed", "{card_of:#?}");
    assert_eq!(card_of.explanation.who_acts, Actor::Recipient, "{card_of:#?}");
    // Retries cannot change the recipient's setting.
    assert!(card_of.permanent, "{card_of:#?}");
    let shown = card(&card_of);
    assert!(shown.contains("workspace administrator"), "{shown}");
}

#[test]
fn same_message_id_quota_is_sending_software() {
    let text = postfix_line(
        "421-4.7.28 Gmail has detected this sender exceeded the quota for sending messages \
         that have the same Message-ID:. To best protect our users, the message has been \
         temporarily rejected.",
    );
    let card_of = only(&text);
    assert_eq!(card_of.explanation.entry, "google/same-message-id", "{card_of:#?}");
    // A 4xx leaves nobody to act until the retries run out, but never the
    // sender's own sign-in.
    assert_ne!(card_of.explanation.who_acts, Actor::You, "{card_of:#?}");
    assert_ne!(card_of.reason, Reason::SecurityError, "{card_of:#?}");
    let shown = card(&card_of);
    assert!(shown.contains("message-id"), "{shown}");
    assert!(!shown.contains("app password"), "{shown}");
}

#[test]
fn multiple_domains_per_transaction_named() {
    let text = postfix_line(
        "451-4.3.0 Multiple destination domains per transaction is unsupported. Please try again.",
    );
    let card_of = only(&text);
    assert_eq!(card_of.explanation.entry, "google/multiple-domains", "{card_of:#?}");
    assert_ne!(card_of.reason, Reason::OnHold, "{card_of:#?}");
    assert!(!card_of.permanent, "{card_of:#?}");
    let shown = card(&card_of);
    assert!(shown.contains("own transaction"), "{shown}");
}

#[test]
fn relay_limits_are_workspace_relay() {
    let peak = only(&postfix_line(
        "450-4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error.",
    ));
    assert_eq!(peak.explanation.entry, "google/relay-limit", "{peak:#?}");
    assert!(!peak.permanent, "{peak:#?}");
    let daily = only(&postfix_line("550-5.4.5 Daily SMTP relay limit exceeded for user."));
    assert_eq!(daily.explanation.entry, "google/relay-limit", "{daily:#?}");
    assert_eq!(daily.explanation.who_acts, Actor::Admin, "{daily:#?}");
}

#[test]
fn domain_policy_size_splits_recipients() {
    let replies = [
        "452-4.5.3 Domain policy size per transaction exceeded, please try this recipient in \
         a separate transaction.",
        "552-5.7.0 Domain policy size per transaction exceeded, please try this recipient in \
         a separate transaction.",
    ];
    for reply in replies {
        let card_of = only(&postfix_line(reply));
        assert_eq!(card_of.explanation.entry, "google/domain-recipient-limit", "{card_of:#?}");
        assert_eq!(card_of.reason, Reason::TooManyConn, "{card_of:#?}");
        // The address is valid, and nothing in the message needs a change.
        assert_ne!(card_of.explanation.who_acts, Actor::Recipient, "{card_of:#?}");
        let shown = card(&card_of);
        assert!(shown.contains("split the recipient list"), "{shown}");
        assert!(!shown.contains("attachment"), "{shown}");
    }
    let deferred = only(&postfix_line(replies[0]));
    assert!(!deferred.permanent, "{deferred:#?}");
    // After a 5xx no server retries, so no step waits for one.
    let refused = only(&postfix_line(replies[1]));
    let steps = refused.explanation.steps.join(" ");
    assert!(!steps.contains("retries the recipient"), "{steps}");
}

#[test]
fn try_again_later_is_connection_limit() {
    let text = postfix_line("421-4.7.0 Try again later, closing connection. (EHLO)");
    let card_of = only(&text);
    assert_eq!(card_of.explanation.entry, "google/connection-limited", "{card_of:#?}");
    assert_eq!(card_of.reason, Reason::TooManyConn, "{card_of:#?}");
    assert!(!card_of.permanent, "{card_of:#?}");
    let shown = card(&card_of);
    assert!(shown.contains("retry"), "{shown}");
    assert!(!shown.contains("outgoing server settings"), "{shown}");
}

/// Google's sentence is its own, so a reply pasted without Google's host
/// or its `gsmtp` tag, or relayed through another host, gets the same card.
#[test]
fn domain_policy_size_without_gmail_host() {
    let texts = [
        "452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in \
         a separate transaction."
            .to_string(),
        "452 4.5.3 Domain policy size per transaction exceeded".to_string(),
        "<bob@example.net>: host mx.example.net[198.51.100.26] said: 452 4.5.3 Domain policy \
         size per transaction exceeded (in reply to RCPT TO command)"
            .to_string(),
    ];
    for text in &texts {
        let card_of = only(text);
        assert_eq!(card_of.explanation.entry, "google/domain-recipient-limit", "{card_of:#?}");
        assert_eq!(card_of.reason, Reason::TooManyConn, "{text}");
        assert_ne!(card_of.reason, Reason::SystemError, "{text}");
        assert!(!card_of.permanent, "{text}");
        let shown = card(&card_of);
        assert!(shown.contains("split the recipient list"), "{shown}");
    }
}
