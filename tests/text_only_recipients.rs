//! A DSN whose human-readable part reports a failed recipient that its
//! message/delivery-status part has no group for. An edited or merged
//! bounce can contain such a mismatch. The delivery-status part stays
//! authoritative for the recipients it lists, and each recipient named
//! only in the text still gets a card, read from its reply, with a note
//! saying where it came from.

use bounce_explainer::{explain, Actor, Recipient, Report};

/// Wraps a text part and a delivery-status part into a multipart/report.
fn dsn_email(from: &str, subject: &str, text: &str, status: &str) -> String {
    format!(
        "From: {from}\nTo: alice@example.com\nSubject: {subject}\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n\
         --B\nContent-Type: text/plain; charset=us-ascii\n\n{text}\n\n\
         --B\nContent-Type: message/delivery-status\n\n{status}\n\n--B--\n"
    )
}

const BOB_GROUP: &str = "Reporting-MTA: dns; mail.example.com\n\n\
Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\n\
Remote-MTA: dns; mx.example.org\n\
Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown";

fn postfix() -> String {
    let text = "This is the mail system at host mail.example.com.\n\n\
        <bob@example.org>: host mx.example.org[198.51.100.20] said: 550 5.1.1\n    \
        <bob@example.org>: Recipient address rejected: User unknown (in reply to\n    \
        RCPT TO command)\n\n\
        <carol@example.net>: host mx.example.net[198.51.100.21] said: 554 5.7.1\n    \
        Service unavailable; Client host [203.0.113.45] blocked using\n    \
        zen.spamhaus.org (in reply to RCPT TO command)";
    dsn_email(
        "MAILER-DAEMON@mail.example.com (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        text,
        BOB_GROUP,
    )
}

fn exchange() -> String {
    let text = "Delivery has failed to these recipients or groups:\n\n\
        bob@example.org\n\
        The email address you entered couldn't be found.\n\n\
        carol@example.net\n\
        Your message wasn't delivered because the recipient's email provider rejected it.\n\n\
        Diagnostic information for administrators:\n\n\
        Generating server: mail.example.com\n\n\
        bob@example.org\n\
        Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n\
        carol@example.net\n\
        mx.example.net\n\
        Remote Server returned '554 5.7.1 Service unavailable; Client host [203.0.113.45] \
        blocked using zen.spamhaus.org'";
    let status = "Reporting-MTA: dns; mail.example.com\n\n\
        Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\n\
        Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found";
    dsn_email(
        "Microsoft Outlook <postmaster@example.com>",
        "Undeliverable: Quarterly report",
        text,
        status,
    )
}

fn gmail() -> String {
    let text = "This is an automatically generated Delivery Status Notification\n\n\
        Delivery to the following recipient failed permanently:\n\n     bob@example.org\n\n\
        Technical details of permanent failure:\n\
        Google tried to deliver your message, but it was rejected by the server for the \
        recipient domain example.org by mx.example.org. [198.51.100.20].\n\n\
        The error that the other server returned was:\n\
        550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n\n\
        Delivery to the following recipient failed permanently:\n\n     carol@example.net\n\n\
        Technical details of permanent failure:\n\
        Google tried to deliver your message, but it was rejected by the server for the \
        recipient domain example.net by mx.example.net. [198.51.100.21].\n\n\
        The error that the other server returned was:\n\
        554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org";
    let status = "Reporting-MTA: dns; googlemail.com\n\n\
        Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\n\
        Remote-MTA: dns; mx.example.org. (198.51.100.20, the server for the domain example.org.)\n\
        Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown";
    dsn_email(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        text,
        status,
    )
}

/// Explains a Postfix-style bounce with these text and delivery-status parts.
fn postfix_report(text: &str, status: &str) -> Report {
    let from = "MAILER-DAEMON@mail.example.com (Mail Delivery System)";
    explain(&dsn_email(from, "Undelivered Mail Returned to Sender", text, status))
}

fn names(report: &Report) -> Vec<Option<&str>> {
    report.recipients.iter().map(|r| r.recipient.as_deref()).collect()
}

fn card<'a>(report: &'a Report, address: &str) -> &'a Recipient {
    report
        .recipients
        .iter()
        .find(|r| r.recipient.as_deref() == Some(address))
        .unwrap_or_else(|| panic!("no card for {address}: {report:#?}"))
}

fn mentions_text_only(recipient: &Recipient) -> bool {
    recipient.notes.iter().any(|n| n.message.contains("delivery-status part"))
}

#[test]
fn text_only_recipient_gets_card() {
    for (shape, email) in [("postfix", postfix()), ("exchange", exchange()), ("gmail", gmail())] {
        let report = explain(&email);
        assert_eq!(report.recipients.len(), 2, "{shape}: {report:#?}");
        let bob = card(&report, "bob@example.org");
        assert_eq!(bob.explanation.who_acts, Actor::You, "{shape}: bob");
        assert!(!mentions_text_only(bob), "{shape}: bob is in the delivery-status part");
        let carol = card(&report, "carol@example.net");
        assert_eq!(carol.status.as_deref(), Some("5.7.1"), "{shape}: carol");
        assert_eq!(carol.explanation.who_acts, Actor::Admin, "{shape}: carol");
        assert!(carol.permanent, "{shape}: carol");
        assert_eq!(carol.sender_ip.as_deref(), Some("203.0.113.45"), "{shape}: carol");
        assert!(mentions_text_only(carol), "{shape}: carol's note: {:?}", carol.notes);
    }
}

