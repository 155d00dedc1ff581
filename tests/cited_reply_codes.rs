//! A sentence of the writer's that cites a reply by its codes, perhaps
//! with the provider's tag (`our mails bounce with 550 5.7.1 S3150 and
//! mention 203.0.113.45`), and then goes on in the writer's own words,
//! recounts a reply rather than copying one. It gets the mention note and
//! no card, whatever the verb before the codes. A reply whose own text
//! follows its codes stays a failure with the IP to quote, whether it is
//! pasted alone or copied whole into a question.

fn mention_note(report: &bounce_explainer::Report) -> Option<&str> {
    report
        .notes
        .iter()
        .map(|n| n.message.as_str())
        .find(|m| m.contains("within its sentences"))
}

/// Sentences and questions that cite a reply's codes and tag, with the
/// codes their note must name.
const CITED: &[(&str, &str)] = &[
    (
        "Our customers on Outlook say our mails bounce with 550 5.7.1 S3150 and mention \
         203.0.113.45. Is that our IP? How do we get it delisted?",
        "550 5.7.1",
    ),
    ("Mails to Outlook fail with 550 5.7.1 (S3140) since Monday. Is 203.0.113.45 blocked?", "550 5.7.1"),
    ("How do I fix 550 5.7.1 S3150?", "550 5.7.1"),
    ("Our newsletters to Yahoo bounce with 421 4.7.0 [TSS04] since Monday.", "421 4.7.0"),
    ("Mail to AOL users comes back with 421 4.7.0 [TS01] every morning.", "421 4.7.0"),
    ("Our mails to aol.com come back with 554 5.7.1 RLY:B1 every morning.", "554 5.7.1"),
    ("Our messages bounce back with 554 5.7.1 BL000000. Is 203.0.113.45 listed?", "554 5.7.1"),
    ("Comcast subscribers tell us our mail fails with 421 4.1.0 RL000001 at peak times.", "421 4.1.0"),
    ("Why do our mails to Gmail bounce with 550 5.7.26 - gsmtp?", "550 5.7.26"),
    ("Our mails to verizon.net come back with 421 4.7.0 [IPTS04] and mention 198.51.100.23.", "421 4.7.0"),
];

#[test]
fn cited_codes_get_note_only() {
    for (text, codes) in CITED {
        let report = bounce_explainer::explain(&format!("{text}\n"));
        let cards: Vec<_> = report.recipients.iter().map(|r| (&r.reply, &r.status, &r.reason)).collect();
        assert!(cards.is_empty(), "{text}: {cards:#?}");
        let note = mention_note(&report).unwrap_or_else(|| panic!("{text}: no mention note: {:#?}", report.notes));
        assert!(note.contains(&format!("mentions the reply {codes} within")), "{text}: {note}");
        for ip in ["203.0.113.45", "198.51.100.23"] {
            assert!(!note.contains(ip), "{text}: {note}");
        }
    }
}

/// Replies with a provider's tag, pasted alone or copied whole into a
/// question, with the IP their card must quote.
const REPLIES: &[(&str, &str)] = &[
    (
        "550 5.7.1 Unfortunately, messages from [203.0.113.45] weren't sent. Please contact your \
         Internet service provider since part of their network is on our block list (S3150). You \
         can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
        "203.0.113.45",
    ),
    (
        "421 4.7.0 [TSS04] Messages from 203.0.113.45 temporarily deferred due to unexpected volume \
         or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
        "203.0.113.45",
    ),
    (
        "Why does our mail bounce with 550 5.7.1 Unfortunately, messages from [198.51.100.23] \
         weren't sent. Please contact your Internet service provider since part of their network \
         is on our block list (S3150)?",
        "198.51.100.23",
    ),
];

#[test]
fn tagged_replies_keep_card() {
    for (text, ip) in REPLIES {
        let report = bounce_explainer::explain(&format!("{text}\n"));
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
        assert_eq!(report.recipients[0].sender_ip.as_deref(), Some(*ip), "{text}");
        assert!(mention_note(&report).is_none(), "{text}: {:#?}", report.notes);
    }
}
