//! A temporary unknown-user reply (`450 4.1.1 ... User unknown`) that the
//! sending server gave up on. Postfix sends one with
//! `unknown_local_recipient_reject_code = 450` or when address
//! verification fails (`unverified address`). RFC 3463 gives 4.1.1 the
//! meaning of 5.1.1 (bad destination mailbox address) in the temporary
//! class. So the reply names a missing mailbox whether or not the bounce
//! states the SMTP command: as a bare line, in a Postfix bounce, in a DSN
//! alone, or in Microsoft 365's NDR. Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{Actor, Reason, Recipient};

/// Temporary replies that state an unknown user under an addressing code.
const TEMPORARY_UNKNOWN_USER: &[&str] = &[
    "450 4.1.1 <bob@example.net>: Recipient address rejected: User unknown in local recipient table",
    "450 4.1.1 <bob@example.net>: Recipient address rejected: User unknown",
    "450 4.1.1 <bob@example.net>: Recipient address rejected: unverified address: host \
     mx2.example.net[198.51.100.21] said: 550 5.1.1 <bob@example.net>: Recipient address \
     rejected: User unknown in virtual mailbox table",
    "451 4.1.1 <bob@example.net>... User unknown",
    "450 4.1.1 <bob@example.net>: No such user here",
    "450 4.1.0 <bob@example.net>: Recipient address rejected: User unknown",
];

/// Builds a DSN with no text part that names the SMTP command or the
/// MTA, as a mail client's "view details" pane or a small relay gives it.
fn dsn_only(action: &str, status: &str, reply: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.com\n\
         To: alice@example.com\n\
         Subject: Returned mail\n\
         Date: Sat, 5 Dec 2026 17:00:01 +0000\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n\
         --b1\n\
         Content-Type: text/plain; charset=us-ascii\n\n\
         Your message could not be delivered.\n\n\
         --b1\n\
         Content-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; mail.example.com\n\n\
         Final-Recipient: rfc822; bob@example.net\n\
         Action: {action}\n\
         Status: {status}\n\
         Remote-MTA: dns; mx.example.net\n\
         Diagnostic-Code: smtp; {reply}\n\n\
         --b1--\n"
    )
}

/// Checks the card of a final failure: unknown user, the sender acts, no
/// warning that the code contradicts the text.
fn assert_final_unknown_user(card: &Recipient, input: &str) {
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{input}");
    assert_eq!(card.reason, Reason::UserUnknown, "{input}: {card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::You, "{input}");
    assert!(card.hard, "{input}: {card:#?}");
    assert!(!card.retrying, "{input}: {card:#?}");
    let steps = card.explanation.steps.join(" ");
    assert!(steps.contains("typing errors"), "{input}: {steps}");
    let retry = &card.explanation.retry;
    assert!(retry.contains("stopped retrying"), "{input}: {retry}");
    for note in &card.notes {
        assert!(!note.message.contains("does not fit"), "{input}: {}", note.message);
    }
}

#[test]
fn dsn_alone_reads_unknown_user() {
    for reply in TEMPORARY_UNKNOWN_USER {
        // The DSN's own Status may repeat the reply's code, give only the
        // class, or give the permanent code of the final verdict.
        for status in ["4.1.1", "4.0.0", "5.0.0", "5.1.1"] {
            let text = dsn_only("failed", status, reply);
            let card = only(&text);
            assert_final_unknown_user(&card, &format!("Status {status}: {reply}"));
        }
    }
}

#[test]
fn m365_ndr_reads_unknown_user() {
    let path = format!(
        "{}/tests/fixtures/dsn/m365-temporary-unknown-user.eml",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("fixture is readable");
    let card = only(&text);
    assert_final_unknown_user(&card, &path);
    assert_eq!(card.status.as_deref(), Some("4.1.1"), "{card:#?}");
}

/// The same reply pasted alone, where the sending server may still retry,
/// gives the same cause and the same party to act.
#[test]
fn bare_line_agrees_with_dsn() {
    for reply in TEMPORARY_UNKNOWN_USER {
        let bare = only(reply);
        let dsn = only(&dsn_only("failed", "4.1.1", reply));
        assert_eq!(bare.reason, dsn.reason, "{reply}");
        assert_eq!(bare.explanation.who_acts, dsn.explanation.who_acts, "{reply}");
        assert_eq!(bare.explanation.entry, dsn.explanation.entry, "{reply}");
    }
}

/// A delay notice for the same reply: the server still retries, so the
/// card waits, but the cause stays an unknown user.
#[test]
fn delayed_dsn_reads_unknown_user() {
    for reply in TEMPORARY_UNKNOWN_USER {
        let card = only(&dsn_only("delayed", "4.1.1", reply));
        assert_eq!(card.reason, Reason::UserUnknown, "{reply}: {card:#?}");
        assert_eq!(card.explanation.who_acts, Actor::Wait, "{reply}");
        assert!(card.retrying, "{reply}");
    }
}

/// Postfix also writes 4.1.1 when its address probe could not reach the
/// next server. That reply names no unknown user, so the code alone must
/// not make it one.
#[test]
fn failed_probe_stays_network_error() {
    let reply = "450 4.1.1 <bob@example.net>: Recipient address rejected: unverified address: \
                 connect to mx2.example.net[198.51.100.21]:25: Connection timed out";
    let card = only(&dsn_only("failed", "4.1.1", reply));
    assert_ne!(card.reason, Reason::UserUnknown, "{card:#?}");
    assert_ne!(card.reason, Reason::Filtered, "{card:#?}");
}

/// Words that name a filter or the sender still decide under 4.1.1, as
/// they do under 5.1.1.
#[test]
fn other_causes_still_decide() {
    let sender = "450 4.1.1 <alice@example.com>: Sender address rejected: User unknown in \
                  local recipient table";
    let card = only(&dsn_only("failed", "4.1.1", sender));
    assert_eq!(card.reason, Reason::Rejected, "{card:#?}");
    let rate = "450 4.1.1 User unknown, too many recipients this hour";
    let card = only(&dsn_only("failed", "4.1.1", rate));
    assert_ne!(card.reason, Reason::UserUnknown, "{card:#?}");
}
