use super::*;

/// Builds an entry with only the fields the retry advice reads.
fn entry(reason: Reason, who: Actor) -> Entry {
    Entry { reason, who, ..Entry::sourced("", "") }
}

fn failure(reply: &str, action: Option<&str>) -> Failure {
    Failure {
        reply: Some(reply.to_string()),
        action: action.map(str::to_string),
        ..Default::default()
    }
}

#[test]
fn delayed_notice_is_wait() {
    let f = failure("451", Some("delayed"));
    let outcome = outcome(&f, Reason::Expired, None, "delayed", InputKind::Email);
    assert_eq!(outcome, Outcome::Delayed);
    assert_eq!(who_acts(outcome, &entry(Reason::Expired, Actor::Admin)), Actor::Wait);
    let text =
        advice(outcome, Some("message is 5 days old"), &entry(Reason::Expired, Actor::Admin));
    assert!(text.contains("until message is 5 days old"), "{text}");
    let text = advice(outcome, Some("4 days"), &entry(Reason::Expired, Actor::Admin));
    assert!(text.contains("for 4 days"), "{text}");
}

#[test]
fn delayed_sender_standing_acts() {
    let temporary_reputation =
        Entry { temporary: Some(true), ..entry(Reason::BadReputation, Actor::Admin) };
    // The sending server's standing fails every queued retry until
    // someone fixes it. Other causes can clear, or no fix reaches the
    // queued copy.
    let cases = [
        (entry(Reason::Blocked, Actor::Admin), Actor::Admin),
        (entry(Reason::RequirePtr, Actor::You), Actor::You),
        (entry(Reason::BadReputation, Actor::Admin), Actor::Admin),
        (entry(Reason::AuthFailure, Actor::Admin), Actor::Admin),
        (temporary_reputation, Actor::Wait),
        (entry(Reason::MailboxFull, Actor::Recipient), Actor::Wait),
        (entry(Reason::UserUnknown, Actor::You), Actor::Wait),
        (entry(Reason::SpamDetected, Actor::You), Actor::Wait),
        (entry(Reason::MesgTooBig, Actor::You), Actor::Wait),
    ];
    for (entry, expected) in cases {
        let who = who_acts(Outcome::Delayed, &entry);
        assert_eq!(who, expected, "{:?} {:?}", entry.reason, entry.temporary);
        let text = advice(Outcome::Delayed, None, &entry);
        let names_fix = text.contains("keep failing until the cause is fixed");
        assert_eq!(names_fix, expected != Actor::Wait, "{text}");
        assert!(text.contains("Do not resend it"), "{text}");
    }
}

#[test]
fn delayed_mistyped_address_resend_allowed() {
    // Resending to a corrected address is what the steps ask for.
    for reason in [Reason::UserUnknown, Reason::HostUnknown] {
        let text = advice(Outcome::Delayed, None, &entry(reason, Actor::You));
        assert!(text.contains("Do not resend it to the same address"), "{reason:?}: {text}");
        assert!(text.contains("send the message to the corrected address"), "{reason:?}: {text}");
    }
    let text = advice(Outcome::Delayed, None, &entry(Reason::MailboxFull, Actor::Recipient));
    assert!(!text.contains("corrected address"), "{text}");
}

#[test]
fn pasted_4xx_reply_retries() {
    let f = failure("421", None);
    let outcome = outcome(&f, Reason::Blocked, None, "failed", InputKind::SmtpReply);
    assert_eq!(outcome, Outcome::Temporary);
    // The server retries, but a listing stays until the admin acts.
    assert_eq!(who_acts(outcome, &entry(Reason::Blocked, Actor::Admin)), Actor::Admin);
    // A vague or passing cause leaves it to the retries.
    assert_eq!(who_acts(outcome, &entry(Reason::Expired, Actor::Admin)), Actor::Wait);
    let passing = Entry { temporary: Some(true), ..entry(Reason::Blocked, Actor::Admin) };
    assert_eq!(who_acts(outcome, &passing), Actor::Wait);
}

