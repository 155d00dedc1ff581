//! Routing loops: a message sent round between servers until a hop limit
//! stops it (IANA's X.4.6 "Routing loop detected", Microsoft's 5.4.14
//! "Hop count exceeded", Postfix's "mail forwarding loop for"). The
//! reason keeps Sisimai's name, `networkerror`, but the card explains a
//! loop that forwarding or routing on the recipient's side makes, for the
//! recipient to have fixed, rather than a DNS or network fault.
//! Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

const LOOPS: &[&str] = &[
    "554 5.4.6 Too many hops 26 (25 max): from <alice@example.com> via mx.example.net, to \
     <frank@example.com>",
    "554 5.4.14 Hop count exceeded - possible mail loop ATTR34",
    "550 5.4.6 Routing loop detected",
    "554 5.4.0 Mail loop detected",
    "554 Too many hops",
    "<frank@example.com>: host mx.example.net[198.51.100.20] said: 554 5.4.6 Too many \
     hops (in reply to end of DATA command)",
];

#[test]
fn loop_replies_explain_loop() {
    for text in LOOPS {
        let card = only(text);
        assert_eq!(card.reason, Reason::NetworkError, "{text}");
        assert_eq!(card.explanation.entry, "status/X.4.6", "{text}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{text}");
        let steps = card.explanation.steps.join(" ").to_lowercase();
        assert!(!steps.contains("dns"), "{text}: {steps}");
    }
}

#[test]
fn postfix_dsn_forwarding_loop() {
    let text = "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
                To: alice@example.com\n\
                Subject: Undelivered Mail Returned to Sender\n\
                MIME-Version: 1.0\n\
                Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n\
                --b1\n\
                Content-Type: text/plain; charset=us-ascii\n\n\
                This is the mail system at host mail.example.com.\n\n\
                <frank@example.com>: mail forwarding loop for frank@example.com\n\n\
                --b1\n\
                Content-Type: message/delivery-status\n\n\
                Reporting-MTA: dns; mail.example.com\n\n\
                Final-Recipient: rfc822; frank@example.com\n\
                Action: failed\n\
                Status: 5.4.6\n\
                Diagnostic-Code: X-Postfix; mail forwarding loop for frank@example.com\n\n\
                --b1--\n";
    let card = only(text);
    assert_eq!(card.explanation.entry, "status/X.4.6", "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Recipient);
}

#[test]
fn postfix_loop_line_alone() {
    let card = only("<frank@example.com>: mail forwarding loop for frank@example.com");
    assert_eq!(card.recipient.as_deref(), Some("frank@example.com"));
    assert_eq!(card.explanation.entry, "status/X.4.6", "{card:#?}");
}

#[test]
fn dns_failure_stays_network_error() {
    let card = only("550 5.4.4 Host not found: unrouteable mail domain");
    assert_ne!(card.explanation.entry, "status/X.4.6", "{card:#?}");
}
