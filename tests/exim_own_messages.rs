//! Exim's own messages for a failed address, which carry no reply code:
//! a router that found no route, DNS records that lead nowhere, a local
//! mailbox over its quota, a mail loop. Exim writes each indented under
//! the address. Pasted alone, with the address line above it, each must
//! give the card that the whole bounce gives.

use crate::bounces;

use bounce_explainer::{explain, Reason, Report};

/// Exim's messages as its source words them (route.c, routers/dnslookup.c,
/// transports/smtp.c, transports/appendfile.c and deliver.c), with the
/// reason each must give.
const MESSAGES: &[(&str, Reason)] = &[
    ("Unrouteable address", Reason::HostUnknown),
    ("all relevant MX records point to non-existent hosts", Reason::HostUnknown),
    ("all host address lookups failed permanently", Reason::HostUnknown),
    ("an MX or SRV record indicated no SMTP service", Reason::NotAccept),
    ("mailbox is full", Reason::MailboxFull),
    ("mailbox is full: retry timeout exceeded", Reason::MailboxFull),
    ("mailbox is full (quota exceeded while writing to file /var/mail/bob)", Reason::MailboxFull),
    (
        "mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/bob)",
        Reason::MailboxFull,
    ),
    (
        "mailbox is full (MTA-imposed quota exceeded while writing to \
         tmp/1700000000.H1.mail.example.com):",
        Reason::MailboxFull,
    ),
    ("Too many \"Received\" headers - suspected mail loop", Reason::ContentError),
];

/// The address line as Exim indents it in a bounce, and as a user copies
/// it without the indentation.
const ADDRESS_LINES: &[&str] = &["  bob@example.net", "bob@example.net"];

fn check(label: &str, report: &Report, reason: Reason) {
    assert_eq!(report.recipients.len(), 1, "{label}: {}", report.summary);
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{label}");
    assert_eq!(card.reason, reason, "{label}: {}", card.diagnostic);
    assert_ne!(card.explanation.entry, "reason/onhold", "{label}");
}

#[test]
fn exim_message_pasted_alone() {
    for (message, reason) in MESSAGES {
        for address in ADDRESS_LINES {
            let text = format!("{address}\n    {message}\n");
            check(&text, &explain(&text), *reason);
        }
    }
}

#[test]
fn exim_message_same_card_as_bounce() {
    for (message, reason) in MESSAGES {
        let block = format!("  bob@example.net\n    {message}\n");
        let whole = explain(&bounces::exim_failed(&block));
        check(&format!("{message} (bounce)"), &whole, *reason);
        let pasted = explain(&block);
        let pasted = &pasted.recipients[0].explanation;
        let whole = &whole.recipients[0].explanation;
        assert_eq!(pasted.entry, whole.entry, "{message}");
        assert_eq!(pasted.who_acts, whole.who_acts, "{message}");
    }
}

/// Prose whose line opens with the words of one of Exim's messages, and
/// goes on in the writer's words.
const PROSE: &[&str] = &[
    "bob@example.net\n    mailbox is full of newsletters again, can you clean it up?\n",
    "bob@example.net\n    Unrouteable address books are a pain to maintain.\n",
];

#[test]
fn exim_words_in_prose_ignored() {
    for text in PROSE {
        let report = explain(text);
        assert!(report.recipients.is_empty(), "{text}: {:#?}", report.recipients);
    }
}
