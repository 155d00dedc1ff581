//! cPanel's Exim writes one sentence for several causes: "The mail server
//! could not deliver mail to X. The account or domain may not exist, they
//! may be blacklisted, or missing the proper dns entries." With no reply
//! after it the cause is not given, so the card states that and lists
//! what to check. A reply after the sentence still decides. Documentation
//! addresses only.

use crate::bounces;
use crate::cards;

use bounce_explainer::{Actor, Recipient};
use bounces::exim_failed;
use cards::{card_for, only};

const SENTENCE: &str =
    "The mail server could not deliver mail to carol@example.net.  The account or domain \
                        may not exist, they may be blacklisted, or missing the proper dns entries.";

/// Explains an Exim bounce whose failed-address block for
/// carol@example.net holds `lines`, and returns carol's card.
fn exim_card(lines: &str) -> Recipient {
    let blocks =
        format!("  bob@example.net\n    mailbox quota exceeded\n\n  carol@example.net\n{lines}");
    card_for(&exim_failed(&blocks), "carol@example.net")
}

fn assert_cause_not_given(card: &Recipient) {
    assert_eq!(card.explanation.entry, "wording/cpanel-unspecified", "{card:#?}");
    let what = &card.explanation.what;
    assert!(what.contains("does not say why"), "{what}");
    assert!(!what.contains("does not exist"), "{what}");
    let steps = card.explanation.steps.join(" ");
    assert!(steps.contains("spelling"), "{steps}");
    assert!(steps.contains("blocklist"), "{steps}");
    assert!(steps.contains("log"), "{steps}");
    assert_eq!(card.explanation.who_acts, Actor::You, "{card:#?}");
    let retry = &card.explanation.retry;
    assert!(retry.contains("fix the cause first"), "{retry}");
}

#[test]
fn sentence_alone_gives_no_cause() {
    assert_cause_not_given(&exim_card(&format!("    {SENTENCE}")));
}

#[test]
fn sentence_pasted_alone_gives_no_cause() {
    assert_cause_not_given(&only(&format!("{SENTENCE}\n")));
}

#[test]
fn sentence_as_reply_gives_no_cause() {
    // cPanel's Exim also sends the sentence as its own 550 reply at RCPT,
    // wrapped over three lines.
    let reply = "550-The mail server could not deliver mail to carol@example.net.  The account\n\
                 550-or domain may not exist, they may be blacklisted, or missing the proper dns\n\
                 550 entries.\n";
    assert_cause_not_given(&only(reply));
}

#[test]
fn following_reply_still_decides() {
    let block = exim_card(&format!(
        "    {SENTENCE}\n\
         \x20   host mx.example.net [198.51.100.60]\n\
         \x20   SMTP error from remote mail server after RCPT TO:<carol@example.net>:\n\
         \x20   550 5.7.1 Service unavailable; Client host [192.0.2.120] blocked using zen.spamhaus.org"
    ));
    assert_eq!(block.sender_ip.as_deref(), Some("192.0.2.120"), "{block:#?}");
    assert!(block.blocklists.contains(&"spamhaus".to_string()), "{block:#?}");
    assert_ne!(block.explanation.entry, "wording/cpanel-unspecified", "{block:#?}");

    let unknown = exim_card(&format!(
        "    {SENTENCE}\n\
         \x20   host mx.example.net [198.51.100.60]\n\
         \x20   SMTP error from remote mail server after RCPT TO:<carol@example.net>:\n\
         \x20   550 5.1.1 <carol@example.net>: Recipient address rejected: User unknown"
    ));
    assert_eq!(unknown.reason, bounce_explainer::Reason::UserUnknown, "{unknown:#?}");
    assert_ne!(unknown.explanation.entry, "wording/cpanel-unspecified", "{unknown:#?}");
}

#[test]
fn sentence_before_recipient_keeps_reply() {
    // cPanel's friendlier layout puts the sentence above the address.
    let text = exim_failed(&format!(
        "{SENTENCE}\n\n  carol@example.net\n    host mx.example.net [198.51.100.60]\n    \
         SMTP error from remote mail server after pipelined MAIL FROM:<alice@example.com> SIZE=2345:\n    \
         550 5.7.1 Service unavailable; Client host [192.0.2.120] blocked using zen.spamhaus.org"
    ));
    let card = only(&text);
    assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.120"), "{card:#?}");
    assert_ne!(card.explanation.entry, "wording/cpanel-unspecified", "{card:#?}");
}

#[test]
fn domain_reply_after_sentence_decides() {
    let card = exim_card(&format!(
        "    {SENTENCE}\n\
         \x20   host mx.example.net [198.51.100.60]\n\
         \x20   SMTP error from remote mail server after RCPT TO:<carol@example.net>:\n\
         \x20   550 5.1.2 Host unknown"
    ));
    assert_eq!(card.reason, bounce_explainer::Reason::HostUnknown, "{card:#?}");
    assert_ne!(card.explanation.entry, "wording/cpanel-unspecified", "{card:#?}");
}
