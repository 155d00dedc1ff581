//! Limits and suspensions of the sender's own account. "Sending quota
//! exceeded" and "Your account ... has been suspended" come from the
//! sender's provider, so the sender or that provider acts, while a
//! recipient's "mailbox quota exceeded" or suspended mailbox stays the
//! recipient's. Each family is checked both ways, through the card.
//! Documentation addresses only.

use crate::bounces;
use crate::cards;

use bounce_explainer::{Actor, Reason, Recipient};
use bounces::exim_failed;
use cards::{card_for, only};

/// Builds a DSN from the sending side's server for one recipient, with
/// the reply it got.
fn dsn(recipient: &str, diagnostic: &str) -> String {
    format!(
        "From: Mail Delivery System <MAILER-DAEMON@mail.example.com>\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\
         \n\
         --b1\n\
         Content-Type: text/plain\n\
         \n\
         Your message could not be delivered.\n\
         \n\
         --b1\n\
         Content-Type: message/delivery-status\n\
         \n\
         Reporting-MTA: dns; mail.example.com\n\
         \n\
         Final-Recipient: rfc822; {recipient}\n\
         Action: failed\n\
         Status: 5.0.0\n\
         Diagnostic-Code: smtp; {diagnostic}\n\
         \n\
         --b1--\n"
    )
}

fn assert_sending_limit(card: &Recipient) {
    assert_eq!(card.explanation.entry, "wording/sending-limit", "{card:#?}");
    assert_eq!(card.reason, Reason::Speeding, "{card:#?}");
    let what = &card.explanation.what;
    assert!(what.contains("sending limit"), "{what}");
    assert!(!what.contains("mailbox is full"), "{what}");
    assert!(card.sender_ip.is_none(), "{card:#?}");
}

/// Checks the card of a 5xx sending-limit reply: the message was
/// returned, and a resend works once the limit resets.
fn assert_returned_over_limit(card: &Recipient) {
    assert_sending_limit(card);
    assert_eq!(card.explanation.who_acts, Actor::You, "{card:#?}");
    assert!(!card.permanent, "{card:#?}");
    let retry = &card.explanation.retry;
    assert!(retry.contains("again later can work"), "{retry}");
    let steps = card.explanation.steps.join(" ");
    assert!(steps.contains("limit resets"), "{steps}");
}

#[test]
fn hostinger_daily_limit_is_sender() {
    let card = only(
        "550 5.4.6 Sending quota exceeded: Daily sending limit of 3000 messages reached for \
         alice@example.com (Hostinger)\n",
    );
    assert_returned_over_limit(&card);
    // The 5.4.6 code does not fit a sending limit either, but no note
    // may call the text a full mailbox.
    let notes: Vec<&str> = card.notes.iter().map(|n| n.message.as_str()).collect();
    assert!(notes.iter().all(|n| !n.contains("full mailbox")), "{notes:?}");
}

#[test]
fn quota_for_user_is_sender() {
    let card = only(
        "554 5.7.1 Message rejected: Sending quota exceeded for user alice@example.com. \
         Upgrade your plan at hPanel.\n",
    );
    assert_returned_over_limit(&card);
}

#[test]
fn relay_sending_limit_is_sender() {
    let card = only(
        "550 5.7.1 SMTP; Sending limit exceeded: you have sent more than 250 emails in the \
         last 24 hours. Your account on relay-hosting.secureserver.net is restricted.\n",
    );
    assert_returned_over_limit(&card);
}

#[test]
fn exceeded_your_quota_is_sender() {
    let card = only("554 5.7.1 <bob@example.org>: Recipient address rejected: You have exceeded your Outmail quota.\n");
    assert_returned_over_limit(&card);
}

#[test]
fn pasted_4xx_quota_waits() {
    // A temporary reply pasted on its own: the sending server retries,
    // and a retry gets through once the limit resets.
    let card = only("451 4.7.1 Sending quota exceeded for alice@example.com, try again later\n");
    assert_sending_limit(&card);
    assert_eq!(card.explanation.who_acts, Actor::Wait, "{card:#?}");
    assert!(!card.permanent, "{card:#?}");
    let retry = &card.explanation.retry;
    assert!(retry.contains("retries on its own"), "{retry}");
}

#[test]
fn cpanel_hourly_limit_is_sender() {
    let text = exim_failed(
        "  bob@example.org\n    Domain example.com has exceeded the max emails per hour \
         (125/100 (125%)) allowed.  Message discarded.",
    );
    let card = card_for(&text, "bob@example.org");
    assert_returned_over_limit(&card);
    let what = &card.explanation.what;
    assert!(!what.contains("receiving server"), "{what}");
}

