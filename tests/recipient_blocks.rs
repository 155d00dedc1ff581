//! A recipient's own block of the sender's address: "Sender address ... is
//! on the recipient's block list", "blocked by the recipient". The list
//! is the recipient's (or their domain's), not a DNS blocklist, so no
//! delisting request can lift it and the sending IP plays no part. Only
//! the recipient, or their administrator, can remove the entry.

use crate::cards::only;
use bounce_explainer::{Actor, Reason, Recipient};

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

/// Coremail lists "User in blacklist" among its bounce texts: the
/// recipient's own blacklist contains the sender. At RCPT TO as after DATA
/// the recipient, not the sender, must remove the entry.
#[test]
fn coremail_user_in_blacklist() {
    for command in ["RCPT TO", "end of DATA"] {
        let text = format!(
            "<li@example.cn>: host mx.coremail.example.cn[198.51.100.30] said: 550 User in \
             blacklist (in reply to {command} command)"
        );
        let r = check_recipient_block(&text);
        assert_eq!(r.recipient.as_deref(), Some("li@example.cn"), "{text}");
        assert!(r.permanent, "{text}");
    }
    check_recipient_block("550 User in blacklist");
}

/// The Coremail wording does not turn other "blacklist" replies at RCPT
/// into the recipient's filter: a DNSBL listing keeps its block card.
#[test]
fn dnsbl_at_rcpt_stays_block() {
    let replies = [
        "554 5.7.1 Service unavailable; Client host [198.51.100.50] blocked using \
         zen.spamhaus.org",
        "550 5.7.1 Your IP 198.51.100.50 is blacklisted",
        "550 5.7.1 198.51.100.50 is listed in bl.example.net blacklist",
    ];
    for reply in replies {
        let text = format!(
            "<li@example.cn>: host mx.example.cn[198.51.100.30] said: {reply} (in reply to \
             RCPT TO command)"
        );
        let r = only(&text);
        assert_eq!(r.reason, Reason::Blocked, "{text}\n{r:#?}");
        assert_ne!(r.explanation.who_acts, Actor::Recipient, "{text}");
    }
}
