//! Exchange Online's status codes outside the IANA registry: 5.2.121 and
//! 5.2.122 (a recipient's hourly receive limits) and 5.7.139 with
//! SMTP AUTH turned off. Read by their classes alone they would pass for a
//! full mailbox, an unexplained refusal and a wrong password.
//! Sources: Microsoft's Exchange Online NDR table
//! <https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online>
//! and "Enable or disable SMTP AUTH in Exchange Online"
//! <https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission>.

use crate::cards::only;
use bounce_explainer::{explain_bytes, Actor, Reason, Recipient};
use std::path::Path;

/// Checks a card for an hourly receive limit: not a full mailbox, the
/// sender resends later, and no IP to quote.
fn assert_hourly_limit(card: &Recipient, entry: &str, input: &str) {
    let explanation = &card.explanation;
    assert_eq!(explanation.entry, entry, "{input}: {card:#?}");
    assert_eq!(card.reason, Reason::Speeding, "{input}");
    assert_eq!(card.provider.as_deref(), Some("microsoft"), "{input}");
    assert_eq!(explanation.who_acts, Actor::You, "{input}");
    assert!(!card.permanent, "{input}");
    assert!(!explanation.what.contains("full"), "{input}: {}", explanation.what);
    assert!(explanation.what.contains("hour"), "{input}: {}", explanation.what);
    assert!(explanation.retry.contains("later"), "{input}: {}", explanation.retry);
    assert!(!explanation.retry.contains("fails the same way"), "{input}: {}", explanation.retry);
    assert!(card.sender_ip.is_none(), "{input}");
}

#[test]
fn per_sender_limit_reads_hourly_limit() {
    let lines = [
        // Microsoft's table wording.
        "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded",
        // A wording the table does not show, with the same code.
        "550 5.2.121 RecipientThrottled; The recipient's mailbox has exceeded the limit of \
         messages per hour from this sender",
        "554 5.2.121 Message rejected",
    ];
    for line in lines {
        let card = only(line);
        assert_hourly_limit(&card, "microsoft/sender-hourly-limit", line);
        let steps = card.explanation.steps.join(" ");
        assert!(steps.contains("fewer messages"), "{line}: {steps}");
    }
}

#[test]
fn all_senders_limit_reads_hourly_limit() {
    let lines = [
        "550 5.2.122 Recipient's per hour message receive limit exceeded",
        "550 5.2.122 RecipientThrottled; The recipient has exceeded their limit for the number \
         of messages they can receive per hour",
    ];
    for line in lines {
        assert_hourly_limit(&only(line), "microsoft/recipient-hourly-limit", line);
    }
}

#[test]
fn hourly_limit_ndr_keeps_recipient() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exchange/sender-hourly-limit-5.2.121.eml");
    let report = explain_bytes(&std::fs::read(&path).unwrap());
    assert_eq!(report.recipients.len(), 1, "{:#?}", report.recipients);
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(card.status.as_deref(), Some("5.2.121"), "{card:#?}");
    assert_hourly_limit(card, "microsoft/sender-hourly-limit", "5.2.121 NDR");
}

#[test]
fn smtp_auth_disabled_reads_setting() {
    let lines = [
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the \
         Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the \
         Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
        "535 5.7.139 Authentication unsuccessful, user is locked by your organization's \
         security defaults policy. Contact your administrator.",
        "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
    ];
    for line in lines {
        let card = only(line);
        let explanation = &card.explanation;
        assert_eq!(explanation.entry, "microsoft/smtp-auth-disabled", "{line}: {card:#?}");
        assert_eq!(card.provider.as_deref(), Some("microsoft"), "{line}");
        assert_eq!(explanation.who_acts, Actor::Admin, "{line}");
        assert!(card.permanent, "{line}");
        assert!(!explanation.what.contains("password"), "{line}: {}", explanation.what);
        let steps = explanation.steps.join(" ");
        assert!(steps.contains("Authenticated SMTP"), "{line}: {steps}");
        assert!(card.sender_ip.is_none(), "{line}");
    }
}

/// The same code with a credentials sentence keeps the wrong-password
/// reading, because there the password is what failed.
#[test]
fn wrong_credentials_keep_password_reading() {
    let line = "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.";
    let card = only(line);
    assert_ne!(card.explanation.entry, "microsoft/smtp-auth-disabled", "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::You);
}
