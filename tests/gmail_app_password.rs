//! Gmail's outgoing server refuses a mail program's sign-in with
//! "Application-specific password required" when the account has 2-Step
//! Verification on. Its 5.7.9 or 5.7.1 alone would read as a weak sign-in
//! method or a policy block. The user creates an app password instead.
//! The replies are as mail programs and scripts quote them.

use crate::cards;

use bounce_explainer::{Actor, Reason};
use cards::{card, only};

const REPLIES: &[&str] = &[
    "534-5.7.9 Application-specific password required. Learn more at\n\
     534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor \
     d2e1a72fcca58-7b2a1b0c3d4sm123456b3a.12 - gsmtp\n",
    "535-5.7.9 Application-specific password required. For more information, go to\n\
     535 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor \
     d2e1a72fcca58-7b2a1b0c3d4sm123456b3a.12 - gsmtp\n",
    "535 5.7.1 Application-specific password required. - gsmtp\n",
    // Quoted without Google's tag or link, as a mail program shows it.
    "535 5.7.1 Application-specific password required\n",
    "Invalid login: 534-5.7.9 Application-specific password required\n",
    // A script's exception, with the reply's lines joined.
    "smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific password required. \
     Learn more at\\n5.7.9 https://support.google.com/mail/?p=InvalidSecondFactor \
     z8sm10419980ple.112 - gsmtp')\n",
];

#[test]
fn app_password_reply_named() {
    for reply in REPLIES {
        let card_of = only(reply);
        assert_eq!(card_of.explanation.entry, "google/app-password", "{reply}\n{card_of:#?}");
        assert_eq!(card_of.reason, Reason::SecurityError, "{reply}");
    }
}

#[test]
fn app_password_user_acts() {
    for reply in REPLIES {
        let card_of = only(reply);
        assert_eq!(card_of.explanation.who_acts, Actor::You, "{reply}\n{card_of:#?}");
        // Sending the same password again fails the same way.
        assert!(card_of.permanent, "{reply}\n{card_of:#?}");
    }
}

#[test]
fn app_password_steps() {
    let shown = card(&only(REPLIES[0]));
    assert!(shown.contains("2-step verification"), "{shown}");
    assert!(shown.contains("app password"), "{shown}");
    assert!(shown.contains("oauth"), "{shown}");
    assert!(!shown.contains("blocklist"), "{shown}");
    assert!(!shown.contains("recipient's mail administrator"), "{shown}");
}
