//! A delay notice and the later final notice for the same original
//! message, pasted one after another or in one mbox: the delay's card
//! folds into the final one, so the recipient is counted once, as failed.
//! Notices about different messages, or about a message whose Message-ID
//! is not returned, stay apart.

use bounce_explainer::{explain, explain_bytes, Recipient, Report};

/// A Postfix delay DSN (Jan 1) and the final DSN (Jan 6) for
/// bob@example.net, both returning the headers of `<quote-1@example.org>`.
const DELAY_THEN_FINAL: &[u8] = include_bytes!("fixtures/series_delay/delay_then_final.eml");

/// How a notice returns the original message.
#[derive(Clone, Copy)]
enum Returned {
    /// A text/rfc822-headers part with this Message-ID.
    Headers(&'static str),
    /// A message/rfc822 part with this Message-ID.
    Message(&'static str),
    /// No returned headers at all.
    Nothing,
}

/// Builds a Postfix DSN for `recipient` with `action` (`delayed` or
/// `failed`), dated `date` when given.
fn notice(date: Option<&str>, action: &str, recipient: &str, returned: Returned) -> String {
    let subject = match action {
        "delayed" => "Delayed Mail (still being retried)",
        _ => "Undelivered Mail Returned to Sender",
    };
    let date = date.map(|d| format!("Date: {d}\n")).unwrap_or_default();
    let original = |id: &str| {
        format!("From: alice@example.org\nTo: {recipient}\nSubject: Quote\nMessage-ID: {id}\n")
    };
    let returned = match returned {
        Returned::Headers(id) => {
            format!("--B\nContent-Type: text/rfc822-headers\n\n{}\n", original(id))
        }
        Returned::Message(id) => format!(
            "--B\nContent-Type: message/rfc822\n\n{}\nThe quote is attached.\n\n",
            original(id)
        ),
        Returned::Nothing => String::new(),
    };
    format!(
        "From: Mail Delivery System <MAILER-DAEMON@mail.example.org>\n\
         To: alice@example.org\n\
         Subject: {subject}\n\
         {date}\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\
         \n\
         --B\n\
         Content-Type: text/plain\n\
         \n\
         This is the mail system at host mail.example.org.\n\
         \n\
         <{recipient}>: host mx.example.net[203.0.113.25] said: 452 4.2.2\n    \
         <{recipient}>: Mailbox full (in reply to RCPT TO command)\n\
         \n\
         --B\n\
         Content-Type: message/delivery-status\n\
         \n\
         Reporting-MTA: dns; mail.example.org\n\
         \n\
         Final-Recipient: rfc822; {recipient}\n\
         Action: {action}\n\
         Status: 4.2.2\n\
         Diagnostic-Code: smtp; 452 4.2.2 <{recipient}>: Mailbox full\n\
         \n\
         {returned}\
         --B--\n"
    )
}

const JAN_1: Option<&str> = Some("Mon, 01 Jan 2024 14:00:00 +0000");
const JAN_2: Option<&str> = Some("Tue, 02 Jan 2024 14:00:00 +0000");
const JAN_6: Option<&str> = Some("Sat, 06 Jan 2024 10:00:00 +0000");
const BOB: &str = "bob@example.net";
const QUOTE: Returned = Returned::Headers("<quote-1@example.org>");

fn delay(date: Option<&str>, returned: Returned) -> String {
    notice(date, "delayed", BOB, returned)
}

fn final_notice(date: Option<&str>, returned: Returned) -> String {
    notice(date, "failed", BOB, returned)
}

/// Explains `notices` pasted one after another with a blank line between.
fn pasted(notices: &[String]) -> Report {
    explain(&notices.join("\n"))
}

/// Explains `notices` as an mbox, each under its own `From ` line.
fn mbox(notices: &[String]) -> Report {
    let mut text = String::new();
    for (i, notice) in notices.iter().enumerate() {
        text.push_str(&format!("From MAILER-DAEMON Mon Jan  {} 10:00:00 2024\n", i + 1));
        text.push_str(notice);
        text.push('\n');
    }
    explain(&text)
}

fn actions(report: &Report) -> Vec<&str> {
    report.recipients.iter().map(|r| r.action.as_str()).collect()
}

fn has_folded_note(card: &Recipient) -> bool {
    card.notes.iter().any(|n| n.message.contains("folded into this card"))
}

/// Asserts one failed card for bob@example.net, read from message
/// `final_index`, that names the folded delay notice.
fn assert_folded(report: &Report, final_index: usize, label: &str) {
    assert_eq!(actions(report), ["failed"], "{label}: {report:#?}");
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some(BOB), "{label}");
    assert_eq!(card.mbox_index, Some(final_index), "{label}");
    assert!(!card.retrying, "{label}");
    assert!(has_folded_note(card), "{label}: {:?}", card.notes);
    assert!(!report.summary.contains("delayed"), "{label}: {}", report.summary);
}

/// Asserts a delayed card and a failed card, neither with a fold note.
fn assert_apart(report: &Report, label: &str) {
    let mut found = actions(report);
    found.sort();
    assert_eq!(found, ["delayed", "failed"], "{label}: {report:#?}");
    for card in &report.recipients {
        assert!(!has_folded_note(card), "{label}: {:?}", card.notes);
    }
}

#[test]
fn saved_pair_gives_one_card() {
    let report = explain_bytes(DELAY_THEN_FINAL);
    assert_folded(&report, 1, "pasted as found");
}

#[test]
fn delay_then_final_folds() {
    let report = pasted(&[delay(JAN_1, QUOTE), final_notice(JAN_6, QUOTE)]);
    assert_folded(&report, 1, "delay, final");
}

#[test]
fn final_pasted_first_folds() {
    let report = pasted(&[final_notice(JAN_6, QUOTE), delay(JAN_1, QUOTE)]);
    assert_folded(&report, 0, "final, delay");
}

#[test]
fn two_delays_fold_into_final() {
    let report = pasted(&[delay(JAN_1, QUOTE), delay(JAN_2, QUOTE), final_notice(JAN_6, QUOTE)]);
    assert_folded(&report, 2, "two delays, final");
    let notes = &report.recipients[0].notes;
    assert!(notes.iter().any(|n| n.message.contains("in messages 1 and 2 about")), "{notes:?}");
}

#[test]
fn returned_message_part_folds() {
    let whole = Returned::Message("<quote-1@example.org>");
    let report = pasted(&[delay(JAN_1, whole), final_notice(JAN_6, QUOTE)]);
    assert_folded(&report, 1, "message/rfc822, then headers");
}

#[test]
fn without_dates_order_decides() {
    let report = pasted(&[delay(None, QUOTE), final_notice(None, QUOTE)]);
    assert_folded(&report, 1, "undated delay, final");
    let report = pasted(&[final_notice(None, QUOTE), delay(None, QUOTE)]);
    assert_apart(&report, "undated final, delay");
}

#[test]
fn final_dated_before_delay_stays_apart() {
    let report = pasted(&[final_notice(JAN_1, QUOTE), delay(JAN_6, QUOTE)]);
    assert_apart(&report, "final Jan 1, delay Jan 6");
}

#[test]
fn other_message_id_stays_apart() {
    let other = Returned::Headers("<quote-2@example.org>");
    let report = pasted(&[delay(JAN_1, QUOTE), final_notice(JAN_6, other)]);
    assert_apart(&report, "two messages");
    assert!(report.summary.contains("1 of them only delayed"), "{}", report.summary);
}

#[test]
fn missing_message_id_stays_apart() {
    let report = pasted(&[delay(JAN_1, Returned::Nothing), final_notice(JAN_6, QUOTE)]);
    assert_apart(&report, "delay without headers");
    let report = pasted(&[delay(JAN_1, QUOTE), final_notice(JAN_6, Returned::Nothing)]);
    assert_apart(&report, "final without headers");
}

#[test]
fn other_recipient_stays_apart() {
    let carol = notice(JAN_6, "failed", "carol@example.net", QUOTE);
    let report = pasted(&[delay(JAN_1, QUOTE), carol]);
    assert_apart(&report, "bob delayed, carol failed");
}

#[test]
fn recipient_case_is_ignored() {
    let upper = notice(JAN_6, "failed", "Bob@Example.NET", QUOTE);
    let report = pasted(&[delay(JAN_1, QUOTE), upper]);
    assert_eq!(actions(&report), ["failed"], "{report:#?}");
}

#[test]
fn mbox_delay_then_final_folds() {
    let report = mbox(&[delay(JAN_1, QUOTE), final_notice(JAN_6, QUOTE)]);
    assert_folded(&report, 1, "mbox");
    let report = mbox(&[delay(JAN_1, QUOTE), final_notice(JAN_6, Returned::Nothing)]);
    assert_apart(&report, "mbox, final without headers");
}

#[test]
fn equal_dates_order_decides() {
    let report = pasted(&[delay(JAN_6, QUOTE), final_notice(JAN_6, QUOTE)]);
    assert_folded(&report, 1, "same date, delay first");
    let report = pasted(&[final_notice(JAN_6, QUOTE), delay(JAN_6, QUOTE)]);
    assert_apart(&report, "same date, final first");
}

#[test]
fn undated_final_after_dated_delay_folds() {
    let report = pasted(&[delay(JAN_1, QUOTE), final_notice(None, QUOTE)]);
    assert_folded(&report, 1, "dated delay, undated final");
}
