//! Greylisting end to end: a deliberate temporary deferral that the
//! sending server clears by retrying. Whatever the status code, it is
//! explained as greylisting, never as spam or a blocklist listing, and the
//! advice is to wait rather than resend.

use crate::cards::only;
use bounce_explainer::{Actor, Reason, Recipient};

const EXIM_DELAY: &str = include_str!("fixtures/advice/exim-greylist-delay.txt");

/// Asserts the greylisting explanation with waiting advice and none of
/// the spam, blocklist or resend steps.
fn assert_wait_for_retry(r: &Recipient) {
    assert_eq!(r.explanation.entry, "practice/greylisting", "{}", r.diagnostic);
    assert_eq!(r.reason, Reason::OnHold);
    assert_eq!(r.explanation.who_acts, Actor::Wait);
    assert!(!r.permanent);
    assert!(r.explanation.retry.contains("o not resend"), "{}", r.explanation.retry);
    let all =
        format!("{} {} {}", r.explanation.what, r.explanation.why, r.explanation.steps.join(" "));
    let lower = all.to_lowercase();
    for word in ["spam filter", "blocklist", "removal", "send the message again", "shortener"] {
        assert!(!lower.contains(word), "{word:?} in {all}");
    }
}

#[test]
fn postfix_greylisted_reply_waits() {
    let r = only(
        "451 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted, please try again in 300 seconds\n",
    );
    assert_wait_for_retry(&r);
}

#[test]
fn milter_greylist_reply_waits() {
    let r = only("451 4.7.1 Greylisting in action, please come back later\n");
    assert_wait_for_retry(&r);
}

#[test]
fn greylisting_with_mailbox_status_waits() {
    // Some servers greylist with a 4.2.2 status, which alone reads as a
    // full mailbox.
    let r = only("422 4.2.2 Greylisted, please try again in a few moments.\n");
    assert_wait_for_retry(&r);
}

#[test]
fn exim_delay_notice_waits() {
    let r = only(EXIM_DELAY);
    assert_eq!(r.action, "delayed");
    assert_wait_for_retry(&r);
}

#[test]
fn greylisting_then_expiry_is_expired() {
    let text = "Hi. This is the qmail-send program at mail.example.com.\n\
                I'm afraid I wasn't able to deliver your message to the following addresses.\n\
                This is a permanent error; I've given up. Sorry it didn't work out.\n\n\
                <bob@example.org>:\n\
                198.51.100.7 does not like recipient.\n\
                Remote host said: 451 4.7.1 greylisting, please try again later\n\
                Giving up on 198.51.100.7.\n\
                I'm not going to try again; this message has been in the queue too long.\n";
    let r = only(text);
    assert_eq!(r.reason, Reason::Expired);
}

#[test]
fn permanent_greylisting_reply_not_deferral() {
    let r = only("554 5.7.1 Greylisted too often, message rejected\n");
    assert_ne!(r.explanation.entry, "practice/greylisting");
    assert!(r.permanent);
}

#[test]
fn mimecast_greylisting_not_a_block() {
    let r = only(
        "<bob@example.org>: host us-smtp-inbound-1.mimecast.com[198.51.100.30] said: 451 \
         Internal resources are temporarily unavailable \
         - https://community.mimecast.com/docs/DOC-1369#451 (in reply to RCPT TO command)\n",
    );
    assert_eq!(r.explanation.entry, "mimecast/greylisted");
    assert_eq!(r.reason, Reason::OnHold);
    assert_eq!(r.explanation.who_acts, Actor::Wait);
}

#[test]
fn mimecast_documented_451_wording_waits() {
    // Mimecast's own table words the reply without "is" or "are", and
    // Postfix may wrap it over several lines.
    for text in [
        "<bob@example.org>: host us-smtp-inbound-1.mimecast.com[198.51.100.30] said: 451 \
         Internal resource temporarily unavailable - \
         https://community.mimecast.com/docs/DOC-1369#451 [AbCdEf.us123] (in reply to RCPT TO \
         command)\n",
        "<bob@example.org>: host us-smtp-inbound-1.mimecast.com[198.51.100.30] said:\n    451 \
         Internal resource temporarily unavailable -\n    \
         https://community.mimecast.com/docs/DOC-1369#451 [AbCdEf.us123] (in\n    reply to RCPT \
         TO command)\n",
    ] {
        let r = only(text);
        assert_eq!(r.explanation.entry, "mimecast/greylisted", "{text}");
        assert_eq!(r.reason, Reason::OnHold);
        assert_eq!(r.explanation.who_acts, Actor::Wait);
        let steps = r.explanation.steps.join(" ");
        assert!(steps.contains("reputation"), "{steps}");
    }
}

#[test]
fn mimecast_maximum_load_waits() {
    let r = only(
        "<bob@example.org>: host us-smtp-inbound-1.mimecast.com[198.51.100.30] said: 421 \
         Unable to process connection at this time [AbCdEf.us123] (in reply to RCPT TO \
         command)\n",
    );
    assert_eq!(r.explanation.entry, "mimecast/at-maximum-load");
    assert_eq!(r.reason, Reason::SystemError);
    assert_eq!(r.explanation.who_acts, Actor::Wait);
    assert!(!r.permanent);
}