#[test]
fn cpanel_failure_limit_is_sender() {
    // cPanel stops a domain's outgoing mail while too many of its messages
    // in the last hour failed or were deferred, whatever their count.
    for ratio in ["5/5 (100%)", "10/10 (90%)", "5/5 (26%)"] {
        let text = exim_failed(&format!(
            "  bob@example.org\n    Domain example.com has exceeded the max defers and failures \
             per hour ({ratio}) allowed.  Message discarded."
        ));
        let card = card_for(&text, "bob@example.org");
        assert_eq!(card.explanation.entry, "wording/failure-limit", "{ratio}");
        assert_eq!(card.reason, Reason::Speeding, "{ratio}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{ratio}");
        assert!(!card.permanent, "{ratio}");
        assert!(card.sender_ip.is_none(), "{ratio}");
        let what = &card.explanation.what;
        assert!(what.contains("failed or were deferred"), "{what}");
        let steps = card.explanation.steps.join(" ");
        assert!(steps.contains("Remove the addresses"), "{steps}");
    }
}

#[test]
fn sending_limit_in_dsn_names_recipient() {
    let text =
        dsn("bob@example.org", "550 5.4.6 Daily sending limit exceeded for alice@example.com");
    let card = card_for(&text, "bob@example.org");
    assert_returned_over_limit(&card);
}

fn assert_mailbox_full(card: &Recipient) {
    assert_eq!(card.reason, Reason::MailboxFull, "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Recipient, "{card:#?}");
    let what = &card.explanation.what;
    assert!(what.contains("mailbox is full"), "{what}");
}

#[test]
fn recipient_quota_stays_mailbox_full() {
    for reply in [
        "552 5.2.2 <bob@example.org>: mailbox quota exceeded\n",
        "550 5.2.2 bob@example.org: user is over quota\n",
        "552 Quota exceeded (mailbox for user is full)\n",
        "554 5.2.2 mailbox full; quota exceeded for bob@example.org\n",
    ] {
        assert_mailbox_full(&only(reply));
    }
    let text = dsn("bob@example.org", "552 5.2.2 Quota exceeded for bob@example.org");
    assert_mailbox_full(&card_for(&text, "bob@example.org"));
}

#[test]
fn exim_mailbox_quota_stays_recipient() {
    let text = exim_failed("  bob@example.net\n    mailbox quota exceeded");
    assert_mailbox_full(&card_for(&text, "bob@example.net"));
}

fn assert_sender_suspended(card: &Recipient) {
    assert_eq!(card.explanation.entry, "wording/sender-suspended", "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{card:#?}");
    assert_ne!(card.reason, Reason::Suspend, "{card:#?}");
    let what = &card.explanation.what;
    assert!(what.contains("your account"), "{what}");
    assert!(!what.contains("recipient"), "{what}");
    let steps = card.explanation.steps.join(" ");
    assert!(steps.contains("lifted"), "{steps}");
    assert!(card.sender_ip.is_none(), "{card:#?}");
}

#[test]
fn your_account_suspended_is_sender() {
    for reply in [
        "550 5.7.1 Your account alice@example.com has been suspended because of spam complaints. Contact support.\n",
        "550 5.7.1 This account has been suspended for sending spam. OVHcloud antispam: your e-mail \
         account alice@example.com is blocked (mx1.mail.ovh.net)\n",
        "554 Permanent Failure: Your account has been suspended for a violation of the terms of usage. \
         Please contact your system administrator.\n",
        "554 Permanent Failure: Your ability to send new mail has been suspended as a high volume of \
         suspicious mail has been sent from your account recently.\n",
    ] {
        let card = only(reply);
        assert_sender_suspended(&card);
        assert!(card.permanent, "{card:#?}");
        let retry = &card.explanation.retry;
        assert!(retry.contains("fix the cause first"), "{retry}");
    }
}

#[test]
fn suspended_sender_address_in_dsn() {
    // The suspended account is not the failed recipient, so it is the
    // sender's own.
    for diagnostic in [
        "550 5.7.1 Account alice@example.com has been suspended",
        "550 5.7.1 Mailbox disabled for user alice@example.com",
    ] {
        let text = dsn("bob@example.org", diagnostic);
        assert_sender_suspended(&card_for(&text, "bob@example.org"));
    }
}

#[test]
fn recipient_suspended_stays_recipient() {
    for diagnostic in [
        "550 5.2.1 <bob@example.org>: Account has been suspended",
        "550 5.2.1 Mailbox disabled for user bob@example.org",
        "550 5.2.1 This account has been temporarily suspended",
    ] {
        let text = dsn("bob@example.org", diagnostic);
        let card = card_for(&text, "bob@example.org");
        assert_eq!(card.reason, Reason::Suspend, "{card:#?}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{card:#?}");
    }
    let card = only("550 5.2.1 <bob@example.org>: mailbox currently suspended\n");
    assert_eq!(card.reason, Reason::Suspend, "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Recipient, "{card:#?}");
}
