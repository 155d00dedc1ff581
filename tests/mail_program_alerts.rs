//! A mail program's own alert that it could not send: Outlook's error
//! numbers, Apple Mail's "Cannot Send Mail" and the Gmail app's
//! "Couldn't send message". No server replied, so the card names the
//! user's own settings, network or provider, and no IP to quote.

use crate::cards::{card, only};
use bounce_explainer::{explain, Actor, InputKind, Reason, Recipient};

/// Outlook's Send/Receive dialog when the connection to the outgoing
/// server drops, as Microsoft's KB 935400 quotes it.
const OUTLOOK_INTERRUPTED: &str = "Task 'alice@example.org - Sending and Receiving' reported \
error (0x800CCC0F) : 'The connection to the server was interrupted. If this problem continues, \
contact your server administrator or Internet service provider (ISP).'";

/// Windows Mail's and Outlook Express's alert when the outgoing server's
/// port accepts no connection.
const WINDOWS_MAIL_NO_CONNECTION: &str = "The connection to the server has failed. Account: \
'mail.example.org', Server: 'smtp.example.org', Protocol: SMTP, Port: 25, Secure(SSL): No, \
Socket Error: 10061, Error Number: 0x800CCC0E";

/// Outlook's timeout of the outgoing server, in the wording of
/// Microsoft's article on messages stuck in the Outbox, without a reply.
const OUTLOOK_TIMED_OUT: &str = "Task 'user@example.com - Sending' reported error (0x8004210B) : \
'The operation timed out waiting for a response from the sending (SMTP) server. If you continue \
to receive this message, contact your server administrator or Internet service provider (ISP).'";

/// Outlook's refused sender when the server's reply is not quoted.
const OUTLOOK_SENDER_REJECTED: &str = "Task 'alice@example.org - Sending' reported error \
(0x800CCC78) : 'Cannot send the message. Verify the email address in your account properties.'";

/// Outlook's refused recipient when the server's reply is not quoted.
const OUTLOOK_RECIPIENT_REJECTED: &str = "Task 'alice@example.org - Sending' reported error \
(0x800CCC79) : 'The message could not be sent because one of the recipients was rejected by \
the server.'";

/// Outlook Express asked for SSL on a port where the server offers none.
const OUTLOOK_EXPRESS_NO_SSL: &str = "The server does not support a SSL connection. Account: \
'mail.example.org', Server: 'smtp.example.org', Protocol: SMTP, Port: 25, Secure(SSL): Yes, \
Error Number: 0x800CCC7D";

/// An Outlook error number this tool has no entry for, in a sending task.
const OUTLOOK_OTHER_SEND_NUMBER: &str = "Task 'alice@example.org - Sending' reported error \
(0x800CCC13) : 'Cannot connect to the network. Verify your network connection or modem.'";

/// Apple Mail on iPhone when the outgoing server does not respond.
const IPHONE_CANNOT_SEND: &str = "Cannot Send Mail\n\
The connection to the outgoing server \"smtp.example.org\" failed.";

/// Apple Mail on a Mac when the server rejects the From address.
const MAC_SENDER_REJECTED: &str = "Cannot send message using the server smtp.example.org\n\
The sender address alice@example.org was rejected by the server smtp.example.org.";

/// Apple Mail when the outgoing server rejects the password.
const IPHONE_PASSWORD: &str = "Cannot Send Mail\n\
The user name or password for \"smtp.example.org\" is incorrect.";

/// The Gmail app's notice over a message left in the Outbox.
const GMAIL_APP: &str = "Couldn't send message";

/// Outlook.com's notice when a message stays unsent.
const OUTLOOK_COM: &str = "Message not sent";

/// Explains `text` and returns its one card and the report's input kind.
fn alert_card(text: &str) -> (Recipient, InputKind) {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}\n{report:#?}");
    let kind = report.input_kind;
    (report.recipients.into_iter().next().expect("length checked above"), kind)
}

