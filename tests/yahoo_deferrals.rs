//! Yahoo's 421 replies: a deferral for too many unknown recipients, and a
//! "permanent deferral" whose 4xx code keeps the sending server retrying
//! although the receiver states that no retry will succeed.

use crate::cards::only;
use bounce_explainer::report::{Actor, Recipient};
use bounce_explainer::Reason;

/// Returns every reader-facing sentence of the explanation.
fn all_text(r: &Recipient) -> String {
    let e = &r.explanation;
    format!("{} {} {} {}", e.what, e.why, e.steps.join(" "), e.retry)
}

#[test]
fn tss11_advises_cleaning_the_list() {
    for text in [
        "421 4.7.0 [TSS11] Excessive unknown recipients - possible Open Relay (#4.7.0)",
        "<carol@yahoo.com>: host mta6.am0.yahoodns.net[203.0.113.40] said: 421 4.7.0 [TSS11] \
         Excessive unknown recipients - possible Open Relay (#4.7.0) (in reply to RCPT TO command)",
    ] {
        let r = only(text);
        assert_eq!(r.provider.as_deref(), Some("yahoo"), "{text}");
        assert_eq!(r.code.as_deref(), Some("TSS11"), "{text}");
        assert_eq!(r.explanation.entry, "yahoo/unknown-recipients", "{text}");
        assert!(!r.permanent, "{text}");
        let all = all_text(&r);
        assert!(all.contains("do not exist"), "{all}");
        assert!(all.contains("removes the addresses that bounced"), "{all}");
        assert!(!all.contains("5.7.2"), "{all}");
    }
}

#[test]
fn tss09_421_retries_are_futile() {
    for text in [
        "421 4.7.0 [TSS09] All messages from 203.0.113.5 will be permanently deferred; Retrying \
         will NOT succeed. See https://postmaster.yahooinc.com/error-codes",
        "421 4.7.1 [TS03] All messages from 198.51.100.9 will be permanently deferred; Retrying \
         will NOT succeed.",
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::Blocked, "{text}");
        assert!(r.permanent, "{text}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{text}");
        let retry = &r.explanation.retry;
        assert!(retry.contains("4xx"), "{retry}");
        assert!(retry.contains("no retry will succeed"), "{retry}");
        assert!(!retry.contains("stopped retrying"), "{retry}");
        let all = all_text(&r);
        assert!(!all.contains("5.7.2"), "{all}");
    }
}

#[test]
fn tss09_in_final_bounce_is_permanent() {
    let text = "<dan@yahoo.com>: host mta7.am0.yahoodns.net[203.0.113.41] said: 553 5.7.2 [TSS09] \
                All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT \
                succeed. (in reply to MAIL FROM command)";
    let r = only(text);
    assert!(r.permanent);
    assert!(r.explanation.retry.starts_with("Permanent:"), "{}", r.explanation.retry);
}

/// Yahoo's help page words the standing block "All messages from
/// x.x.x.x permanently deferred". Without a tag or a Yahoo host, that
/// wording still gets Yahoo's card, not the generic X.7.0 one.
#[test]
fn untagged_permanent_deferral_gets_yahoo_card() {
    for (text, ip) in [
        ("421 4.7.0 Messages from 192.0.2.73 will be permanently deferred", "192.0.2.73"),
        ("421 4.7.1 All messages from 198.51.100.9 permanently deferred", "198.51.100.9"),
        ("421 4.7.0 Messages from 203.0.113.5 will be permanently deferred; Retrying will NOT succeed", "203.0.113.5"),
    ] {
        let r = only(text);
        assert_eq!(r.explanation.entry, "yahoo/permanently-deferred", "{text}");
        assert_eq!(r.reason, Reason::Blocked, "{text}");
        assert!(r.permanent, "{text}");
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    }
}
