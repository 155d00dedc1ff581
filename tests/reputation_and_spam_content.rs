//! A receiver's own words for a reputation block or for content judged as
//! spam name that cause under 4.x.x and 5.x.x codes, whatever the exact
//! wording. A reputation block names the sending IP, or states where to find
//! it. A real security refusal keeps its own reason.

use bounce_explainer::{explain, Reason};

fn recipient_of(text: &str) -> bounce_explainer::Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}");
    report.recipients[0].clone()
}

/// Wraps a reply in a Postfix bounce line, as most bounces carry it.
fn postfix_line(reply: &str, command: &str) -> String {
    format!(
        "<bob@example.net>: host mx.example.net[198.51.100.7] said: {reply} (in reply to \
         {command} command)\n"
    )
}

/// Reputation wordings with no IP in them, as the receivers' own replies
/// and common filter set-ups word them.
const REPUTATION: &[&str] = &[
    "550 5.7.1 Message rejected because of poor sender IP reputation",
    "554 5.7.1 Message rejected. Your IP has poor reputation",
    "421 4.7.0 Your IP has poor reputation, try later",
    "451 4.7.1 Sender IP reputation too low, try again later",
    "550 5.7.1 Rejected due to low IP reputation",
    "554 5.7.1 Sending IP has a bad reputation",
    "550 5.7.1 Your server's reputation is too low to deliver mail here",
    "421 4.7.0 Our system has detected that this message is suspicious due to the very low \
     reputation of the sending domain",
    "550 5.7.1 Our system has detected that this message does not meet IP/domain reputation \
     standards",
    "554 IP address rejected [IP reputation fail]",
    "550 5.7.1 Rejected by IP reputation check",
    "550 5.7.1 Blocked due to IP reputation",
    "450 4.7.1 Reputation of the sending IP address is poor. Try again later",
    "554 5.7.1 Service unavailable; sender reputation check failed",
    "550 5.7.1 Message refused: negative sender reputation",
];

/// Spam-content wordings: a filter judged the message itself.
const SPAM_CONTENT: &[&str] = &[
    "550 5.7.1 Message identified as spam",
    "550 5.7.1 This message has been blocked because it contains spam content",
    "550 5.7.1 Message blocked due to spam content in the message",
    "554 5.7.1 Message flagged as spam by the content filter",
    "550 5.7.1 Your message was marked as spam and rejected",
    "554 5.7.1 Message looks like spam to our filters",
    "550 5.7.1 Rejected: message detected as SPAM",
    "451 4.7.1 Message temporarily rejected: possible spam content",
    "550 5.7.1 The message was considered spam by our filter",
    "554 5.7.1 Message contains spam-like content",
    "550 5.7.0 Content judged as spam",
    "421 4.7.0 Our system has detected that this message is suspicious due to the nature of \
     the content and/or the links within",
    "554 5.7.1 Message rejected by spam filter",
    "550 5.7.1 Message refused by the anti-spam filter",
    "554 5.7.1 This message has been rejected by our content filter",
    "550 High spam probability",
    "451 4.7.1 Spam verdict: message deferred",
];

/// Real security and relay refusals that name no reputation or spam.
const SECURITY: &[(&str, Reason)] = &[
    ("550 5.7.1 Relay access denied", Reason::NoRelaying),
    ("554 5.7.1 <bob@example.net>: Relay access denied", Reason::NoRelaying),
    ("530 5.7.0 Authentication required", Reason::SecurityError),
    ("550 5.7.1 Client is not authorized to send mail", Reason::SecurityError),
];

#[test]
fn reputation_wordings_read_as_reputation() {
    for reply in REPUTATION {
        for command in ["RCPT TO", "end of DATA"] {
            let text = postfix_line(reply, command);
            let r = recipient_of(&text);
            assert!(
                matches!(r.reason, Reason::BadReputation | Reason::Blocked),
                "{reply}: {:?}",
                r.reason
            );
        }
    }
}

#[test]
fn reputation_wordings_give_ip_hint() {
    for reply in REPUTATION {
        let r = recipient_of(&postfix_line(reply, "RCPT TO"));
        assert_eq!(r.sender_ip, None, "{reply}");
        assert!(r.sender_ip_source.hint.is_some(), "{reply}: no hint on the sending IP");
    }
}

#[test]
fn reputation_wordings_pasted_alone() {
    for reply in REPUTATION {
        let r = recipient_of(&format!("{reply}\n"));
        assert!(
            matches!(r.reason, Reason::BadReputation | Reason::Blocked),
            "{reply}: {:?}",
            r.reason
        );
    }
}

#[test]
fn reputation_keeps_stated_ip() {
    for reply in [
        "550 5.7.1 Rejected: source IP [203.0.113.20] has a poor reputation",
        "554 5.7.1 Your IP 203.0.113.20 has a bad reputation",
    ] {
        let r = recipient_of(&postfix_line(reply, "RCPT TO"));
        assert_eq!(r.reason, Reason::BadReputation, "{reply}");
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.20"), "{reply}");
    }
}

#[test]
fn spam_content_wordings_read_as_spam() {
    for reply in SPAM_CONTENT {
        let r = recipient_of(&postfix_line(reply, "end of DATA"));
        assert_eq!(r.reason, Reason::SpamDetected, "{reply}");
        let r = recipient_of(&format!("{reply}\n"));
        assert_eq!(r.reason, Reason::SpamDetected, "{reply} pasted alone");
    }
}

#[test]
fn denied_spam_verdict_ignored() {
    for reply in [
        "550 5.1.1 <bob@example.net>: message not identified as spam, but recipient address \
         rejected: user unknown",
        "550 5.1.1 <bob@example.net>: reputation is not poor, but recipient address \
         rejected: user unknown",
    ] {
        let r = recipient_of(&postfix_line(reply, "RCPT TO"));
        assert_eq!(r.reason, Reason::UserUnknown, "{reply}");
    }
}

#[test]
fn ip_blocked_for_spam_stays_a_block() {
    let reply = "550 5.7.1 [203.0.113.20] Your IP has been blocked due to spam";
    let r = recipient_of(&postfix_line(reply, "RCPT TO"));
    assert_eq!(r.reason, Reason::Blocked);
}

#[test]
fn security_refusals_keep_their_reason() {
    for (reply, reason) in SECURITY {
        let r = recipient_of(&postfix_line(reply, "RCPT TO"));
        assert_eq!(r.reason, *reason, "{reply}");
    }
}

#[test]
fn unexplained_x71_headline_stays_neutral() {
    for reply in ["550 5.7.1 Message rejected", "550 5.7.1 Not authorized"] {
        let r = recipient_of(&postfix_line(reply, "RCPT TO"));
        assert_eq!(r.reason, Reason::SecurityError, "{reply}");
        let what = &r.explanation.what;
        assert!(what.contains("security or policy reason"), "{reply}: {what}");
        assert!(!what.contains("not allowed to send"), "{reply}: {what}");
    }
}

#[test]
fn passed_reputation_check_ignored() {
    let reply = "554 5.7.1 Sender reputation check passed, but the message was refused \
                 by a local rule";
    let r = recipient_of(&postfix_line(reply, "RCPT TO"));
    assert_ne!(r.reason, Reason::BadReputation, "{reply}");
}
