//! An event record of an unnamed service gets one card for each of its
//! first 32 recipients. The report states how many recipients past that
//! cap were left out. The named services' readers take one recipient per
//! event and have no such cap. Documentation addresses only.

use crate::common;

use bounce_explainer::explain;
use common::cut_notes;

/// The cap on cards made from the recipients of one event.
const MAX_CARDS: usize = 32;

/// Returns the JSON list of `count` different recipients, starting at `first`.
fn recipient_list(first: usize, count: usize) -> String {
    let addresses: Vec<String> =
        (first..first + count).map(|n| format!("\"user{n}@example.net\"")).collect();
    format!("[{}]", addresses.join(","))
}

/// Builds one bounce event of an unnamed service whose `to` is `list`.
fn bounce_event(list: &str) -> String {
    format!(
        r#"{{"type":"email.bounced","data":{{"from":"alice@example.com","to":{list},"reason":"550 5.1.1 User unknown"}}}}"#
    )
}

#[test]
fn event_past_cap_noted() {
    let report = explain(&bounce_event(&recipient_list(0, 40)));
    assert_eq!(report.recipients.len(), MAX_CARDS, "{}", report.summary);
    let notes = cut_notes(&report);
    assert_eq!(notes.len(), 1, "{:?}", report.notes);
    assert!(notes[0].contains("40 recipients"), "{}", notes[0]);
    assert!(notes[0].contains("8 were left out"), "{}", notes[0]);
}

#[test]
fn one_past_cap_noted() {
    let report = explain(&bounce_event(&recipient_list(0, MAX_CARDS + 1)));
    let notes = cut_notes(&report);
    assert_eq!(notes.len(), 1, "{:?}", report.notes);
    assert!(notes[0].contains("1 was left out"), "{}", notes[0]);
}

#[test]
fn repeated_address_not_counted_as_cut() {
    // The first ten addresses listed again past the cap are already cards.
    let mut list = recipient_list(0, 40);
    list.pop();
    list.push(',');
    list.push_str(&recipient_list(0, 10)[1..]);
    let report = explain(&bounce_event(&list));
    assert_eq!(report.recipients.len(), MAX_CARDS);
    let notes = cut_notes(&report);
    assert_eq!(notes.len(), 1, "{:?}", report.notes);
    assert!(notes[0].contains("8 were left out"), "{}", notes[0]);
}

#[test]
fn event_at_cap_has_no_note() {
    let report = explain(&bounce_event(&recipient_list(0, MAX_CARDS)));
    assert_eq!(report.recipients.len(), MAX_CARDS, "{}", report.summary);
    assert!(cut_notes(&report).is_empty(), "{:?}", report.notes);
}

#[test]
fn events_past_cap_summed() {
    let first = bounce_event(&recipient_list(0, 40));
    let second = bounce_event(&recipient_list(100, 35));
    let report = explain(&format!("[{first},{second}]"));
    assert_eq!(report.recipients.len(), 2 * MAX_CARDS, "{}", report.summary);
    let notes = cut_notes(&report);
    assert_eq!(notes.len(), 1, "{:?}", report.notes);
    assert!(notes[0].contains("2 event records"), "{}", notes[0]);
    assert!(notes[0].contains("11 were left out"), "{}", notes[0]);
}

/// Each named service's event names one recipient, so a batch of 40
/// events gives 40 cards and no note.
#[test]
fn named_service_batches_not_capped() {
    let batches: [(&str, fn(usize) -> String); 3] = [
        ("sendgrid", |n| {
            format!(
                r#"{{"event":"bounce","email":"user{n}@example.net","sg_event_id":"e{n}","reason":"550 5.1.1 User unknown","status":"5.1.1"}}"#
            )
        }),
        ("mailgun", |n| {
            format!(
                r#"{{"event":"failed","severity":"permanent","recipient":"user{n}@example.net","delivery-status":{{"code":550,"message":"5.1.1 User unknown"}}}}"#
            )
        }),
        ("mandrill", |n| {
            format!(
                r#"{{"event":"hard_bounce","msg":{{"email":"user{n}@example.net","diag":"550 5.1.1 User unknown"}}}}"#
            )
        }),
    ];
    for (service, event) in batches {
        let events: Vec<String> = (0..40).map(event).collect();
        let report = explain(&format!("[{}]", events.join(",")));
        assert_eq!(report.mta.as_deref(), Some(service));
        assert_eq!(report.recipients.len(), 40, "{service}: {}", report.summary);
        assert!(cut_notes(&report).is_empty(), "{service}: {:?}", report.notes);
    }
}
