//! A site's own wording of a cause, end to end through `explain`: the
//! words decide the reason and the explanation over a generic status
//! code, and the sender IP still comes from the same words.

use bounce_explainer::{explain, Reason};

#[test]
fn exim_acl_rdns_reply_reads_as_requireptr() {
    let text = "This message was created automatically by mail delivery software.\n\n\
                A message that you sent could not be delivered to one or more of its\n\
                recipients. This is a permanent error. The following address(es) failed:\n\n  \
                user@example.org\n    host mx.example.org [198.51.100.7]\n    \
                SMTP error from remote mail server after RCPT TO:<user@example.org>:\n    \
                554 5.7.1 [C14] Missing reverse DNS for 203.0.113.2\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1);
    let r = &report.recipients[0];
    assert_eq!(r.reason, Reason::RequirePtr);
    assert_eq!(r.explanation.entry, "reason/requireptr");
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.2"));
}

#[test]
fn rdns_name_beside_unknown_user_stays_userunknown() {
    let text = "<user@example.org>: host mx.example.org[198.51.100.7] said: 550 5.1.1 \
                <user@example.org>: no such user here (rdns host.example.net) (in reply to \
                RCPT TO command)\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1);
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
}

#[test]
fn dnsbl_listing_any_list_reads_as_blocked() {
    let report =
        explain("550 5.7.1 Rejected: 203.0.113.5 is listed on a DNS blocklist (bl.example.net)\n");
    assert_eq!(report.recipients.len(), 1);
    let r = &report.recipients[0];
    assert_eq!(r.reason, Reason::Blocked);
    assert_eq!(r.explanation.entry, "reason/blocked");
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"));
}
