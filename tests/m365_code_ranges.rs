//! Exchange Online's replies in its two unregistered status code ranges,
//! pasted without a Microsoft host name: 4.7.500 to 4.7.699, which
//! throttle a new or little-known sending IP, and 5.7.700 to 5.7.750,
//! which block the sending organisation. A code in range together with
//! Microsoft's sentence for it names Microsoft; the code alone does not.
//! Documentation addresses only.

use crate::cards;

use bounce_explainer::{Actor, Reason, Recipient};
use cards::only;

/// Wraps `reply` in Postfix's bounce line from a host that is not
/// Microsoft's, as a relay in front of Microsoft 365 passes it on.
fn relayed(reply: &str) -> String {
    format!(
        "<bob@example.net>: host mx.example.net[198.51.100.40] said: {reply} (in reply to RCPT \
         TO command)"
    )
}

/// Checks that the card is Microsoft's and not the generic sign-in one.
fn assert_microsoft(card: &Recipient, entry: &str, text: &str) {
    assert_eq!(card.provider.as_deref(), Some("microsoft"), "{text}: {card:#?}");
    assert_eq!(card.explanation.entry, entry, "{text}");
    assert_ne!(card.reason, Reason::SecurityError, "{text}");
}

#[test]
fn throttle_without_host_is_new_ip() {
    let replies = [
        "451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (AS843)",
        "451 4.7.500 Access denied, please try again later",
        "451 4.7.599 Server busy. Please try again later from [203.0.113.5]. (AS761)",
    ];
    for reply in replies {
        for text in [reply.to_string(), relayed(reply)] {
            let card = only(&text);
            assert_microsoft(&card, "microsoft/new-ip-throttled", &text);
            assert!(card.retrying, "{text}");
            assert!(!card.permanent, "{text}");
            assert_eq!(card.explanation.who_acts, Actor::Wait, "{text}");
        }
    }
}

#[test]
fn throttle_quotes_sending_ip() {
    let text = "451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (AS843)";
    assert_eq!(only(text).sender_ip.as_deref(), Some("203.0.113.5"));
}

#[test]
fn tenant_codes_without_host_get_own_cards() {
    let cases = [
        ("550 5.7.700 Access denied, tenant has exceeded threshold", "microsoft/tenant-blocked"),
        (
            "550 5.7.705 Access denied, tenant has exceeded threshold. For more information \
             please go to http://go.microsoft.com/fwlink/?LinkId=524931 AS831",
            "microsoft/tenant-blocked",
        ),
        ("550 5.7.720 Access denied", "microsoft/tenant-blocked"),
        (
            "550 5.7.708 Access denied, traffic not accepted from this IP",
            "microsoft/low-reputation-pool",
        ),
        (
            "550 5.7.750 Service unavailable. Client blocked from sending from unregistered \
             domain",
            "microsoft/unregistered-domain",
        ),
    ];
    for (reply, entry) in cases {
        for text in [reply.to_string(), relayed(reply)] {
            let card = only(&text);
            assert_microsoft(&card, entry, &text);
            assert_eq!(card.explanation.who_acts, Actor::Admin, "{text}");
            assert!(card.permanent, "{text}");
        }
    }
}

/// Each tenant block names its own fix, as Microsoft's page for 5.7.700
/// to 5.7.750 gives it.
#[test]
fn tenant_cards_name_own_fix() {
    let cases = [
        ("550 5.7.705 Access denied, tenant has exceeded threshold", "support"),
        ("550 5.7.708 Access denied, traffic not accepted from this IP", "trial"),
        (
            "550 5.7.750 Service unavailable. Client blocked from sending from unregistered \
             domains",
            "accepted domain",
        ),
    ];
    for (text, fix) in cases {
        let steps = only(text).explanation.steps.join(" ").to_lowercase();
        assert!(steps.contains(fix), "{text}: {steps}");
    }
}

/// Any server may send an unregistered code, so the code alone, or
/// Microsoft's words under another code, do not name Microsoft.
#[test]
fn code_or_words_alone_not_microsoft() {
    for text in [
        "550 5.7.700",
        "451 4.7.500",
        "550 5.7.751 Access denied",
        "451 4.7.1 Server busy. Please try again later from [203.0.113.5].",
    ] {
        let card = only(text);
        assert_eq!(card.provider, None, "{text}: {card:#?}");
    }
}
