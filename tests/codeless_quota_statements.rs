//! A full mailbox stated without a reply code after the recipient's
//! address, as local delivery agents and some receivers word it
//! (`<bob@example.net>: over quota`, `bob@example.net: user is over
//! quota`). Pasted alone, such a line is the whole failure.

use bounce_explainer::{explain, Actor, Reason};

const STATEMENTS: &[&str] = &[
    "<bob@example.net>: over quota",
    "bob@example.net: user is over quota",
    "<bob@example.net>: user over quota",
    "<bob@example.net>: quota exceeded",
    "<bob@example.net>: Mailbox quota exceeded",
    "<bob@example.net>: mail quota exceeded.",
    "<bob@example.net>: mailbox over quota",
    "bob@example.net: mailbox full",
    "bob@example.net: mailbox is full",
    "<bob@example.net>: Disk quota exceeded",
    "<bob@example.net>: account is over quota",
    "bob@example.net: Quota exceeded (mailbox for user is full)",
    "<bob@example.net>: maildrop: maildir over quota.",
    "bob@example.net: mailbox quota exceeded for this recipient",
];

#[test]
fn quota_statement_gives_mailbox_full() {
    for text in STATEMENTS {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}: {report:#?}");
        let card = &report.recipients[0];
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{text}");
        assert_eq!(card.reason, Reason::MailboxFull, "{text}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{text}");
    }
}

/// Prose that mentions a quota beside an address states no failure.
#[test]
fn quota_in_prose_ignored() {
    for text in [
        "bob@example.net: we went over quota on the shared drive last month, sorted now",
        "Ask bob@example.net whether the plan is over quota before renewing.",
    ] {
        let report = explain(text);
        assert!(report.recipients.is_empty(), "{text}: {:#?}", report.recipients);
    }
}

/// A local delivery program that Postfix's pipe(8) ran and whose output
/// names a full mailbox reports on the mailbox, not a broken program.
#[test]
fn program_output_names_quota() {
    for text in [
        "<bob@example.net>: permission denied. Command output: maildrop: maildir over\n    quota.\n",
        "<bob@example.net>: Command died with status 77: \"/usr/lib/dovecot/deliver\". Command\n    \
         output: Quota exceeded (mailbox for user is full)\n",
    ] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}: {report:#?}");
        let card = &report.recipients[0];
        assert_eq!(card.reason, Reason::MailboxFull, "{text}: {card:#?}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{text}");
    }
}
