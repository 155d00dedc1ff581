//! Replies that report a failed mailbox lookup ("user not found", "does
//! not exist") mean an unknown address whichever SMTP command they reply
//! to. Mail.ru and Yandex refuse an unknown mailbox after the end of DATA
//! as well, so the stage alone does not make it a filter's verdict.

use crate::cards::only;
use bounce_explainer::{Actor, Reason, Recipient};

const MAILRU: &str = "550 Message was not accepted -- invalid mailbox.  Local mailbox \
                      ivan@mail.ru is unavailable: user not found";

fn exim_after_data(rcpt: &str, host: &str, reply: &str) -> String {
    format!(
        "This message was created automatically by mail delivery software.\n\n\
         A message that you sent could not be delivered to one or more of its\n\
         recipients. This is a permanent error. The following address(es) failed:\n\n  \
         {rcpt}\n    host {host} [198.51.100.90]\n    \
         SMTP error from remote mail server after end of data:\n    {reply}\n"
    )
}

fn postfix_after_data(rcpt: &str, host: &str, reply: &str) -> String {
    format!(
        "<{rcpt}>: host {host}[198.51.100.90] said: {reply} (in reply to end of DATA command)\n"
    )
}

fn assert_unknown_user(r: &Recipient, text: &str) {
    assert_eq!(r.reason, Reason::UserUnknown, "reason for {text}");
    assert_eq!(r.explanation.who_acts, Actor::You, "who acts for {text}");
    assert!(r.permanent, "permanent for {text}");
    assert!(
        !r.explanation.what.contains("mailbox exists"),
        "card says the mailbox exists: {}",
        r.explanation.what
    );
}

#[test]
fn mailru_user_not_found_after_data() {
    for text in [
        exim_after_data("ivan@mail.ru", "mxs.mail.ru", MAILRU),
        postfix_after_data("ivan@mail.ru", "mxs.mail.ru", MAILRU),
    ] {
        assert_unknown_user(&only(&text), &text);
    }
}

#[test]
fn yandex_user_not_found_after_data() {
    let reply = "550 5.7.1 Message was not accepted -- invalid mailbox.  Local mailbox \
                 ivan@yandex.ru is unavailable: user not found";
    let text = postfix_after_data("ivan@yandex.ru", "mx.yandex.ru", reply);
    assert_unknown_user(&only(&text), &text);
}

#[test]
fn yandex_notice_without_stage() {
    let text = "From: mailer-daemon@yandex.ru\n\
                Subject: Недоставленное сообщение\n\n\
                К сожалению, ваше письмо не может быть доставлено одному или нескольким получателям:\n\n\
                ivan@example.ru\n\
                Message was not accepted -- invalid mailbox.  Local mailbox ivan@example.ru is \
                unavailable: user not found\n";
    assert_unknown_user(&only(text), text);
}

/// Other receivers that verify recipients late word the lookup result
/// in their own ways.
#[test]
fn lookup_wordings_after_data() {
    let replies = [
        "550 Mailbox not found",
        "550 Recipient does not exist here",
        "550 User ivan@example.org does not exist",
        "550 Invalid mailbox: ivan@example.org",
        "554 No such mailbox",
        "550 Requested action not taken: mailbox unavailable (user not found)",
    ];
    for reply in replies {
        for text in [
            exim_after_data("ivan@example.org", "mx.example.org", reply),
            postfix_after_data("ivan@example.org", "mx.example.org", reply),
        ] {
            assert_unknown_user(&only(&text), &text);
        }
    }
}

/// Filtering gateways reply to the end of DATA with a bare "Unknown user"
/// for a message their rules refuse. Those words after DATA keep the
/// filter reading that Sisimai gives them.
#[test]
fn bare_unknown_user_after_data_stays_filtered() {
    for reply in ["550 Unknown user ivan@example.org", "550 ivan@example.org... No such user"] {
        let text = postfix_after_data("ivan@example.org", "mx.example.org", reply);
        assert_eq!(only(&text).reason, Reason::Filtered, "{text}");
    }
}

/// A lookup wording about the envelope sender is not about the recipient.
#[test]
fn sender_lookup_after_data_is_not_recipient() {
    let reply = "550 Sender address rejected: user not found";
    let text = postfix_after_data("ivan@example.org", "mx.example.org", reply);
    assert_ne!(only(&text).reason, Reason::UserUnknown, "{text}");
}
