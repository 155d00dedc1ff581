//! McAfee SaaS Email Protection (MXLogic).

use super::{one, postfix};
use bounce_explainer::Reason;

#[test]
fn bounce_deny_gets_mcafee_entry() {
    let r = one(&postfix(
        "user@example.com",
        "example-com.inbound10.mxlogic.net",
        "550 5.7.1 Denied [BOUNCEDENY] (Mode: normal)",
    ));
    assert_eq!(r.provider.as_deref(), Some("mcafee"));
    assert_eq!(r.explanation.entry, "mcafee/bounce-denied");
    assert_eq!(r.reason, Reason::Rejected);
    assert!(r.permanent);
}

#[test]
fn mxlogicmx_host_names_mcafee() {
    let r = one(&postfix(
        "user@example.com",
        "mx1.example-com.mxlogicmx.net",
        "550 5.7.1 Denied [BOUNCEDENY] (Mode: normal)",
    ));
    assert_eq!(r.provider.as_deref(), Some("mcafee"));
    assert_eq!(r.explanation.entry, "mcafee/bounce-denied");
}

#[test]
fn bounce_deny_needs_mcafee_host() {
    let r = one(&postfix(
        "user@example.com",
        "mx.example.com",
        "550 5.7.1 Denied [BOUNCEDENY] (Mode: normal)",
    ));
    assert_eq!(r.provider, None);
    assert!(!r.explanation.entry.starts_with("mcafee/"), "{}", r.explanation.entry);
}

#[test]
fn relayed_reply_keeps_generic_reading() {
    let r = one(&postfix(
        "user@example.com",
        "example-com.inbound22.mxlogic.net",
        "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local \
         recipient table",
    ));
    assert_eq!(r.provider.as_deref(), Some("mcafee"));
    assert_eq!(r.reason, Reason::UserUnknown);
}
