//! The list of failed recipients in Exchange 5.5 to 2003 NDRs: one `<recipient> on
//! <date>` line per recipient, written as an address or as the display
//! name the sender picked, with the reason on the indented lines below.
//! Every entry is a failed recipient, named or not.

use bounce_explainer::{explain, Reason, Report};

fn recipients(report: &Report) -> Vec<Option<String>> {
    report.recipients.iter().map(|r| r.recipient.clone()).collect()
}

const TWO_DISPLAY_NAMES: &str = "Your message did not reach some or all of the intended recipients.

      Subject:\tBudget for next year
      Sent:\t3/14/2025 9:30 AM

The following recipient(s) cannot be reached:

      Dana Fischer on 3/14/2025 9:30 AM
            The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.
            <mx.example.net #5.1.1 smtp;550 5.1.1 <dana.fischer@example.net>... User unknown>

      'Lee Carter' on 3/14/2025 9:30 AM
            <mx.example.net #5.2.2 smtp;552 5.2.2 Mailbox full>
";

#[test]
fn display_name_entries_all_reported() {
    let report = explain(TWO_DISPLAY_NAMES);
    assert_eq!(
        recipients(&report),
        vec![Some("dana.fischer@example.net".to_string()), None],
        "{report:#?}"
    );

    let named = &report.recipients[0];
    assert_eq!(named.reason, Reason::UserUnknown, "{named:#?}");
    assert_eq!(named.diagnostic, "550 5.1.1 <dana.fischer@example.net>... User unknown");

    let unnamed = &report.recipients[1];
    assert_eq!(unnamed.reply.as_deref(), Some("552"), "{unnamed:#?}");
    assert_eq!(unnamed.status.as_deref(), Some("5.2.2"), "{unnamed:#?}");
    assert_eq!(unnamed.reason, Reason::MailboxFull, "{unnamed:#?}");
    assert_eq!(unnamed.diagnostic, "552 5.2.2 Mailbox full");
}

#[test]
fn display_name_shown_in_note() {
    let report = explain(TWO_DISPLAY_NAMES);
    let unnamed = &report.recipients[1];
    assert!(unnamed.notes.iter().any(|n| n.message.contains("Lee Carter")), "{:#?}", unnamed.notes);
    // The named recipient needs no such note.
    let named = &report.recipients[0];
    assert!(!named.notes.iter().any(|n| n.message.contains("Dana Fischer")), "{:#?}", named.notes);
}

#[test]
fn address_and_name_entries_mixed() {
    let text = "Your message did not reach some or all of the intended recipients.

      Subject:\tMinutes
      Sent:\t10/11/2024 10:57 AM

The following recipient(s) could not be reached:

      'erin@example.org' on 10/11/2024 10:58:39 AM
            The recipient name is not recognized
            MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6) Unknown Recipient
      Frank Osei on 10/11/2024 10:58:39 AM
            A syntax error was detected in the content of the message
            MSEXCH:IMC:EXAMPLE:ORG:SITE
";
    let report = explain(text);
    assert_eq!(
        recipients(&report),
        vec![Some("erin@example.org".to_string()), None],
        "{report:#?}"
    );
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown, "{report:#?}");
    let unnamed = &report.recipients[1];
    assert!(unnamed.diagnostic.contains("syntax error"), "{unnamed:#?}");
    assert!(!unnamed.diagnostic.contains("Unknown Recipient"), "{unnamed:#?}");
}

#[test]
fn older_heading_adjacent_entries() {
    // Exchange 5.5's Internet Mail Service writes the entries with no
    // blank line between them and a date with the day's name.
    let text = "From: System Administrator <postmaster@example.net>\nTo: sender@example.com\n\
        Subject: Undeliverable: Minutes\nX-MS-Embedded-Report: \n\n\
        Your message\n\n  To:      bob@example.net\n  Subject: Minutes\n  Sent:    Thu, 29 Apr 2010 10:00:00 -0000\n\n\
        did not reach the following recipient(s):\n\n\
        bob@example.net on Thu, 29 Apr 2010 10:00:05 -0000\n    The recipient name is not recognized\n\
        \x20   MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6) Unknown Recipient\n\
        carol@example.net on Thu, 29 Apr 2010 10:00:05 -0000\n    The recipient name is not recognized\n\
        \x20   MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6) Unknown Recipient\n";
    let report = explain(text);
    let expected = vec![Some("bob@example.net".to_string()), Some("carol@example.net".to_string())];
    assert_eq!(recipients(&report), expected, "{report:#?}");
    for card in &report.recipients {
        assert_eq!(card.reason, Reason::UserUnknown, "{card:#?}");
    }
}
