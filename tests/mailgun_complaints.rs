//! Mailgun's `complained` event: the recipient marked the message as spam
//! and a feedback loop passed the complaint to Mailgun (its event types
//! page). The card says
//! so plainly, as SendGrid's `spamreport` card does: the message was
//! delivered, Mailgun suppresses the address (its help page on "Not
//! delivering to a user who marked your messages as spam"), and it is not
//! to be sent again. The payloads follow Mailgun's layout and were
//! written for these tests. Documentation addresses only.

use crate::cards;

use bounce_explainer::{explain, Actor, Reason};
use cards::card_for;

/// A complaint for bob@example.net in a Mailgun webhook post, beside an
/// open for carol@example.org.
const WEBHOOK: &str = r#"[
  {"signature":{"timestamp":"1764931200","token":"t1","signature":"s1"},
   "event-data":{"event":"complained","id":"c1","timestamp":1764931200.5,"log-level":"warn",
     "recipient":"bob@example.net","recipient-domain":"example.net",
     "envelope":{"sending-ip":"198.51.100.7"},
     "message":{"headers":{"to":"bob@example.net","from":"alice@example.com","subject":"News"}}}},
  {"signature":{"timestamp":"1764931300","token":"t2","signature":"s2"},
   "event-data":{"event":"opened","id":"o1","timestamp":1764931300.5,"log-level":"info",
     "recipient":"carol@example.org","ip":"203.0.113.9"}}
]"#;

/// The same complaint as the Events API lists it, without the wrapper.
const EVENTS_API: &str = r#"{"items":[{"event":"complained","id":"c1","timestamp":1764931200.5,
  "log-level":"warn","recipient":"bob@example.net",
  "message":{"headers":{"to":"bob@example.net","from":"alice@example.com","subject":"News"}}}]}"#;

#[test]
fn complained_gets_complaint_card() {
    for text in [WEBHOOK, EVENTS_API] {
        let report = explain(text);
        assert_eq!(report.mta.as_deref(), Some("mailgun"), "{text}");
        let r = card_for(text, "bob@example.net");
        assert_eq!(r.explanation.entry, "mailgun/complained", "{text}");
        assert_eq!(r.reason, Reason::Feedback, "{text}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
        let what = &r.explanation.what;
        assert!(what.contains("marked your message as spam"), "{what}");
        assert!(what.contains("no bounce"), "{what}");
        assert!(r.explanation.why.contains("suppress"), "{}", r.explanation.why);
        let steps = r.explanation.steps.join(" ");
        assert!(steps.contains("Stop mailing"), "{steps}");
        assert!(steps.contains("Complaints"), "{steps}");
        assert!(r.explanation.retry.starts_with("Nothing to retry"), "{}", r.explanation.retry);
        assert!(!r.retrying, "{text}");
        // The address the complaint names is the recipient's, and the
        // sending IP is no cause to quote.
        assert_eq!(r.sender_ip, None, "{text}");
        assert!(r.explanation.source.contains("mailgun.com"), "{}", r.explanation.source);
        assert!(report.summary.contains("spam"), "{}", report.summary);
    }
}

/// The complaint is no longer listed among the events not read, while
/// the open still is.
#[test]
fn complaint_not_in_unread_note() {
    let report = explain(WEBHOOK);
    let recipients: Vec<&str> =
        report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, ["bob@example.net"]);
    let notes: Vec<&str> = report.notes.iter().map(|n| n.message.as_str()).collect();
    assert!(!notes.iter().any(|n| n.contains("`complained`")), "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("`opened` for carol@example.org")), "{notes:?}");
}
