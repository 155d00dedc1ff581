//! A list server's notice that quotes a failed recipient's reply after the
//! recipient's address (`Error for <address>: 550 ...`) or after an MTA's
//! lead-in is a report of that failure, even in an email with From: and
//! Subject: lines, which otherwise reads as a person's message.

use bounce_explainer::{explain, Actor, InputKind, Reason, Recipient};

fn notice(reply_line: &str) -> String {
    format!(
        "From: L-Soft list server at LISTS.EXAMPLE.ORG (1.8e) <LISTSERV@LISTS.EXAMPLE.ORG>\n\
         Subject: Delivery error report for DEV-L\n\n\
         The following delivery error report was received by the list server\n\
         and could not be processed automatically:\n\n\
         \x20 {reply_line}\n\n\
         Monitoring of delivery errors for eve@example.com has been started.\n"
    )
}

fn only_recipient(text: &str) -> Recipient {
    let report = explain(text);
    assert_ne!(report.input_kind, InputKind::NotBounce, "{text}");
    assert_eq!(report.recipients.len(), 1, "{text}");
    report.recipients.into_iter().next().unwrap()
}

#[test]
fn error_for_address_reads_as_bounce() {
    let text = notice(
        "Error for <eve@example.com>: 550 5.1.1 <eve@example.com>: Recipient address rejected: \
         User unknown in virtual mailbox table",
    );
    let r = only_recipient(&text);
    assert_eq!(r.recipient.as_deref(), Some("eve@example.com"));
    assert_eq!(r.reason, Reason::UserUnknown);
    assert_eq!(r.explanation.who_acts, Actor::You);
}

#[test]
fn address_and_lead_in_forms_read_as_bounce() {
    for line in [
        "<eve@example.com>: 550 5.1.1 User unknown",
        "Error for <eve@example.com>: 552 5.2.2 Mailbox full",
        "<eve@example.com>: host mx.example.com[198.51.100.20] said: 550 5.1.1 User unknown",
    ] {
        let r = only_recipient(&notice(line));
        assert_eq!(r.recipient.as_deref(), Some("eve@example.com"), "{line}");
        assert!(r.reply.is_some(), "{line}");
    }
}

#[test]
fn person_quoting_code_in_sentence_is_not_bounce() {
    let text = "From: ana@example.com\nSubject: lunch\n\n\
        I wrote to <eve@example.com> and it came back with 550 5.1.1 but it works now.\n";
    assert_eq!(explain(text).input_kind, InputKind::NotBounce);
}
