//! Checks that the fields of one explanation agree with each other: the
//! retry line, the steps, who acts and the summary.

use super::retry::{self, Outcome};
use crate::knowledge::tests::all_entries;
use crate::reason::Reason;
use crate::report::{Actor, Recipient};

/// A Postfix bounce whose only reply is a greylisting deferral, anonymised.
const POSTFIX_FINAL_GREYLISTED: &str = "This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<rcpt@example.net>: host mx.example.net[203.0.113.20] said: 450 4.2.0
    <rcpt@example.net>: Recipient address rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/example.net.html (in reply to RCPT TO
    command)
";

/// An Exim bounce that calls a greylisting deferral a permanent error.
const EXIM_FINAL_GREYLISTED: &str =
    "This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  rcpt@example.net
    host mx.example.net [203.0.113.20]
    SMTP error from remote mail server after RCPT TO:<rcpt@example.net>:
    451 4.7.1 Greylisted, please try again later
";

/// A greylisting reply pasted on its own: the message may still be queued.
const PASTED_GREYLISTED: &str =
    "450 4.2.0 <rcpt@example.net>: Recipient address rejected: Greylisted, see \
     http://postgrey.schweikert.ch/help/example.net.html";

fn says_wait(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    [
        "do not resend it",
        "don't resend it",
        "retries by itself",
        "retries on its own",
        "server retries",
        "server retry",
        "keep retrying",
        "keeps retrying",
    ]
    .iter()
    .any(|phrase| lower.contains(phrase))
}

fn says_stopped(text: &str) -> bool {
    text.to_ascii_lowercase().contains("stopped retrying")
}

/// Fails when one field tells the reader to wait for the sending server
/// while another says that server has stopped.
fn assert_consistent(recipient: &Recipient) {
    let explanation = &recipient.explanation;
    let stopped = says_stopped(&explanation.retry);
    let waiting = says_wait(&explanation.retry) || explanation.steps.iter().any(|s| says_wait(s));
    assert!(!(stopped && waiting), "retry and steps disagree: {explanation:?}");
    if stopped {
        assert_ne!(explanation.who_acts, Actor::Wait, "{explanation:?}");
        assert!(!explanation.what.contains("will accept it"), "{}", explanation.what);
    }
}

#[test]
fn final_greylisting_bounce_consistent() {
    for text in [POSTFIX_FINAL_GREYLISTED, EXIM_FINAL_GREYLISTED] {
        let report = crate::explain(text);
        assert_eq!(report.recipients.len(), 1, "{report:?}");
        let recipient = &report.recipients[0];
        assert_consistent(recipient);
        let explanation = &recipient.explanation;
        assert!(says_stopped(&explanation.retry), "{}", explanation.retry);
        assert_eq!(explanation.entry, "practice/greylisting-gave-up");
        assert!(explanation.what.contains("dropped"), "{}", explanation.what);
        assert!(
            explanation.steps[0].starts_with("Send the message again"),
            "{:?}",
            explanation.steps
        );
        assert!(
            explanation.steps.iter().any(|s| s.contains("IP addresses")),
            "{:?}",
            explanation.steps
        );
        assert_eq!(explanation.who_acts, Actor::Admin);
        assert!(!report.summary.contains("will accept it"), "{}", report.summary);
    }
}

#[test]
fn pasted_greylisting_still_waits() {
    let report = crate::explain(PASTED_GREYLISTED);
    let recipient = &report.recipients[0];
    assert_consistent(recipient);
    let explanation = &recipient.explanation;
    assert_eq!(explanation.entry, "practice/greylisting");
    assert_eq!(explanation.who_acts, Actor::Wait);
    assert!(explanation.steps.iter().any(|s| says_wait(s)), "{:?}", explanation.steps);
}

#[test]
fn gave_up_steps_never_say_wait() {
    for entry in all_entries() {
        let entry = crate::knowledge::greylisting::after_final_bounce(entry);
        let explanation =
            super::card::explanation(entry, entry.reason, Outcome::GaveUp, &Default::default());
        assert!(!explanation.steps.is_empty(), "{}", entry.id);
        for step in &explanation.steps {
            assert!(!says_wait(step), "{}: {step}", entry.id);
        }
        assert_ne!(retry::who_acts(Outcome::GaveUp, entry), Actor::Wait, "{}", entry.id);
    }
}

/// An Orange refusal whose entry calls the cause temporary, behind a 550.
const ORANGE_550_TEMPORARY: &str = "<rcpt@orange.fr>: host smtp-in.orange.fr[203.0.113.65] said: \
     550 5.7.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. \
     OFR004_104 [104] (in reply to RCPT TO command)";

#[test]
fn temporary_cause_behind_5xx_never_waits() {
    let report = crate::explain(ORANGE_550_TEMPORARY);
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    let recipient = &report.recipients[0];
    assert_consistent(recipient);
    let explanation = &recipient.explanation;
    assert!(!recipient.permanent, "{recipient:?}");
    assert!(says_stopped(&explanation.retry), "{}", explanation.retry);
    assert!(explanation.retry.contains("again later can work"), "{}", explanation.retry);
    assert_ne!(explanation.who_acts, Actor::Wait);
}

