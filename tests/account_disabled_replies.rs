//! Replies that state the recipient's account is disabled, inactive,
//! suspended, closed, locked or expired, in words no other table reads:
//! `550 Account disabled`. Pasted alone they are still a receiver's
//! reply, and on every path they get the suspended-account card.
//! Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{explain, InputKind, Reason};

const REPLIES: &[&str] = &[
    "550 Account disabled",
    "550 Account inactive",
    "552 Account suspended",
    "554 Account closed",
    "550 Account locked",
    "550 Account expired",
    "550 Account bob@example.net is disabled",
    "550 Account <bob@mail.example.co.uk> has been disabled",
    "550 <bob@example.net>: Account inactive",
    "550 5.2.1 <bob@example.net>: Account has been closed",
];

#[test]
fn bare_account_states_suspend() {
    for reply in REPLIES {
        let report = explain(reply);
        assert_eq!(report.input_kind, InputKind::SmtpReply, "{reply}");
        let card = only(reply);
        assert_eq!(card.reason, Reason::Suspend, "{reply}");
        assert_eq!(card.explanation.entry, "reason/suspend", "{reply}");
        assert!(card.permanent, "{reply}");
    }
}

#[test]
fn postfix_line_account_disabled() {
    let line = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 Account \
                disabled (in reply to RCPT TO command)";
    let card = only(line);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(card.reason, Reason::Suspend);
    assert_eq!(card.explanation.entry, "reason/suspend");
}

#[test]
fn own_account_suspension_not_recipient() {
    let card = only("550 Your account has been suspended");
    assert_ne!(card.reason, Reason::Suspend, "{card:#?}");
    let full = only("550 5.2.2 Account disabled temporarly for exceeding receiving limits");
    assert_eq!(full.reason, Reason::MailboxFull, "{full:#?}");
    let denied = only("550 5.7.1 Relaying denied: account bob@example.net is not disabled");
    assert_ne!(denied.reason, Reason::Suspend, "{denied:#?}");
}
