//! Whether a connection failure stated without a reply code is final.
//! Such a line is the sending server's own sentence, because no receiving
//! server replied. A user copies it from a returned message or from a
//! delay notice, and a delay notice states in its own words that delivery
//! will be retried. So the line pasted without such words reads as final,
//! with a card note saying so, and a delay notice's line keeps reading as
//! still retrying. Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{explain, Recipient};

/// Postfix's own sentences for a delivery that got no reply code, each
/// as a returned message lists it under the recipient.
const LINES: &[&str] = &[
    "<carol@example.org>: connect to mx.example.org[198.51.100.30]:25: Connection refused",
    "<carol@example.org>: connect to mx.example.org[198.51.100.30]:25: Connection timed out",
    "<carol@example.org>: delivery temporarily suspended: connect to \
     mx.example.org[198.51.100.30]:25: Connection timed out",
    "<carol@example.org>: Host or domain name not found. Name service error for \
     name=example.org type=MX: Host not found, try again",
    "<carol@example.org>: lost connection with mx.example.org[198.51.100.30] while \
     receiving the initial server greeting",
];

/// True when one of the card's notes states that finality was assumed.
fn notes_assumed_final(card: &Recipient) -> bool {
    card.notes.iter().any(|note| note.message.contains("does not say whether"))
}

fn assert_final(card: &Recipient, label: &str) {
    assert!(!card.retrying, "{label}: retrying");
    assert!(!card.permanent, "{label}: permanent");
    let retry = &card.explanation.retry;
    assert!(retry.contains("stopped retrying"), "{label}: {retry}");
    assert!(!retry.contains("do not resend"), "{label}: {retry}");
}

fn assert_still_retrying(card: &Recipient, label: &str) {
    assert!(card.retrying, "{label}: {card:#?}");
    assert_eq!(card.action, "delayed", "{label}");
    let retry = &card.explanation.retry;
    assert!(!retry.contains("stopped retrying"), "{label}: {retry}");
    assert!(!notes_assumed_final(card), "{label}: {:?}", card.notes);
}

#[test]
fn codeless_line_alone_reads_final() {
    for line in LINES {
        let card = only(&format!("{line}\n"));
        assert_final(&card, line);
        assert!(notes_assumed_final(&card), "{line}: {:?}", card.notes);
    }
}

#[test]
fn codeless_lines_beside_replies_read_final() {
    let text = LINES.iter().map(|line| format!("{line}\n\n")).collect::<String>()
        + "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.1.1 \
           <bob@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO \
           command)\n";
    let report = explain(&text);
    assert!(report.recipients.len() >= 2, "{report:#?}");
    for card in report.recipients.iter().filter(|card| card.reply.is_none()) {
        assert_final(card, &card.diagnostic);
    }
}

#[test]
fn postfix_delay_body_keeps_retrying() {
    for line in LINES {
        let text = format!(
            "This is the mail system at host mail.example.com.\n\n\
             ####################################################################\n\
             # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\
             ####################################################################\n\n\
             Your message could not be delivered for more than 4 hour(s).\n\
             It will be retried until it is 5 day(s) old.\n\n\
             For further assistance, please send mail to postmaster.\n\n\
             \x20                  The mail system\n\n{line}\n"
        );
        assert_still_retrying(&only(&text), line);
    }
}

#[test]
fn will_retry_wording_keeps_retrying() {
    let text = format!("{}\nThe mail system will retry delivery.\n", LINES[0]);
    assert_still_retrying(&only(&text), &text);
}

#[test]
fn delayed_dsn_action_keeps_retrying() {
    let text = "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
                To: alex@example.com\n\
                Subject: Delayed Mail (still being retried)\n\
                Date: Sun, 6 Dec 2026 02:00:00 +0000\n\
                MIME-Version: 1.0\n\
                Content-Type: multipart/report; report-type=delivery-status;\n\
                \tboundary=\"B\"\n\n\
                --B\n\
                Content-Type: text/plain; charset=us-ascii\n\n\
                <carol@example.org>: connect to mx.example.org[198.51.100.30]:25: Connection \
                timed out\n\n\
                --B\n\
                Content-Type: message/delivery-status\n\n\
                Reporting-MTA: dns; mail.example.com\n\n\
                Final-Recipient: rfc822; carol@example.org\n\
                Action: delayed\n\
                Status: 4.4.1\n\
                Diagnostic-Code: X-Postfix; connect to mx.example.org[198.51.100.30]:25: \
                Connection timed out\n\n\
                --B--\n";
    assert_still_retrying(&only(text), "Action: delayed");
}
