//! Delay warnings: the diagnostic, which the card and the note for the
//! administrator show as the receiving server's reply, ends at the delay
//! reason. The sending MTA's own text after it (Exim's "No action is
//! required on your part ...", Sendmail's "Warning: message still
//! undelivered after ...") is not the receiver's. Documentation addresses
//! only.

use crate::cards;

use bounce_explainer::{Actor, Reason};
use cards::only;

/// Text of the sending MTA's own delay notices, lowercase.
const BOILERPLATE: &[&str] = &[
    "no action is required",
    "delivery attempts will continue",
    "will be returned to you",
    "message still undelivered",
    "will keep trying",
    "this is a warning",
];

fn assert_no_boilerplate(diagnostic: &str) {
    let lower = diagnostic.to_lowercase();
    for words in BOILERPLATE {
        assert!(!lower.contains(words), "{words:?} in {diagnostic:?}");
    }
}

const EXIM_TAIL: &str = "\n\
    No action is required on your part. Delivery attempts will continue for\n\
    some time, and this warning may be repeated at intervals if the message\n\
    remains undelivered. Eventually the mail delivery software will give up,\n\
    and when that happens, the message will be returned to you.\n";

/// Builds an Exim delay warning for bob@example.net with `reason` under
/// the address.
fn exim_warning(reason: &str) -> String {
    format!(
        "From: Mail Delivery System <Mailer-Daemon@server1.example.com>\n\
         To: alice@example.com\n\
         Subject: Warning: message 1abCDe-0003xy-Fg delayed 24 hours\n\
         \n\
         This message was created automatically by mail delivery software.\n\
         \n\
         A message that you sent has not yet been delivered to one or more of its\n\
         recipients after more than 24 hours on the queue on server1.example.com.\n\
         \n\
         The message identifier is:     1abCDe-0003xy-Fg\n\
         The subject of the message is: Invoice\n\
         \n\
         The address to which the message has not yet been delivered is:\n\
         \n\
         \x20 bob@example.net\n\
         {reason}\n{EXIM_TAIL}"
    )
}

#[test]
fn exim_local_delay_ends_at_reason() {
    let text = exim_warning(
        "    Delay reason: mailbox is full (MTA-imposed quota exceeded while writing to file \
         /home/user/mail/example.net/bob/new/1607000000.H1P2.server1):",
    );
    let card = only(&text);
    assert_no_boilerplate(&card.diagnostic);
    assert!(card.diagnostic.starts_with("Delay reason: mailbox is full"), "{:?}", card.diagnostic);
    assert_eq!(card.reason, Reason::MailboxFull, "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Wait, "{card:#?}");
    assert!(card.retrying, "{card:#?}");
}

#[test]
fn exim_remote_delay_ends_at_reply() {
    let text = exim_warning(
        "    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n\
         \x20   host mx.example.net [198.51.100.5]: 452 4.2.2 Mailbox full",
    );
    let card = only(&text);
    assert_no_boilerplate(&card.diagnostic);
    assert!(card.diagnostic.contains("452 4.2.2 Mailbox full"), "{:?}", card.diagnostic);
    assert!(card.retrying, "{card:#?}");
}

#[test]
fn exim_timeout_delay_ends_at_reason() {
    let text =
        exim_warning("    Delay reason: host mx.example.net [198.51.100.5]: Connection timed out:");
    let card = only(&text);
    assert_no_boilerplate(&card.diagnostic);
    assert!(card.diagnostic.contains("Connection timed out"), "{:?}", card.diagnostic);
    assert!(card.retrying, "{card:#?}");
}

#[test]
fn sendmail_delay_ends_at_reply() {
    let text = "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>\n\
                To: alice@example.com\n\
                Subject: Warning: could not send message for past 4 hours\n\
                \n\
                \x20   **********************************************\n\
                \x20   **      THIS IS A WARNING MESSAGE ONLY      **\n\
                \x20   **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n\
                \x20   **********************************************\n\
                \n\
                The original message was received at Fri, 4 Dec 2026 08:00:00 +0000\n\
                from localhost [127.0.0.1]\n\
                \n\
                \x20  ----- Transcript of session follows -----\n\
                <bob@example.net>... Deferred: 452 4.2.2 <bob@example.net>... Mailbox full\n\
                Warning: message still undelivered after 4 hours\n\
                Will keep trying until message is 5 days old\n";
    let card = only(text);
    assert_no_boilerplate(&card.diagnostic);
    assert!(card.diagnostic.contains("Mailbox full"), "{:?}", card.diagnostic);
    assert_eq!(card.reason, Reason::MailboxFull, "{card:#?}");
    assert!(card.retrying, "{card:#?}");
    // The retry window still comes from Sendmail's own line.
    let retry = &card.explanation.retry;
    assert!(retry.contains("until message is 5 days old"), "{retry}");
}

#[test]
fn postfix_delay_ends_at_reply() {
    let text = "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
                To: alice@example.com\n\
                Subject: Delayed Mail (still being retried)\n\
                \n\
                This is the mail system at host mail.example.com.\n\
                \n\
                ####################################################################\n\
                # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\
                ####################################################################\n\
                \n\
                Your message could not be delivered for more than 4 hour(s).\n\
                It will be retried until it is 5 day(s) old.\n\
                \n\
                For further assistance, please send mail to postmaster.\n\
                \n\
                If you do so, please include this problem report. You can\n\
                delete your own text from the attached returned message.\n\
                \n\
                \x20                  The mail system\n\
                \n\
                <bob@example.net>: host mx.example.net[198.51.100.5] said: 452 4.2.2 Mailbox\n\
                \x20   full (in reply to RCPT TO command)\n";
    let card = only(text);
    assert_no_boilerplate(&card.diagnostic);
    assert!(card.diagnostic.contains("452 4.2.2 Mailbox full"), "{:?}", card.diagnostic);
    assert!(card.retrying, "{card:#?}");
}
