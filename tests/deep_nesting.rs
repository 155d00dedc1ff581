//! Emails nested thousands of levels deep, as multipart parts or as
//! message/rfc822 attachments, explained with about the stack a browser's
//! Web Worker gives the WebAssembly build. At every depth the Report
//! explains what lies within the levels that are read, and a note states
//! that what lies deeper was not read.

use std::thread;

use bounce_explainer::{explain, InputKind, Reason, Report};

const REPLY: &str = "550 5.1.1 <user@example.org>: Recipient address rejected: User unknown";

const DEPTHS: [usize; 3] = [1_000, 2_000, 10_000];

/// Stack for each run. The work per level must not use the stack, so the
/// size only has to fit one ordinary bounce in a debug build. A walk that
/// recurses per level, such as mail-parser's derived drop, overflows it
/// at 10,000 levels, as it overflowed the browser's worker at 2,000.
const STACK_BYTES: usize = 1024 * 1024;

/// Explains `email` on a thread with [`STACK_BYTES`] of stack.
fn explain_on_small_stack(email: String) -> Report {
    thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(move || explain(&email))
        .expect("spawn thread")
        .join()
        .expect("explain panicked")
}

/// Builds a bounce whose only part is `depth` multiparts inside each
/// other, with the failure in the innermost.
fn nested_multipart(depth: usize) -> String {
    let mut email = String::from(
        "From: MAILER-DAEMON@mx.example.net\r\nTo: sender@example.com\r\n\
         Subject: Undeliverable\r\nMIME-Version: 1.0\r\n",
    );
    for d in 0..depth {
        email.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"n{d}\"\r\n\r\n--n{d}\r\n"
        ));
    }
    email.push_str(&format!("Content-Type: text/plain\r\n\r\n{REPLY}\r\n"));
    for d in (0..depth).rev() {
        email.push_str(&format!("--n{d}--\r\n"));
    }
    email
}

/// Builds `depth` emails, each of type message/rfc822 and containing the
/// next, with `innermost` at the bottom.
fn nested_rfc822(depth: usize, innermost: &str) -> String {
    let level = "From: a@example.com\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n";
    let mut email = level.repeat(depth);
    email.push_str(innermost);
    email
}

/// Builds a Postfix bounce that returns `original` as the original message.
fn bounce_returning(original: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mx.example.net\r\nTo: sender@example.com\r\n\
         Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n\
         --b1\r\nContent-Type: text/plain\r\n\r\n\
         I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n\
         <user@example.org>: host mx.example.org[198.51.100.2] said: {REPLY}\r\n\
         --b1\r\nContent-Type: message/rfc822\r\n\r\n{original}\r\n--b1--\r\n"
    )
}

fn notes_levels_not_read(report: &Report) -> bool {
    report
        .notes
        .iter()
        .any(|n| n.message.contains("more than three forwards") && n.message.contains("not read"))
}

#[test]
fn multipart_nesting_is_read_at_every_depth() {
    for depth in DEPTHS {
        let report = explain_on_small_stack(nested_multipart(depth));
        assert_eq!(report.input_kind, InputKind::Email, "{depth} levels");
        assert_eq!(report.recipients.len(), 1, "{depth} levels: {report:#?}");
        assert_eq!(report.recipients[0].reason, Reason::UserUnknown, "{depth} levels");
        assert_eq!(
            report.recipients[0].recipient.as_deref(),
            Some("user@example.org"),
            "{depth} levels"
        );
    }
}

#[test]
fn rfc822_nesting_beyond_three_is_noted() {
    let block = "From: MAILER-DAEMON@example.com\r\nSubject: x\r\n\r\n\
                 554 5.7.1 Client host [203.0.113.45] blocked using zen.spamhaus.org\r\n";
    for depth in DEPTHS {
        let report = explain_on_small_stack(nested_rfc822(depth, block));
        assert_eq!(report.input_kind, InputKind::Email, "{depth} levels");
        assert!(report.recipients.is_empty(), "{depth} levels: {report:#?}");
        assert!(
            report.summary.contains("looks like a bounce"),
            "{depth} levels: {}",
            report.summary
        );
        assert!(notes_levels_not_read(&report), "{depth} levels: {:?}", report.notes);
    }
}

