//! Delivery-status fields pasted into a message, a ticket or a chat: a
//! field goes on only over lines that start with a space or tab (RFC 5322
//! section 2.2.3, which RFC 3464's fields follow). The unindented line
//! after `Diagnostic-Code:` (a code fence, Jira's `{noformat}`, the
//! writer's question or closing) is not the receiver's reply, so it does
//! not change the cause.

use crate::cards;

const FENCED: &str = "Hello, our mail bounced:\n\n```\n\
    Final-Recipient: rfc822; accounts@example.net\nAction: failed\nStatus: 5.0.0\n\
    Diagnostic-Code: smtp; 550 Message rejected\n```\n\
    Is our IP blocked by spamhaus or is their mailbox full? Thanks\n";

#[test]
fn fence_and_question_not_reply() {
    let card = cards::only(FENCED);
    assert_eq!(card.recipient.as_deref(), Some("accounts@example.net"));
    assert_eq!(card.diagnostic, "550 Message rejected");
    assert_eq!(card.explanation.entry, "reply/550");
    assert!(!cards::card(&card).contains("spamhaus"), "{card:#?}");
}

#[test]
fn fence_after_blank_line_not_reply() {
    let text = FENCED.replace("```\nIs our", "```\n\nIs our");
    let card = cards::only(&text);
    assert_eq!(card.diagnostic, "550 Message rejected");
    assert_eq!(card.explanation.entry, "reply/550");
}

#[test]
fn jira_noformat_not_reply() {
    let text = "[SUP-4411] Emails to Contoso failing\n\
        Reporter: Jane Doe <jane@example.com>\nAssignee: Ops Team <ops@example.org>\n\n\
        Description:\nSince Monday all our mail to accounts@example.net is rejected. \
        The bounce says:\n\n{noformat}\nReporting-MTA: dns; mail.example.com\n\
        Final-Recipient: rfc822; accounts@example.net\nAction: failed\nStatus: 5.7.1\n\
        Remote-MTA: dns; mx.example.net\n\
        Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.44] \
        blocked using b.barracudacentral.org\n{noformat}\n\n\
        Comment by Ops Team <ops@example.org>: checking the IP now.\n";
    let card = cards::only(text);
    assert_eq!(card.recipient.as_deref(), Some("accounts@example.net"));
    assert_eq!(
        card.diagnostic,
        "554 5.7.1 Service unavailable; Client host [203.0.113.44] blocked using \
         b.barracudacentral.org"
    );
    assert_eq!(card.sender_ip.as_deref(), Some("203.0.113.44"));
}

#[test]
fn closing_line_not_reply() {
    let text = "Final-Recipient: rfc822; accounts@example.net\nAction: failed\n\
        Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\nThanks, Jane\n";
    let card = cards::only(text);
    assert_eq!(card.diagnostic, "550 5.1.1 User unknown");
}

#[test]
fn folded_line_stays_in_reply() {
    let text = "Final-Recipient: rfc822; accounts@example.net\nAction: failed\n\
        Status: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 <accounts@example.net>... Mailbox\n\
        \tfull, over quota\nCan you help?\n";
    let card = cards::only(text);
    assert!(card.diagnostic.contains("Mailbox full, over quota"), "{card:#?}");
    assert!(!card.diagnostic.contains("help"), "{card:#?}");
}

#[test]
fn unindented_reply_lines_stay() {
    // A copy from a web page can lose the fold's indentation, but the
    // lines of a multi-line reply still carry its code.
    let text = "Final-Recipient: rfc822; accounts@example.net\nAction: failed\n\
        Status: 5.7.1\nDiagnostic-Code: smtp; 550-5.7.1 Sender rejected by\n\
        550 5.7.1 the recipient's policy\nWhy is this?\n";
    let card = cards::only(text);
    assert!(card.diagnostic.contains("the recipient's policy"), "{card:#?}");
    assert!(!card.diagnostic.contains("Why"), "{card:#?}");
}

#[test]
fn next_field_ends_reply() {
    let text = "Final-Recipient: rfc822; accounts@example.net\nAction: delayed\n\
        Status: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full\n\
        Will-Retry-Until: Tue, 8 Dec 2026 10:00:00 +0000\nThanks\n";
    let card = cards::only(text);
    assert_eq!(card.diagnostic, "452 4.2.2 Mailbox full");
}
