//! A reply quoted in a sentence with only its three-digit code (`got "552
//! Mailbox full"`, `bounce with 550 Rejected: ...`) is read as the same
//! reply with an enhanced status code would be. In a sentence that states
//! a rule, recounts the past or asks about a reply it gets the mention
//! note, and otherwise a card. Its words must read as a reply's, so a
//! number in prose stays a number.

use crate::mentions;

use bounce_explainer::Report;
use mentions::mention_note;

fn explain(text: &str) -> Report {
    bounce_explainer::explain(&format!("{text}\n"))
}

#[test]
fn quoted_reply_in_rule_gets_note() {
    let report = explain("The customer says they got \"552 Mailbox full\" when writing to us.");
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note =
        mention_note(&report).unwrap_or_else(|| panic!("no mention note: {:#?}", report.notes));
    assert!(note.contains("mentions the reply 552 within"), "{note}");
    assert!(
        note.contains("As worded, the reply 552 means: The recipient's mailbox is full"),
        "{note}"
    );
}

#[test]
fn asked_reply_gets_note() {
    let report = explain("Why do I get \"550 Access denied\"?");
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
    let note =
        mention_note(&report).unwrap_or_else(|| panic!("no mention note: {:#?}", report.notes));
    assert!(note.contains("mentions the reply 550 within"), "{note}");
    assert!(note.contains("In general, 550 means"), "{note}");
}

#[test]
fn own_blocklisted_bounce_gets_card() {
    // The writer asks about their own bounce and quotes the whole reply:
    // the card gives the IP to quote and the blocklist.
    let report = explain(
        "Why does our mail bounce with 550 Rejected: 203.0.113.45 listed at bl.spamcop.net?",
    );
    assert_eq!(report.recipients.len(), 1, "{:#?}", report.notes);
    let card = &report.recipients[0];
    assert_eq!(card.reply.as_deref(), Some("550"));
    assert_eq!(card.blocklists, ["spamcop"]);
    assert_eq!(card.sender_ip.as_deref(), Some("203.0.113.45"));
    assert!(mention_note(&report).is_none(), "{:#?}", report.notes);
}

#[test]
fn same_outcome_as_enhanced_code() {
    // Each sentence is read with and without the enhanced status code:
    // both give a card, or both a mention note.
    let cases = [
        (
            "Why does our mail bounce with 550{} Rejected: 203.0.113.45 listed at bl.spamcop.net?",
            " 5.7.1",
        ),
        ("The customer says they got \"552{} Mailbox full\" when writing to us.", " 5.2.2"),
        ("The customer says they got \"552{} Mailbox full\".", " 5.2.2"),
        ("Our mail bounced with \"550{} Access denied\" today.", " 5.7.1"),
        ("Why do I get \"550{} Access denied\"?", " 5.7.1"),
        ("Last week my mail came back with \"550{} User unknown\" but it works now.", " 5.1.1"),
    ];
    for (template, status) in cases {
        let bare = explain(&template.replace("{}", ""));
        let enhanced = explain(&template.replace("{}", status));
        assert_eq!(bare.recipients.len(), enhanced.recipients.len(), "cards: {template}");
        assert_eq!(
            mention_note(&bare).is_some(),
            mention_note(&enhanced).is_some(),
            "note: {template}"
        );
        assert_eq!(bare.input_kind, enhanced.input_kind, "kind: {template}");
    }
}

#[test]
fn numbers_in_prose_stay_numbers() {
    let prose = [
        "We sent 550 newsletters last month.",
        "The meeting is in room 421 tomorrow.",
        "Your order 552 shipped on Monday.",
        "The list has about 450 users.",
        // A lead-in word (`with`) and mail words later in the sentence do
        // not make a count a reply.
        "The project ended with 550 users on the new mail relay.",
        "We finished the migration with 450 mailboxes moved.",
        "Can you answer \"550 people\" in the survey?",
        // A count goes on in lowercase too, even before a failure's words.
        "This week 450 new messages were rejected by the spam filter.",
        "Our team moved 550 of the mailboxes that were over quota.",
        "The filter stopped 554 messages that looked like spam.",
    ];
    for text in prose {
        let report = explain(text);
        assert!(report.recipients.is_empty(), "{text}: {:#?}", report.recipients);
        assert!(mention_note(&report).is_none(), "{text}: {:#?}", report.notes);
    }
}

#[test]
fn lowercase_reply_reads_as_capitalised() {
    // Replies that open in lowercase, as qmail's and many custom ones do,
    // copied unquoted into a sentence. Each is read as its capitalised
    // form is: the same cards with the same cause, or the same note.
    let cases = [
        "Why does our mail bounce with 550 sorry, no mailbox here by that name?",
        "Why does our mail bounce with 553 sorry, that domain isn't in my list of allowed rcpthosts?",
        "Mail to bob@example.org bounces with 550 user unknown.",
        "Mail to bob@example.org comes back with 550 no such user here.",
        "Our mail bounced with 550 user unknown last week, but it works now.",
    ];
    for text in cases {
        let at = text.find(" 55").expect("case has a reply code") + 5;
        let capitalised =
            format!("{}{}{}", &text[..at], text[at..=at].to_uppercase(), &text[at + 1..]);
        let lower = explain(text);
        let upper = explain(&capitalised);
        let reasons =
            |report: &Report| report.recipients.iter().map(|r| r.reason).collect::<Vec<_>>();
        assert_eq!(reasons(&lower), reasons(&upper), "cards: {text}");
        assert_eq!(mention_note(&lower).is_some(), mention_note(&upper).is_some(), "note: {text}");
        let read = !lower.recipients.is_empty() || mention_note(&lower).is_some();
        assert!(read, "neither card nor note: {text}: {:#?}", lower.notes);
    }
}
