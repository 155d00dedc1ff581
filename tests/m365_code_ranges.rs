//! Exchange Online's replies in its two unregistered status code ranges,
//! pasted without a Microsoft host name: 4.7.500 to 4.7.699, which
//! throttle a new or little-known sending IP, and 5.7.700 to 5.7.750,
//! which block the sending organisation. A 4.7.5xx or 4.7.6xx code names
//! Microsoft only together with Microsoft's sentence for it. A 5.7.7xx
//! code names Microsoft's block of the sending organisation even alone,
//! unless a word in the reply names another cause. Documentation
//! addresses only.

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

/// Any server may send an unregistered code, so a throttle code alone, or
/// Microsoft's words under another code, do not name Microsoft.
#[test]
fn code_or_words_alone_not_microsoft() {
    for text in [
        "451 4.7.500",
        "451 4.7.650",
        "550 5.7.751 Access denied",
        "451 4.7.1 Server busy. Please try again later from [203.0.113.5].",
        "451 4.7.1 The mail server [203.0.113.7] has been temporarily rate limited due to IP \
         reputation.",
    ] {
        let card = only(text);
        assert_eq!(card.provider, None, "{text}: {card:#?}");
    }
}

/// Microsoft's page "Fix email delivery issues for error codes 5.7.700
/// through 5.7.750" gives the whole range to blocks on the sending
/// organisation. So a bare code, or one with only "Access denied" or
/// "Rejected", gets that block's card rather than the generic sign-in
/// one. The codes the page names one by one keep their own card.
#[test]
fn bare_tenant_code_gets_tenant_card() {
    let cases = [
        ("550 5.7.700", "microsoft/tenant-blocked"),
        ("550 5.7.749", "microsoft/tenant-blocked"),
        ("554 5.7.720 Rejected", "microsoft/tenant-blocked"),
        ("550 5.7.705", "microsoft/tenant-blocked"),
        ("550 5.7.708", "microsoft/low-reputation-pool"),
        ("550 5.7.750", "microsoft/unregistered-domain"),
        ("550 5.7.750 Access denied", "microsoft/unregistered-domain"),
    ];
    for (reply, entry) in cases {
        for text in [reply.to_string(), relayed(reply)] {
            let card = only(&text);
            assert_microsoft(&card, entry, &text);
            assert_eq!(card.reason, Reason::Blocked, "{text}");
            assert_eq!(card.explanation.who_acts, Actor::Admin, "{text}");
            assert!(card.permanent, "{text}");
            assert!(!card.retrying, "{text}");
        }
    }
}

/// The steps of a bare code's card send the sender's administrator to
/// Microsoft support, as the page does, and never to a password check.
#[test]
fn bare_tenant_code_names_support() {
    let steps = only("550 5.7.700").explanation.steps.join(" ");
    assert!(steps.contains("Microsoft 365 administrator"), "{steps}");
    assert!(steps.contains("Microsoft support"), "{steps}");
    assert!(!steps.contains("password"), "{steps}");
}

/// 5.7.703 is the sender organisation's own block of a recipient, which
/// Microsoft's page lists in the same range.
#[test]
fn bare_own_block_code_gets_own_card() {
    let card = only("550 5.7.703");
    assert_microsoft(&card, "microsoft/own-tenant-block", "550 5.7.703");
    assert_eq!(card.explanation.who_acts, Actor::Admin);
}

/// Words that name another cause decide over the bare code: a spam
/// verdict, a DNS blocklist or a required sign-in.
#[test]
fn tenant_code_with_other_cause_keeps_it() {
    let cases = [
        ("550 5.7.720 Message rejected as spam", Reason::SpamDetected),
        ("550 5.7.700 Client host [192.0.2.1] blocked using zen.spamhaus.org", Reason::Blocked),
        ("550 5.7.720 Authentication required", Reason::SecurityError),
    ];
    for (text, reason) in cases {
        let card = only(text);
        assert_eq!(card.reason, reason, "{text}");
        assert!(!card.explanation.entry.starts_with("microsoft/"), "{text}: {card:#?}");
    }
}

/// A bare code in range from another provider's named server is that
/// server's, so Microsoft's card does not replace it.
#[test]
fn tenant_code_from_other_provider_not_microsoft() {
    let text = "<bob@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.30] said: 550 5.7.700 \
                (in reply to RCPT TO command)";
    let card = only(text);
    assert_ne!(card.provider.as_deref(), Some("microsoft"), "{card:#?}");
}

/// Microsoft's reputation throttle, 4.7.650 and 4.7.651, with its own
/// sentence and no Microsoft host name.
const REPUTATION_THROTTLES: [&str; 2] = [
    "451 4.7.650 The mail server [203.0.113.7] has been temporarily rate limited due to IP \
     reputation.",
    "451 4.7.651 The mail server [203.0.113.7] has been temporarily rate limited due to IP \
     reputation. For e-mail delivery information, see https://postmaster.live.com (S843)",
];

/// The reputation throttle's own words name Microsoft, so the card is the
/// one a Microsoft host gets: wait while the server retries, and quote
/// the IP in an Outlook.com sender support request if it lasts.
#[test]
fn reputation_throttle_without_host() {
    for reply in REPUTATION_THROTTLES {
        for text in [reply.to_string(), relayed(reply)] {
            let card = only(&text);
            assert_microsoft(&card, "microsoft/throttled", &text);
            assert_eq!(card.reason, Reason::BadReputation, "{text}");
            assert_eq!(card.explanation.who_acts, Actor::Wait, "{text}");
            assert!(card.retrying, "{text}");
            assert!(!card.permanent, "{text}");
            assert_eq!(card.sender_ip.as_deref(), Some("203.0.113.7"), "{text}");
        }
    }
}

#[test]
fn reputation_throttle_links_sender_support() {
    let card = only(REPUTATION_THROTTLES[0]);
    let steps = card.explanation.steps.join(" ");
    assert!(steps.contains("Outlook.com sender support request quoting the IP"), "{steps}");
    let urls: Vec<&str> = card.links.iter().map(|l| l.url.as_str()).collect();
    assert!(urls.iter().any(|u| u.starts_with("https://support.microsoft.com/")), "{urls:?}");
    assert!(urls.iter().any(|u| u.contains("/snds/")), "{urls:?}");
}
