//! Mail queue listings from Postfix's `postqueue -p`, Sendmail's `mailq`
//! and Exim's `exim -bp`. The sender column is not a recipient, the
//! indented addresses are, and every entry is mail still queued, so each
//! recipient reads as delayed with the parenthesised reason as its cause.
//! An entry on hold (Postfix's `!`, Exim's `*** frozen ***`) is not
//! retried until an administrator releases it, so its card is held.

use crate::cards;

use bounce_explainer::{explain, Actor, Reason, Recipient};
use cards::by_address;

const POSTQUEUE: &str = "\
-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
A1B2C3D4E5*    2345 Sat Dec  5 10:01:02  alice@example.com
(host mx.example.net[198.51.100.20] said: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.45] (in reply to RCPT TO command))
                                         bob@example.net

F6A7B8C9D0      1234 Sat Dec  5 09:55:00  alice@example.com
(connect to mx.example.org[203.0.113.9]:25: Connection timed out)
                                         carol@example.org

-- 3 Kbytes in 2 Requests.
";

const SENDMAIL: &str = "\
\t\t/var/spool/mqueue (2 requests)
-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------
4B5A1b2C003456     1234 Sat Dec  5 10:01 <alice@example.com>
                 (Deferred: 451 4.7.1 Greylisted, please try again later)
\t\t\t\t\t <bob@example.net>
4B5A1b2C003457     2345 Sat Dec  5 10:02 <alice@example.com>
                 (Deferred: Connection refused by mx.example.org.)
\t\t\t\t\t <carol@example.org>
\t\tTotal requests: 2
";

fn assert_recipients_only_delayed(listing: &str) {
    let report = explain(listing);
    let addresses: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(addresses, [Some("bob@example.net"), Some("carol@example.org")], "{listing}");
    for recipient in &report.recipients {
        assert_eq!(recipient.action, "delayed", "{recipient:#?}");
        assert!(!recipient.permanent, "{recipient:#?}");
    }
}

#[test]
fn postqueue_sender_is_no_recipient() {
    assert_recipients_only_delayed(POSTQUEUE);
}

#[test]
fn sendmail_sender_is_no_recipient() {
    assert_recipients_only_delayed(SENDMAIL);
}

#[test]
fn postqueue_reasons_are_causes() {
    let report = explain(POSTQUEUE);
    let bob = by_address(&report.recipients, "bob@example.net");
    assert_eq!(bob.reason, Reason::RequirePtr);
    assert_eq!(bob.sender_ip.as_deref(), Some("192.0.2.45"));
    let carol = by_address(&report.recipients, "carol@example.org");
    assert_eq!(carol.reason, Reason::NetworkError);
}

#[test]
fn sendmail_reasons_are_causes() {
    let report = explain(SENDMAIL);
    let bob = by_address(&report.recipients, "bob@example.net");
    assert_eq!(bob.explanation.entry, "practice/greylisting");
    let carol = by_address(&report.recipients, "carol@example.org");
    assert_eq!(carol.reason, Reason::NetworkError);
}

#[test]
fn single_entry_is_delayed() {
    let listing = "\
A1B2C3D4E5      2345 Sat Dec  5 10:01:02  alice@example.com
(host mx.example.net[198.51.100.20] said: 452 4.2.2 <bob@example.net>: Mailbox full (in reply to RCPT TO command))
                                         bob@example.net
";
    let report = explain(listing);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let bob = &report.recipients[0];
    assert_eq!(bob.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(bob.action, "delayed");
    assert_eq!(bob.reason, Reason::MailboxFull);
}

// One Postfix entry may list several recipients under one reason, and
// another reason for the recipients after it.
#[test]
fn entry_reasons_apply_below() {
    let listing = "\
A1B2C3D4E5      2345 Sat Dec  5 10:01:02  alice@example.com
(connect to mx.example.org[203.0.113.9]:25: Connection refused)
                                         carol@example.org
                                         dave@example.org
(host mx.example.net[198.51.100.20] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))
                                         bob@example.net
";
    let report = explain(listing);
    assert_eq!(report.recipients.len(), 3, "{report:#?}");
    assert_eq!(by_address(&report.recipients, "carol@example.org").reason, Reason::NetworkError);
    assert_eq!(by_address(&report.recipients, "dave@example.org").reason, Reason::NetworkError);
    assert_eq!(by_address(&report.recipients, "bob@example.net").reason, Reason::MailboxFull);
}

