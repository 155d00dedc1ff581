//! A recipient's own block of the sender's address: "Sender address ... is
//! on the recipient's block list", "blocked by the recipient". The list
//! is the recipient's (or their domain's), not a DNS blocklist, so no
//! delisting request can lift it and the sending IP plays no part. Only
//! the recipient, or their administrator, can remove the entry.

use bounce_explainer::{explain, Actor, Reason, Recipient};

fn only(text: &str) -> Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    report.recipients.into_iter().next().expect("length checked above")
}

/// Checks that `text` reads as the recipient's filter, with no advice to
/// look up or delist the sending IP.
fn check_recipient_block(text: &str) -> Recipient {
    let r = only(text);
    assert_eq!(r.reason, Reason::Filtered, "{text}\n{r:#?}");
    assert_eq!(r.explanation.who_acts, Actor::Recipient, "{text}\n{r:#?}");
    assert!(r.blocklists.is_empty(), "{text}\n{r:#?}");
    assert!(r.sender_ip_source.hint.is_none(), "{text}\n{r:#?}");
    let prose = [&r.explanation.what, &r.explanation.why]
        .into_iter()
        .chain(&r.explanation.steps)
        .map(|s| s.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    for word in ["delist", "removal", "blocklist", "ip address"] {
        assert!(!prose.contains(word), "{text}: {word:?} in {prose}");
    }
    r
}

#[test]
fn sender_on_recipients_block_list() {
    check_recipient_block(
        "550 5.7.1 Sender address <alice@example.com> is on the recipient's block list",
    );
    check_recipient_block("550 5.7.1 <alice@example.com> is on the recipient's blocklist");
    check_recipient_block("550 5.7.1 alice@example.com is on the recipient's denylist");
    check_recipient_block(
        "554 5.7.1 Sender address <alice@example.com> is on the recipient domain's block list",
    );
}

#[test]
fn blocked_senders_list_of_recipient() {
    check_recipient_block("550 5.7.1 Your address is in the recipient's blocked senders list");
    check_recipient_block("550 5.7.1 The recipient has blocked your address");
    check_recipient_block("550 5.7.1 You have been blocked by the recipient");
}

#[test]
fn recipient_block_in_reply_to_rcpt() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.7.1 \
        Sender address <alice@example.com> is on the recipient's block list (in reply \
        to RCPT TO command)";
    let r = check_recipient_block(text);
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"));

    let text = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.7.1 \
        You have been blocked by the recipient (in reply to RCPT TO command)";
    check_recipient_block(text);
}

#[test]
fn receivers_own_list_stays_ip_block() {
    let r = only("550 5.7.1 Your IP 198.51.100.50 is on our block list");
    assert_eq!(r.reason, Reason::Blocked, "{r:#?}");
    let r = only("554 5.7.1 Message blocked by the recipient's mail server: 198.51.100.50 is listed on a DNS blocklist");
    assert_eq!(r.reason, Reason::Blocked, "{r:#?}");
}
