//! A bounce whose text part and Diagnostic-Code field quote two replies
//! with different codes for one recipient: the text says `550 5.1.1`
//! (unknown address) and the field says `554 5.7.1` (a blocklist). The
//! card follows one of them, and a warning quotes both so the reader
//! checks which cause is the real one. Parts whose codes agree, even in
//! different wordings, get no such warning.

use bounce_explainer::reason::Reason;
use bounce_explainer::report::NoteLevel;
use bounce_explainer::{explain, Recipient};

const UNKNOWN_TEXT: &str =
    "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.1.1\n    \
     <bob@example.net>: Recipient address rejected: User unknown in virtual\n    \
     mailbox table (in reply to RCPT TO command)\n";
const UNKNOWN_FIELD: &str =
    "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table";
const BLOCK_TEXT: &str =
    "<bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.1\n    \
     Service unavailable; Client host [192.0.2.95] blocked using\n    \
     zen.spamhaus.org (in reply to RCPT TO command)\n";
const BLOCK_FIELD: &str =
    "554 5.7.1 Service unavailable; Client host [192.0.2.95] blocked using zen.spamhaus.org";

/// Builds a Postfix bounce with the text part's recipient block `block`
/// and one delivery-status group for bob@example.net.
fn bounce(block: &str, status: &str, diagnostic: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\n\
         --B1\nContent-Type: text/plain; charset=us-ascii\n\n\
         This is the mail system at host mail.example.com.\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients. It's attached below.\n\n\
         \x20                  The mail system\n\n\
         {block}\n\
         --B1\nContent-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; mail.example.com\n\n\
         Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: {status}\n\
         Diagnostic-Code: smtp; {diagnostic}\n\n\
         --B1--\n"
    )
}

fn only_recipient(text: &str) -> Recipient {
    let mut all = explain(text).recipients;
    assert_eq!(all.len(), 1, "one recipient expected in: {text}");
    all.remove(0)
}

/// Returns the warnings that quote both codes.
fn two_cause_warnings<'a>(r: &'a Recipient, first: &str, second: &str) -> Vec<&'a str> {
    r.notes
        .iter()
        .filter(|n| n.level == NoteLevel::Warning)
        .map(|n| n.message.as_str())
        .filter(|m| m.contains(first) && m.contains(second))
        .collect()
}

fn warnings(r: &Recipient) -> Vec<&str> {
    r.notes.iter().filter(|n| n.level == NoteLevel::Warning).map(|n| n.message.as_str()).collect()
}

#[test]
fn unknown_text_block_field() {
    let r = only_recipient(&bounce(UNKNOWN_TEXT, "5.7.1", BLOCK_FIELD));
    let found = two_cause_warnings(&r, "550 5.1.1", "554 5.7.1");
    assert_eq!(found.len(), 1, "{:#?}", r.notes);
    assert!(found[0].contains("Diagnostic-Code"), "{}", found[0]);
    assert!(found[0].contains("zen.spamhaus.org"), "{}", found[0]);
    assert!(found[0].contains("User unknown"), "{}", found[0]);
}

#[test]
fn block_text_unknown_field() {
    let r = only_recipient(&bounce(BLOCK_TEXT, "5.1.1", UNKNOWN_FIELD));
    assert_eq!(two_cause_warnings(&r, "550 5.1.1", "554 5.7.1").len(), 1, "{:#?}", r.notes);
}

/// The card follows the Diagnostic-Code field's reply, and the warning
/// says so.
#[test]
fn warning_names_followed_part() {
    let r = only_recipient(&bounce(UNKNOWN_TEXT, "5.7.1", BLOCK_FIELD));
    assert_eq!(r.reason, Reason::Blocked, "{r:#?}");
    let found = two_cause_warnings(&r, "550 5.1.1", "554 5.7.1");
    assert_eq!(found.len(), 1, "{:#?}", r.notes);
    assert!(found[0].contains("follows the Diagnostic-Code"), "{}", found[0]);
}

/// Same reply code, enhanced codes of another subject.
#[test]
fn status_subject_differs() {
    let field = "550 5.7.1 Message rejected as spam by content filter";
    let r = only_recipient(&bounce(UNKNOWN_TEXT, "5.7.1", field));
    assert_eq!(two_cause_warnings(&r, "5.1.1", "5.7.1").len(), 1, "{:#?}", r.notes);
}

/// A temporary reply in one part and a permanent one in the other.
#[test]
fn reply_class_differs() {
    let field = "450 4.2.0 <bob@example.net>: Recipient address rejected: Greylisted";
    let r = only_recipient(&bounce(UNKNOWN_TEXT, "4.2.0", field));
    assert_eq!(two_cause_warnings(&r, "550 5.1.1", "450 4.2.0").len(), 1, "{:#?}", r.notes);
}

#[test]
fn same_reply_gets_no_warning() {
    let r = only_recipient(&bounce(UNKNOWN_TEXT, "5.1.1", UNKNOWN_FIELD));
    assert!(warnings(&r).is_empty(), "{:#?}", r.notes);
}

/// One part words the same reply at more length: the codes agree.
#[test]
fn longer_wording_gets_no_warning() {
    let block = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.1\n    \
         Service unavailable; Client host [192.0.2.95] blocked using\n    \
         zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.95\n    \
         (in reply to RCPT TO command)\n";
    let r = only_recipient(&bounce(block, "5.7.1", BLOCK_FIELD));
    assert!(warnings(&r).is_empty(), "{:#?}", r.notes);
}

/// Only the detail of the enhanced code differs (5.7.1 and 5.7.0), both
/// of the security or policy subject: no warning.
#[test]
fn detail_only_gets_no_warning() {
    let field =
        "554 5.7.0 Service unavailable; Client host [192.0.2.95] blocked using zen.spamhaus.org";
    let r = only_recipient(&bounce(BLOCK_TEXT, "5.7.0", field));
    assert!(warnings(&r).is_empty(), "{:#?}", r.notes);
}
