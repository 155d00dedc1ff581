//! A bounce forwarded inline under a header block with no separator line
//! above it: `From:`, `Sent:` (or `Date:`), `To:` and `Subject:` right
//! after the person's own text. Outlook's plain-text part of an HTML
//! forward looks so, and New Outlook also leaves out the blank line
//! between the block and the text. Each must give the bounce's cards. A
//! person's message under such a block, and a block inside a bounce's
//! own text, keep their reading.

use crate::inline_bounces;
use crate::quoting;

use bounce_explainer::explain;
use inline_bounces::{assert_expected, cards, field, split, BOUNCES};
use quoting::quoted;

/// Builds the help-desk email: its own header, the person's line, then `forward`.
fn help_desk_email(forward: &str, subject: &str) -> String {
    format!(
        "From: Alice <alice@example.com>\nTo: helpdesk@example.com\n\
         Subject: FW: {subject}\nDate: Sat, 5 Dec 2026 17:10:00 +0000\n\
         Content-Type: text/plain; charset=utf-8\n\n\
         Hello, I keep getting this. Can you help?\n\n{forward}\n"
    )
}

/// New Outlook's block: `Date:` for the sent time and no blank line
/// before the forwarded text.
fn new_outlook_forward(fields: &[(&str, &str)], text: &str) -> String {
    format!(
        "From: {}\nDate: {}\nTo: {}\nSubject: {}\n{}",
        field(fields, "From"),
        field(fields, "Date"),
        field(fields, "To"),
        field(fields, "Subject"),
        text.trim_start()
    )
}

#[test]
fn new_outlook_block_gives_cards() {
    for bounce in BOUNCES {
        let alone = cards(&explain(bounce.text));
        let (fields, text) = split(bounce.text);
        let subject = field(&fields, "Subject");
        let email = help_desk_email(&new_outlook_forward(&fields, text), subject);
        let label = format!("{}, new outlook", bounce.name);
        let report = explain(&email);
        assert_expected(&label, &report, bounce);
        assert_eq!(cards(&report), alone, "{label}");
    }
}

/// A field that no table names (here a Hungarian `Fontosság:`, an
/// importance field) stays in the header block, so the `Tárgy:`
/// (subject) after it still marks the bounce.
#[test]
fn unknown_field_stays_in_block() {
    for bounce in BOUNCES {
        let (fields, text) = split(bounce.text);
        let forward = format!(
            "Feladó: {}\nDátum: {}\nCímzett: {}\nFontosság: Magas\n\
             Tárgy: {}\n{}",
            field(&fields, "From"),
            field(&fields, "Date"),
            field(&fields, "To"),
            field(&fields, "Subject"),
            text.trim_start()
        );
        let email = help_desk_email(&forward, field(&fields, "Subject"));
        let label = format!("{}, hungarian new outlook", bounce.name);
        assert_expected(&label, &explain(&email), bounce);
    }
}

/// The same forward pasted without the help-desk email's header, quoted
/// with "> " in a reply, or with no line of the person's own above it.
#[test]
fn bare_block_pasted_quoted_or_alone() {
    for bounce in BOUNCES {
        let (fields, text) = split(bounce.text);
        let subject = field(&fields, "Subject");
        let forward = format!(
            "From: {}\nSent: {}\nTo: {}\nSubject: {subject}\n\n{text}",
            field(&fields, "From"),
            field(&fields, "Date"),
            field(&fields, "To"),
        );
        let email = help_desk_email(&forward, subject);
        let (_, body) = email.split_once("\n\n").expect("email header and body");
        assert_expected(&format!("{}, pasted", bounce.name), &explain(body), bounce);

        let email = help_desk_email(&quoted(&forward), subject);
        assert_expected(&format!("{}, quoted", bounce.name), &explain(&email), bounce);

        let email = format!(
            "From: Alice <alice@example.com>\nTo: helpdesk@example.com\n\
             Subject: FW: {subject}\n\n{forward}"
        );
        assert_expected(&format!("{}, no own line", bounce.name), &explain(&email), bounce);
    }
}

/// A person's message under a block without a separator, which recounts
/// a reply code, is no bounce: its block names no mail system and no
/// bounce subject.
#[test]
fn bare_block_person_message_no_bounce() {
    let message = "Shall we meet at noon on Monday? My mail to carol@example.net\n\
                   came back last week with 550 5.1.1, so I am writing to you.\n";
    let forward = format!(
        "From: Bob <bob@example.net>\nSent: Saturday, 5 December 2026 16:00\n\
         To: alice@example.com\nSubject: Lunch\n\n{message}"
    );
    let report = explain(&help_desk_email(&forward, "Lunch"));
    assert!(report.recipients.is_empty(), "{:#?}", cards(&report));
    assert!(report.summary.contains("not a bounce"), "{}", report.summary);
}

/// A bounce whose own text quotes the failed message's `From:`, `Date:`,
/// `To:` and `Subject:` above the failure is read whole: that block is
/// no forward, and the failure below it stays part of the report.
#[test]
fn own_header_block_above_failure() {
    let bounce = "From: postmaster@mail.example.org\nDate: Sat, 05 Dec 2026 10:00:00 +0100\n\
                  To: alice@example.org\nSubject: Undeliverable: Quarterly figures\n\n\
                  Following message could not be delivered.\n\n\
                  From: alice@example.org\nDate: Sat, 05 Dec 2026 09:59:00 +0100\n\
                  To: bob@example.net\nSubject: Quarterly figures\n\n\
                  Recipient: bob@example.net\n\
                  Error: 550 5.1.1 <bob@example.net>: Recipient address rejected: \
                  User unknown in local recipient table\n";
    let report = explain(bounce);
    assert_eq!(report.recipients.len(), 1, "{:#?}", cards(&report));
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(report.recipients[0].reply.as_deref(), Some("550"));
}
