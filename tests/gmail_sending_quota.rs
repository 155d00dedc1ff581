//! Gmail's rejection when the sending account reached its daily limit. The
//! reply "550 5.4.5 Daily user sending quota exceeded" carries the status
//! code Gmail also uses for a full mailbox, but it is the sender's own
//! account that is over its limit, so the sender waits for the reset.
//! Documentation addresses only.

use crate::cards;

use bounce_explainer::Actor;
use cards::only;

fn assert_sending_limit(text: &str) {
    let card = only(text);
    assert_eq!(card.provider.as_deref(), Some("google"), "{card:#?}");
    assert_eq!(card.explanation.entry, "google/sending-limit", "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::You, "{card:#?}");
    let what = &card.explanation.what;
    assert!(!what.contains("mailbox is full"), "{what}");
    assert!(what.contains("as much mail as Google allows"), "{what}");
    // The limit resets within a day, so sending again later can work.
    assert!(!card.permanent, "{card:#?}");
    let retry = &card.explanation.retry;
    assert!(retry.contains("again later can work"), "{retry}");
}

#[test]
fn quota_reply_line_is_sender_limit() {
    assert_sending_limit(
        "550 5.4.5 Daily user sending quota exceeded. d2e1a72fcca58-7ab0c3 - gsmtp\n",
    );
}

#[test]
fn quota_multiline_reply_is_sender_limit() {
    assert_sending_limit(
        "550-5.4.5 Daily user sending quota exceeded.\n\
         550 5.4.5 https://support.google.com/mail/?p=DailyLimitExceeded d2e1a72fcca58-7ab0c3 - gsmtp\n",
    );
}

#[test]
fn limit_link_alone_is_sender_limit() {
    assert_sending_limit(
        "550 5.4.5 https://support.google.com/mail/?p=DailyLimitExceeded a1b2c3 - gsmtp\n",
    );
}

#[test]
fn quota_ndr_is_sender_limit() {
    assert_sending_limit(
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\
         To: alice@example.com\n\
         Subject: Delivery Status Notification (Failure)\n\
         \n\
         ** Message not delivered **\n\
         \n\
         You have reached a limit for sending mail. Your message was not sent.\n\
         \n\
         The response was:\n\
         550 5.4.5 Daily user sending quota exceeded. d2e1a72fcca58-7ab0c3 - gsmtp\n",
    );
}
