//! Rejections of the sender's own account by its provider's outgoing
//! server. Zoho Mail replies "554 5.1.8 Email Outgoing Blocked" or "554
//! 5.1.8 Sender Address Blocked" when it stops an account's outgoing
//! mail. The 5.1.8 code alone reads as a sender domain that does not
//! exist, which would send the administrator to check working DNS.
//! Documentation addresses only.

use crate::cards;

use bounce_explainer::Actor;
use cards::only;

fn assert_account_blocked(text: &str) {
    let card = only(text);
    assert_eq!(card.explanation.entry, "wording/outgoing-blocked", "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{card:#?}");
    assert!(card.permanent, "{card:#?}");
    let what = &card.explanation.what;
    assert!(what.contains("outgoing mail"), "{what}");
    assert!(!what.contains("does not exist"), "{what}");
    let retry = &card.explanation.retry;
    assert!(retry.contains("fix the cause first"), "{retry}");
}

#[test]
fn email_outgoing_blocked_is_account() {
    assert_account_blocked(
        "554 5.1.8 Email Outgoing Blocked. Kindly contact your administrator to enable outgoing.\n",
    );
}

#[test]
fn sender_address_blocked_is_account() {
    assert_account_blocked("554 5.1.8 Sender Address Blocked\n");
}

#[test]
fn outgoing_blocked_in_ndr_is_account() {
    assert_account_blocked(
        "From: Mail Delivery System <mailer-daemon@example.com>\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         \n\
         This message was not delivered to bob@example.org.\n\
         \n\
         Reason: 554 5.1.8 Email Outgoing Blocked\n",
    );
}
