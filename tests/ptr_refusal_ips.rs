//! Refusals for a missing reverse DNS (PTR) record name the connecting
//! client's address, and that address is the one whose owner must add
//! the record, so the card quotes it with the line it was found on. The
//! receiving server's own address, named in the wrapper, stays out.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

/// Wordings with the documentation address 203.0.113.45 as the sender.
/// The first four put the address before the missing record. The rest are
/// published bounces: Gmail's 5.7.25, Postfix
/// `reject_unknown_reverse_client_hostname` and
/// `reject_unknown_client_hostname`, Comcast, AT&T and Forpsi.
const WORDINGS: &[&str] = &[
    "550 5.7.25 Rejected: 203.0.113.45 has no reverse DNS",
    "554 5.7.1 Client host 203.0.113.45 has no PTR record",
    "554 5.7.1 The IP address 203.0.113.45 has no rDNS",
    "550 5.7.1 203.0.113.45 does not have a valid PTR record",
    "550-5.7.25 [203.0.113.45] The IP address sending this message does not have a \
     PTR record setup, or the corresponding forward DNS entry does not point to the \
     sending IP. As a policy, Gmail does not accept messages from IPs with missing \
     PTR records. gsmtp",
    "450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.45]",
    "450 4.7.25 Client host rejected: cannot find your hostname, [203.0.113.45]",
    "554 IMTA08.westchester.pa.mail.comcast.net comcast 203.0.113.45 Comcast requires \
     that all mail servers must have a PTR record with a valid Reverse DNS entry. \
     Currently your mail server does not fill that requirement.",
    "550 5.7.1 Connections not accepted from servers without a valid sender domain. \
     Fix reverse DNS for 203.0.113.45",
    "554 cmg1.fe.forpsi.com bizsmtp 0bcW1i00G0jifNx01bcmHa no DNS reverse for 203.0.113.45",
];

#[test]
fn ptr_wordings_quote_sender_ip() {
    for text in WORDINGS {
        let recipient = only(text);
        assert_eq!(recipient.reason, Reason::RequirePtr, "{text}");
        assert_eq!(recipient.sender_ip.as_deref(), Some("203.0.113.45"), "{text}");
        assert_eq!(recipient.sender_ip_source.line, Some(1), "{text}");
        assert!(recipient.sender_ip_source.rule.is_some(), "{text}");
        assert_eq!(recipient.sender_ip_source.hint, None, "{text}");
    }
}

#[test]
fn ptr_refusal_skips_receiver_ip() {
    for reply in [
        "550 5.7.25 Rejected: 203.0.113.45 has no reverse DNS",
        "450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.45]",
    ] {
        let text = format!(
            "<bob@example.net>: host mx.example.net[198.51.100.20] said: {reply} \
             (in reply to RCPT TO command)\n"
        );
        let recipient = only(&text);
        assert_eq!(recipient.sender_ip.as_deref(), Some("203.0.113.45"), "{text}");
        let excerpt = recipient.sender_ip_source.excerpt.unwrap_or_default();
        assert!(excerpt.contains("203.0.113.45"), "{excerpt}");
    }
}

#[test]
fn ptr_subject_needs_record_words() {
    // The address before "has no" names the sender only when the missing
    // thing is the reverse DNS record.
    let recipient = only("550 5.7.1 203.0.113.45 has no permission to relay");
    assert_eq!(recipient.sender_ip_source.rule.as_deref(), None);
}

/// TOAST.net's refusal for a connecting server without a valid PTR
/// record, as its help page quotes it, and the same sentence from other
/// receivers: the sending side's administrator or ISP sets the record.
#[test]
fn connecting_ip_must_have_ptr() {
    let with_ip = [
        "550 Connecting IP must have valid PTR record for 203.0.113.45",
        "554 5.7.1 Connecting IP must have valid PTR record for [203.0.113.45]",
        "<bob@toast.net>: host mx.toast.net[198.51.100.20] said: 550 Connecting IP must \
         have valid PTR record for (203.0.113.45) (in reply to RCPT TO command)",
        "550 5.7.1 Connecting IP 203.0.113.45 must have a valid PTR record",
    ];
    for text in with_ip {
        let recipient = only(text);
        assert_eq!(recipient.reason, Reason::RequirePtr, "{text}");
        assert_eq!(recipient.explanation.entry, "reason/requireptr", "{text}");
        assert_eq!(recipient.explanation.who_acts, Actor::Admin, "{text}");
        assert_eq!(recipient.sender_ip.as_deref(), Some("203.0.113.45"), "{text}");
    }
    let without_ip = "550 Connecting IP must have valid PTR record";
    let recipient = only(without_ip);
    assert_eq!(recipient.reason, Reason::RequirePtr, "{without_ip}");
    assert_eq!(recipient.sender_ip, None, "{without_ip}");
}
