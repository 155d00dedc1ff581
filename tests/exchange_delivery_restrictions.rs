//! Exchange's delivery restrictions: a group, mailbox, public folder or
//! mail user that accepts mail only from certain or internal senders.
//! Exchange Server and Exchange Online reject such mail with a
//! `RESOLVER.RST.*` name (5.7.12, 5.7.124, 5.7.129, 5.7.133 to 5.7.136, and
//! 5.7.1 in older versions). "Sender not authenticated" there means the
//! sender is not a signed-in member of the recipient's organisation, so
//! only the recipient's side can lift it, never the sender's mail client.
//! Replies carry no receiving host, as when pasted from an NDR.

use crate::cards::only;
use bounce_explainer::{explain_bytes, Actor, Reason, Recipient};
use std::path::Path;

const RESTRICTIONS: &[&str] = &[
    "550 5.7.12 RESOLVER.RST.SenderNotAuthenticated; Delivery restriction check failed as sender not authenticated",
    "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated",
    "550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Delivery restriction check failed as sender not authenticated",
    "550 5.7.135 RESOLVER.RST.SenderNotAuthenticatedForPublicFolder; authentication required; Delivery restriction check failed as sender not authenticated",
    "550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailUser; authentication required; Delivery restriction check failed as sender not authenticated",
    "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to the recipient because the sender isn't on the allowed list",
    "550 5.7.124 RESOLVER.RST.SenderNotAuthorizedForGroup; not authorized; sender not in the group's allowed senders list",
    "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
    "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
];

fn assert_restricted(card: &Recipient, input: &str) {
    assert_eq!(card.explanation.entry, "microsoft/restricted-recipient", "{input}");
    assert_eq!(card.explanation.who_acts, Actor::Recipient, "{input}");
    assert_eq!(card.reason, Reason::SecurityError, "{input}");
    assert_eq!(card.provider.as_deref(), Some("microsoft"), "{input}");
    assert!(card.explanation.retry.starts_with("Permanent"), "{input}: {}", card.explanation.retry);
    assert!(card.sender_ip.is_none(), "{input}");
    let steps = card.explanation.steps.join(" ").to_ascii_lowercase();
    assert!(!steps.contains("port 587"), "{input}: {steps}");
}

#[test]
fn restriction_lines_name_recipient_side() {
    for line in RESTRICTIONS {
        assert_restricted(&only(line), line);
    }
}

#[test]
fn restriction_with_recipient_named() {
    for line in RESTRICTIONS {
        let text = format!("sales@example.net\nRemote Server returned '{line}'\n");
        let card = only(&text);
        assert_eq!(card.recipient.as_deref(), Some("sales@example.net"), "{text}");
        assert_restricted(&card, &text);
    }
}

#[test]
fn exchange_online_group_ndr() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exchange/group-restriction-5.7.133.txt");
    let bytes = std::fs::read(&path).unwrap();
    let report = explain_bytes(&bytes);
    assert_eq!(report.recipients.len(), 1, "{:#?}", report.recipients);
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("sales@example.net"));
    assert_eq!(card.status.as_deref(), Some("5.7.133"));
    assert_restricted(card, "group NDR");
}

/// A submission server's own sign-in refusal stays the sender's to fix:
/// only Exchange's resolver names mark a recipient's restriction.
#[test]
fn submission_sign_in_stays_sender() {
    for line in [
        "530 5.7.57 Client not authenticated to send mail. [BN1P110CA0052.NAMP110.PROD.OUTLOOK.COM]",
        "530 5.7.0 Authentication required",
        "550 5.7.1 Delivery restriction check failed: authentication required",
    ] {
        let card = only(line);
        assert_ne!(card.explanation.entry, "microsoft/restricted-recipient", "{line}");
        assert_ne!(card.explanation.who_acts, Actor::Recipient, "{line}");
    }
}

/// Other resolver names keep their own reasons.
#[test]
fn resolver_size_limit_unchanged() {
    let card = only("550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient");
    assert_eq!(card.reason, Reason::MesgTooBig);
}
