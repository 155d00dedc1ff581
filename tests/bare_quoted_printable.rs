//! An NDR's text part copied from "view source" without its MIME part
//! header is still quoted-printable: `=27554` hides the reply code 554 and
//! a soft line break cuts the sending IP in two. Such text is decoded
//! before it is read, and the IP's line counts lines of the decoded text.

use crate::cards;

use bounce_explainer::{explain, Reason};
use cards::only;

const EXCHANGE_NDR: &str = include_str!("fixtures/quoted_printable/exchange-ndr-no-headers.txt");

#[test]
fn bare_qp_reply_code_read() {
    let bob = only(EXCHANGE_NDR);
    assert_eq!(bob.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(bob.reply.as_deref(), Some("554"));
    assert_eq!(bob.status.as_deref(), Some("5.7.1"));
    assert_eq!(bob.reason, Reason::Blocked);
    assert!(!bob.diagnostic.contains("=27"), "{:?}", bob.diagnostic);
}

#[test]
fn bare_qp_split_ip_joined() {
    let bob = only(EXCHANGE_NDR);
    assert_eq!(bob.sender_ip.as_deref(), Some("203.0.113.45"));
    assert!(bob.sender_ip_source.decoded, "{:?}", bob.sender_ip_source);
    // Line 12 of the pasted text is line 11 of the decoded text, which
    // joined the recipient-notice sentence's two lines.
    assert_eq!(bob.sender_ip_source.line, Some(11));
}

#[test]
fn bare_qp_decoding_noted() {
    let report = explain(EXCHANGE_NDR);
    let noted = report.notes.iter().any(|n| n.message.contains("quoted-printable"));
    assert!(noted, "{:?}", report.notes);
}

// A log line's own `=` fields are no quoted-printable.
#[test]
fn log_fields_not_decoded() {
    let log = "Jan  1 10:00:01 mail sm-mta[1234]: 401A0000012345: to=<bob@example.net>, \
        delay=00:00:01, mailer=esmtp, relay=mx.example.net. [198.51.100.20], dsn=5.1.1, \
        stat=User unknown\n";
    let report = explain(log);
    let noted = report.notes.iter().any(|n| n.message.contains("quoted-printable"));
    assert!(!noted, "{:?}", report.notes);
}