#[test]
fn dsn_group_stays_authoritative() {
    // The text gives bob another reply than his group: the group's status
    // is kept, so the text cannot override what the DSN states.
    let text = "<bob@example.org>: host mx.example.org[198.51.100.20] said: 452 4.2.2\n    \
        Mailbox full (in reply to RCPT TO command)\n\n\
        <carol@example.net>: host mx.example.net[198.51.100.21] said: 552 5.2.2\n    \
        Mailbox full (in reply to RCPT TO command)";
    let report = postfix_report(text, BOB_GROUP);
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    assert_eq!(card(&report, "bob@example.org").status.as_deref(), Some("5.1.1"));
    assert_eq!(card(&report, "carol@example.net").status.as_deref(), Some("5.2.2"));
}

#[test]
fn text_forms_of_dsn_recipient_not_added() {
    // The text names bob by the address the sender wrote to, which the DSN
    // records as his Original-Recipient: one recipient, one card.
    let text = "<sales@example.org>: host mx.example.org[198.51.100.20] said: 550 5.1.1\n    \
        User unknown (in reply to RCPT TO command)\n\n\
        <carol@example.net>: host mx.example.net[198.51.100.21] said: 550 5.1.1\n    \
        User unknown (in reply to RCPT TO command)";
    let status = "Reporting-MTA: dns; mail.example.com\n\n\
        Final-Recipient: rfc822; bob@example.org\nOriginal-Recipient: rfc822; sales@example.org\n\
        Action: failed\nStatus: 5.1.1\n\n\
        Final-Recipient: rfc822; carol@example.net\nAction: failed\nStatus: 5.1.1";
    let report = postfix_report(text, status);
    assert_eq!(names(&report), [Some("bob@example.org"), Some("carol@example.net")]);
}

#[test]
fn text_success_not_added() {
    // A 2xx line in the text is a delivery, not a failure the DSN missed.
    let text = "<bob@example.org>: host mx.example.org[198.51.100.20] said: 550 5.1.1\n    \
        User unknown (in reply to RCPT TO command)\n\n\
        <dan@example.net>: delivery via mx.example.net[198.51.100.22]:25: 250 2.0.0 Ok: queued as 4F2A";
    let report = postfix_report(text, BOB_GROUP);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.org"));
}

#[test]
fn same_reply_other_recipient_added() {
    // Both replies read the same, but the text names bob under his own
    // address, so carol's failure is not another form of bob's.
    let text = "<bob@example.org>: host mx.example.org[198.51.100.20] said: 550 5.1.1\n    \
        User unknown (in reply to RCPT TO command)\n\n\
        <carol@example.org>: host mx.example.org[198.51.100.20] said: 550 5.1.1\n    \
        User unknown (in reply to RCPT TO command)";
    let status = "Reporting-MTA: dns; mail.example.com\n\n\
        Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\n\
        Diagnostic-Code: smtp; 550 5.1.1 User unknown";
    let report = postfix_report(text, status);
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    let carol = card(&report, "carol@example.org");
    assert_eq!(carol.explanation.who_acts, Actor::You);
    assert!(mentions_text_only(carol), "{:?}", carol.notes);
}

#[test]
fn rewritten_domain_not_added() {
    // The DSN names the address after a domain rewrite, and the text the
    // address before it. The codes agree, so both name one recipient.
    let text = "<bob@example.org>: host mx.example.org[198.51.100.20] said: 550 5.1.1\n    \
        User unknown (in reply to RCPT TO command)\n\n\
        <dan@example.org>: host mx.example.org[198.51.100.20] said: 550 5.2.1\n    \
        Mailbox disabled (in reply to RCPT TO command)";
    let status = "Reporting-MTA: dns; mail.example.com\n\n\
        Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\n\n\
        Final-Recipient: rfc822; dan@mail.example.org\nAction: failed\nStatus: 5.2.1\n\
        Diagnostic-Code: smtp; 550 5.2.1 <dan@mail.example.org> Mailbox disabled";
    let report = postfix_report(text, status);
    assert_eq!(names(&report), [Some("bob@example.org"), Some("dan@mail.example.org")]);
}

#[test]
fn status_in_prose_not_added() {
    // Advice that cites a status code beside an address quotes no reply.
    let text = "Your message could not be delivered.\n\n\
        Check carol@example.net for misspellings (status 5.1.1), then send it again.";
    let report = postfix_report(text, BOB_GROUP);
    assert_eq!(names(&report), [Some("bob@example.org")]);
}
