//! X.1.0, "other address status", beside words of a policy refusal or in
//! reply to MAIL FROM: Forpsi's outgoing server replies "550 5.1.0 Policy
//! violation" when it stops a customer's own account, so no recipient
//! address is at fault. A 5.1.0 with words about the recipient stays an
//! unknown user.

use bounce_explainer::{explain, Actor, Reason, Recipient, Report};

const FORPSI_REPLY: &str =
    "550 5.1.0 Policy violation cNkj1y0022zrrQM01NkjaD, see https://support.forpsi.com/kb/a4071";

/// Builds the DSN of a relay that got the Forpsi reply for friend@example.net.
fn forpsi_dsn() -> String {
    format!(
        "Reporting-MTA: dns; smtp.forpsi.com\n\
         Action: failed\n\
         Final-Recipient: rfc822; friend@example.net\n\
         Status: 5.1.0\n\
         Diagnostic-Code: smtp; {FORPSI_REPLY}\n"
    )
}

/// Builds Postfix's line for the Forpsi reply to MAIL FROM.
fn forpsi_postfix() -> String {
    format!(
        "<friend@example.net>: host smtp.forpsi.com[192.0.2.10] said: {FORPSI_REPLY} \
         (in reply to MAIL FROM command)"
    )
}

fn only(report: &Report) -> &Recipient {
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    &report.recipients[0]
}

#[test]
fn policy_reply_alone_not_hard() {
    let report = explain(FORPSI_REPLY);
    let card = only(&report);
    assert_eq!(card.reason, Reason::PolicyViolation);
    assert!(!card.hard);
    assert_ne!(card.explanation.entry, "status/X.1.0");
}

#[test]
fn policy_dsn_not_hard() {
    let report = explain(&forpsi_dsn());
    let card = only(&report);
    assert_eq!(card.recipient.as_deref(), Some("friend@example.net"));
    assert_eq!(card.reason, Reason::PolicyViolation);
    assert!(!card.hard);
}

#[test]
fn mail_from_reply_not_hard() {
    let card = explain(&forpsi_postfix()).recipients.remove(0);
    assert_eq!(card.reason, Reason::PolicyViolation);
    assert!(!card.hard);
    let unnamed = "<friend@example.net>: host mx.example.net[192.0.2.10] said: 550 5.1.0 \
                   Not allowed (in reply to MAIL FROM command)";
    let card = explain(unnamed).recipients.remove(0);
    assert_eq!(card.reason, Reason::Rejected);
    assert!(!card.hard);
}

#[test]
fn recipient_words_stay_unknown_user() {
    let postfix = "<bob@example.net>: host mx.example.net[192.0.2.10] said: 550 5.1.0 \
                   <bob@example.net>: Recipient address rejected: User unknown \
                   (in reply to RCPT TO command)";
    let card = explain(postfix).recipients.remove(0);
    assert_eq!(card.reason, Reason::UserUnknown);
    assert!(card.hard);
    let bare = explain("550 5.1.0 Address rejected.").recipients.remove(0);
    assert_eq!(bare.reason, Reason::UserUnknown);
}

#[test]
fn forpsi_block_names_own_account() {
    for text in [FORPSI_REPLY.to_string(), forpsi_dsn(), forpsi_postfix()] {
        let card = explain(&text).recipients.remove(0);
        assert_eq!(card.provider.as_deref(), Some("forpsi"), "{text}");
        assert_eq!(card.explanation.entry, "forpsi/outgoing-block", "{text}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{text}");
        assert!(!card.hard, "{text}");
    }
}

#[test]
fn other_host_gets_no_forpsi_card() {
    let postfix = "<friend@example.net>: host mx.example.net[192.0.2.10] said: 550 5.1.0 \
                   Policy violation (in reply to MAIL FROM command)";
    let card = explain(postfix).recipients.remove(0);
    assert_eq!(card.provider, None);
    assert_eq!(card.reason, Reason::PolicyViolation);
}
