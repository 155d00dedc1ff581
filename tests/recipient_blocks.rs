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
    let r = only("550 5.7.1 Sender is blacklisted in zen.spamhaus.org");
    assert_eq!(r.reason, Reason::Blocked, "{r:#?}");
}

/// Forpsi documents "550 5.1.1 <sender> sender is blacklisted" as the
/// recipient's own blacklist, and Interia "550 5.7.1 Recipient doesn't want
/// your mail" as the recipient's list of blocked senders. Neither code may
/// turn the card into an unknown address or a generic policy refusal.
#[test]
fn provider_personal_block_lists() {
    let forpsi = |command: &str| {
        format!(
            "<bob@example.net>: host mxavas.forpsi.com[198.51.100.90] said: 550 5.1.1 \
             <alice@example.com> sender is blacklisted (in reply to {command} command)"
        )
    };
    let interia = "<bob@example.net>: host mx.poczta.interia.pl[198.51.100.91] said: 550 \
        5.7.1 Recipient doesn't want your mail (in reply to RCPT TO command)";
    let texts = [
        forpsi("MAIL FROM"),
        forpsi("RCPT TO"),
        interia.to_string(),
        "550 5.7.1 sender is blacklisted".to_string(),
        "550 5.1.1 <alice@example.com> sender is blacklisted".to_string(),
        "550 5.7.1 Recipient does not want your mail".to_string(),
    ];
    for text in &texts {
        let r = check_recipient_block(text);
        assert!(r.permanent, "{text}");
        let steps = r.explanation.steps.join(" ").to_lowercase();
        assert!(!steps.contains("remove the address"), "{text}: {steps}");
        assert!(!steps.contains("no longer exists"), "{text}: {steps}");
    }
    assert_eq!(only(&forpsi("RCPT TO")).recipient.as_deref(), Some("bob@example.net"));
}
