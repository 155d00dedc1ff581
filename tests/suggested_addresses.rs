//! A reply that refuses a recipient and names another address to use
//! (RFC 5321's `551 User not local; please try <forward-path>`) names the
//! failed recipient elsewhere or not at all. The suggested address is the
//! one to send to next, so it must never title the card.

use bounce_explainer::{explain, Actor, Reason};

/// Replies in which `bob@example.net` is only the suggested address.
const SUGGESTING: &[&str] = &[
    "551 User not local; please try <bob@example.net>\n",
    "551 5.1.6 User not local; please try <bob@example.net>\n",
    "551 5.1.6 Recipient has moved; please try bob@example.net\n",
    "550 5.1.6 Mailbox has moved to <bob@example.net>\n",
    "551 5.1.6 User not local, new address is bob@example.net\n",
];

#[test]
fn suggested_address_not_recipient() {
    for text in SUGGESTING {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}");
        let card = &report.recipients[0];
        assert_ne!(card.recipient.as_deref(), Some("bob@example.net"), "{text}");
        assert_eq!(card.reason, Reason::HasMoved, "{text}");
    }
}

#[test]
fn rcpt_line_names_failed_address() {
    for reply in SUGGESTING {
        let text = format!("RCPT TO:<bob@example.org>\n{reply}");
        let report = explain(&text);
        assert_eq!(report.recipients.len(), 1, "{text}");
        assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.org"), "{text}");
    }
}

#[test]
fn postfix_line_keeps_failed_address() {
    let text = "<bob@example.org>: host mx.example.org[198.51.100.10] said: 551 5.1.6 User not \
                local; please try <bob@example.net> (in reply to RCPT TO command)\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}");
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.org"));
}

#[test]
fn suggested_address_on_card() {
    let mut replies: Vec<String> = SUGGESTING.iter().map(|s| s.to_string()).collect();
    replies.push("551 5.1.6 User has moved; please try <bob@example.net>\n".into());
    replies.push(
        "<bob@example.org>: host mx.example.org[198.51.100.10] said: 551 5.1.6 User not \
         local; please try <bob@example.net> (in reply to RCPT TO command)\n"
            .into(),
    );
    for text in &replies {
        let card = &explain(text).recipients[0];
        let explanation = &card.explanation;
        assert!(
            !explanation.what.contains("no forwarding address"),
            "{text}: {}",
            explanation.what
        );
        assert!(explanation.what.contains("bob@example.net"), "{text}: {}", explanation.what);
        let steps = explanation.steps.join("\n");
        assert!(steps.contains("bob@example.net"), "{text}: {steps}");
        assert!(!steps.contains("Look in the receiver's text"), "{text}: {steps}");
        assert_eq!(explanation.who_acts, Actor::You, "{text}");
    }
}

#[test]
fn moved_without_address_unchanged() {
    let card = &explain("551 5.1.6 User has moved\n").recipients[0];
    assert_eq!(card.reason, Reason::HasMoved);
    assert!(card.explanation.what.contains("no forwarding address"), "{}", card.explanation.what);
    assert!(card.explanation.steps.iter().any(|s| s.contains("ask the recipient")));
}
