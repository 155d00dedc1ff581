//! Bounces whose text part or Subject is in UTF-7 (RFC 2152), which
//! neither WHATWG decoder has. tests/node/charset.test.mjs runs the body
//! and Subject cases again against the page's WASM build.

use bounce_explainer::{explain_bytes, Reason};

const HEADERS: &str = "From: MAILER-DAEMON@example.com\r\n\
To: alice@example.org\r\n\
Subject: Undeliverable\r\n\
MIME-Version: 1.0\r\n";

/// Builds a one-part bounce with the given charset, transfer encoding and
/// body as sent.
fn bounce(charset: &str, encoding: &str, body: &str) -> Vec<u8> {
    format!(
        "{HEADERS}Content-Type: text/plain; charset={charset}\r\n\
         Content-Transfer-Encoding: {encoding}\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

/// The reply's UTF-7 form: U+2013 (en dash) is `+IBM`, ended by a space.
const REPLY_UTF7: &str = "bob@example.net: 550 5.7.1 Client host [192.0.2.8] blocked using zen.spamhaus.org +IBM Zugriff verweigert";
const DECODED: &str = "blocked using zen.spamhaus.org \u{2013} Zugriff verweigert";

fn assert_decoded(name: &str, input: &[u8]) {
    let report = explain_bytes(input);
    assert_eq!(report.recipients.len(), 1, "{name}");
    let r = &report.recipients[0];
    assert!(r.diagnostic.contains(DECODED), "{name}: {:?}", r.diagnostic);
    assert!(!r.diagnostic.contains("+IBM"), "{name}: {:?}", r.diagnostic);
    assert_eq!(r.reason, Reason::Blocked, "{name}");
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.8"), "{name}");
}

#[test]
fn utf7_body_7bit() {
    assert_decoded("7bit", &bounce("utf-7", "7bit", REPLY_UTF7));
    assert_decoded("quoted label", &bounce("\"UTF-7\"", "7bit", REPLY_UTF7));
    assert_decoded("old label", &bounce("unicode-1-1-utf-7", "7bit", REPLY_UTF7));
}

#[test]
fn utf7_body_base64() {
    // base64 of REPLY_UTF7.
    let body = "Ym9iQGV4YW1wbGUubmV0OiA1NTAgNS43LjEgQ2xpZW50IGhvc3QgWzE5Mi4wLjIuOF0gYmxvY2tl\r\n\
                ZCB1c2luZyB6ZW4uc3BhbWhhdXMub3JnICtJQk0gWnVncmlmZiB2ZXJ3ZWlnZXJ0";
    assert_decoded("base64", &bounce("utf-7", "base64", body));
}

#[test]
fn utf7_body_quoted_printable() {
    // A soft line break splits the run, and `+` is written as =2B.
    let body = "bob@example.net: 550 5.7.1 Client host [192.0.2.8] blocked using zen.spamhaus.org =2BI=\r\n\
                BM Zugriff verweigert";
    assert_decoded("quoted-printable", &bounce("utf-7", "quoted-printable", body));
}

#[test]
fn utf7_body_malformed() {
    // An unterminated run at the end, set padding bits, and a lone `+`:
    // each gives a result, with U+FFFD only where bits are wrong.
    let cases = [
        ("unterminated", "550 5.1.1 <bob@example.net>: user unknown +IBM", "user unknown \u{2013}"),
        (
            "padding bits",
            "550 5.1.1 <bob@example.net>: user unknown +IBN-",
            "user unknown \u{2013}\u{FFFD}",
        ),
        ("lone plus", "550 5.1.1 <bob@example.net>: user unknown + 1+1", "user unknown + 1+1"),
    ];
    for (name, body, expected) in cases {
        let report = explain_bytes(&bounce("utf-7", "7bit", body));
        assert_eq!(report.recipients.len(), 1, "{name}");
        let r = &report.recipients[0];
        assert!(r.diagnostic.ends_with(expected), "{name}: {:?}", r.diagnostic);
        assert_eq!(r.reason, Reason::UserUnknown, "{name}");
    }
}

#[test]
fn utf7_encoded_subject() {
    // "Out of office" with its spaces in UTF-7, so only the decoded
    // Subject names an auto-reply.
    let input = "From: Bob <bob@example.net>\r\n\
                 To: alice@example.org\r\n\
                 Subject: =?utf-7?Q?Out+ACA-of+ACA-office_until_Monday?=\r\n\
                 MIME-Version: 1.0\r\n\
                 Content-Type: text/plain; charset=us-ascii\r\n\r\n\
                 I am away and will read your message next week.\r\n";
    let report = explain_bytes(input.as_bytes());
    assert_eq!(report.recipients.len(), 1);
    assert_eq!(report.recipients[0].reason, Reason::Vacation);
}
