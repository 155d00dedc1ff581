//! Retry advice for permanent failures whose cause sits with the
//! recipient: a full mailbox clears once the recipient makes room, so the
//! Retry line must say when sending again works and who acts, and must
//! not tell the sender to fix a cause on the recipient's side.

use bounce_explainer::{explain, Actor, Reason, Recipient};

fn recipients(text: &str) -> Vec<Recipient> {
    let report = explain(text);
    assert!(!report.recipients.is_empty(), "{text}");
    report.recipients
}

/// Full-mailbox refusals in several layouts: a Postfix bounce, a qmail
/// bounce, a reply line and a Gmail quota reply.
const MAILBOX_FULL: &[&str] = &[
    "This is the mail system at host mail.example.com.\n\n\
     I'm sorry to have to inform you that your message could not\n\
     be delivered to one or more recipients.\n\n\
     <ivy@example.org>: host mx.example.org[198.51.100.12] said: 552 5.2.2\n    \
     <ivy@example.org>: Recipient address rejected: Mailbox full (in reply to RCPT TO\n    command)\n",
    "Hi. This is the qmail-send program at mail.example.com.\n\
     I'm afraid I wasn't able to deliver your message to the following addresses.\n\
     This is a permanent error; I've given up. Sorry it didn't work out.\n\n\
     <ivy@example.org>:\n198.51.100.10 does not like recipient.\n\
     Remote host said: 552 5.2.2 Mailbox full\nGiving up on 198.51.100.10.\n",
    "552 5.2.2 <ivy@example.org>: user mailbox is over quota",
    "552-5.2.2 The recipient's inbox is out of storage space. Please direct the\n\
     552-5.2.2 recipient to\n\
     552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm d2e1a72fcca58-7a2b1c4b4a0si1234567b3a.123 - gsmtp\n",
];

#[test]
fn mailbox_full_retry_names_recipient() {
    for text in MAILBOX_FULL {
        for r in recipients(text) {
            let retry = &r.explanation.retry;
            assert_eq!(r.reason, Reason::MailboxFull, "{text}");
            assert_eq!(r.explanation.who_acts, Actor::Recipient, "{text}");
            assert!(!retry.contains("fix the cause first"), "{retry}");
            assert!(retry.contains("recipient"), "{retry}");
            assert!(retry.contains("made room"), "{retry}");
            assert!(retry.contains("again"), "{retry}");
        }
    }
}

#[test]
fn recipient_side_block_names_recipient() {
    // The recipient's own block lists: the sender cannot lift them alone.
    let texts = [
        "550 5.7.513 Service unavailable, Client host [203.0.113.5] blocked by customer \
         block list. [DM6PR04MB1234.namprd04.prod.outlook.com 2026-12-04T10:00:00.000Z \
         08DB1234567890AB]",
        "550 Rejected by header based Blocked Senders - \
         https://community.mimecast.com/docs/DOC-1369#550 [AbCdEfGh.us123]",
    ];
    for text in texts {
        for r in recipients(text) {
            let retry = &r.explanation.retry;
            assert_eq!(r.explanation.who_acts, Actor::Recipient, "{text}");
            assert!(!retry.contains("fix the cause first"), "{retry}");
            assert!(retry.contains("recipient"), "{retry}");
        }
    }
}

#[test]
fn sender_side_permanent_still_says_fix() {
    let r =
        &recipients("550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown")[0];
    assert!(r.permanent);
    assert!(!r.explanation.retry.contains("made room"), "{}", r.explanation.retry);
    assert!(!r.explanation.retry.contains("recipient"), "{}", r.explanation.retry);
}

#[test]
fn gave_up_full_mailbox_names_recipient() {
    // A 4xx full mailbox in a final bounce: nothing retries it, and the
    // recipient must make room before a new copy can get through.
    let texts = [
        "This is the mail system at host mail.example.com.\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients.\n\n\
         <ivy@example.org>: host mx.example.org[198.51.100.12] said: 452 4.2.2\n    \
         <ivy@example.org>: Mailbox full (in reply to RCPT TO command)\n",
        "  ivy@example.org\n    host mx.example.org [198.51.100.12]\n    \
         SMTP error from remote mail server after RCPT TO:<ivy@example.org>:\n    \
         452 4.2.2 Mailbox full\n",
    ];
    for text in texts {
        for r in recipients(text) {
            let retry = &r.explanation.retry;
            assert!(!r.retrying, "{text}");
            assert_eq!(r.explanation.who_acts, Actor::Recipient, "{text}");
            assert!(retry.contains("stopped retrying"), "{retry}");
            assert!(retry.contains("recipient has made room"), "{retry}");
        }
    }
}

#[test]
fn gave_up_passing_cause_says_later() {
    // A full disk at the receiving server passes without the recipient.
    let text = "This is the mail system at host mail.example.com.\n\n\
                I'm sorry to have to inform you that your message could not\n\
                be delivered to one or more recipients.\n\n\
                <ivy@example.org>: host mx.example.org[198.51.100.12] said: 452 4.3.1\n    \
                Insufficient system storage (in reply to RCPT TO command)\n";
    for r in recipients(text) {
        let retry = &r.explanation.retry;
        assert!(retry.contains("stopped retrying"), "{retry}");
        assert!(retry.contains("again later"), "{retry}");
        assert!(!retry.contains("made room"), "{retry}");
    }
}
