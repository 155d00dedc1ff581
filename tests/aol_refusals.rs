//! AOL's "521 5.2.1 : AOL will not accept delivery of this message" is a
//! refusal by AOL's filters, mostly given after the message content was
//! sent. The recipient's mailbox is not the cause, so the sender acts.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

const AOL_REFUSALS: &[&str] = &[
    "521 5.2.1 :  AOL will not accept delivery of this message.",
    "This message was created automatically by mail delivery software.\n\n\
     A message that you sent could not be delivered to one or more of its\n\
     recipients. This is a permanent error. The following address(es) failed:\n\n  \
     pat@aol.com\n    host mx-aol.mail.gm0.yahoodns.net [203.0.113.77]\n    \
     SMTP error from remote mail server after end of data:\n    \
     521 5.2.1 :  AOL will not accept delivery of this message.\n",
    "This is the mail system at host mail.example.com.\n\n\
     I'm sorry to have to inform you that your message could not\n\
     be delivered to one or more recipients.\n\n\
     <pat@aol.com>: host mx-aol.mail.gm0.yahoodns.net[203.0.113.78] said: 521 5.2.1 :\n    \
     AOL will not accept delivery of this message. (in reply to end of DATA command)\n",
];

#[test]
fn aol_refusal_is_filtered() {
    for text in AOL_REFUSALS {
        assert_eq!(only(text).reason, Reason::Filtered, "{text}");
    }
}

#[test]
fn aol_refusal_sender_acts() {
    for text in AOL_REFUSALS {
        let who = only(text).explanation.who_acts;
        assert!(matches!(who, Actor::You | Actor::Admin), "{text}: {who:?}");
    }
}

#[test]
fn aol_refusal_not_disabled_mailbox() {
    for text in AOL_REFUSALS {
        let what = only(text).explanation.what.to_ascii_lowercase();
        assert!(!what.contains("disabled"), "{text}: {what}");
        assert!(what.contains("aol"), "{text}: {what}");
    }
}
