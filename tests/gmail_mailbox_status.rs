//! Gmail's 5.2.1 replies, which Google's list of SMTP errors
//! (https://support.google.com/a/answer/3726730) gives two meanings: a
//! disabled or inactive account, which only the recipient's side can
//! re-enable, and a recipient who receives mail at a rate that prevents
//! more deliveries, where Google asks the sender to resend later. A
//! per-mailbox receiving limit of Yahoo or iCloud that the sending server
//! gave up on is the same case. Documentation addresses only.

use crate::cards;

use bounce_explainer::Actor;
use cards::only as only_card;

#[test]
fn disabled_account_is_recipients() {
    let replies = [
        "550-5.2.1 The email account that you tried to reach is disabled. Learn more at\n\
         550 5.2.1 https://support.google.com/mail/?p=DisabledUser - gsmtp\n",
        "550-5.2.1 The email account that you tried to reach is inactive and is not\n\
         550 5.2.1 accepting any messages. https://support.google.com/mail/?p=DisabledUser - gsmtp\n",
    ];
    for reply in replies {
        let card = only_card(reply);
        assert_eq!(card.explanation.entry, "google/disabled", "{reply}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{reply}");
        assert!(card.permanent, "{reply}");
    }
}

#[test]
fn receiving_rate_resend_later() {
    let replies = [
        "550-5.2.1 The user you are trying to contact is receiving mail at a rate that\n\
         550-5.2.1 prevents additional messages from being delivered. For more\n\
         550 5.2.1 information, go to https://support.google.com/mail/?p=ReceivingRatePerm - gsmtp\n",
        "550-5.2.1 The user you are trying to contact is receiving mail too quickly. Please\n\
         550 5.2.1 resend your message at a later time. - gsmtp\n",
    ];
    for reply in replies {
        let card = only_card(reply);
        assert_eq!(card.explanation.entry, "google/receiving-rate", "{reply}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{reply}");
        let retry = &card.explanation.retry;
        assert!(retry.contains("Sending the message again later can work"), "{retry}");
    }
}

#[test]
fn receiving_rate_delay_waits() {
    let reply = "450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n\
                 450 4.2.1 prevents additional messages from being delivered. - gsmtp\n";
    let card = only_card(reply);
    assert_eq!(card.explanation.entry, "google/receiving-rate");
    assert_eq!(card.explanation.who_acts, Actor::Wait);
}