// Sendmail marks an entry being processed with `*` after the id, and older
// releases print the reason without parentheses.
#[test]
fn sendmail_status_character_entry() {
    let listing = "\
\t\t/var/spool/mqueue (1 request)
-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------
4B5A1b2C003456*    702 Fri Dec  4 16:51 <alice@example.com>
                 Deferred: Connection refused by mx.example.org.
\t\t\t\t\t <carol@example.org>
";
    let report = explain(listing);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let carol = &report.recipients[0];
    assert_eq!(carol.recipient.as_deref(), Some("carol@example.org"));
    assert_eq!(carol.action, "delayed");
    assert_eq!(carol.reason, Reason::NetworkError);
}

/// `exim -bp` in the layout of Exim's specification (the `-bp` option):
/// time in the queue, size, message id and sender, then the recipients,
/// `D` before one already delivered. A bounce's sender is `<>`.
const EXIM_BP: &str = "\
25m  2.9K 1vABCD-000123-AB <alice@example.com>
          bob@example.net
        D dave@example.com
          carol@example.org

 2h  1.2K 1vABCE-000124-AB <>
          erin@example.net
";

#[test]
fn exim_listing_recipients_delayed() {
    let report = explain(EXIM_BP);
    let addresses: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    let expected = [Some("bob@example.net"), Some("carol@example.org"), Some("erin@example.net")];
    assert_eq!(addresses, expected, "{report:#?}");
    for recipient in &report.recipients {
        assert_eq!(recipient.action, "delayed", "{recipient:#?}");
        assert!(recipient.retrying, "{recipient:#?}");
        assert!(!recipient.held, "{recipient:#?}");
        assert!(!recipient.permanent, "{recipient:#?}");
    }
}

fn assert_held(recipient: &Recipient) {
    assert_eq!(recipient.action, "delayed", "{recipient:#?}");
    assert!(recipient.held, "{recipient:#?}");
    assert!(!recipient.retrying, "{recipient:#?}");
    assert!(!recipient.permanent, "{recipient:#?}");
    assert_eq!(recipient.explanation.entry, "queue/held");
    assert_eq!(recipient.explanation.who_acts, Actor::Admin);
    assert!(recipient.explanation.retry.contains("releases"), "{}", recipient.explanation.retry);
}

// postqueue(1): `!` after the queue id marks the hold queue, `*` the
// active queue. A held message waits for `postsuper -H`.
#[test]
fn postqueue_hold_entry_is_held() {
    let listing = "\
-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
A1B2C3D4E5!    2345 Sat Dec  5 10:01:02  alice@example.com
                                         bob@example.net

F6A7B8C9D0*    1234 Sat Dec  5 09:55:00  alice@example.com
                                         carol@example.org

-- 3 Kbytes in 2 Requests.
";
    let report = explain(listing);
    assert_held(by_address(&report.recipients, "bob@example.net"));
    let carol = by_address(&report.recipients, "carol@example.org");
    assert!(!carol.held, "{carol:#?}");
    assert!(carol.retrying, "{carol:#?}");
}

// A held entry may still show the error of an attempt before the hold,
// which does not make it retried.
#[test]
fn held_entry_with_reason_is_held() {
    let listing = "\
A1B2C3D4E5!    2345 Sat Dec  5 10:01:02  alice@example.com
(host mx.example.net[198.51.100.20] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))
                                         bob@example.net
";
    let report = explain(listing);
    assert_held(by_address(&report.recipients, "bob@example.net"));
}

#[test]
fn exim_frozen_entry_is_held() {
    let listing = "\
 3d  4.1K 1vABCF-000125-AB <> *** frozen ***
          erin@example.net
";
    let report = explain(listing);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert_held(&report.recipients[0]);
}
