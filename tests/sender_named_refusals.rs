//! Replies that name the envelope sender as the rejected address ("Sender
//! address rejected", "sender rejected") under a status code of the
//! recipient's address class (5.1.0, 5.1.1). The words name the sender,
//! so the code's usual reading (an unknown recipient) must not win.

use crate::cards::only;
use bounce_explainer::{Reason, Recipient};

/// Checks that `text` reads as a rejected sender, with no step that sends
/// the user to check the recipient's address.
fn check_sender_rejected(text: &str) -> Recipient {
    let r = only(text);
    assert_eq!(r.reason, Reason::Rejected, "{text}\n{r:#?}");
    assert!(!r.explanation.what.contains("recipient's address"), "{text}\n{r:#?}");
    for step in &r.explanation.steps {
        assert!(!step.contains("recipient's address"), "{text}: {step}");
    }
    r
}

#[test]
fn pasted_sender_rejected_under_x_1_0() {
    check_sender_rejected("550 5.1.0 Sender address rejected: Domain not found");
    check_sender_rejected(
        "550 5.1.0 <alice@example.com>: Sender address rejected: Domain not found",
    );
    check_sender_rejected("550 5.1.0 <alice@example.com> sender rejected");
    check_sender_rejected("553 5.1.0 <alice@example.com>: Sender address rejected: Access denied");
}

#[test]
fn sender_domain_not_found_explained() {
    // Postfix's reject_unknown_sender_domain: the sender's domain has no
    // DNS record for mail, whichever X.1.x code the receiver put over it.
    for text in [
        "550 5.1.0 Sender address rejected: Domain not found",
        "550 5.1.8 <alice@example.com>: Sender address rejected: Domain not found",
        "450 4.1.8 <alice@example.com>: Sender address rejected: Domain not found",
    ] {
        let r = check_sender_rejected(text);
        assert_eq!(r.explanation.entry, "status/X.1.8", "{text}\n{r:#?}");
    }
}

#[test]
fn sender_rejected_under_x_1_1() {
    check_sender_rejected(
        "550 5.1.1 <alice@example.com>: Sender address rejected: Domain not found",
    );
}

#[test]
fn sender_unknown_user_is_senders() {
    // Postfix's reject_unlisted_sender: the sender's address claims a
    // domain the receiver hosts, and no such user exists there. Postfix
    // delays sender checks to RCPT by default (smtpd_delay_reject).
    let rcpt = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.1.0 \
        <alice@example.net>: Sender address rejected: User unknown in local recipient \
        table (in reply to RCPT TO command)";
    let r = check_sender_rejected(rcpt);
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"));

    let pasted = "550 5.1.0 <alice@example.net>: Sender address rejected: User unknown in \
        local recipient table";
    check_sender_rejected(pasted);
}

#[test]
fn mail_from_reply_names_sender() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 553 5.1.0 \
        <alice@example.com>: Sender address rejected: Access denied (in reply to MAIL \
        FROM command)";
    check_sender_rejected(text);
}

#[test]
fn recipient_address_keeps_x_1_0_reading() {
    let r = only("550 5.1.0 <bob@example.net>: Recipient address rejected: User unknown");
    assert_eq!(r.reason, Reason::UserUnknown, "{r:#?}");
    let r = only("550 #5.1.0 Address rejected.");
    assert_eq!(r.reason, Reason::UserUnknown, "{r:#?}");
}
