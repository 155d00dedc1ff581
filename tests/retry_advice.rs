//! Retry advice for pasted text: a Postfix log line's `status=` field
//! states whether the message is still queued, and text that does not say
//! whether the sending server gave up never claims that it did.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

const STOPPED: &str = "stopped retrying";

fn log_line(status: &str, reply: &str) -> String {
    format!(
        "Dec  4 10:00:02 mail postfix/smtp[12346]: 5A1B2C3D4E5: to=<carol@example.net>, \
         relay=mx.example.net[198.51.100.8]:25, delay=300, delays=0.1/0/0.5/0.6, dsn=4.7.0, \
         status={status} (host mx.example.net[198.51.100.8] said: {reply} (in reply to end \
         of DATA command))\n"
    )
}

#[test]
fn postfix_log_deferred_waits() {
    let r = only(&log_line("deferred", "421 4.7.0 Try again later"));
    assert_eq!(r.recipient.as_deref(), Some("carol@example.net"));
    assert_eq!(r.action, "delayed");
    assert_eq!(r.explanation.who_acts, Actor::Wait);
    assert!(!r.explanation.retry.contains(STOPPED), "{}", r.explanation.retry);
    assert!(r.explanation.retry.contains("Do not resend"), "{}", r.explanation.retry);
}

#[test]
fn postfix_log_bounced_fails() {
    let r = only(&log_line("bounced", "550 5.1.1 User unknown"));
    assert_eq!(r.action, "failed");
    assert!(r.permanent);
}

#[test]
fn postfix_log_expired_gave_up() {
    let r = only(&log_line("expired", "421 4.7.0 Try again later"));
    assert_eq!(r.action, "failed");
    assert_eq!(r.reason, Reason::Expired);
    assert!(!r.explanation.retry.contains("retries on its own"), "{}", r.explanation.retry);
}

#[test]
fn pasted_4xx_line_claims_nothing() {
    let r = only(
        "<carol@example.net>: host mx.example.net[198.51.100.8] said: 450 4.2.0 \
         Mailbox temporarily unavailable (in reply to RCPT TO command)\n",
    );
    assert!(!r.explanation.retry.contains(STOPPED), "{}", r.explanation.retry);
    assert_eq!(r.explanation.who_acts, Actor::Wait);
}

#[test]
fn pasted_final_report_gave_up() {
    let r = only(
        "I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients.\n\n\
         <carol@example.net>: host mx.example.net[198.51.100.8] said: 450 4.2.0 \
         Mailbox temporarily unavailable (in reply to RCPT TO command)\n",
    );
    assert_eq!(r.action, "failed");
    assert!(r.explanation.retry.contains(STOPPED), "{}", r.explanation.retry);
}

/// A pasted 4xx reply: the sending server retries, but a cause that
/// stays until someone fixes it names that party, as its steps do; a
/// passing or vague cause leaves it to the retries.
#[test]
fn pasted_4xx_names_who_fixes_a_lasting_cause() {
    let cases = [
        ("421 4.7.0 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org", Actor::Admin),
        ("452 4.2.2 <bob@example.net>: Mailbox full", Actor::Recipient),
        ("421 4.7.0 Try again later, closing connection.", Actor::Wait),
        ("451 4.7.1 Greylisted, please try again in 300 seconds", Actor::Wait),
    ];
    for (text, who) in cases {
        let r = only(text);
        assert!(!r.permanent, "{text}");
        assert_eq!(r.explanation.who_acts, who, "{text}");
        assert!(!r.explanation.retry.contains(STOPPED), "{text}: {}", r.explanation.retry);
    }
}

/// `retrying` carries the retry state by itself, because who acts does
/// not show it: a pasted 4xx reply with a lasting cause names a party
/// while the sending server still retries.
#[test]
fn retrying_follows_retry_line() {
    let cases = [
        ("421 4.7.0 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org", true),
        ("450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.5]", true),
        ("452 4.2.2 <bob@example.net>: Mailbox full", true),
        ("421 4.7.0 Try again later, closing connection.", true),
        (
            "This is a permanent error; I've given up.\n<bob@example.net>: 452 4.2.2 Mailbox full\n",
            false,
        ),
        ("550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown", false),
    ];
    for (text, retrying) in cases {
        let r = only(text);
        let retry = &r.explanation.retry;
        assert_eq!(r.retrying, retrying, "{text}: {retry}");
        assert_eq!(retry.contains("retries on its own"), retrying, "{text}: {retry}");
    }
    let delayed = only(&log_line("deferred", "421 4.7.0 Try again later"));
    assert!(delayed.retrying);
}

/// A pasted 4xx reply whose cause lasts. Its steps tell the sender to send
/// again once the cause is fixed, so the Retry line states when a copy sent
/// by hand is needed and that no retry gets through before then.
#[test]
fn pasted_lasting_cause_says_when_to_resend() {
    let lasting = [
        "421 4.7.0 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org",
        "450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.5]",
        "452 4.2.2 <bob@example.net>: Mailbox full",
    ];
    for text in lasting {
        let r = only(text);
        let retry = &r.explanation.retry;
        assert!(retry.contains("retries on its own"), "{text}: {retry}");
        assert!(retry.contains("only once the cause is gone"), "{text}: {retry}");
        assert!(retry.contains("final failure notice"), "{text}: {retry}");
    }
    let passing = only("421 4.7.0 Try again later, closing connection.");
    let retry = &passing.explanation.retry;
    assert!(!retry.contains("only once the cause is gone"), "{retry}");
}
