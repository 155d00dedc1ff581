//! Helpers that read a report's cards, shared by tests that check what
//! the reader sees.

use std::fmt::Debug;

use bounce_explainer::{explain, Reason, Recipient, Report};

/// Explains `text` and returns its one card, failing the test when there
/// are more or none.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn only(text: &str) -> Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}\n{report:#?}");
    report.recipients.into_iter().next().expect("length checked above")
}

/// Explains `text` and returns the card for `recipient`, failing the
/// test when there is none.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn card_for(text: &str, recipient: &str) -> Recipient {
    by_address(&explain(text).recipients, recipient).clone()
}

/// Returns the card for `address` among `recipients`, failing the test
/// when there is none.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn by_address<'a>(recipients: &'a [Recipient], address: &str) -> &'a Recipient {
    recipients
        .iter()
        .find(|r| r.recipient.as_deref() == Some(address))
        .unwrap_or_else(|| panic!("no card for {address}: {recipients:#?}"))
}

/// Joins the explanation's fields that the reader sees, in lowercase.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn card(r: &Recipient) -> String {
    format!(
        "{} {} {} {}",
        r.explanation.what,
        r.explanation.why,
        r.explanation.steps.join(" "),
        r.explanation.retry
    )
    .to_lowercase()
}

/// A card as a test expects it: recipient, cause, IP to quote and one
/// more field that the test names.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub type Expected<E> = (Option<&'static str>, Reason, Option<&'static str>, E);

/// Returns each card's recipient, cause, IP to quote and the field that
/// `extra` reads, in report order.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn summaries<E>(
    report: &Report,
    extra: impl Fn(&Recipient) -> E,
) -> Vec<(Option<String>, Reason, Option<String>, E)> {
    report
        .recipients
        .iter()
        .map(|r| (r.recipient.clone(), r.reason, r.sender_ip.clone(), extra(r)))
        .collect()
}

/// Explains `text` and checks its cards against `expected` in order,
/// each field with its own assert. `extra` reads the fourth field, which
/// failure messages call `extra_name`.
#[allow(dead_code)] // Not every test file that declares this module uses it.
#[track_caller]
pub fn check_cards<E: PartialEq + Debug>(
    text: &str,
    expected: &[Expected<E>],
    extra_name: &str,
    extra: impl Fn(&Recipient) -> E,
) {
    let report = explain(text);
    let found = summaries(&report, extra);
    assert_eq!(found.len(), expected.len(), "card count for {text:?}: {found:#?}");
    for (card, want) in found.iter().zip(expected) {
        assert_eq!(card.0.as_deref(), want.0, "recipient in {text:?}: {card:?}");
        assert_eq!(card.1, want.1, "cause in {text:?}: {card:?}");
        assert_eq!(card.2.as_deref(), want.2, "IP in {text:?}: {card:?}");
        assert_eq!(card.3, want.3, "{extra_name} in {text:?}: {card:?}");
    }
}