#[test]
fn failed_4xx_in_bounce_gave_up() {
    let f = failure("450", Some("failed"));
    let outcome = outcome(&f, Reason::RequirePtr, None, "failed", InputKind::Email);
    assert_eq!(outcome, Outcome::GaveUp);
    assert_eq!(who_acts(outcome, &entry(Reason::RequirePtr, Actor::Admin)), Actor::Admin);
}

#[test]
fn gave_up_wait_entry_is_admin() {
    let wait = entry(Reason::Expired, Actor::Wait);
    assert_eq!(who_acts(Outcome::GaveUp, &wait), Actor::Admin);
    assert_eq!(who_acts(Outcome::Temporary, &wait), Actor::Wait);
}

#[test]
fn reply_class_beats_status() {
    let mut f = failure("554", Some("failed"));
    f.status = Some("4.0.0".into());
    let outcome = outcome(&f, Reason::Blocked, None, "failed", InputKind::Email);
    assert_eq!(outcome, Outcome::Permanent);
}

#[test]
fn expired_gave_up_whatever_the_code() {
    // A final 5xx after days of retries still had a temporary cause.
    let f = failure("554", Some("failed"));
    let outcome = outcome(&f, Reason::Expired, None, "failed", InputKind::Email);
    assert_eq!(outcome, Outcome::GaveUp);
    let text = advice(outcome, None, &entry(Reason::Expired, Actor::Admin));
    assert!(text.contains("again later can work"), "{text}");
    assert!(!text.contains("fails the same way"), "{text}");
}

#[test]
fn pasted_4xx_called_permanent_is_futile() {
    let pasted = failure("421", None);
    let futile = outcome(&pasted, Reason::Blocked, Some(false), "failed", InputKind::SmtpReply);
    assert_eq!(futile, Outcome::Futile);
    assert_eq!(who_acts(futile, &entry(Reason::Blocked, Actor::Admin)), Actor::Admin);
    let text = advice(futile, None, &entry(Reason::Blocked, Actor::Admin));
    assert!(text.contains("4xx"), "{text}");
    assert!(text.contains("no retry will succeed"), "{text}");
    // Once a bounce reports it, nothing retries any more.
    let bounced = failure("421", Some("failed"));
    let last = outcome(&bounced, Reason::Blocked, Some(false), "failed", InputKind::Email);
    assert_eq!(last, Outcome::Permanent);
}

#[test]
fn entry_judgement_wins() {
    let f = failure("452", None);
    let outcome = outcome(&f, Reason::MailboxFull, Some(false), "failed", InputKind::SmtpReply);
    // A pasted 4xx may still be retried, in vain.
    assert_eq!(outcome, Outcome::Futile);
}

#[test]
fn temporary_cause_behind_5xx_was_returned() {
    // The entry calls the cause temporary, but nothing retries a 5xx.
    let f = failure("550", None);
    let outcome = outcome(&f, Reason::MailboxFull, Some(true), "failed", InputKind::SmtpReply);
    assert_eq!(outcome, Outcome::GaveUp);
    assert_ne!(who_acts(outcome, &entry(Reason::MailboxFull, Actor::Wait)), Actor::Wait);
}

#[test]
fn delayed_tls_requirement_names_side() {
    use crate::knowledge::tls_required;
    // A TLS requirement between the two servers fails every queued retry
    // until one side changes, and that change lets the queued copy through.
    let cases = [
        (&tls_required::SENDER_POLICY, Actor::Admin),
        (&tls_required::RECEIVER_REQUIRES, Actor::Admin),
        (&tls_required::RECEIVER_CERTIFICATE, Actor::Recipient),
        (&tls_required::RECEIVER_VALIDATION, Actor::Recipient),
        (&tls_required::RECEIVER_CERTIFICATE_INVALID, Actor::Recipient),
    ];
    for (entry, expected) in cases {
        assert_eq!(who_acts(Outcome::Delayed, entry), expected, "{}", entry.id);
        let text = advice(Outcome::Delayed, None, entry);
        assert!(text.contains("keep failing until"), "{}: {text}", entry.id);
        let asks_sender_to_fix = text.contains("so fix it");
        assert_eq!(asks_sender_to_fix, expected == Actor::Admin, "{}: {text}", entry.id);
    }
    let program = &crate::knowledge::mail_program::STARTTLS_SETTING;
    assert!(!tls_required::is_connection_requirement(program));
}
