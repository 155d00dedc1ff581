//! A list of the replies a server gives, one `label: reply` line each
//! (a glossary in prose, a bulleted list or a Markdown table), explains
//! replies and reports no delivery. It gets no failure card, and the note
//! names the replies it mentions. Bounces that list several recipients,
//! each with its own reply, still give one failure per recipient.

use bounce_explainer::{explain, Report};

fn mentions(report: &Report, codes: &str) -> bool {
    report
        .notes
        .iter()
        .any(|n| n.message.contains("mentions the repl") && n.message.contains(codes))
}

const TABLE: &str = "Unknown recipient: 550 5.1.1 User unknown\n\
                     Mailbox full: 452 4.2.2 Over quota\n\
                     SPF failure: 550 5.7.23 SPF check failed\n";

fn tables() -> Vec<String> {
    vec![
        format!("Hi team,\n\nFor the new gateway, these are the replies it gives:\n\n{TABLE}\nThanks,\nDana\n"),
        TABLE.to_string(),
        "Replies of the new gateway:\n\
         - Unknown user: 550 5.1.1 User unknown\n\
         - Mailbox full: 452 4.2.2 Over quota\n\
         - Blocked sender: 554 5.7.1 Message refused\n"
            .to_string(),
        "| Case | Code | Text |\n\
         |---|---|---|\n\
         | Unknown user | 550 5.1.1 | User unknown |\n\
         | Mailbox full | 452 4.2.2 | Over quota |\n\
         | SPF failure | 550 5.7.23 | SPF check failed |\n"
            .to_string(),
        "Unknown user - 550 5.1.1 User unknown\n\
         Mailbox full - 452 4.2.2 Over quota\n"
            .to_string(),
        // Reply codes without enhanced status codes, whose texts name causes.
        "Unknown user: 550 User unknown\nMailbox full: 452 Mailbox full, over quota\n".to_string(),
        // A rule sentence beside the list names a reply too.
        format!("{TABLE}If SPF fails we return 550 5.7.1 to the sending server.\n"),
    ]
}

#[test]
fn pasted_reply_table_is_no_failure() {
    for text in tables() {
        let report = explain(&text);
        assert!(report.recipients.is_empty(), "{text}: {:#?}", report.recipients);
        assert_eq!(report.summary, "No delivery failure was found in this text.", "{text}");
        let first = if text.contains("550 User") { "550" } else { "550 5.1.1" };
        assert!(mentions(&report, first), "{text}: {:#?}", report.notes);
        assert!(mentions(&report, "452"), "{text}: {:#?}", report.notes);
    }
}

#[test]
fn emailed_reply_table_is_no_failure() {
    for body in tables() {
        let text = format!(
            "From: Dana <dana@example.com>\nTo: team@example.com\nSubject: gateway replies\n\
             Date: Fri, 4 Dec 2026 10:00:00 +0000\n\n{body}"
        );
        let report = explain(&text);
        assert!(report.recipients.is_empty(), "{body}: {:#?}", report.recipients);
        assert!(mentions(&report, "550"), "{body}: {:#?}", report.notes);
    }
}

/// Bounces and sessions that carry several replies, each for its own
/// recipient, keep one failure per recipient with that recipient's codes.
#[test]
fn bounce_with_several_replies_still_reads() {
    let cases: &[(&str, &[(&str, &str, &str)])] = &[
        (
            "This is the mail system at host mail.example.com.\n\n\
             I'm sorry to have to inform you that your message could not\n\
             be delivered to one or more recipients.\n\n\
             <a@example.net>: host mx.example.net[198.51.100.5] said: 550 5.1.1\n    \
             <a@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n\
             <b@example.org>: host mx.example.org[203.0.113.7] said: 452 4.2.2\n    \
             <b@example.org>: Mailbox full (in reply to RCPT TO command)\n",
            &[("a@example.net", "550", "5.1.1"), ("b@example.org", "452", "4.2.2")],
        ),
        (
            "This message was created automatically by mail delivery software.\n\n\
             A message that you sent could not be delivered to one or more of its\n\
             recipients. This is a permanent error. The following address(es) failed:\n\n  \
             a@example.net\n    \
             host mx.example.net [198.51.100.5]\n    \
             SMTP error from remote mail server after RCPT TO:<a@example.net>:\n    \
             550 5.1.1 <a@example.net>: Recipient address rejected: User unknown\n  \
             b@example.org\n    \
             host mx.example.org [203.0.113.7]\n    \
             SMTP error from remote mail server after RCPT TO:<b@example.org>:\n    \
             552 5.2.2 <b@example.org>: Mailbox full\n",
            &[("a@example.net", "550", "5.1.1"), ("b@example.org", "552", "5.2.2")],
        ),
        (
            "Delivery has failed to these recipients or groups:\n\n\
             a@example.net\nThe email address you entered couldn't be found.\n\n\
             b@example.org\nThe recipient's mailbox is full and can't accept messages now.\n\n\
             Diagnostic information for administrators:\n\n\
             Generating server: DB6PR01MB1234.eurprd01.prod.outlook.com\n\n\
             a@example.net\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n\
             b@example.org\nRemote Server returned '552 5.2.2 STOREDRV.Deliver; mailbox full'\n",
            &[("a@example.net", "550", "5.1.1"), ("b@example.org", "552", "5.2.2")],
        ),
        (
            "MAIL FROM:<sender@example.com>\n250 2.1.0 Ok\n\
             RCPT TO:<a@example.net>\n550 5.1.1 <a@example.net>: Recipient address rejected: User unknown\n\
             RCPT TO:<b@example.org>\n452 4.2.2 <b@example.org>: Mailbox full\n",
            &[("a@example.net", "550", "5.1.1"), ("b@example.org", "452", "4.2.2")],
        ),
    ];
    for (text, expected) in cases {
        let report = explain(text);
        assert_eq!(report.recipients.len(), expected.len(), "{text}: {:#?}", report.recipients);
        for (recipient, reply, status) in *expected {
            let found =
                report.recipients.iter().find(|r| r.recipient.as_deref() == Some(*recipient));
            let found =
                found.unwrap_or_else(|| panic!("{recipient} missing: {:#?}", report.recipients));
            assert_eq!(found.reply.as_deref(), Some(*reply), "{recipient}");
            assert_eq!(found.status.as_deref(), Some(*status), "{recipient}");
        }
    }
}

