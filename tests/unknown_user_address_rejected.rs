//! A 5.1.1 reply whose text also states that the user is unknown, in a wording
//! other than Postfix's exact "Recipient address rejected: User unknown":
//! a bare "address rejected", other words between "Recipient" and
//! "address", or bytes that are not UTF-8 there. The status code and the
//! text agree on an unknown address, so "address rejected" alone must not
//! read as the sender refused or as a filter. Documentation addresses only.

use bounce_explainer::{explain, explain_bytes, Actor, Reason, Recipient};

const UNKNOWN_USER_REPLIES: &[&str] = &[
    "550 5.1.1 <bob@example.net>: address rejected: User unknown",
    "550 5.1.1 <bob@example.net>: Recipient foo address rejected: User unknown",
    "550 5.1.1 <bob@example.net>: Recipient Ã( address rejected: User unknown",
    "550 5.1.1 <bob@example.net>: address rejected: unknown user",
    "550 5.1.1 <bob@example.net>: address rejected: no such user",
    "550 5.1.1 <bob@example.net>... Address rejected: User unknown in virtual mailbox table",
];

fn card_for_bob(recipients: Vec<Recipient>, input: &str) -> Recipient {
    assert_eq!(recipients.len(), 1, "{input}: {recipients:#?}");
    let card = recipients.into_iter().next().unwrap();
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{input}");
    card
}

fn assert_unknown_user(card: &Recipient, input: &str) {
    assert_eq!(card.reason, Reason::UserUnknown, "{input}");
    assert_eq!(card.explanation.who_acts, Actor::You, "{input}");
    assert!(card.explanation.retry.starts_with("Permanent"), "{input}: {}", card.explanation.retry);
    assert!(card.sender_ip.is_none(), "{input}");
}

#[test]
fn pasted_reply_reads_unknown_user() {
    for line in UNKNOWN_USER_REPLIES {
        let card = card_for_bob(explain(line).recipients, line);
        assert_unknown_user(&card, line);
    }
}

/// The same replies quoted in an Exchange NDR, which names no SMTP command.
#[test]
fn ndr_quoted_reply_reads_unknown_user() {
    for line in UNKNOWN_USER_REPLIES {
        let text = format!(
            "Delivery has failed to these recipients or groups:\n\n\
             bob@example.net\n\n\
             Diagnostic information for administrators:\n\n\
             Generating server: mail.example.com\n\n\
             bob@example.net\n\
             Remote Server returned '{line}'\n"
        );
        let card = card_for_bob(explain(&text).recipients, &text);
        assert_unknown_user(&card, &text);
    }
}

/// Invalid UTF-8 in "Recipient address rejected" and after the reply, as
/// in a garbled paste.
#[test]
fn invalid_utf8_reads_unknown_user() {
    let mut raw = b"550 5.1.1 <bob@example.net>: Recipient ".to_vec();
    raw.extend_from_slice(b"\xC3\x28 address rejected: User unknown \xED\xA0\x80\n");
    let card = card_for_bob(explain_bytes(&raw).recipients, "invalid UTF-8");
    assert_unknown_user(&card, "invalid UTF-8");
}

/// Words that name the sender, or a filter by name, still decide.
#[test]
fn sender_and_filter_words_still_decide() {
    let sender = "550 5.1.1 <alice@example.com>: Sender address rejected: User unknown in local recipient table";
    assert_eq!(explain(sender).recipients[0].reason, Reason::Rejected, "{sender}");
    let filter = "550 5.1.1 <bob@example.net>: RCP-P2 Refused due to recipient preferences";
    assert_eq!(explain(filter).recipients[0].reason, Reason::Filtered, "{filter}");
}
