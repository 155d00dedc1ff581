//! Outlook.com's 550 5.7.515, its rule that a high-volume sending domain
//! pass SPF, DKIM and an aligned DMARC for its From address. ESP logs and
//! agents paste the first line alone, without a Microsoft host, and guides
//! quote it with and without a semicolon after the reply code. Each form
//! must give the authentication card, never the generic security card
//! whose first step is the sender's password.
//! Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{Actor, Reason, Recipient};

const AUTH_LEVEL: &str = "microsoft/auth-level";

const FIRST_LINE: &str = "Access denied, sending domain [EXAMPLE.ORG] does not meet the \
                          required authentication level.";

fn assert_auth_level(card: &Recipient, input: &str) {
    assert_eq!(card.explanation.entry, AUTH_LEVEL, "{input}: {card:#?}");
    assert_eq!(card.reason, Reason::AuthFailure, "{input}");
    assert_eq!(card.provider.as_deref(), Some("microsoft"), "{input}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{input}");
    assert!(card.permanent, "{input}");
    assert_eq!(card.status.as_deref(), Some("5.7.515"), "{input}");
    assert_eq!(card.reply.as_deref(), Some("550"), "{input}");
    let password = card.explanation.steps.iter().any(|step| step.contains("password"));
    assert!(!password, "{input}: {:#?}", card.explanation.steps);
}

#[test]
fn first_line_alone() {
    let input = format!("550 5.7.515 {FIRST_LINE}");
    assert_auth_level(&only(&input), &input);
}

#[test]
fn semicolon_form_keeps_reply() {
    let input = format!("550; 5.7.515 {FIRST_LINE}");
    assert_auth_level(&only(&input), &input);
}

#[test]
fn both_documented_lines() {
    let input = format!(
        "550 5.7.515 {FIRST_LINE}\nThe sender's domain in the 5322.From address doesn't meet \
         the authentication requirements defined for the sender."
    );
    assert_auth_level(&only(&input), &input);
}

#[test]
fn sendgrid_event_to_outlook() {
    let input = format!(
        r#"[{{"email":"bob@outlook.com","timestamp":1704103200,"event":"deferred","ip":"198.51.100.10","response":"451 4.7.650 The mail server [198.51.100.10] has been temporarily rate limited due to IP reputation.","attempt":"3","sg_message_id":"abc.filter0001.1"}},
 {{"email":"bob@outlook.com","timestamp":1704189600,"event":"bounce","type":"bounce","ip":"198.51.100.10","reason":"550 5.7.515 {FIRST_LINE}","status":"5.7.515","sg_message_id":"abc.filter0001.1"}}]"#
    );
    let card = only(&input);
    assert_eq!(card.recipient.as_deref(), Some("bob@outlook.com"));
    assert_auth_level(&card, &input);
}

/// The code is Microsoft's own, so without its sentence it names no
/// authentication rule.
#[test]
fn code_without_sentence_not_matched() {
    let card = only("550 5.7.515 Access denied");
    assert_ne!(card.explanation.entry, AUTH_LEVEL);
}