/// A session's lines (`S: 250 ...`, `S: 550 ...`) share one label, and
/// report lines (`Reason: 550 ...`) name no case: neither is a table.
#[test]
fn labelled_session_lines_still_read() {
    for text in [
        "C: RCPT TO:<a@example.net>\nS: 550 5.1.1 <a@example.net>: User unknown\n\
         C: RCPT TO:<b@example.org>\nS: 452 4.2.2 <b@example.org>: Mailbox full\n",
        "Reason: 550 5.1.1 User unknown\nReason: 452 4.2.2 Mailbox full\n",
    ] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 2, "{text}: {:#?}", report.recipients);
    }
}

/// Reply lines pasted from a log, each for its own recipient with its own
/// codes, keep each reply's reason with its own codes.
#[test]
fn pasted_reply_lines_keep_own_reasons() {
    for text in [
        "550 5.1.1 <a@example.net> User unknown\n452 4.2.2 <b@example.org> Mailbox full\n",
        "452 4.2.2 <b@example.org> Mailbox full\n550 5.1.1 <a@example.net> User unknown\n",
    ] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 2, "{text}: {:#?}", report.recipients);
        for (recipient, reply, status, reason) in [
            ("a@example.net", "550", "5.1.1", "userunknown"),
            ("b@example.org", "452", "4.2.2", "mailboxfull"),
        ] {
            let found =
                report.recipients.iter().find(|r| r.recipient.as_deref() == Some(recipient));
            let found =
                found.unwrap_or_else(|| panic!("{recipient} missing: {:#?}", report.recipients));
            assert_eq!(found.reply.as_deref(), Some(reply), "{recipient}");
            assert_eq!(found.status.as_deref(), Some(status), "{recipient}");
            let found_reason = serde_json::to_value(found.reason).expect("a reason serialises");
            assert_eq!(found_reason, serde_json::json!(reason), "{recipient}");
        }
    }
}

/// Reply lines that name no recipient, pasted from a log or a client's
/// error list, give one failure per reply, each with its own codes and
/// the reason its own text names.
#[test]
fn unnamed_reply_lines_keep_own_reasons() {
    for text in [
        "550 5.1.1 User unknown\n452 4.2.2 Mailbox full\n",
        "Dec  4 10:00:01 gw: 550 5.1.1 User unknown\nDec  4 10:00:02 gw: 452 4.2.2 Mailbox full\n",
        "Error: 550 5.1.1 User unknown\nError: 452 4.2.2 Mailbox full\n",
        "550 5.1.1 User unknown\n\n452 4.2.2 Mailbox full\n",
    ] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 2, "{text}: {:#?}", report.recipients);
        for (index, (status, reason)) in
            [("5.1.1", "userunknown"), ("4.2.2", "mailboxfull")].into_iter().enumerate()
        {
            let found = &report.recipients[index];
            assert_eq!(found.status.as_deref(), Some(status), "{text}");
            let found_reason = serde_json::to_value(found.reason).expect("a reason serialises");
            assert_eq!(found_reason, serde_json::json!(reason), "{text}");
        }
    }
}

/// A multi-line reply keeps one code pair on every line, and a session's
/// success lines are no failures: both stay one failure.
#[test]
fn multiline_reply_stays_one_failure() {
    for text in [
        "550-5.7.1 Our system has detected an unusual rate of\n550-5.7.1 unsolicited mail originating from your IP address.\n\
         550 5.7.1 Please visit the help page.\n",
        "250 2.1.0 Sender OK\n550 5.7.1 Message will not be accepted: content rejected\n",
        "550-5.7.1 first part\n\n550 5.7.1 second part\n",
    ] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.recipients);
    }
}

/// A rule sentence that gives several replies gets all of them in the note.
#[test]
fn rule_listing_replies_names_each() {
    let text = "Our policy: unknown recipients are rejected with 550 5.1.1 and senders on a blocklist get 554 5.7.1.\n";
    let report = explain(text);
    assert!(report.recipients.is_empty(), "{text}: {:#?}", report.recipients);
    assert!(mentions(&report, "550 5.1.1"), "{text}: {:#?}", report.notes);
    assert!(mentions(&report, "554 5.7.1"), "{text}: {:#?}", report.notes);
}

/// A long paste of different reply lines makes a bounded number of cards.
#[test]
fn many_unnamed_replies_are_bounded() {
    let text: String =
        (0..2000).map(|i| format!("550 5.{}.{} User unknown\n", i % 8, i % 999)).collect();
    let report = explain(&text);
    assert!(report.recipients.len() > 1, "{}", report.recipients.len());
    assert!(report.recipients.len() <= 32, "{}", report.recipients.len());
}
