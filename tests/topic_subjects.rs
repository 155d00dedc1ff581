//! An email from a sender that is no mail system (no DSN, no
//! MAILER-DAEMON or postmaster) whose subject names a delivery failure as
//! its topic is a newsletter or a tip, not a bounce. A reply it quotes in
//! a sentence is a mention, as it is in the same text pasted without
//! headers. Documentation addresses only.

#[test]
fn tip_with_bounce_subject_mentions_reply() {
    for (subject, body) in [
        (
            "Delivery failed? Here is how to fix it",
            "Top tip: if you see \"550 5.7.1 Client host [192.0.2.10] blocked using zen.spamhaus.org\", check Spamhaus.",
        ),
        (
            "Undelivered mail: what the codes mean",
            "When a server answers \"550 5.1.1 user unknown\" the address is wrong, so check the spelling.",
        ),
    ] {
        for text in [format!("From: news@example.com\nSubject: {subject}\n\n{body}\n"), format!("{body}\n")] {
            let report = bounce_explainer::explain(&text);
            assert!(report.recipients.is_empty(), "{text}: {:#?}", report.recipients.len());
            assert!(report.notes.iter().any(|n| n.message.contains("mentions the reply")), "{text}: {:#?}", report.notes);
        }
    }
}
