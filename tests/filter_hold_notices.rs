//! Filtering services' notices to the sender. A notice that says the
//! message is held for review and need not be sent again is a hold, not a
//! permanent failure. A notice that blocked the message and names its
//! content or a spam score as the reason is a verdict on the message, not
//! a block of the sending IP. Documentation addresses only.

use crate::cards;

use bounce_explainer::{explain, Actor, Reason};
use cards::only;

/// Wraps a reply in a Postfix bounce line for one recipient.
fn postfix(reply: &str) -> String {
    format!(
        "<bob@example.net>: host mx.example.net[198.51.100.80] said: {reply} \
         (in reply to end of DATA command)\n"
    )
}

/// Wraps a body in a notice email from a filtering service.
fn notice(body: &str) -> String {
    format!(
        "From: Postmaster <postmaster@example.net>\nTo: alice@example.com\n\
         Subject: Message held\nMIME-Version: 1.0\n\
         Content-Type: text/plain; charset=\"UTF-8\"\n\n{body}"
    )
}

const HOLDS: &[&str] = &[
    "Your message to bob@example.net has been held for review because it\n\
     triggered the recipient organisation's Attachment Protection policy.\n\
     An administrator will review the message. You do not need to resend it.\n",
    "Your message to bob@example.net is held for review by the recipient's\n\
     administrator. There is no need to resend it.\n",
];

#[test]
fn review_hold_not_permanent_failure() {
    for body in HOLDS {
        let card = only(&notice(body));
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{body}");
        assert_eq!(card.explanation.entry, "filter/held-for-review", "{body}");
        assert!(card.held, "{body}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{body}");
        let retry = &card.explanation.retry;
        assert!(retry.starts_with("Held, not returned"), "{retry}");
        assert!(!retry.starts_with("Permanent"), "{retry}");
        assert_eq!(card.sender_ip, None, "{body}");
    }
}

/// "Held" without the promise that it needs no resend is not enough: a
/// notice that the message was held and then deleted is a failure.
#[test]
fn held_then_deleted_not_hold() {
    let body = "Your message to bob@example.net was held for review and has been deleted \
        by the administrator. It will not be delivered.\n";
    let card = only(&notice(body));
    assert!(!card.held, "{card:#?}");
}

const CONTENT_BLOCKS: &[&str] = &[
    "554 Your message was blocked by the content filter: message content rejected",
    "550 Your message was blocked by our filter: spam score 12.3 exceeded the threshold",
    "554 5.7.1 The message was blocked by the recipient's gateway: message looks like spam",
];

#[test]
fn message_blocked_for_content_not_ip_block() {
    for reply in CONTENT_BLOCKS {
        let card = only(&postfix(reply));
        assert_ne!(card.reason, Reason::Blocked, "{reply}");
        assert_ne!(card.explanation.who_acts, Actor::Admin, "{reply}");
        let steps = card.explanation.steps.join(" ").to_lowercase();
        assert!(!steps.contains("removal"), "{reply}\n{steps}");
    }
}

#[test]
fn ip_blocked_by_stays_block() {
    for reply in [
        "554 5.7.1 Your IP 192.0.2.5 was blocked by our firewall",
        "550 5.7.1 Your IP 192.0.2.5 was blocked by Spamhaus",
    ] {
        let card = only(&postfix(reply));
        assert_eq!(card.reason, Reason::Blocked, "{reply}");
        assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.5"), "{reply}");
    }
}

#[test]
fn plain_spam_notice_stays_not_held() {
    let report = explain(&postfix("550 5.7.1 Message rejected as spam"));
    assert!(!report.recipients[0].held);
}
