//! Pasted prose (a colleague's message copied without its headers) may
//! recount a reply inside one of its sentences. That code is the writer's
//! account, so it gets no failure card and the same note as the email
//! form. Replies set off from prose, as bounces write them, still read.

fn mentions(report: &bounce_explainer::Report, codes: &str) -> bool {
    report.notes.iter().any(|n| n.message.contains(&format!("mentions the reply {codes}")))
}

#[test]
fn reply_recounted_in_pasted_sentence_is_a_mention() {
    for (text, codes) in [
        (
            "Hi Tom,\n\nLast year after the move, mail to carol@example.org came back with\n\
             550 5.1.1 user unknown for a week, because the alias table was empty.\n\
             Could that happen again on Friday? Nothing has bounced yet.\n\nAnn\n",
            "550 5.1.1",
        ),
        (
            "Hi Tom,\n\nwhen we moved servers, customers saw \"550 5.1.1 user unknown\" for a week\n\
             because the alias table was empty. Could that happen again?\n",
            "550 5.1.1",
        ),
        (
            "Back in May dan@example.net got 452 4.2.2 mailbox full replies for two days,\n\
             which were undelivered until he cleaned up. It is fine now.\n",
            "452 4.2.2",
        ),
    ] {
        let report = bounce_explainer::explain(text);
        assert!(report.recipients.is_empty(), "{text}: {:#?}", report.recipients);
        assert!(mentions(&report, codes), "{text}: {:#?}", report.notes);
    }
}

/// Replies that open their own line after a line that ends the sentence,
/// follow "said:" or another field's colon, or sit in a log line are the
/// receiver's words.
#[test]
fn set_off_pasted_replies_still_read() {
    for (text, recipient) in [
        ("550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n", "bob@example.net"),
        (
            "Delivery failed for bob@example.net. The server said:\n\
             550 5.1.1 user unknown\n",
            "bob@example.net",
        ),
        ("Delivery failed: 5.1.1 <carol@example.org>", "carol@example.org"),
        (
            "Your message wasn't delivered to bob@example.net because the address couldn't be found.\n\n\
             The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.\n",
            "bob@example.net",
        ),
        (
            "Delivery failed for bob@example.net: remote host said: 550 5.1.1 user unknown\n",
            "bob@example.net",
        ),
        (
            "Dec  4 10:00:00 mx postfix/smtp[123]: 4AB12: to=<bob@example.net>, dsn=5.1.1, \
             status=bounced (host mx.example.net[198.51.100.5] said: 550 5.1.1 user unknown)\n",
            "bob@example.net",
        ),
    ] {
        let report = bounce_explainer::explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.recipients);
        assert_eq!(report.recipients[0].recipient.as_deref(), Some(recipient), "{text}");
        assert!(!mentions(&report, "5"), "{text}: {:#?}", report.notes);
    }
}