#[test]
fn rfc822_nesting_in_octet_stream_attachment() {
    // An .eml attached as application/octet-stream is parsed as an email
    // of its own, so its depth must not use the stack either.
    let block = "From: MAILER-DAEMON@example.com\r\nSubject: x\r\n\r\n\
                 554 5.7.1 Client host [203.0.113.45] blocked using zen.spamhaus.org\r\n";
    for depth in DEPTHS {
        let attachment = nested_rfc822(depth, block);
        let email = format!(
            "From: help@example.com\r\nTo: desk@example.com\r\nSubject: Fwd: bounce\r\n\
             Date: Sat, 5 Dec 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"f\"\r\n\r\n\
             --f\r\nContent-Type: text/plain\r\n\r\nSee the attached bounce.\r\n\
             --f\r\nContent-Type: application/octet-stream; name=\"bounce.eml\"\r\n\
             Content-Disposition: attachment; filename=\"bounce.eml\"\r\n\r\n\
             {attachment}\r\n--f--\r\n"
        );
        // The attachment's bounce lies below the levels that are read, so
        // the forward has no failure to report.
        let report = explain_on_small_stack(email);
        assert!(report.recipients.is_empty(), "{depth} levels: {report:#?}");
        assert!(!report.summary.is_empty(), "{depth} levels");
    }
}

#[test]
fn rfc822_nesting_within_returned_message() {
    // The failure is in the bounce's own text, so the returned message's
    // depth changes nothing the reader needs.
    for depth in DEPTHS {
        let original =
            nested_rfc822(depth, "From: sender@example.com\r\nSubject: hi\r\n\r\nhello\r\n");
        let report = explain_on_small_stack(bounce_returning(&original));
        assert_eq!(report.recipients.len(), 1, "{depth} levels: {report:#?}");
        assert_eq!(report.recipients[0].reason, Reason::UserUnknown, "{depth} levels");
        assert_eq!(
            report.recipients[0].recipient.as_deref(),
            Some("user@example.org"),
            "{depth} levels"
        );
    }
}

#[test]
fn rfc822_nesting_shallow_has_no_note() {
    // A bounce forwarded three times is read whole, so no note reports a
    // missing level even though its returned message lies one level deeper.
    let original = "From: sender@example.com\r\nSubject: hi\r\n\r\nhello\r\n";
    let report = explain_on_small_stack(nested_rfc822(3, &bounce_returning(original)));
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert!(!notes_levels_not_read(&report), "{:?}", report.notes);
}

/// Builds a bounce forwarded `depth` times as the whole body of each
/// forward, the way some mail systems forward a MAILER-DAEMON message:
/// every level is a single-part message/rfc822 addressed to the user.
fn forwarded_as_body(depth: usize) -> String {
    let mut email = String::new();
    for level in (0..depth).rev() {
        email.push_str(&format!(
            "From: MAILER-DAEMON@mail{level}.example.com\r\nTo: alice@example.com\r\n\
             Subject: Fwd: Undelivered\r\nMIME-Version: 1.0\r\n\
             Content-Type: message/rfc822\r\n\r\n"
        ));
    }
    email.push_str(
        "From: x@example.com\r\nSubject: inner\r\n\r\n\
         550 5.7.1 Service unavailable; Client host [192.0.2.71] blocked using \
         zen.spamhaus.org\r\n",
    );
    email
}

#[test]
fn body_forwards_within_three_read() {
    for depth in 1..=3 {
        let report = explain(&forwarded_as_body(depth));
        assert_eq!(report.recipients.len(), 1, "{depth} levels: {report:#?}");
        let card = &report.recipients[0];
        assert_eq!(card.reason, Reason::Blocked, "{depth} levels");
        assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.71"), "{depth} levels");
        assert!(!notes_levels_not_read(&report), "{depth} levels: {:?}", report.notes);
    }
}

#[test]
fn body_forwards_beyond_three_noted() {
    // The same rule as for forwards attached to a multipart email: the
    // levels below the third are not read, and no card is made from the
    // forwards' own headers, whose To is the user.
    for depth in [4, 5, 8, 300] {
        let report = explain(&forwarded_as_body(depth));
        assert!(report.recipients.is_empty(), "{depth} levels: {report:#?}");
        assert!(notes_levels_not_read(&report), "{depth} levels: {:?}", report.notes);
        assert!(report.summary.contains("looks like a bounce"), "{depth} levels");
    }
}
