//! Who acts on a delay caused by a TLS requirement between the two
//! servers. Postfix defers delivery when its TLS policy level for the
//! destination is not met (a certificate not verified, TLS not offered).
//! Every queued retry then fails the same way until the sending server's
//! policy or the receiving server's TLS setup changes. So the card names
//! the side that must change and states that the retries keep failing,
//! as its own explanation does.

use crate::delay_fixtures;

use bounce_explainer::{Actor, Recipient};
use delay_fixtures::{only_card, postfix_delay};

/// Checks a delayed card whose cause one side of the connection must fix.
fn assert_fix_named(card: &Recipient, entry: &str, who: Actor) {
    let explanation = &card.explanation;
    assert_eq!(card.action, "delayed", "{card:#?}");
    assert_eq!(explanation.entry, entry, "{card:#?}");
    assert_eq!(explanation.who_acts, who, "{card:#?}");
    let retry = &explanation.retry;
    assert!(retry.contains("keep failing until"), "{retry}");
    assert!(retry.contains("Do not resend it"), "{retry}");
    assert!(card.retrying, "{card:#?}");
    assert!(!card.permanent, "{card:#?}");
}

#[test]
fn postfix_log_certificate_deferral_names_admin() {
    let line = "Dec  3 10:00:01 mail postfix/smtp[1234]: 4F1A2B3C4D: to=<bob@example.net>, \
                relay=mx1.example.net[198.51.100.10]:25, delay=1.2, delays=0.1/0/0.5/0, \
                dsn=4.7.5, status=deferred (Server certificate not verified)\n";
    let card = only_card(line);
    assert_fix_named(&card, "tls/sender-policy-unmet", Actor::Admin);
    assert!(card.explanation.why.contains("Every retry fails"), "{}", card.explanation.why);
}

#[test]
fn postfix_delay_tls_not_offered_names_admin() {
    let reason = "TLS is required, but was not offered by host mx1.example.net[198.51.100.25]";
    let text = postfix_delay("4.7.4", "REPLY")
        .replace(
            "host mx1.example.net[198.51.100.25] said: REPLY (in reply to RCPT TO command)",
            reason,
        )
        .replace("smtp; REPLY", &format!("X-Postfix; {reason}"));
    assert!(!text.contains("REPLY"), "{text}");
    let card = only_card(&text);
    assert_fix_named(&card, "tls/sender-policy-unmet", Actor::Admin);
}

#[test]
fn receiver_certificate_delay_names_recipient() {
    // The recipient's side fixes its own certificate, so the retry line
    // has the sender tell them instead of fixing it.
    let card = only_card(&postfix_delay(
        "4.7.5",
        "451 4.7.5 Remote certificate failed MTA-STS validation",
    ));
    assert_fix_named(&card, "tls/receiver-validation-failed", Actor::Recipient);
    let retry = &card.explanation.retry;
    assert!(retry.contains("recipient"), "{retry}");
    assert!(!retry.contains("so fix it"), "{retry}");
}
