//! Text that only mentions a reply (a user's account, a rule, a list of a
//! server's replies) gets no failure card, but its note still explains what
//! the mentioned reply means: from its own words or provider code when the
//! classifier explains them, otherwise from the code tables.

fn mention_note(report: &bounce_explainer::Report) -> String {
    report
        .notes
        .iter()
        .find(|n| n.message.contains("within its sentences"))
        .map(|n| n.message.clone())
        .unwrap_or_else(|| panic!("no mention note: {:#?}", report.notes))
}

fn email(subject: &str, body: &str) -> String {
    format!(
        "From: Bob <bob@example.net>\nTo: Alice <alice@example.com>\nSubject: {subject}\n\
         Date: Tue, 1 Dec 2026 10:00:00 +0000\n\n{body}\n"
    )
}

#[test]
fn user_account_note_says_what_status_means() {
    let text = email(
        "Re: mail to Carol",
        "The error I got was \"550 5.1.1 User unknown\" when I wrote to carol@example.org \
         last week, and nothing since.",
    );
    let report = bounce_explainer::explain(&text);
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note = mention_note(&report);
    assert!(
        note.contains("In general, 5.1.1 means the recipient's address does not exist"),
        "{note}"
    );
    // The meaning comes before the advice to paste the bounce.
    assert!(note.ends_with("paste the bounce itself."), "{note}");
}

#[test]
fn runbook_note_explains_each_code() {
    let text = "Per the runbook, a 550 5.1.1 means the recipient does not exist; a 452 4.2.2 \
                means the mailbox is full.\n";
    let report = bounce_explainer::explain(text);
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note = mention_note(&report);
    assert_eq!(note.matches("In general, 5.1.1 means").count(), 1, "{note}");
    assert_eq!(
        note.matches("In general, 4.2.2 means the recipient's mailbox is full.").count(),
        1,
        "{note}"
    );
}

#[test]
fn reply_list_meanings_capped() {
    let text = "Our server answers as follows:\n\n\
                | Unknown user | 550 5.1.1 | user unknown |\n\
                | Full mailbox | 452 4.2.2 | mailbox full |\n\
                | Blocked sender | 554 5.7.1 | blocked |\n\
                | Bad domain | 550 5.1.2 | no such domain |\n\
                | Slow server | 421 4.4.2 | timeout |\n";
    let report = bounce_explainer::explain(text);
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note = mention_note(&report);
    // Every code is named, but only the first few are spelled out.
    assert!(note.contains("421 4.4.2"), "{note}");
    assert_eq!(note.matches("In general, ").count(), 3, "{note}");
    assert!(note.contains("In general, 5.7.1 means the receiving server refused the message for a security or policy reason."), "{note}");
    // Only the table's first sentence is used: the words after a
    // mentioned code are no receiver's text.
    assert!(!note.contains("receiver's text"), "{note}");
}

#[test]
fn mention_note_carries_no_ip_or_removal() {
    let text = "Quick reminder: from Monday the relay at 198.51.100.4 will reject mail with \
                550 5.7.1 if SPF fails.\n";
    let report = bounce_explainer::explain(text);
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note = mention_note(&report);
    assert!(note.contains("In general, 5.7.1 means"), "{note}");
    assert!(!note.contains("198.51.100.4"), "{note}");
    for word in ["removal", "delist", "blocklist"] {
        assert!(!note.to_lowercase().contains(word), "{word}: {note}");
    }
}

#[test]
fn unknown_status_explained_by_reply() {
    // 5.4.8 is outside the registry, so the reply code 550 is explained.
    let text = email(
        "Re: mail to Carol",
        "Last week my mail to carol@example.org came back with \"550 5.4.8 user unknown\" \
         but it works now.",
    );
    let report = bounce_explainer::explain(&text);
    let note = mention_note(&report);
    assert!(!note.contains("In general, 5.4.8"), "{note}");
    // The reply's words name the cause, so they explain it.
    assert!(
        note.contains(
            "As worded, the reply 550 5.4.8 means: The recipient's address does not exist"
        ),
        "{note}"
    );
}

#[test]
fn quoted_ban_explained_by_its_own_code() {
    // A question that quotes a whole reply: the generic meaning of 550
    // ("refused the message for this recipient") would point at the
    // recipient, but the reply itself reports a banned sending IP.
    let text = "Why do I get \"550 5.7.606 Access denied, banned sending IP [203.0.113.45]\"?\n";
    let report = bounce_explainer::explain(text);
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note = mention_note(&report);
    assert!(note.contains("banned senders"), "{note}");
    assert!(!note.contains("for this recipient"), "{note}");
    assert!(!note.contains("203.0.113.45"), "{note}");
}

#[test]
fn quoted_replies_explained_by_their_words() {
    // Each quoted or recounted reply, and words its note must contain. The
    // codes alone would give the generic meaning of 5.7.1 or 4.7.0.
    let cases = [
        (
            "Why do I get \"554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using bl.spamcop.net\"?",
            "SpamCop",
        ),
        (
            "Why do we get 421 4.7.0 [TSS04] Messages from 203.0.113.45 temporarily deferred due to user complaints?",
            "Yahoo",
        ),
    ];
    for (text, words) in cases {
        let report = bounce_explainer::explain(&format!("{text}\n"));
        assert!(report.recipients.is_empty(), "{text}: {:#?}", report.recipients);
        let note = mention_note(&report);
        assert!(note.contains("As worded, the reply"), "{note}");
        assert!(note.contains(words), "{words}: {note}");
        assert!(!note.contains("203.0.113.45"), "{note}");
    }
}

#[test]
fn recounted_block_explained_by_its_words() {
    let text = email(
        "Re: mail to Carol",
        "The error I got was \"550 5.7.1 Service unavailable; Client host [203.0.113.45] blocked \
         using zen.spamhaus.org\" when I wrote to carol@example.org last week, and nothing since.",
    );
    let report = bounce_explainer::explain(&text);
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note = mention_note(&report);
    assert!(note.contains("As worded, the reply 550 5.7.1 means: "), "{note}");
    assert!(note.contains("Spamhaus"), "{note}");
    assert!(!note.contains("203.0.113.45"), "{note}");
}

/// The meaning comes from the sentence that contains the code, never from
/// the sentence after it.
#[test]
fn next_sentence_gives_no_meaning() {
    let text = "Hi, our newsletter bounced last week with 550 5.1.1 for one address.\n\
                The other one was refused because zen.spamhaus.org lists our IP.\nCan you help?\n";
    let report = bounce_explainer::explain(text);
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note = mention_note(&report);
    assert!(!note.contains("Spamhaus"), "{note}");
    assert!(note.contains("5.1.1 means the recipient's address does not exist"), "{note}");
}

/// The meaning comes from the quoted field that contains the code, never
/// from the next row of a table. This table is cut short (its last quote
/// is never closed), so it is not read as CSV.
#[test]
fn next_row_gives_no_meaning() {
    let text = "ClientID,EmailAddress,SMTPCode,BounceReason\n\
                1234,bob@example.org,550,\"550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\"\n\
                1234,carol@example.net,554,\"554 5.7.1 Service unavailable; Client host [192.0.2.44] blocked using zen.spamhaus.org\n";
    let report = bounce_explainer::explain(text);
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note = mention_note(&report);
    assert!(!note.contains("Spamhaus"), "{note}");
    assert!(note.contains("address does not exist"), "{note}");
}
