//! Prose that states a rule or an outcome to come with a reply code in it
//! ("our server will reject mail with 550 5.7.1 if SPF fails") describes
//! a reply: it reports no failure, and gets the note that names the codes
//! it mentions. A reply that came back still reads when its own text
//! contains "will" ("Message will not be accepted"), and so does a reply
//! that follows such prose.

/// True when the note names `codes`, alone (`the reply 550 5.7.1`) or
/// among others (`the replies 550 5.7.1 and 550 5.1.1`).
fn mentions(report: &bounce_explainer::Report, codes: &str) -> bool {
    report
        .notes
        .iter()
        .any(|n| n.message.contains("mentions the repl") && n.message.contains(codes))
}

/// Pasted notes, memos and runbook paragraphs with codes in their rules.
const RULES: &[(&str, Option<&str>)] = &[
    (
        "Hi team,\n\nQuick reminder: our new server at 192.0.2.8 will reject mail with 550 5.7.1 if SPF fails.\n\
         Also user unknown errors (550 5.1.1) will be logged.\n\nThanks, Pat\n",
        Some("550 5.7.1"),
    ),
    (
        "Quick reminder: from Monday the relay at 198.51.100.4 will reject mail with 550 5.7.1 if SPF fails.\n",
        Some("550 5.7.1"),
    ),
    ("FYI: mail to retired mailboxes would bounce with 550 5.1.1 user unknown after the move.\n", Some("550 5.1.1")),
    // The reply's own text names no cause, but the rule gives both codes.
    ("If SPF fails we return 550 5.7.1 to the sending server.\n", Some("550 5.7.1")),
    (
        "Receiving servers may answer 550 5.7.1 when the sender domain fails DMARC, so check your records.\n",
        Some("550 5.7.1"),
    ),
    (
        "Note: after the migration, messages to unknown recipients will be rejected with\n\
         550 5.1.1 user unknown, and the sender gets a bounce.\n",
        Some("550 5.1.1"),
    ),
    (
        "Starting next week the gateway will reply \"554 5.7.1 Relay access denied\" to any host \
         outside 198.51.100.0/24.\n",
        Some("554 5.7.1"),
    ),
    (
        "Runbook for the mail relay\n\nWhen a mailbox is over quota, the relay answers 452 4.2.2 and the \
         sender retries.\nUnknown users get 550 5.1.1 (user unknown) and are not retried.\n",
        Some("452 4.2.2"),
    ),
    (
        "Mailbox quotas: a full mailbox (452 4.2.2 mailbox full) will be retried for five days.\n",
        Some("452 4.2.2"),
    ),
    (
        "Our policy: unknown recipients are rejected with 550 5.1.1 and senders on a blocklist get 554 5.7.1.\n",
        None,
    ),
    (
        "Per the runbook, a 550 5.1.1 means the recipient does not exist; a 452 4.2.2 means the mailbox is full.\n",
        Some("550 5.1.1"),
    ),
];

#[test]
fn pasted_rule_with_code_is_no_failure() {
    for (text, codes) in RULES {
        let report = bounce_explainer::explain(text);
        assert!(report.recipients.is_empty(), "{text}: {:#?}", report.recipients);
        assert_eq!(report.summary, "No delivery failure was found in this text.", "{text}");
        if let Some(codes) = codes {
            assert!(mentions(&report, codes), "{text}: {:#?}", report.notes);
        }
    }
}

#[test]
fn emailed_rule_with_code_is_no_failure() {
    for (body, codes) in RULES {
        let text = format!(
            "From: Pat <pat@example.com>\nTo: team@example.com\nSubject: new mail server\n\
             Date: Fri, 4 Dec 2026 10:00:00 +0000\n\n{body}"
        );
        let report = bounce_explainer::explain(&text);
        assert!(report.recipients.is_empty(), "{body}: {:#?}", report.recipients);
        if let Some(codes) = codes {
            assert!(mentions(&report, codes), "{body}: {:#?}", report.notes);
        }
    }
}

/// Replies whose own text or surrounding notice contains "will", "may"
/// or "if", as receivers and Gmail's and Microsoft's notices write them.
#[test]
fn replies_with_future_words_still_read() {
    for (text, recipient, reply) in [
        ("550 5.7.1 Message from 192.0.2.8 will not be accepted\n", None, "550"),
        ("250 2.1.0 Sender OK\n550 5.7.1 Message will not be accepted: content rejected\n", None, "550"),
        (
            "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown. Your message will be deleted.\n",
            Some("bob@example.net"),
            "550",
        ),
        (
            "Address not found\n\nYour message wasn't delivered to bob@example.net because the address \
             couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n\
             550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking \
             the recipient's email address for typos or unnecessary spaces. If you are sure the address is \
             right, ask the recipient.\n",
            Some("bob@example.net"),
            "550",
        ),
        (
            "Delivery incomplete\n\nThere was a temporary problem delivering your message to bob@example.net. \
             Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.\n\n\
             The response was:\n\n452 4.2.2 The email account that you tried to reach is over quota.\n",
            Some("bob@example.net"),
            "452",
        ),
        (
            "Your message to bob@example.net couldn't be delivered.\n\nbob wasn't found at example.net.\n\n\
             How to Fix It\nThe address may be misspelled or may not exist. If you retype the address, \
             try again.\n\nDiagnostic information for administrators:\n\n\
             Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com\n\nbob@example.net\n\
             Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by \
             SMTP address lookup'\n",
            Some("bob@example.net"),
            "550",
        ),
        ("Delivery to bob@example.net will not be retried: 550 5.1.1 user unknown\n", Some("bob@example.net"), "550"),
        (
            "The message could not be delivered, and if you resend it unchanged it will fail again:\n\
             550 5.7.1 Service unavailable; client host [192.0.2.8] blocked using zen.spamhaus.org\n",
            None,
            "550",
        ),
        (
            "Remote server replied: 554 5.7.1 <bob@example.net>: Relay access denied. Mail will not be relayed\n",
            Some("bob@example.net"),
            "554",
        ),
    ] {
        let report = bounce_explainer::explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.recipients);
        let failure = &report.recipients[0];
        assert_eq!(failure.recipient.as_deref(), recipient, "{text}");
        assert_eq!(failure.reply.as_deref(), Some(reply), "{text}");
        assert!(!mentions(&report, "5"), "{text}: {:#?}", report.notes);
    }
}
