//! SMTP replies pasted from a log, a chat or a mail client's notice, with
//! what the source writes in front of each line: a timestamp, a bullet,
//! a list number or Microsoft Exchange's `Remote Server returned '...'`. Each reply
//! still gets its own card.

use bounce_explainer::Reason;

use crate::cards;

const UNKNOWN: &str = "550 5.1.1 User unknown";
const BLOCK: &str =
    "554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org";

/// One card as the user reads it: recipient, cause, IP to quote and the
/// reply code.
type Card = cards::Expected<Option<String>>;

#[track_caller]
fn check(text: &str, expected: &[Card]) {
    cards::check_cards(text, expected, "reply code", |r| r.reply.clone());
}

fn unknown_card() -> Card {
    (None, Reason::UserUnknown, None, Some("550".to_string()))
}

fn blocked_card() -> Card {
    (None, Reason::Blocked, Some("192.0.2.7"), Some("554".to_string()))
}

/// Pastes `UNKNOWN` and `BLOCK` with `first` and `second` in front.
fn marked(first: &str, second: &str) -> String {
    format!("{first}{UNKNOWN}\n{second}{BLOCK}\n")
}

#[test]
fn timestamps_before_replies() {
    for (first, second) in [
        ("2024-05-01 10:05:12 ", "2024-05-01 10:07:40 "),
        ("2024-05-01T10:05:12Z ", "2024-05-01T10:07:40Z "),
        ("2024-05-01 10:05:12,391 ", "2024-05-01 10:07:40,017 "),
        ("[10:05] ", "[10:07] "),
        ("10:05 - ", "10:07 - "),
        ("[01/05/2024 10:05:12] ", "[01/05/2024 10:07:40] "),
    ] {
        check(&marked(first, second), &[unknown_card(), blocked_card()]);
    }
}

#[test]
fn bullets_before_replies() {
    for (first, second) in
        [("- ", "- "), ("* ", "* "), ("• ", "• "), ("1. ", "2. "), ("1) ", "2) ")]
    {
        check(&marked(first, second), &[unknown_card(), blocked_card()]);
    }
}

#[test]
fn remote_server_returned_quotes() {
    let text = "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\
        Remote server returned '554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org'\n";
    check(text, &[unknown_card(), blocked_card()]);
    let report = bounce_explainer::explain(text);
    let first = &report.recipients[0].diagnostic;
    assert!(!first.ends_with('\''), "{first}");
}

#[test]
fn timestamp_and_bullet_with_notes() {
    let text =
        format!("- 10:05 {UNKNOWN}\ntried again\nsame result\n- 10:07 bob@example.net: {BLOCK}\n");
    let bob_blocked =
        (Some("bob@example.net"), Reason::Blocked, Some("192.0.2.7"), Some("554".to_string()));
    check(&text, &[unknown_card(), bob_blocked]);
}

/// A number and a time in a sentence of prose are no marks before a reply.
#[test]
fn prose_with_times_gives_no_card() {
    let text = "We sent 550 invitations at 10:05 and\n\
        2 hours later 554 of them had bounced, see the list.\n";
    let report = bounce_explainer::explain(text);
    assert!(report.recipients.is_empty(), "{report:#?}");
}
