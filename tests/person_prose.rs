//! A message from one person to another that talks about a failed
//! delivery (of a parcel, a payment) and cites a clause number is not a
//! bounce: the words alone are not a bounce's mark, and a dotted number
//! with no reply code beside it is not an enhanced status code.

fn email(subject: &str, body: &str) -> String {
    format!(
        "From: Bob <bob@example.net>\nTo: Alice <alice@example.com>\nSubject: {subject}\n\
         Date: Tue, 1 Dec 2026 10:00:00 +0000\n\n{body}\n"
    )
}

#[test]
fn parcel_delivery_with_clause_is_not_a_bounce() {
    for (subject, body) in [
        ("Re: parcel", "The quote covers 5.1.1 of the contract. The delivery failed yesterday."),
        ("Re: parcel", "The delivery failed yesterday because nobody was there."),
        ("order 1234", "Per section 4.4.7 the courier must try twice; delivery failed on Monday."),
        (
            "Re: invoice",
            "Carol (carol@example.org) says the delivery failed again. See clause 5.7.1, please.",
        ),
        ("Re: shipment", "Returned mail from the courier today; point 5.2.2 applies."),
    ] {
        let text = email(subject, body);
        let report = bounce_explainer::explain(&text);
        assert!(report.recipients.is_empty(), "{body}: {:#?}", report.recipients);
        assert!(!report.summary.contains("marks of a bounce"), "{body}: {}", report.summary);
    }
}

/// The same words still count where the message is a bounce by its
/// sender or subject, and a reply code in a person's message still reads.
#[test]
fn bounce_words_still_count_with_other_marks() {
    let system = "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\n\
        To: alice@example.com\nSubject: failure notice\n\n\
        Delivery failed for carol@example.org: 5.1.1 user unknown.\n";
    let report = bounce_explainer::explain(system);
    assert_eq!(report.recipients.len(), 1, "{:#?}", report.recipients);
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("carol@example.org"));

    let forwarded = email(
        "Fwd: my mail to Carol",
        "The delivery failed, the server said:\n\n\
         550 5.1.1 <carol@example.org>: Recipient address rejected: User unknown\n",
    );
    let report = bounce_explainer::explain(&forwarded);
    assert_eq!(report.recipients.len(), 1, "{:#?}", report.recipients);
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("carol@example.org"));

    // Pasted text without headers is taken as a bounce's text, as before.
    let pasted = "Delivery failed: 5.1.1 <carol@example.org>";
    assert_eq!(bounce_explainer::explain(pasted).recipients.len(), 1);
}

/// A person who recounts a reply inside a sentence, often to say the
/// problem is gone, sends no report of a failure: the quoted code is a
/// mention, so the email gets no failure card.
#[test]
fn reply_quoted_in_sentence_is_a_mention() {
    for (subject, body) in [
        (
            "Re: mail to Bob",
            "Thanks, it works now. Yesterday my mail to carol@example.org came back with\n\
             \"550 5.1.1 user unknown\" but after you fixed the alias it went through.",
        ),
        (
            "all good",
            "The server said 554 5.7.1 Relay access denied for dan@example.net last week;\n\
             since the new relay it is fine.",
        ),
        (
            "Re: bounce",
            "Erin <erin@example.net> got a '452 4.2.2 mailbox full' in May, sorted now.",
        ),
    ] {
        let report = bounce_explainer::explain(&email(subject, body));
        assert!(report.recipients.is_empty(), "{body}: {:#?}", report.recipients);
    }
}

/// Pasted prose whose only bounce mark is a word ("delivery failed",
/// "returned mail") in a sentence that does not speak of the address, or
/// a reply code used as a number inside a sentence, reports no failure.
#[test]
fn pasted_prose_without_failure_statement() {
    for text in [
        "Your order 550 has shipped to alice@example.com. Tracking: 1Z999AA10123456784.\n\
         Delivery failed attempts: 0. Thanks for shopping with Example Store!\n",
        "Returned mail statistics for this week: 0 messages.\nQuestions? Write to dan@example.net today.\n",
        "Hi team,\n\nthe old relay used to return 550 errors for\nmailboxes that did not exist, but now \
         everything is fine. The user\nfrank@example.com says his mail arrives.\n",
    ] {
        let report = bounce_explainer::explain(text);
        assert!(report.recipients.is_empty(), "{text}: {:#?}", report.recipients);
    }
}

/// Pasted notices that state the failure for the address, with or without
/// a code, still report it.
#[test]
fn pasted_failure_statements_still_read() {
    for (text, recipient) in [
        ("Your message could not be delivered to bob@example.net.\n", "bob@example.net"),
        ("Delivery failed for carol@example.org. Thanks.\n", "carol@example.org"),
        (
            "Undeliverable: Budget\n\nbob@example.net\nThe email address couldn't be found.\n",
            "bob@example.net",
        ),
        (
            "Hi,\n\n550 5.1.1 <dan@example.net>: Recipient address rejected: User unknown\n",
            "dan@example.net",
        ),
    ] {
        let report = bounce_explainer::explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.recipients);
        assert_eq!(report.recipients[0].recipient.as_deref(), Some(recipient), "{text}");
    }
}

/// The email that recounts a reply carries a note naming its codes, which
/// explains why no card is shown; a clause number gets no such note.
#[test]
fn mentioned_reply_gets_a_note() {
    let told = email(
        "Re: mail to Bob",
        "Thanks, it works now. My mail to carol@example.org came back with\n\
         \"550 5.1.1 user unknown\" but after you fixed the alias it went through.",
    );
    let report = bounce_explainer::explain(&told);
    assert!(
        report.notes.iter().any(|n| n.message.contains("mentions the reply 550 5.1.1")),
        "{:#?}",
        report.notes
    );

    let clause =
        email("Re: parcel", "The quote covers 5.1.1 of the contract; our server rejected nothing.");
    let report = bounce_explainer::explain(&clause);
    assert!(
        !report.notes.iter().any(|n| n.message.contains("mentions the reply")),
        "{:#?}",
        report.notes
    );
}
