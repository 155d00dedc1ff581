//! Variation selectors, the combining grapheme joiner, tag characters and
//! combining accents pasted inside an IP or an email address. Unicode
//! gives most of them no glyph of their own (Default_Ignorable_Code_Point),
//! and an accent only decorates the digit it follows, so the reader sees
//! the whole value. The IP a removal request quotes must be that whole
//! value, never the digits on one side of the character, which are
//! another network's address.

use crate::split_ip;

use bounce_explainer::{explain, Report};
use split_ip::{insert_at, only, postfix_spamhaus_record, spamhaus_reply};

/// Characters that Unicode's Default_Ignorable_Code_Point property lists:
/// variation selectors 1 and 16, the combining grapheme joiner, variation
/// selector 17, a tag character, a Mongolian free variation selector and
/// the Hangul filler.
const IGNORABLE: [char; 7] =
    ['\u{FE0F}', '\u{FE00}', '\u{034F}', '\u{E0100}', '\u{E0020}', '\u{180B}', '\u{3164}'];

/// Combining marks that render on the digit or letter before them.
const COMBINING: [char; 4] = ['\u{0301}', '\u{0308}', '\u{20E3}', '\u{1DC0}'];

const IP: &str = "192.0.2.199";

fn warns_of_removal(report: &Report, value: &str) -> bool {
    report
        .notes
        .iter()
        .any(|n| n.message.contains("They were removed") && n.message.contains(value))
}

#[test]
fn ignorable_in_ip_read_whole() {
    for c in IGNORABLE.into_iter().chain(COMBINING) {
        for at in 0..=IP.len() {
            let split = insert_at(IP, at, c);
            let text = spamhaus_reply(&split);
            let report = explain(&text);
            let case = format!("U+{:04X} at {at}", c as u32);
            assert_eq!(only(&report).sender_ip.as_deref(), Some(IP), "{case}");
            assert!(warns_of_removal(&report, IP), "{case}: {:?}", report.notes);
        }
    }
}

#[test]
fn ignorable_in_postfix_ip_read_whole() {
    for c in IGNORABLE.into_iter().chain(COMBINING) {
        for at in [1, 9, 10] {
            let split = insert_at(IP, at, c);
            let text = postfix_spamhaus_record(&split);
            let report = explain(&text);
            let case = format!("U+{:04X} at {at}", c as u32);
            let r = only(&report);
            assert_eq!(r.sender_ip.as_deref(), Some(IP), "{case}");
            assert_eq!(r.recipient.as_deref(), Some("bob@example.net"), "{case}");
        }
    }
}

#[test]
fn ignorable_in_recipient_read_whole() {
    let address = "bob@example.net";
    for c in IGNORABLE {
        for at in [1, 3, 7, 11] {
            let split = insert_at(address, at, c);
            let text = format!(
                "<{split}>: host mx.example.net[198.51.100.20] said: 550 5.1.1 <{split}>: \
                 Recipient address rejected: User unknown (in reply to RCPT TO command)\n"
            );
            let report = explain(&text);
            let case = format!("U+{:04X} at {at}", c as u32);
            assert_eq!(only(&report).recipient.as_deref(), Some(address), "{case}");
            assert!(warns_of_removal(&report, address), "{case}: {:?}", report.notes);
        }
    }
}

#[test]
fn decomposed_recipient_kept_whole() {
    // An internationalised address in decomposed form (NFD), as macOS
    // text often is: the accent belongs to the letter, so it stays, and
    // the address is not cut at it.
    let address = "mu\u{0308}ller@example.net";
    let text = format!("550 5.1.1 <{address}>: Recipient address rejected: User unknown\n");
    let report = explain(&text);
    assert_eq!(only(&report).recipient.as_deref(), Some(address));
    assert!(!warns_of_removal(&report, "muller@example.net"), "{:?}", report.notes);
}

#[test]
fn split_value_not_ip_never_quoted() {
    // Read without the character, `192.0.2.812` is no IP, so neither side
    // of it is quoted.
    for c in ['\u{200B}', '\u{FE0F}', '\u{0301}'] {
        for split in [format!("192.0.2.8{c}12"), format!("12{c}192.0.2.8")] {
            let text = spamhaus_reply(&split);
            let report = explain(&text);
            assert_eq!(only(&report).sender_ip, None, "{split:?}");
        }
    }
}

#[test]
fn space_inside_bracketed_ip_never_cut() {
    // A space is visible, so the IP is not read whole, but the digits on
    // one side of it are another network's address.
    for c in [' ', '\u{A0}', '\u{2007}', '\u{202F}', '\u{2028}'] {
        for at in [1, 2, 9, 10] {
            let split = insert_at(IP, at, c);
            let text = spamhaus_reply(&split);
            let report = explain(&text);
            let case = format!("U+{:04X} at {at}", c as u32);
            assert_eq!(only(&report).sender_ip, None, "{case}");
        }
    }
}

#[test]
fn space_after_bracketed_ip_still_quoted() {
    let text = "554 5.7.1 Client host [192.0.2.199] 5 times blocked using zen.spamhaus.org\n";
    assert_eq!(only(&explain(text)).sender_ip.as_deref(), Some(IP));
}

#[test]
fn gmail_count_after_ip_still_quoted() {
    // Gmail writes a count after the IP inside the brackets.
    let text = "host gmail-smtp-in.l.google.com[198.51.100.26] said: 421-4.7.0 [192.0.2.199      \
                15] Our system has detected an unusual rate of unsolicited mail originating from \
                your IP address. - gsmtp (in reply to end of DATA command)\n";
    assert_eq!(only(&explain(text)).sender_ip.as_deref(), Some(IP));
}
