//! Sendmail's own words for a connection that failed before any SMTP
//! reply: "Connection refused by mx.example.org." (no server listens on
//! the port), "Network is unreachable" and "Host mx.example.org is down".
//! No server replied, so nothing was blocked: each is a network error,
//! retried while the message is queued. A receiver's reply that uses the
//! same words, with a reply code, still reads as a block.

use crate::cards::only;
use bounce_explainer::{Actor, Reason, Recipient};

/// Sendmail's warning while it keeps retrying.
fn warning(error: &str) -> String {
    format!(
        "    **********************************************\n\
         \x20   **      THIS IS A WARNING MESSAGE ONLY      **\n\
         \x20   **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n\
         \x20   **********************************************\n\n\
         The original message was received at Fri, 4 Dec 2026 10:11:12 GMT\n\
         from [203.0.113.45]\n\n   \
         ----- Transcript of session follows -----\n\
         <bob@example.org>... Deferred: {error}\n\
         Warning: message still undelivered after 4 hours\n\
         Will keep trying until message is 5 days old\n"
    )
}

/// Sendmail's final report after it gave up.
fn final_report(error: &str) -> String {
    format!(
        "The original message was received at Fri, 4 Dec 2026 10:11:12 GMT\n\
         from [203.0.113.45]\n\n   \
         ----- The following addresses had permanent fatal errors -----\n\
         <bob@example.org>\n    (reason: {error})\n\n   \
         ----- Transcript of session follows -----\n\
         <bob@example.org>... Deferred: {error}\n\
         Message could not be delivered for 5 days\n\
         Message will be deleted from queue\n"
    )
}

const ERRORS: &[&str] = &[
    "Connection refused by mx.example.org.",
    "Connection refused by [198.51.100.10].",
    "Network is unreachable",
    "Host mx.example.org is down",
];

/// True when the card's cause or steps send the reader to a blocklist.
fn mentions_blocklist(r: &Recipient) -> bool {
    let e = &r.explanation;
    let text =
        [e.what.as_str(), e.why.as_str()].into_iter().chain(e.steps.iter().map(String::as_str));
    text.map(str::to_lowercase).any(|t| t.contains("blocklist") || t.contains("removal"))
}

#[test]
fn warning_is_retried_network_error() {
    for error in ERRORS {
        let r = only(&warning(error));
        assert_eq!(r.reason, Reason::NetworkError, "{error}");
        assert_eq!(r.action, "delayed", "{error}");
        assert!(r.retrying, "{error}");
        assert_eq!(r.explanation.who_acts, Actor::Wait, "{error}");
        assert!(!mentions_blocklist(&r), "{error}: {:?}", r.explanation);
        assert_eq!(r.sender_ip, None, "{error}");
    }
}

#[test]
fn final_report_is_network_error() {
    for error in ERRORS {
        let r = only(&final_report(error));
        assert_eq!(r.reason, Reason::NetworkError, "{error}");
        assert_eq!(r.action, "failed", "{error}");
        assert!(!r.permanent, "{error}: a resend can work once the server listens again");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{error}");
        assert!(!mentions_blocklist(&r), "{error}: {:?}", r.explanation);
        assert_eq!(r.sender_ip, None, "{error}");
    }
}

#[test]
fn refusal_in_reply_stays_block() {
    let replies = [
        "<bob@example.org>: host mx.example.org[198.51.100.10] said: 554 5.7.1 Connection refused by \
         mx.example.org: 203.0.113.45 is listed at bl.example.net (in reply to MAIL FROM command)",
        "<bob@example.org>: host mx.example.org[198.51.100.10] said: 550 Connection refused by policy \
         (in reply to MAIL FROM command)",
    ];
    for reply in replies {
        let r = only(reply);
        assert_eq!(r.reason, Reason::Blocked, "{reply}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{reply}");
    }
}
