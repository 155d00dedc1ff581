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
