//! Saved emails pasted one after another: each message gets its own
//! cards, whatever the order. An out-of-office reply is one of the
//! messages, and a bounce that follows an Exim bounce's returned copy
//! starts a message of its own when its header is a saved email's.

use bounce_explainer::{explain, Reason, Report};

/// An out-of-office reply from bob@example.net that mentions an old
/// address's bounce in a sentence.
const OUT_OF_OFFICE: &str = include_str!("fixtures/series_orders/ooo.eml");
/// Postfix: carol@example.org blocked by Spamhaus for 192.0.2.96.
const POSTFIX: &str = include_str!("fixtures/series_orders/postfix.eml");
/// Exim, with its returned copy in the text: bob@example.net's server did
/// not offer the TLS that the sender requires.
const EXIM: &str = include_str!("fixtures/series_orders/exim.eml");
/// Microsoft 365 with its delivery-status part: bob@example.net blocked by
/// Spamhaus for 192.0.2.92.
const MICROSOFT: &str = include_str!("fixtures/series_orders/m365.eml");
/// Gmail: the domain of dave@example.org was not found.
const GMAIL: &str = include_str!("fixtures/series_orders/gmail.eml");

/// One message of a series and the card it must give.
struct Message {
    text: &'static str,
    recipient: &'static str,
    reason: Reason,
    ip: Option<&'static str>,
}

const OOO: Message = Message {
    text: OUT_OF_OFFICE,
    recipient: "bob@example.net",
    reason: Reason::Vacation,
    ip: None,
};
const PF: Message = Message {
    text: POSTFIX,
    recipient: "carol@example.org",
    reason: Reason::Blocked,
    ip: Some("192.0.2.96"),
};
const EX: Message =
    Message { text: EXIM, recipient: "bob@example.net", reason: Reason::SecurityError, ip: None };
const MS: Message = Message {
    text: MICROSOFT,
    recipient: "bob@example.net",
    reason: Reason::Blocked,
    ip: Some("192.0.2.92"),
};
const GM: Message =
    Message { text: GMAIL, recipient: "dave@example.org", reason: Reason::HostUnknown, ip: None };

/// Explains `series` pasted with a blank line between the messages.
fn explain_series(series: &[&Message]) -> Report {
    let texts: Vec<&str> = series.iter().map(|m| m.text).collect();
    explain(&texts.join("\n"))
}

/// Asserts that message `i` of the series gave exactly its own card.
fn assert_cards(report: &Report, series: &[&Message], label: &str) {
    assert_eq!(report.recipients.len(), series.len(), "{label}: {report:#?}");
    for (i, message) in series.iter().enumerate() {
        let card = report.recipients.iter().find(|r| r.mbox_index == Some(i));
        let card = card.unwrap_or_else(|| panic!("{label}: no card for message {i}"));
        assert_eq!(card.recipient.as_deref(), Some(message.recipient), "{label}: message {i}");
        assert_eq!(card.reason, message.reason, "{label}: message {i}");
        assert_eq!(card.sender_ip.as_deref(), message.ip, "{label}: message {i}");
    }
    let counted = format!("The text holds {} bounce messages", series.len());
    assert!(
        report.notes.iter().any(|n| n.message.contains(&counted)),
        "{label}: {:?}",
        report.notes
    );
}

/// Checks the messages each alone first, so a failure in a series points
/// at the split rather than at one message's reading.
#[test]
fn each_message_alone() {
    for (label, message) in
        [("ooo", OOO), ("postfix", PF), ("exim", EX), ("m365", MS), ("gmail", GM)]
    {
        let report = explain(message.text);
        assert_eq!(report.recipients.len(), 1, "{label}: {report:#?}");
        assert_eq!(report.recipients[0].recipient.as_deref(), Some(message.recipient), "{label}");
        assert_eq!(report.recipients[0].reason, message.reason, "{label}");
    }
}

#[test]
fn out_of_office_either_side() {
    assert_cards(&explain_series(&[&OOO, &PF]), &[&OOO, &PF], "ooo, postfix");
    assert_cards(&explain_series(&[&PF, &OOO]), &[&PF, &OOO], "postfix, ooo");
    assert_cards(&explain_series(&[&OOO, &EX]), &[&OOO, &EX], "ooo, exim");
    assert_cards(&explain_series(&[&EX, &OOO]), &[&EX, &OOO], "exim, ooo");
}

#[test]
fn exim_copy_then_microsoft() {
    assert_cards(&explain_series(&[&EX, &MS]), &[&EX, &MS], "exim, m365");
    assert_cards(&explain_series(&[&MS, &EX]), &[&MS, &EX], "m365, exim");
}

#[test]
fn three_in_either_order() {
    let forward = [&GM, &EX, &MS];
    assert_cards(&explain_series(&forward), &forward, "gmail, exim, m365");
    let reverse = [&MS, &EX, &GM];
    assert_cards(&explain_series(&reverse), &reverse, "m365, exim, gmail");
}
