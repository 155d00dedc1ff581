//! Security gateways' notices to the sender that a message was blocked
//! or quarantined before delivery: a "Reason:" or "Policy:" field after a
//! blank line, a quarantine the recipient can release, a blocked
//! attachment, a data loss prevention (DLP) rule. In these notices the
//! cause is the message, not the sending IP, and a quarantined message
//! waits for the recipient's side to release it. Documentation addresses
//! only.
//!
//! NOTE: no public sample of these services' notices was found. The
//! bodies follow the structure such notices share (a "Reason:" field,
//! "quarantined", "blocked attachment", "data loss prevention"), not one
//! service's template.

use crate::cards;

use bounce_explainer::{explain, Actor, InputKind, Reason};
use cards::only;

/// Wraps a body in a notice email from `from`.
fn notice(from: &str, subject: &str, body: &str) -> String {
    format!(
        "From: {from}\nTo: alice@example.com\nSubject: {subject}\n\
         Date: Sat, 05 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n\
         Content-Type: text/plain; charset=\"UTF-8\"\n\n{body}"
    )
}

#[test]
fn reason_field_after_blank_line_read() {
    let body = "Your message to: bob@example.net\n\
        was blocked by the recipient's Barracuda Email Security Service and was not delivered.\n\n\
        Reason: Message content rejected (spam score exceeded the block threshold)\n\n\
        If you believe this message was blocked in error, contact the recipient\n\
        by another means and ask them to add your address to their allowed senders.\n";
    let text = notice(
        "Barracuda Email Security Service <noreply@barracuda.com>",
        "Message you sent blocked by our bulk email filter",
        body,
    );
    let card = only(&text);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert!(card.diagnostic.contains("spam score"), "{}", card.diagnostic);
    assert_ne!(card.reason, Reason::Blocked);
    assert_ne!(card.explanation.who_acts, Actor::Admin);
    assert_eq!(card.sender_ip, None);
    let steps = card.explanation.steps.join(" ").to_lowercase();
    assert!(!steps.contains("removal"), "{steps}");
}

/// (sender, subject, body) of notices that blocked an attachment or a
/// message under a DLP rule.
const POLICY_BLOCKS: &[(&str, &str, &str)] = &[
    (
        "Sophos Email <do-not-reply@sophos.com>",
        "Message blocked: Quarterly report",
        "Your message to bob@example.net was blocked by Sophos Email.\n\n\
         Reason: The message contains an attachment type that the recipient's\n\
         organisation does not accept (.js).\n\n\
         Remove the attachment or send it another way, then send the message again.\n",
    ),
    (
        "Postmaster <postmaster@example.net>",
        "Message blocked",
        "Your message to bob@example.net has been blocked.\n\n\
         Policy: blocked attachment (invoice.exe)\n",
    ),
    (
        "Mail Delivery System <mailer-daemon@esa1.example.net.iphmx.com>",
        "[Undeliverable] Quarterly report",
        "The message you sent to bob@example.net was not delivered because it\n\
         violates the data loss prevention policy of the receiving organisation\n\
         (policy: Outbound PCI Data). Contact the recipient's mail administrator if\n\
         you believe this is in error.\n",
    ),
];

#[test]
fn attachment_and_dlp_blocks_name_policy() {
    for (from, subject, body) in POLICY_BLOCKS {
        let report = explain(&notice(from, subject, body));
        assert_ne!(report.input_kind, InputKind::NotBounce, "{body}");
        assert_eq!(report.recipients.len(), 1, "{body}");
        let card = &report.recipients[0];
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{body}");
        assert_eq!(card.reason, Reason::PolicyViolation, "{body}");
        assert!(card.permanent, "{body}");
        assert_eq!(card.sender_ip, None, "{body}");
    }
}

const QUARANTINES: &[&str] = &[
    "Your message to bob@example.net with the subject \"Quarterly report\" has\n\
     been quarantined by Proofpoint Essentials because it was identified as\n\
     spam. It has not been delivered. The recipient can release it from their\n\
     quarantine digest.\n",
    "Your message to bob@example.net was quarantined by the recipient's mail\n\
     filter. The recipient's administrator can release it from the quarantine.\n",
];

#[test]
fn quarantine_notice_is_hold() {
    for body in QUARANTINES {
        let text = notice("Mail Filter <noreply@example.net>", "Message quarantined", body);
        let report = explain(&text);
        assert_ne!(report.input_kind, InputKind::NotBounce, "{body}");
        assert_eq!(report.recipients.len(), 1, "{body}");
        let card = &report.recipients[0];
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{body}");
        assert_eq!(card.explanation.entry, "filter/held-for-review", "{body}");
        assert!(card.held, "{body}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{body}");
    }
}

#[test]
fn held_message_released_by_recipient() {
    let body = "Your message to bob@example.net has been held for review because it\n\
        triggered the recipient organisation's Attachment Protection policy.\n\
        An administrator will review the message. You do not need to resend it.\n";
    let card = only(&notice("Postmaster <postmaster@example.net>", "Message Held", body));
    assert!(card.held);
    assert_eq!(card.explanation.who_acts, Actor::Recipient);
    assert!(!card.explanation.retry.contains("retries on its own"), "{}", card.explanation.retry);
}
