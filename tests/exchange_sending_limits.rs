//! Exchange Online's refusals to send from the sender's own mailbox or
//! tenant. 5.1.90 and the "submission quota" wordings mean the mailbox
//! reached the recipient rate limit (10,000 recipients in 24 hours), so no
//! receiver refused anything and the sender waits and sends to fewer
//! recipients. 5.7.705, 5.7.708 and 5.7.750 block the whole tenant. These
//! must read the same pasted alone, without a Microsoft host name.
//! Sources: Microsoft's Exchange Online NDR table
//! <https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online>
//! and its article on the submission quota
//! <https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-for-submission-quota-exceeded-in-exchange-online>.

use bounce_explainer::{explain, explain_bytes, Actor, Reason, Recipient};
use std::path::Path;

const RECIPIENT_RATE_LIMIT: &str = "microsoft/recipient-rate-limit";

fn only_card(text: &str) -> Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.recipients);
    report.recipients.into_iter().next().unwrap()
}

/// Builds an Exchange Online NDR whose generating server is Microsoft's
/// and whose diagnostic line is `reply`.
fn exchange_ndr(reply: &str) -> String {
    format!(
        "Delivery has failed to these recipients or groups:\n\n\
         bob@example.net\n\n\
         Diagnostic information for administrators:\n\n\
         Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com\n\n\
         bob@example.net\n\
         Remote Server returned '{reply}'\n"
    )
}

/// Checks a card for the sender's own recipient rate limit: you act,
/// after a day, with fewer recipients.
fn assert_recipient_rate_limit(card: &Recipient, input: &str) {
    let explanation = &card.explanation;
    assert_eq!(explanation.entry, RECIPIENT_RATE_LIMIT, "{input}: {card:#?}");
    assert_eq!(card.reason, Reason::Speeding, "{input}");
    assert_eq!(card.provider.as_deref(), Some("microsoft"), "{input}");
    assert_eq!(explanation.who_acts, Actor::You, "{input}");
    assert!(explanation.what.contains("your"), "{input}: {}", explanation.what);
    let steps = explanation.steps.join(" ");
    assert!(steps.contains("24 hours"), "{input}: {steps}");
    assert!(steps.contains("fewer recipients"), "{input}: {steps}");
    // Nothing is queued, so the sender resends by hand later.
    assert!(!card.retrying, "{input}");
    assert!(explanation.retry.contains("later"), "{input}: {}", explanation.retry);
    assert!(card.sender_ip.is_none(), "{input}");
}

#[test]
fn daily_limit_line_reads_own_limit() {
    let line = "550 5.1.90 Your message can't be sent because you've reached your daily limit \
                for message recipients.";
    assert_recipient_rate_limit(&only_card(line), line);
    let curly = line.replace('\'', "\u{2019}");
    assert_recipient_rate_limit(&only_card(&curly), &curly);
}

#[test]
fn daily_limit_ndr_reads_own_limit() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exchange/daily-recipient-limit-5.1.90.eml");
    let report = explain_bytes(&std::fs::read(&path).unwrap());
    assert_eq!(report.recipients.len(), 1, "{:#?}", report.recipients);
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(card.status.as_deref(), Some("5.1.90"), "{card:#?}");
    assert_recipient_rate_limit(card, "5.1.90 NDR");
}

/// Microsoft's other wordings of the same limit: the NDR table's 5.2.2
/// "Submission quota exceeded" and the submission exception that SMTP
/// AUTH clients receive.
#[test]
fn submission_quota_reads_own_limit() {
    let replies = [
        "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException",
        "554 5.2.2 Submission quota exceeded",
    ];
    for reply in replies {
        assert_recipient_rate_limit(&only_card(reply), reply);
        let ndr = exchange_ndr(reply);
        assert_recipient_rate_limit(&only_card(&ndr), &ndr);
    }
}

/// A full recipient mailbox under the same 5.2.2 keeps its own entry.
#[test]
fn recipient_mailbox_full_unchanged() {
    let ndr = exchange_ndr(
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.\
         MapiExceptionShutoffQuotaExceeded",
    );
    let card = only_card(&ndr);
    assert_eq!(card.reason, Reason::MailboxFull, "{card:#?}");
    assert_ne!(card.explanation.entry, RECIPIENT_RATE_LIMIT);
}

/// The tenant blocks, pasted alone, name Microsoft by their wording, and
/// each gets the card of its own cause.
#[test]
fn tenant_block_lines_read_tenant_blocked() {
    let lines = [
        ("550 5.7.705 Access denied, tenant has exceeded threshold", "microsoft/tenant-blocked"),
        (
            "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.",
            "microsoft/low-reputation-pool",
        ),
        (
            "550 5.7.750 Service unavailable. Client blocked from sending from unregistered \
             domains.",
            "microsoft/unregistered-domain",
        ),
    ];
    for (line, entry) in lines {
        let card = only_card(line);
        assert_eq!(card.explanation.entry, entry, "{line}: {card:#?}");
        assert_eq!(card.explanation.who_acts, Actor::Admin, "{line}");
    }
}

/// At submission, Exchange's quota exception is the sender's own mailbox
/// over its send quota; at delivery it is the recipient's full mailbox.
#[test]
fn submission_quota_exception_is_own_mailbox() {
    let own = "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.\
               MapiExceptionQuotaExceeded; Failed to process message due to a permanent \
               exception with message Cannot save changes made to an item to store.";
    for text in [own.to_string(), exchange_ndr(own)] {
        let card = only_card(&text);
        let explanation = &card.explanation;
        assert_eq!(explanation.entry, "microsoft/sender-mailbox-full", "{text}: {card:#?}");
        assert_eq!(explanation.who_acts, Actor::You, "{text}");
        assert!(explanation.what.contains("your own"), "{text}: {}", explanation.what);
        assert!(card.sender_ip.is_none(), "{text}");
    }

    let theirs = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.\
                  MapiExceptionShutoffQuotaExceeded; Failed to process message due to a \
                  permanent exception";
    let card = only_card(theirs);
    assert_ne!(card.explanation.entry, "microsoft/sender-mailbox-full", "{card:#?}");
    assert_eq!(card.reason, Reason::MailboxFull);
    assert_ne!(card.explanation.who_acts, Actor::You, "{card:#?}");
}

/// Exchange's per-minute submission limit refuses the sender's own
/// program, pasted as the bare reply or as .NET's exception text. No
/// server queued the message, so nothing retries it but the program.
#[test]
fn submission_rate_is_own_program() {
    let reply = "Message submission rate for this client has exceeded the configured limit";
    for text in [
        format!("421 4.4.2 {reply}"),
        format!("Mailbox unavailable. The server response was: 4.4.2 {reply}"),
    ] {
        let card = only_card(&text);
        let explanation = &card.explanation;
        assert_eq!(explanation.entry, "microsoft/submission-rate", "{text}: {card:#?}");
        assert_eq!(explanation.who_acts, Actor::You, "{text}");
        assert_eq!(card.reason, Reason::Speeding, "{text}");
        assert!(!card.retrying, "{text}: nothing is queued");
        assert!(explanation.retry.contains("not queued"), "{text}: {}", explanation.retry);
        assert!(!explanation.retry.contains("retries on its own"), "{}", explanation.retry);
    }
}