#[test]
fn temporary_entries_with_5xx_reply_never_wait() {
    let failure = crate::extract::Failure { reply: Some("550".into()), ..Default::default() };
    for entry in all_entries().into_iter().filter(|e| e.temporary == Some(true)) {
        for kind in [crate::report::InputKind::SmtpReply, crate::report::InputKind::Email] {
            let outcome = retry::outcome(&failure, entry.reason, entry.temporary, "failed", kind);
            assert!(
                !matches!(outcome, Outcome::Temporary | Outcome::Delayed),
                "{}: {outcome:?}",
                entry.id
            );
            let entry = match outcome {
                Outcome::GaveUp => crate::knowledge::greylisting::after_final_bounce(entry),
                _ => entry,
            };
            let explanation =
                super::card::explanation(entry, entry.reason, outcome, &Default::default());
            let text = retry::advice(outcome, None, entry);
            assert!(!says_wait(&text), "{}: {text}", entry.id);
            for step in &explanation.steps {
                assert!(!says_wait(step), "{}: {step}", entry.id);
            }
            assert_ne!(retry::who_acts(outcome, entry), Actor::Wait, "{}", entry.id);
        }
    }
}

#[test]
fn permanent_entries_with_pasted_4xx_name_the_code() {
    // A 4xx reply keeps the sending server retrying, so the retry line
    // must not read as if nothing were queued, nor as a plain temporary
    // deferral that clears by itself.
    let failure = crate::extract::Failure { reply: Some("421".into()), ..Default::default() };
    // An expired message is judged on its whole history, not this reply.
    let permanent =
        |e: &&crate::knowledge::Entry| e.temporary == Some(false) && e.reason != Reason::Expired;
    for entry in all_entries().into_iter().filter(permanent) {
        let kind = crate::report::InputKind::SmtpReply;
        let outcome = retry::outcome(&failure, entry.reason, entry.temporary, "failed", kind);
        assert_eq!(outcome, Outcome::Futile, "{}", entry.id);
        let text = retry::advice(outcome, None, entry);
        assert!(text.contains("4xx"), "{}: {text}", entry.id);
        assert!(!says_stopped(&text), "{}: {text}", entry.id);
        assert!(!text.starts_with("Temporary"), "{}: {text}", entry.id);
        assert_ne!(retry::who_acts(outcome, entry), Actor::Wait, "{}", entry.id);
    }
}

#[test]
fn pasted_4xx_ptr_entries_name_a_party() {
    // A PTR record that is missing or does not match stays so until
    // someone fixes the DNS, even when the receiver answers 421 (Gmail's
    // 4.7.23 and 4.7.25), so the card must not leave it to the retries.
    // Left out: entries that judge the failure temporary themselves (a
    // lookup that failed for now), and the reason's fallback entry, since
    // Postfix answers 450 when a reverse lookup fails for a moment.
    let failure = crate::extract::Failure { reply: Some("421".into()), ..Default::default() };
    let kind = crate::report::InputKind::SmtpReply;
    let ptr = |e: &&crate::knowledge::Entry| {
        e.reason == Reason::RequirePtr && e.temporary != Some(true) && e.id != "reason/requireptr"
    };
    let entries: Vec<_> = all_entries().into_iter().filter(ptr).collect();
    assert!(entries.len() >= 5, "{}", entries.len());
    for entry in entries {
        let fixes = entry.steps.iter().any(|s| s.contains("PTR"));
        let outcome = retry::outcome(&failure, entry.reason, entry.temporary, "failed", kind);
        let who = retry::who_acts(outcome, entry);
        if fixes {
            assert_ne!(who, Actor::Wait, "{}", entry.id);
        }
    }
}

#[test]
fn permanent_recipient_side_names_recipient() {
    // The sender cannot remove a cause on the recipient's side, so the
    // retry line must not tell them to fix it first.
    let failure = crate::extract::Failure { reply: Some("550".into()), ..Default::default() };
    let kind = crate::report::InputKind::SmtpReply;
    let recipient_side = |e: &&crate::knowledge::Entry| e.who == Actor::Recipient;
    for entry in all_entries().into_iter().filter(recipient_side) {
        let outcome = retry::outcome(&failure, entry.reason, entry.temporary, "failed", kind);
        if outcome != Outcome::Permanent {
            continue;
        }
        let text =
            super::card::explanation(entry, entry.reason, outcome, &Default::default()).retry;
        assert!(!text.contains("fix the cause first"), "{}: {text}", entry.id);
        assert!(text.contains("recipient"), "{}: {text}", entry.id);
    }
}

/// A queue lifetime differs between servers (SES at most 14 hours,
/// Postfix 5 days by default), so an entry names several days only as the typical default,
/// in a phrase a stated period replaces.
#[test]
fn entries_call_several_days_typical() {
    for entry in all_entries() {
        let texts = [entry.what, entry.why].into_iter().chain(entry.steps.iter().copied());
        for text in texts {
            for (at, _) in text.match_indices("several days") {
                let before = &text[..at];
                assert!(
                    before.ends_with("typically ") || before.ends_with("typically for "),
                    "{}: {text}",
                    entry.id
                );
            }
        }
    }
}

