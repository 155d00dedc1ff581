//! Postfix's own line when the message needs SMTPUTF8 (RFC 6531), for a
//! non-ASCII address or header, and the receiving server did not offer
//! it: `<bjørn@example.net>: SMTPUTF8 is required, but was not offered by
//! host mx.example.net[198.51.100.20]`, with status 5.6.7 in its DSN. The
//! line carries no reply code. Pasted alone, in a whole bounce or
//! forwarded inline, it must give a card that names the missing SMTPUTF8
//! support and says that a retry fails the same way.

use crate::bounces;

use bounce_explainer::{explain, Actor, Reason, Report};

const ENTRY: &str = "smtputf8/not-offered";
const LINE: &str =
    "<bjørn@example.net>: SMTPUTF8 is required, but was not offered by host mx.example.net[198.51.100.20]\n";

fn check(name: &str, report: &Report, recipient: &str) {
    assert_eq!(report.recipients.len(), 1, "{name}: {}", report.summary);
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some(recipient), "{name}");
    assert_eq!(card.reason, Reason::ContentError, "{name}: {}", card.diagnostic);
    assert_eq!(card.explanation.entry, ENTRY, "{name}");
    assert_eq!(card.explanation.who_acts, Actor::You, "{name}");
    assert!(card.explanation.what.contains("SMTPUTF8"), "{name}: {}", card.explanation.what);
    assert!(card.explanation.retry.contains("fails the same way"), "{name}");
    assert_eq!(card.sender_ip, None, "{name}");
}

#[test]
fn line_pasted_alone() {
    check("alone", &explain(LINE), "bjørn@example.net");
}

#[test]
fn line_wrapped_as_postfix_writes_it() {
    let text = "<bjørn@example.net>: SMTPUTF8 is required, but was not offered by host\n    \
                mx.example.net[198.51.100.20]\n";
    check("wrapped", &explain(text), "bjørn@example.net");
}

#[test]
fn ascii_recipient_line() {
    let text = "<bob@example.net>: SMTPUTF8 is required, but was not offered by host \
                mx.example.net[198.51.100.20]\n";
    check("ascii", &explain(text), "bob@example.net");
}

#[test]
fn line_in_postfix_bounce() {
    let diagnostic =
        "SMTPUTF8 is required, but was not offered by host mx.example.net[198.51.100.20]";
    let text = format!("<bob@example.net>: {diagnostic}\n");
    let email = bounces::postfix_report(&text, "bob@example.net", "5.6.7", diagnostic);
    check("bounce", &explain(&email), "bob@example.net");
}

#[test]
fn bounce_forwarded_inline() {
    let text = format!(
        "From: Alice <alice@example.com>\n\
         To: helpdesk@example.com\n\
         Subject: Fwd: Undelivered Mail Returned to Sender\n\
         Content-Type: text/plain; charset=utf-8\n\n\
         Hi, I keep getting this. Can you help?\n\n\
         ---------- Forwarded message ---------\n\
         From: MAILER-DAEMON@mail.example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         To: alice@example.com\n\n\
         This is the mail system at host mail.example.com.\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients. It's attached below.\n\n\
         \x20                  The mail system\n\n\
         {LINE}"
    );
    check("forwarded", &explain(&text), "bjørn@example.net");
}
