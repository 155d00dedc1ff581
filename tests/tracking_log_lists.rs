//! Exchange message tracking log entries pasted from `Get-MessageTrackingLog
//! | Format-List`: `Recipients` lists the addresses and `RecipientStatus`
//! gives one `[{LED=<reply>};...]` status per address, in the same order.
//! Each recipient gets its own card with its own reply.

use bounce_explainer::{explain, Reason};

use crate::cards;

/// Builds a FAIL entry for `recipients` with one status per reply.
fn fail_entry(recipients: &[&str], replies: &[&str]) -> String {
    let statuses: Vec<String> = replies
        .iter()
        .map(|reply| {
            format!(
                "[{{LED={reply}}};{{MSG=}};{{FQDN=mx.example.net}};{{IP=198.51.100.33}};{{LRT=}}]"
            )
        })
        .collect();
    format!(
        "Timestamp          : 11/30/2026 4:45:01 PM\nEventId            : FAIL\n\
         Source             : SMTP\nSender             : jane@example.com\n\
         Recipients         : {{{}}}\nRecipientStatus    : {{{}}}\n\
         MessageSubject     : Invoice 2231\n",
        recipients.join(", "),
        statuses.join(", ")
    )
}

#[test]
fn two_recipients_two_cards() {
    let text = fail_entry(
        &["orders@example.net", "sales@example.net"],
        &["550 5.1.1 User unknown", "552 5.2.2 Mailbox full"],
    );
    let expected: [cards::Expected<Option<String>>; 2] = [
        (Some("orders@example.net"), Reason::UserUnknown, None, Some("5.1.1".to_string())),
        (Some("sales@example.net"), Reason::MailboxFull, None, Some("5.2.2".to_string())),
    ];
    cards::check_cards(&text, &expected, "status", |r| r.status.clone());
}

#[test]
fn one_recipient_named() {
    let text = fail_entry(&["orders@example.net"], &["550 5.1.1 User unknown"]);
    let card = cards::only(&text);
    assert_eq!(card.recipient.as_deref(), Some("orders@example.net"));
    assert_eq!(card.reason, Reason::UserUnknown);
    assert_eq!(card.diagnostic, "550 5.1.1 User unknown");
}

#[test]
fn reply_with_brackets_keeps_order() {
    let text = fail_entry(
        &["orders@example.net", "sales@example.net"],
        &[
            "550 5.7.1 Client host [203.0.113.9] blocked using zen.spamhaus.org",
            "552 5.2.2 Mailbox full",
        ],
    );
    let report = explain(&text);
    let orders = cards::by_address(&report.recipients, "orders@example.net");
    assert_eq!(orders.reason, Reason::Blocked);
    let sales = cards::by_address(&report.recipients, "sales@example.net");
    assert_eq!(sales.reason, Reason::MailboxFull);
}

#[test]
fn wrapped_values_read() {
    // Format-List wraps a value longer than the console onto lines
    // indented to the value's column.
    let text = "EventId            : FAIL\n\
        Recipients         : {orders@example.net, sales@exa\n\
        \x20                    mple.net}\n\
        RecipientStatus    : {[{LED=550 5.1.1 User unknown};{MSG=};{FQDN=mx.example.net};{IP=1\n\
        \x20                    98.51.100.33};{LRT=}], [{LED=552 5.2.2 Mailbox full};{MSG=};{FQDN=\n\
        \x20                    mx.example.net};{IP=198.51.100.33};{LRT=}]}\n";
    let expected: [cards::Expected<Option<String>>; 2] = [
        (Some("orders@example.net"), Reason::UserUnknown, None, Some("mx.example.net".to_string())),
        (Some("sales@example.net"), Reason::MailboxFull, None, Some("mx.example.net".to_string())),
    ];
    cards::check_cards(text, &expected, "receiving host", |r| r.remote_host.clone());
}

#[test]
fn defer_then_fail_one_card() {
    let defer = fail_entry(&["orders@example.net"], &["451 4.7.1 Try again later"])
        .replace("EventId            : FAIL", "EventId            : DEFER");
    let fail = fail_entry(&["orders@example.net"], &["550 5.1.1 User unknown"]);
    let card = cards::only(&format!("{defer}\n{fail}"));
    assert_eq!(card.recipient.as_deref(), Some("orders@example.net"));
    assert_eq!(card.reason, Reason::UserUnknown);
    assert_eq!(card.action, "failed");
}

#[test]
fn status_count_mismatch_names_nobody() {
    // With fewer statuses than recipients, which status is whose is
    // unknown, so no card names a recipient that may not have failed.
    let text =
        fail_entry(&["orders@example.net", "sales@example.net"], &["550 5.1.1 User unknown"]);
    let card = cards::only(&text);
    assert_eq!(card.recipient, None);
    assert_eq!(card.reason, Reason::UserUnknown);
}
