//! Characters that cut an IP where a reader sees one address: a control
//! character, the replacement character of an invalid byte, an accented
//! Latin letter, or a quoted-printable soft line break pasted without its
//! part's header. The part after the cut is another network's address,
//! so no IP is quoted; CJK text written right against an IP still lets it
//! be read.

use crate::split_ip;

use bounce_explainer::{explain, explain_bytes};
use split_ip::{insert_at, spamhaus_reply};

const IP: &str = "192.0.2.199";

fn quoted_ip(text: &str) -> Option<String> {
    explain(text).recipients.first().and_then(|r| r.sender_ip.clone())
}

#[test]
fn cut_ip_never_quoted() {
    for mark in ['\u{7}', '\u{0}', '\u{fffd}', 'Á', 'é', 'Ж', 'λ'] {
        for at in 1..IP.len() {
            let cut = insert_at(IP, at, mark);
            let quoted = quoted_ip(&spamhaus_reply(&cut));
            assert!(quoted.is_none() || quoted.as_deref() == Some(IP), "{cut:?} quoted {quoted:?}");
        }
    }
}

#[test]
fn invalid_byte_inside_ip_not_quoted_cut() {
    // The byte 0xFF is not UTF-8, so it reads as U+FFFD between the digits.
    let text = [
        b"554 5.7.1 Client host [192.0.2.1".as_slice(),
        b"\xff",
        b"99] blocked using zen.spamhaus.org",
    ]
    .concat();
    let report = explain_bytes(&text);
    let quoted = report.recipients.first().and_then(|r| r.sender_ip.clone());
    assert_ne!(quoted.as_deref(), Some("192.0.2.1"), "{report:#?}");
}

#[test]
fn soft_line_break_inside_ip_not_quoted_cut() {
    for text in [
        "554 5.7.1 Service unavailable; Client host [192.0.2.1=\n99] blocked using zen.spamhaus.org",
        "554 5.7.1 Service unavailable; Client host [192.0.2.1=\r\n99] blocked using zen.spamhaus.org",
    ] {
        let quoted = quoted_ip(text);
        assert_ne!(quoted.as_deref(), Some("192.0.2.1"), "{text:?}");
    }
}

#[test]
fn cjk_text_against_ip_still_read() {
    let text =
        "554 5.7.1 送信元IP192.0.2.199はブロックされています。Client host [192.0.2.199] blocked \
                using zen.spamhaus.org";
    assert_eq!(quoted_ip(text).as_deref(), Some(IP));
}
