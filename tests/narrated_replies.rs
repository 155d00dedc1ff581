//! Pasted prose that recounts what a server returned at some time in the past
//! ("returned 550 5.1.1 for a few test addresses last week") recounts a
//! reply. It gets no failure card, only the note that names the reply. An
//! address that the text names for replies ("Please don't reply to
//! karl@example.com") is never a failed recipient. Bounces that quote what
//! the receiver "returned" still read. Documentation addresses only.

fn mentions(report: &bounce_explainer::Report, codes: &str) -> bool {
    report.notes.iter().any(|n| n.message.contains(&format!("mentions the reply {codes}")))
}

fn recipients(report: &bounce_explainer::Report) -> Vec<Option<String>> {
    report.recipients.iter().map(|r| r.recipient.clone()).collect()
}

#[test]
fn past_narrative_reply_is_mention() {
    for (text, codes) in [
        (
            "Hi all,\n\nShort status on the move. The old relay at 198.51.100.7 returned\n\
             550 5.1.1 for two of our test mailboxes yesterday, and Yahoo said 421 4.7.0 once.\n\
             We try again on Monday. Please don't reply to nina@example.org.\n\nCheers,\nOla\n",
            "550 5.1.1",
        ),
        (
            "Update: two weeks ago mx.example.net returned 552 5.2.2 mailbox full for the\n\
             shared inbox, and it has been cleared since.\n",
            "552 5.2.2",
        ),
        (
            "For the record, the Microsoft 365 tenant replied 550 5.7.1 to our test\n\
             messages last month, before the connector was fixed.\n",
            "550 5.7.1",
        ),
    ] {
        let report = bounce_explainer::explain(text);
        assert!(report.recipients.is_empty(), "{text}: {:#?}", recipients(&report));
        assert!(mentions(&report, codes), "{text}: {:#?}", report.notes);
    }
}

/// An address after "reply to" is where replies go, not a recipient that
/// failed, even when the text does carry a reply.
#[test]
fn reply_to_address_not_recipient() {
    for (text, expected) in [
        (
            "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n\n\
             Please reply to dave@example.com with any questions.\n",
            Some("bob@example.net"),
        ),
        ("550 5.1.1 User unknown\n\nDo not reply to help@example.org, this mailbox is not read.\n", None),
    ] {
        let report = bounce_explainer::explain(text);
        let got = recipients(&report);
        assert_eq!(got.len(), 1, "{text}: {got:#?}");
        assert_eq!(got[0].as_deref(), expected, "{text}");
    }
}

/// Microsoft's and Gmail's wordings around "returned" set the reply off by
/// a quote or a colon: it is the receiver's, even with a time word in it.
#[test]
fn returned_in_real_bounces_reads() {
    for (text, recipient, codes) in [
        (
            "Delivery has failed to these recipients or groups:\n\nbob@example.net\n\
             Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n",
            "bob@example.net",
            ("550", "5.1.1"),
        ),
        (
            "bob@example.net\nRemote Server returned '550 5.7.1 Sender blocked since yesterday'\n",
            "bob@example.net",
            ("550", "5.7.1"),
        ),
        (
            "Your message wasn't delivered to carol@example.org because the address couldn't be found.\n\n\
             The error that the other server returned was:\n\
             550 5.1.1 The email account that you tried to reach does not exist.\n",
            "carol@example.org",
            ("550", "5.1.1"),
        ),
    ] {
        let report = bounce_explainer::explain(text);
        assert_eq!(recipients(&report), vec![Some(recipient.to_string())], "{text}");
        let card = &report.recipients[0];
        assert!(card.diagnostic.starts_with(&format!("{} {}", codes.0, codes.1)), "{text}: {}", card.diagnostic);
        assert!(!mentions(&report, codes.0), "{text}: {:#?}", report.notes);
    }
}
