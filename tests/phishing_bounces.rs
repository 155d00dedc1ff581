//! Phishing mail made to look like a bounce: it claims that messages
//! failed or are held, and asks the reader to sign in, confirm a password
//! or release messages through a link. The report warns, and where the
//! text has neither a DSN nor a mail system's layout it draws no card
//! from the made-up failures. A real bounce whose returned message holds
//! such words is explained as before.

use bounce_explainer::report::NoteLevel;
use bounce_explainer::{explain, explain_bytes, Report};

const HELD_MESSAGES: &[u8] = include_bytes!("fixtures/phishing/held-messages.eml");
const RESEND_PASSWORD: &[u8] = include_bytes!("fixtures/phishing/resend-password.eml");

fn warned(report: &Report) -> bool {
    report.notes.iter().any(|note| note.message.contains("Treat it as phishing"))
}

#[test]
fn fake_bounces_warned_without_cards() {
    for raw in [HELD_MESSAGES, RESEND_PASSWORD] {
        let report = explain_bytes(raw);
        assert!(report.summary.starts_with("This looks like phishing"), "{}", report.summary);
        assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
        assert!(warned(&report), "{:?}", report.notes);
        assert!(matches!(report.notes[0].level, NoteLevel::Warning), "{:?}", report.notes);
    }
}

#[test]
fn request_without_link_not_flagged() {
    let text = "Delivery has failed to these recipients or groups:\n\n\
                bob@example.net\n\
                550 5.1.1 User unknown. Please confirm your password with your administrator.\n";
    let report = explain(text);
    assert!(!warned(&report), "{:?}", report.notes);
    assert!(!report.recipients.is_empty(), "{}", report.summary);
}

#[test]
fn returned_message_words_not_flagged() {
    // A Postfix bounce that returns a phishing message the user's server
    // tried to send: the lure is in the returned copy, not in the notice.
    let text = "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\n\
                To: alice@example.org\n\
                Subject: Undelivered Mail Returned to Sender\n\
                \n\
                This is the mail system at host mail.example.org.\n\
                \n\
                I'm sorry to have to inform you that your message could not\n\
                be delivered to one or more recipients.\n\
                \n\
                <bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.7.1\n\
                \x20   Message rejected as spam (in reply to end of DATA command)\n\
                \n\
                --- Below this line is a copy of the message.\n\
                \n\
                From: alice@example.org\n\
                To: bob@example.net\n\
                Subject: Your mailbox\n\
                \n\
                Sign in below to release messages: https://mailbox.example/release\n";
    let report = explain(text);
    assert!(!warned(&report), "{:?}", report.notes);
    assert_eq!(report.recipients.len(), 1, "{}", report.summary);
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.net"));
}

#[test]
fn structured_bounce_with_request_keeps_cards() {
    // A notice in a mail system's layout that also asks for a sign-in
    // keeps its cards, with the warning above them.
    let text = "This is the mail system at host mail.example.org.\n\
                \n\
                I'm sorry to have to inform you that your message could not\n\
                be delivered to one or more recipients.\n\
                To release your messages, sign in below: https://mail.example.org/login\n\
                \n\
                <bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.1.1\n\
                \x20   <bob@example.net>: Recipient address rejected: User unknown\n";
    let report = explain(text);
    assert!(warned(&report), "{:?}", report.notes);
    assert_eq!(report.recipients.len(), 1, "{}", report.summary);
}
