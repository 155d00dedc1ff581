//! Exchange Online's "Access denied" refusals that name their fault: a
//! banned recipient (5.7.505), a domain that takes no mail over IPv6
//! (5.7.510), a From header that breaks RFC 5322 (5.7.512), a sending
//! account banned for spam (5.7.501 to 5.7.503) and a sending IP the
//! recipient's organisation blocked (5.7.507). Each must give its own
//! card, with or without a Microsoft host name. None may give the generic
//! security refusal that sends the user to their password. Documentation
//! addresses only.

use crate::cards::only;
use bounce_explainer::{Actor, Recipient};

const BANNED_ACCOUNT: &str = "microsoft/sending-account-banned";

const TRAILER: &str = "[BN8NAM12FT034.eop-nam12.prod.protection.outlook.com]";

/// Each reply, its entry and who acts.
const CASES: &[(&str, &str, Actor)] = &[
    ("550 5.7.505 Access denied, banned recipient", "microsoft/banned-recipient", Actor::You),
    ("550 5.7.501 Access denied, spam abuse detected", BANNED_ACCOUNT, Actor::Admin),
    (
        "550 5.7.501 Service unavailable. Spam abuse detected from IP range. For more \
         information please go to http://go.microsoft.com/fwlink/?LinkId=526653. \
         S(2017052602)",
        BANNED_ACCOUNT,
        Actor::Admin,
    ),
    ("550 5.7.502 Service unavailable, banned sender. S(2017052602)", BANNED_ACCOUNT, Actor::Admin),
    ("550 5.7.503 Access denied, banned sender", BANNED_ACCOUNT, Actor::Admin),
    (
        "550 5.7.507 Access denied, rejected by recipient",
        "microsoft/customer-block",
        Actor::Recipient,
    ),
    (
        "550 5.7.510 Access denied, bob@example.net does not accept email over IPv6",
        "microsoft/no-ipv6",
        Actor::Admin,
    ),
    (
        "550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant and include \
         a valid From address",
        "microsoft/from-header-invalid",
        Actor::Admin,
    ),
];

fn assert_card(card: &Recipient, input: &str, entry: &str, who: Actor) {
    assert_eq!(card.explanation.entry, entry, "{input}: {card:#?}");
    assert_eq!(card.provider.as_deref(), Some("microsoft"), "{input}");
    assert_eq!(card.explanation.who_acts, who, "{input}");
    assert!(card.permanent, "{input}");
    let password = card.explanation.steps.iter().any(|step| step.contains("password"));
    assert!(!password, "{input}: {:#?}", card.explanation.steps);
}

#[test]
fn bare_replies_name_their_fault() {
    for (reply, entry, who) in CASES {
        let input = format!("{reply} {TRAILER}");
        assert_card(&only(&input), &input, entry, *who);
    }
}

/// ESP logs and pasted lines often carry the reply without the host that
/// would name Microsoft.
#[test]
fn replies_without_host_name_fault() {
    for (reply, entry, who) in CASES {
        assert_card(&only(reply), reply, entry, *who);
    }
}

#[test]
fn postfix_lines_name_their_fault() {
    for (reply, entry, who) in CASES {
        let input = format!(
            "<bob@example.net>: host example-net.mail.protection.outlook.com[198.51.100.20] \
             said: {reply} {TRAILER} (in reply to RCPT TO command)"
        );
        let card = only(&input);
        assert_card(&card, &input, entry, *who);
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    }
}

/// The code without its sentence is left to the generic reading.
#[test]
fn code_without_sentence_not_matched() {
    let card = only("550 5.7.510 Access denied");
    assert_ne!(card.explanation.entry, "microsoft/no-ipv6");
}

/// A spam ban's card sends the sending side's administrator to the
/// account and to Microsoft, with no delisting portal, because the ban
/// is on the sending account rather than on a listed IP.
#[test]
fn banned_account_steps() {
    let card = only("550 5.7.501 Access denied, spam abuse detected");
    let steps = card.explanation.steps.join(" ").to_ascii_lowercase();
    assert!(steps.contains("account"), "{steps}");
    assert!(steps.contains("microsoft"), "{steps}");
    assert!(steps.contains("onmicrosoft.com"), "{steps}");
    assert!(card.links.is_empty(), "{:#?}", card.links);
}
