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
    // Sisimai's MailboxFull phrases in the same form.
    "<bob@example.net>: account is temporarily over quota",
    "<bob@example.net>: account is exceeding their quota",
    "<bob@example.net>: exceeding its mailbox quota",
    "<bob@example.net>: is over disk quota",
    "<bob@example.net>: is over quota temporarily",
    "<bob@example.net>: over the allowed quota",
    "<bob@example.net>: would be over the allowed quota",
    "<bob@example.net>: mailbox quota usage exceeded",
    "<bob@example.net>: mailbox size limit exceeded",
    "<bob@example.net>: mailbox exceeded the local limit",
    "<bob@example.net>: mailbox has exceeded its disk space limit",
    "<bob@example.net>: the recipient mailbox has exceeded its disk space limit",
    "<bob@example.net>: recipient reached disk quota",
    "<bob@example.net>: user has exceeded quota, bouncing mail",
    "<bob@example.net>: the user you are trying to reach is over quota",
    "<bob@example.net>: The email account that you tried to reach is over quota.",
    "<bob@example.net>: the user's space has been used up",
    "<bob@example.net>: user has too many messages on the server",
    "<bob@example.net>: too much mail data",
    "<bob@example.net>: exceeded storage allocation",
    "<bob@example.net>: quota violation for",
    "<bob@example.net>: not enough storage space in",
    "<bob@example.net>: does not have enough space",
    "<bob@example.net>: boite du destinataire pleine",
    "<bob@example.net>: account disabled temporarly for exceeding receiving limits",
    "<bob@example.net>: mail file size exceeds the maximum size allowed for mail delivery",
    // The address inside the sentence that states the full mailbox.
    "The recipient bob@example.net is over quota.",
    "The mailbox <bob@example.net> is full.",
    "User bob@example.net has exceeded its quota",
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
        "bob@example.net: our quota is 5 GB",
        "bob@example.net: the mailbox is full of newsletters, please clean it up",
        "The recipient bob@example.net is over quota most months, so we raised it.",
        "The mailbox bob@example.net is full-text indexed.",
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