/// True when a step leaves the delivery to the sending server's retries.
/// Broader than [`says_wait`]: it also catches any step that tells the
/// reader to wait and names a retry. Waiting for a block to expire is no
/// such step.
fn leaves_it_to_retries(step: &str) -> bool {
    let lower = step.to_ascii_lowercase();
    says_wait(step) || (lower.contains("wait") && lower.contains("retr"))
}

#[test]
fn permanent_verdict_steps_never_wait() {
    // Every entry the classifier can pick, including each reason's own
    // fallback entry, under a temporary and a permanent reply, pasted on
    // its own and inside a bounce email.
    let entries = all_entries();
    for reason in Reason::ALL.iter().filter(|r| !r.is_not_failure()) {
        assert!(entries.iter().any(|e| e.reason == *reason), "{reason:?} has no entry");
    }
    let kinds = [crate::report::InputKind::SmtpReply, crate::report::InputKind::Email];
    for entry in entries.into_iter().filter(|e| !e.reason.is_not_failure()) {
        for reply in ["421", "451", "550", "554"] {
            let failure =
                crate::extract::Failure { reply: Some(reply.into()), ..Default::default() };
            for kind in kinds {
                let outcome =
                    retry::outcome(&failure, entry.reason, entry.temporary, "failed", kind);
                if !matches!(outcome, Outcome::Permanent | Outcome::Futile) {
                    continue;
                }
                let explanation = super::card::explanation(entry, entry.reason, outcome, &failure);
                let case = format!("{} {reply} {kind:?} {outcome:?}", entry.id);
                assert!(!explanation.steps.is_empty(), "{case}");
                assert!(!says_wait(&explanation.retry), "{case}: {}", explanation.retry);
                for step in &explanation.steps {
                    assert!(!leaves_it_to_retries(step), "{case}: {step}");
                }
            }
        }
    }
}

/// Gmail's receiving-rate refusal with a 5xx code: the limit passes, but
/// the sending server has given up.
const GMAIL_RECEIVING_RATE_550: &str = "550-5.2.1 The user you are trying to contact is receiving \
     mail at a rate that\n550-5.2.1 prevents additional messages from being delivered. \
     https://support.google.com/mail/?p=ReceivingRate - gsmtp";

#[test]
fn passing_cause_behind_5xx_resends_later() {
    // An entry that leaves the delivery to retries (who acts: wait) has a
    // passing cause, so a 5xx reply with it must neither call the failure
    // permanent nor leave the reader waiting for retries that never come.
    // Left out: entries that call their cause permanent themselves, such
    // as a filter's hold, which waits on the recipient's side.
    let entries = all_entries();
    let passing =
        |e: &&&crate::knowledge::Entry| e.who == Actor::Wait && e.temporary != Some(false);
    let waiting: Vec<_> = entries.iter().filter(passing).collect();
    assert!(waiting.len() >= 5, "{}", waiting.len());
    for entry in waiting {
        for reply in ["550", "554"] {
            let failure =
                crate::extract::Failure { reply: Some(reply.into()), ..Default::default() };
            for kind in [crate::report::InputKind::SmtpReply, crate::report::InputKind::Email] {
                let temporary = retry::entry_temporary(entry);
                let outcome = retry::outcome(&failure, entry.reason, temporary, "failed", kind);
                let case = format!("{} {reply} {kind:?}", entry.id);
                assert_eq!(outcome, Outcome::GaveUp, "{case}");
                assert_ne!(retry::who_acts(outcome, entry), Actor::Wait, "{case}");
                let text = retry::advice(outcome, None, entry);
                assert!(text.contains("again later"), "{case}: {text}");
            }
        }
    }
}

#[test]
fn gmail_rate_550_card_agrees() {
    let report = crate::explain(GMAIL_RECEIVING_RATE_550);
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    let recipient = &report.recipients[0];
    assert_consistent(recipient);
    let explanation = &recipient.explanation;
    assert_eq!(explanation.entry, "google/receiving-rate");
    assert!(!recipient.permanent, "{recipient:?}");
    assert_ne!(explanation.who_acts, Actor::Wait);
    assert!(says_stopped(&explanation.retry), "{}", explanation.retry);
    assert!(!explanation.retry.contains("fails the same way"), "{}", explanation.retry);
}

/// Every id in the receiving-limit list names a rate-limit entry that
/// waits for the sending server's retries.
#[test]
fn receiving_rate_limits_exist() {
    for id in retry::RECEIVING_RATE_LIMITS {
        let entry = all_entries().into_iter().find(|e| e.id == *id);
        let entry = entry.unwrap_or_else(|| panic!("no entry {id}"));
        assert_eq!(entry.reason, Reason::Speeding, "{id}");
        assert_eq!(entry.who, Actor::Wait, "{id}");
    }
}