#[test]
fn alerts_get_own_settings_card() {
    let cases = [
        (OUTLOOK_INTERRUPTED, "mail-program/connection-interrupted", Reason::NetworkError),
        (WINDOWS_MAIL_NO_CONNECTION, "mail-program/cannot-connect", Reason::NetworkError),
        (OUTLOOK_TIMED_OUT, "mail-program/timed-out", Reason::NetworkError),
        (OUTLOOK_SENDER_REJECTED, "mail-program/sender-rejected", Reason::Rejected),
        (OUTLOOK_RECIPIENT_REJECTED, "mail-program/recipient-rejected", Reason::NoRelaying),
        (OUTLOOK_EXPRESS_NO_SSL, "mail-program/tls-mismatch", Reason::SecurityError),
        (OUTLOOK_OTHER_SEND_NUMBER, "mail-program/send-failed", Reason::Undefined),
        (IPHONE_CANNOT_SEND, "mail-program/cannot-connect", Reason::NetworkError),
        (MAC_SENDER_REJECTED, "mail-program/sender-rejected", Reason::Rejected),
        (IPHONE_PASSWORD, "mail-program/sign-in-failed", Reason::SecurityError),
        (GMAIL_APP, "mail-program/send-failed", Reason::Undefined),
        (OUTLOOK_COM, "mail-program/send-failed", Reason::Undefined),
    ];
    for (text, entry, reason) in cases {
        let (r, kind) = alert_card(text);
        assert_eq!(kind, InputKind::MailProgramAlert, "{text}");
        assert_eq!(r.explanation.entry, entry, "{text}");
        assert_eq!(r.reason, reason, "{text}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
        assert_eq!(r.recipient, None, "{text}");
        assert_eq!(r.reply, None, "{text}");
        assert!(!r.retrying, "{text}");
        assert!(!r.permanent, "{text}");
    }
}

#[test]
fn alert_card_names_no_ip() {
    // The server names in the alert are the user's own, and the address
    // in the Outlook Express line is no sending IP that a list holds.
    let text = "The server does not support a SSL connection. Account: 'Postfix', \
                Server: '192.0.2.130', Protocol: SMTP, Port: 25, Secure(SSL): Yes, \
                Error Number: 0x800CCC7D";
    for text in [text, WINDOWS_MAIL_NO_CONNECTION, IPHONE_CANNOT_SEND] {
        let r = only(text);
        assert_eq!(r.sender_ip, None, "{text}");
        assert_eq!(r.sender_ip_source.hint, None, "{text}");
        assert!(r.links.is_empty(), "{text}: {:?}", r.links);
    }
}

#[test]
fn alert_says_not_a_bounce() {
    let r = only(OUTLOOK_INTERRUPTED);
    let why = r.explanation.why.to_lowercase();
    assert!(why.contains("not a bounce"), "{why}");
    assert!(why.contains("recipient's server never"), "{why}");
}

#[test]
fn connect_steps_name_ports_and_scanning() {
    for text in [OUTLOOK_INTERRUPTED, WINDOWS_MAIL_NO_CONNECTION, OUTLOOK_TIMED_OUT] {
        let steps = only(text).explanation.steps.join(" ").to_lowercase();
        assert!(steps.contains("587"), "{text}: {steps}");
        assert!(steps.contains("465"), "{text}: {steps}");
        assert!(steps.contains("antivirus"), "{text}: {steps}");
        assert!(steps.contains("status page"), "{text}: {steps}");
    }
}

#[test]
fn sender_rejected_steps_name_sign_in() {
    for text in [OUTLOOK_SENDER_REJECTED, MAC_SENDER_REJECTED] {
        let steps = only(text).explanation.steps.join(" ").to_lowercase();
        assert!(steps.contains("requires authentication"), "{text}: {steps}");
        assert!(steps.contains("own address"), "{text}: {steps}");
    }
}

#[test]
fn alert_retry_says_resend_from_outbox() {
    for text in [OUTLOOK_INTERRUPTED, IPHONE_CANNOT_SEND, GMAIL_APP] {
        let retry = only(text).explanation.retry.to_lowercase();
        assert!(retry.starts_with("not sent"), "{text}: {retry}");
        assert!(retry.contains("outbox"), "{text}: {retry}");
        assert!(retry.contains("send it again"), "{text}: {retry}");
        assert!(!retry.contains("sending server is retrying"), "{text}: {retry}");
    }
}

#[test]
fn alert_gets_no_bounce_request() {
    for text in [OUTLOOK_INTERRUPTED, IPHONE_CANNOT_SEND, GMAIL_APP] {
        let report = explain(text);
        for note in &report.notes {
            assert!(!note.message.contains("three-digit code"), "{text}: {}", note.message);
        }
        assert!(!report.summary.contains("No delivery failure"), "{text}: {}", report.summary);
    }
}

#[test]
fn receiving_task_gets_no_send_card() {
    // The incoming server's alert is not a failed send.
    let text = "Task 'alice@example.org - Receiving' reported error (0x800CCC0E) : \
                'Outlook cannot synchronize subscribed folders. Error: Cannot connect to \
                the server.'";
    assert!(explain(text).recipients.is_empty(), "{:#?}", explain(text));
    let pop = "Your server has unexpectedly terminated the connection. Account: \
               'mail.example.org', Server: 'pop.example.org', Protocol: POP3, Port: 110, \
               Secure(SSL): No, Error Number: 0x800CCC0F";
    assert!(explain(pop).recipients.is_empty(), "{:#?}", explain(pop));
    let incoming = "Task 'alice@example.org - Sending and Receiving' reported error \
                    (0x80042108) : 'Outlook is unable to connect to your incoming (POP3) \
                    e-mail server. If you continue to receive this message, contact your \
                    server administrator or Internet service provider (ISP).'";
    assert!(explain(incoming).recipients.is_empty(), "{:#?}", explain(incoming));
}

#[test]
fn quoted_server_reply_still_decides() {
    // With the server's reply in the alert, the reply is the cause.
    let relay = "Task 'alice@example.org - Sending' reported error (0x800CCC79) : 'The message \
                 could not be sent because one of the recipients was rejected by the server. \
                 The rejected e-mail address was 'bob@example.net'. Server Response: '554 5.7.1 \
                 <bob@example.net>: Relay access denied', Port: 25, Secure(SSL): No, Server \
                 Error: 554, Error Number: 0x800CCC79'";
    let r = only(relay);
    assert_eq!(r.reason, Reason::NoRelaying, "{r:#?}");
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"));
    assert!(!r.explanation.entry.starts_with("mail-program/"), "{}", r.explanation.entry);
    assert_ne!(explain(relay).input_kind, InputKind::MailProgramAlert);
}

#[test]
fn bounce_quoting_alert_words_stays_bounce() {
    // A real bounce whose reply happens to contain an alert's words.
    let bounce = "This is the mail system at host mail.example.org.\n\
\n\
I'm sorry to have to inform you that your message could not\n\
be delivered to one or more recipients. It's attached below.\n\
\n\
<bob@example.net>: host mx.example.net[198.51.100.7] said: 550 5.1.1\n\
    <bob@example.net>: Recipient address rejected: User unknown (Message not\n\
    sent) (in reply to RCPT TO command)\n";
    let report = explain(bounce);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let r = &report.recipients[0];
    assert_eq!(r.reason, Reason::UserUnknown);
    assert!(!r.explanation.entry.starts_with("mail-program/"), "{}", r.explanation.entry);
}

#[test]
fn long_text_with_title_is_no_alert() {
    // "Message not sent" in a person's email about something else.
    let text = "Hi Bob,\n\nthe invoice is attached. Message not sent yet to the others, \
                I will do that tomorrow.\n\nThe quarterly figures are in the second tab, \
                and the summary is on the first page.\n\nRegards,\nAlice\n";
    let report = explain(text);
    assert!(report.recipients.is_empty(), "{report:#?}");
    assert_eq!(report.input_kind, InputKind::NotBounce);
}

#[test]
fn alert_card_text_names_mail_program() {
    let text = card(&only(IPHONE_CANNOT_SEND));
    assert!(text.contains("your mail program"), "{text}");
    assert!(text.contains("outgoing"), "{text}");
}

/// Outlook's timeout alert that quotes Exchange's Send As refusal without
/// a reply code.
const OUTLOOK_SEND_AS_NO_CODE: &str = "Task 'mail.example.com - Sending' reported error \
(0x8004210B): 'The operation timed out waiting for a response from the sending (SMTP) server. \
If you continue to receive this message, contact your server administrator or Internet service \
provider (ISP). The server responded: 203.0.113.7 Client does not have permission to Send As \
this sender.'";

#[test]
fn quoted_words_without_code_decide() {
    // The server's words name the cause, so the error number's generic
    // timeout meaning, with its network and port steps, does not apply.
    let report = explain(OUTLOOK_SEND_AS_NO_CODE);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let r = &report.recipients[0];
    assert_eq!(r.explanation.entry, "microsoft/send-as-denied", "{r:#?}");
    assert_eq!(r.explanation.who_acts, Actor::Admin);
    let steps = r.explanation.steps.join(" ").to_lowercase();
    assert!(steps.contains("send as"), "{steps}");
    assert!(!steps.contains("587"), "{steps}");
    assert!(!steps.contains("antivirus"), "{steps}");
    assert!(r.explanation.retry.to_lowercase().starts_with("not sent"), "{}", r.explanation.retry);
}

#[test]
fn quoted_unknown_words_keep_alert() {
    // Server words that name no known cause leave the alert's own entry.
    let text = OUTLOOK_SEND_AS_NO_CODE
        .replace("Client does not have permission to Send As this sender", "Service busy");
    let r = only(&text);
    assert_eq!(r.explanation.entry, "mail-program/timed-out", "{r:#?}");
}
