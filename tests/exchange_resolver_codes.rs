//! Exchange's own codes that a reply line names without any Microsoft
//! host: a group's allowed-senders list (5.7.124), a stale cached
//! internal address (`IMCEAEX-...` with `RESOLVER.ADR.ExRecipNotFound`),
//! and the queue's expiry and connection codes (5.4.300, 4.4.7, 4.4.316).
//! Sources: Microsoft's Exchange Online NDR table
//! <https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online>
//! and its IMCEAEX article
//! <https://support.microsoft.com/en-in/help/2807779/imceaex-non-delivery-report-when-you-send-email-messages-to-an-internal-user-in-office-365-dedicated>.

use crate::cards::only;
use bounce_explainer::{explain_bytes, Actor, Recipient};
use std::path::Path;

fn fixture_card(name: &str) -> Recipient {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exchange").join(name);
    let report = explain_bytes(&std::fs::read(&path).unwrap());
    assert_eq!(report.recipients.len(), 1, "{name}: {:#?}", report.recipients);
    report.recipients.into_iter().next().unwrap()
}

#[test]
fn allowed_senders_ndr_names_group_owner() {
    let card = fixture_card("allowed-senders-5.7.124.txt");
    assert_eq!(card.recipient.as_deref(), Some("board@example.net"));
    assert_eq!(card.explanation.entry, "microsoft/restricted-recipient");
    assert_eq!(card.explanation.who_acts, Actor::Recipient);
    assert!(card.explanation.retry.starts_with("Permanent"), "{}", card.explanation.retry);
}

#[test]
fn allowed_senders_lines_name_recipient_side() {
    for line in [
        "550 5.7.124 Sender not in allowed-senders list",
        "Remote Server returned '550 5.7.124 Sender not in allowed-senders list'",
        "#550 5.7.124 RESOLVER.RST.SenderNotAuthorizedForGroup; Sender not in allowed-senders list ##",
    ] {
        let card = only(line);
        assert_eq!(card.explanation.entry, "microsoft/restricted-recipient", "{line}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{line}");
        assert_eq!(card.provider.as_deref(), Some("microsoft"), "{line}");
    }
}

/// Another receiver's allowed list stays that receiver's: only the 5.7.124
/// code with Exchange's wording points at an Exchange group.
#[test]
fn other_allowed_list_stays_generic() {
    let card = only("550 5.7.1 Sender not in allowed list of this server");
    assert_ne!(card.explanation.entry, "microsoft/restricted-recipient");
}

#[test]
fn imceaex_ndr_tells_sender_to_retype() {
    let card = fixture_card("imceaex-5.1.11.txt");
    assert_eq!(card.explanation.entry, "microsoft/stale-cached-address");
    assert_eq!(card.explanation.who_acts, Actor::You);
    assert!(card.explanation.retry.starts_with("Permanent"), "{}", card.explanation.retry);
    let steps = card.explanation.steps.join(" ").to_ascii_lowercase();
    assert!(steps.contains("autocomplete"), "{steps}");
    assert!(steps.contains("x500"), "{steps}");
}

#[test]
fn ex_recip_not_found_lines() {
    for line in [
        "550 5.1.11 RESOLVER.ADR.ExRecipNotFound; not found",
        "#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##",
        "IMCEAEX-_o=ExchangeLabs_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=0a1b-bob@example.net\n\
         Remote Server returned '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'",
    ] {
        let card = only(line);
        assert_eq!(card.explanation.entry, "microsoft/stale-cached-address", "{line}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{line}");
    }
}

/// An SMTP address that Exchange cannot find is a wrong address, not a
/// stale cache entry.
#[test]
fn smtp_recip_not_found_stays_unknown() {
    for line in [
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
    ] {
        let card = only(line);
        assert_eq!(card.explanation.entry, "microsoft/recipient-not-found", "{line}");
    }
}

#[test]
fn message_expired_names_cause() {
    for line in [
        "550 5.4.300 Message expired -> 451 4.7.0 Temporary server error. Please try again later. PRX4 [mx.example.net]",
        "550 5.4.300 Message expired",
        "550 4.4.7 QUEUE.Expired; message expired",
        "Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'",
    ] {
        let card = only(line);
        assert_eq!(card.explanation.entry, "microsoft/message-expired", "{line}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{line}");
        assert_eq!(card.provider.as_deref(), Some("microsoft"), "{line}");
        let retry = &card.explanation.retry;
        assert!(retry.contains("stopped retrying"), "{line}: {retry}");
    }
}

#[test]
fn connection_refused_is_retried() {
    let line = "451 4.4.316 Connection refused [Message=Socket error code 10061] \
                [LastAttemptedServerName=mx.example.net] [LastAttemptedIP=198.51.100.20:25]";
    let card = only(line);
    assert_eq!(card.explanation.entry, "microsoft/connection-deferred");
    assert_eq!(card.provider.as_deref(), Some("microsoft"));
    assert_eq!(card.explanation.who_acts, Actor::Wait);
    let retry = &card.explanation.retry;
    assert!(!retry.contains("stopped retrying"), "{retry}");
    assert!(!retry.starts_with("Permanent"), "{retry}");
}

/// The final 5.4.316 quotes the earlier 4.4.316 deferrals after it, which
/// must not turn the expiry back into a delay.
#[test]
fn connection_refused_final_is_expiry() {
    let text = "mx.example.net returned '550 5.4.316 Message expired, connection refused(Socket error code 10061)'\n\
                6/19/2018 7:26:11 AM - Server at mx.example.net (198.51.100.20) returned \
                '450 4.4.316 Connection refused [Message=Socket error code 10061] \
                [LastAttemptedServerName=mx.example.net] [LastAttemptedIP=198.51.100.20:25]'";
    let card = only(text);
    assert_eq!(card.explanation.entry, "microsoft/connection-refused");
    assert_eq!(card.status.as_deref(), Some("5.4.316"));
    assert!(card.explanation.retry.contains("stopped retrying"), "{}", card.explanation.retry);
}
