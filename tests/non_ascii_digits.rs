//! Digits from other scripts and number characters (Unicode's `\p{N}`:
//! superscripts, subscripts, circled numbers, fullwidth, Thai and
//! mathematical digits) pasted at the edge of an IP's octet. The reader
//! sees one number there, so the ASCII digits on either side of the
//! character are another network's address and must not be quoted.

use crate::split_ip;

use bounce_explainer::explain;
use split_ip::{insert_at, only, postfix_spamhaus_record, spamhaus_reply};

/// Number characters from several blocks: superscript nine, subscript
/// nine, circled nine, fullwidth nine, Thai nine, mathematical bold nine,
/// Arabic-Indic nine, Roman numeral one and vulgar fraction one half.
const NUMBERS: [char; 9] = [
    '\u{2079}',
    '\u{2089}',
    '\u{2468}',
    '\u{FF19}',
    '\u{0E59}',
    '\u{1D7D7}',
    '\u{0669}',
    '\u{2160}',
    '\u{00BD}',
];

const IP: &str = "192.0.2.199";

#[test]
fn number_in_bracketed_ip() {
    for c in NUMBERS {
        for at in 0..=IP.len() {
            let split = insert_at(IP, at, c);
            let text = spamhaus_reply(&split);
            let report = explain(&text);
            let case = format!("U+{:04X} at {at}", c as u32);
            let quoted = only(&report).sender_ip.clone();
            assert!(quoted.is_none(), "{case}: quoted {quoted:?}");
        }
    }
}

#[test]
fn number_in_postfix_ip() {
    for c in NUMBERS {
        for at in [0, 1, 9, 10, IP.len()] {
            let split = insert_at(IP, at, c);
            let text = postfix_spamhaus_record(&split);
            let report = explain(&text);
            let case = format!("U+{:04X} at {at}", c as u32);
            let r = only(&report);
            assert!(r.sender_ip.is_none(), "{case}: quoted {:?}", r.sender_ip);
            assert_eq!(r.recipient.as_deref(), Some("bob@example.net"), "{case}");
        }
    }
}

#[test]
fn superscripts_end_last_octet() {
    // Two superscript digits end the last octet.
    let text = "554 5.7.1 Service unavailable; Client host [192.0.2.1\u{2079}\u{2079}] blocked \
                using zen.spamhaus.org\n";
    let report = explain(text);
    assert!(only(&report).sender_ip.is_none(), "{report:?}");
}

#[test]
fn other_script_punctuation_ends_ip() {
    // Punctuation and spaces from other scripts are no digits, so they
    // end the address as an ASCII one would.
    for (before, after) in [("\u{3000}", "\u{3002}"), ("\u{00A0}", ",")] {
        let text = format!(
            "554 5.7.1 Service unavailable; Client host{before}{IP}{after} blocked using \
             zen.spamhaus.org\n"
        );
        let report = explain(&text);
        assert_eq!(only(&report).sender_ip.as_deref(), Some(IP), "{text}");
    }
}
