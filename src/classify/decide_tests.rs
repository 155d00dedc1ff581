//! Tests for the reason decision: the table in `rows.rs`, then single
//! cases for the facts beyond the reply (the MTA, pasted text, the SMTP
//! stage), the evidence kept, and very long text.

use super::decide::{decide, Basis, Facts};
use crate::reason::Reason;

mod rows;

use rows::{Row, ROWS};

fn facts(row: &Row) -> Facts<'static> {
    let some = |s: &'static str| (!s.is_empty()).then_some(s);
    Facts {
        text: row.0,
        status: some(row.1),
        reply: some(row.2),
        command: some(row.3),
        action: some(row.4),
        remote_host: None,
        mta: None,
        pasted: false,
        record: false,
        diagnostic_type: None,
    }
}

#[test]
fn rows_decide_reason() {
    for row in ROWS {
        let decision = decide(&facts(row));
        assert_eq!(
            decision.reason, row.5,
            "text {:?} status {:?} command {:?}",
            row.0, row.1, row.3
        );
    }
}

#[test]
fn recipient_stage_mta_implies_rcpt() {
    let mut facts = facts(&(
        "550 Unknown user user@example.net",
        "5.0.0",
        "550",
        "",
        "failed",
        Reason::UserUnknown,
    ));
    assert_eq!(decide(&facts).reason, Reason::Filtered);
    facts.mta = Some("qmail");
    assert_eq!(decide(&facts).reason, Reason::UserUnknown);
    facts.mta = Some("postfix");
    assert_eq!(decide(&facts).reason, Reason::Filtered);
    facts.mta = None;
    facts.pasted = true;
    assert_eq!(decide(&facts).reason, Reason::UserUnknown);
}

#[test]
fn pasted_filter_phrase_kept() {
    let row: Row = (
        "550 5.7.1 Recipient is only accepting mail from specific email addresses",
        "5.7.1",
        "550",
        "",
        "failed",
        Reason::Filtered,
    );
    let mut facts = facts(&row);
    facts.pasted = true;
    assert_eq!(decide(&facts).reason, Reason::Filtered);
}

#[test]
fn gmail_state_decides_stage() {
    let row: Row =
        ("554 554 5.7.0 Header error (state 18).", "5.7.0", "554", "", "failed", Reason::Filtered);
    let mut facts = facts(&row);
    facts.mta = Some("gmail");
    assert_eq!(decide(&facts).reason, Reason::Filtered);
    let row: Row = (
        "550 550 5.2.2 <user@example.org>... Mailbox Full (state 14).",
        "5.2.2",
        "550",
        "",
        "failed",
        Reason::MailboxFull,
    );
    let mut facts = self::facts(&row);
    facts.mta = Some("gmail");
    assert_eq!(decide(&facts).reason, Reason::MailboxFull);
    let row: Row = (
        "554 554 5.7.1 Service unavailable; Client host [192.0.2.49] blocked using dnsbl.example.org (state 13).",
        "5.7.1", "554", "", "failed", Reason::Blocked,
    );
    let mut facts = self::facts(&row);
    facts.mta = Some("gmail");
    assert_eq!(decide(&facts).reason, Reason::Blocked);
    let row: Row = (
        "550 550 5.7.1 <user@example.org>... Access denied (state 13).",
        "5.7.1",
        "550",
        "",
        "failed",
        Reason::SecurityError,
    );
    let mut facts = self::facts(&row);
    facts.mta = Some("gmail");
    assert_eq!(decide(&facts).reason, Reason::SecurityError);
}

#[test]
fn phrase_kept_as_evidence() {
    let row = ROWS[0];
    let decision = decide(&facts(&row));
    assert_eq!(decision.basis, Basis::Status);
    let decision = decide(&facts(&ROWS[4]));
    assert!(matches!(decision.basis, Basis::Phrase(_)), "{decision:?}");
}

#[test]
fn huge_text_stays_bounded() {
    // A reply followed by a megabyte of filler, with a multi-byte
    // character across the cut.
    let mut text = String::from("550 5.1.1 <user@example.org>: User unknown ");
    while text.len() < 1 << 20 {
        text.push_str("ü filler ");
    }
    let row: Row = ("", "", "550", "RCPT", "failed", Reason::UserUnknown);
    let mut facts = facts(&row);
    facts.text = &text;
    let started = std::time::Instant::now();
    assert_eq!(decide(&facts).reason, Reason::UserUnknown);
    assert!(started.elapsed().as_secs() < 5, "took {:?}", started.elapsed());
}

#[test]
fn x_unix_without_cause_is_mailer_error() {
    let row: Row = ("temporary failure", "4.3.0", "", "", "failed", Reason::MailerError);
    let x_unix = Facts { diagnostic_type: Some("x-unix"), ..facts(&row) };
    assert_eq!(decide(&x_unix).reason, Reason::MailerError);
    // The same text from a remote server says nothing of the cause.
    let smtp = Facts { diagnostic_type: Some("smtp"), ..facts(&row) };
    assert_eq!(decide(&smtp).reason, Reason::OnHold);
    // A local program's report that names a cause keeps it.
    let full = ("mailbox is full", "5.2.2", "", "", "failed", Reason::MailboxFull);
    let full = Facts { diagnostic_type: Some("x-unix"), ..facts(&full) };
    assert_eq!(decide(&full).reason, Reason::MailboxFull);
}

#[test]
fn x_unix_unknown_user_is_not_filter() {
    let row: Row = (
        "mail.local: unknown user: alice 554 Service unavailable",
        "5.5.0",
        "554",
        "",
        "failed",
        Reason::UserUnknown,
    );
    let local = Facts { diagnostic_type: Some("x-unix"), ..facts(&row) };
    assert_eq!(decide(&local).reason, Reason::UserUnknown);
    assert_eq!(decide(&facts(&row)).reason, Reason::Filtered);
}

#[test]
fn mail_from_refusal_is_rejected_sender() {
    let row: Row = (
        "550 5.7.1 <sender@example.com>... Access denied",
        "5.7.1",
        "550",
        "MAIL",
        "failed",
        Reason::Rejected,
    );
    assert_eq!(decide(&facts(&row)).reason, Reason::Rejected);
    // The same reply to RCPT is about the recipient, and a temporary one
    // is not a refusal of the sender.
    let rcpt: Row =
        ("550 5.7.1 Access denied", "5.7.1", "550", "RCPT", "failed", Reason::SecurityError);
    assert_eq!(decide(&facts(&rcpt)).reason, Reason::SecurityError);
    let temporary: Row =
        ("451 4.7.1 Access denied", "4.7.1", "451", "MAIL", "failed", Reason::Blocked);
    assert_ne!(decide(&facts(&temporary)).reason, Reason::Rejected);
}
