//! The sending IP named in a sentence of its own after the block:
//! `Sending IP was 192.0.2.1.`, `The IP address you are sending from is
//! 192.0.2.1`, `Sent from [192.0.2.1]`, `from IP 192.0.2.1`. Each is the
//! receiver telling the sender which address it refused, so each is
//! quoted, while the receiver's own address in the same words is not.

use crate::cards::only;

const CISCO: &str = "554 5.7.1 Your access to this mail system has been rejected due to \
                     the sending MTA's poor reputation. If you believe that this failure \
                     is in error, please contact the intended recipient via alternate means.";

const GENERIC: &str = "550 5.7.1 Message rejected because of poor sender reputation.";

fn assert_quoted(text: &str, ip: &str) {
    let r = only(text);
    assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    assert_eq!(r.sender_ip_source.hint, None, "{text}");
    assert!(r.sender_ip_source.rule.is_some(), "{text}");
}

#[test]
fn sentence_forms_quoted() {
    for (sentence, ip) in [
        ("Sending IP was 198.51.100.123.", "198.51.100.123"),
        ("The sending IP was 203.0.113.9", "203.0.113.9"),
        ("Sender IP was [192.0.2.77].", "192.0.2.77"),
        ("Your IP address was 198.51.100.40.", "198.51.100.40"),
        ("The connecting IP address was 203.0.113.61.", "203.0.113.61"),
        ("Connecting IP was 2001:db8::25.", "2001:db8::25"),
        ("Source IP was 192.0.2.8.", "192.0.2.8"),
        ("Originating IP was 198.51.100.9.", "198.51.100.9"),
        ("Connecting host was 203.0.113.12.", "203.0.113.12"),
        ("The sending server is [192.0.2.19].", "192.0.2.19"),
        ("Your server was 198.51.100.33.", "198.51.100.33"),
        ("The IP address you are sending from is 198.51.100.123.", "198.51.100.123"),
        ("The IP you are sending from is 203.0.113.5.", "203.0.113.5"),
        ("You are sending from 192.0.2.55.", "192.0.2.55"),
        ("You connected from [198.51.100.66].", "198.51.100.66"),
        ("Sent from 203.0.113.70.", "203.0.113.70"),
        ("Message sent from [192.0.2.71].", "192.0.2.71"),
        ("Connected from 198.51.100.72.", "198.51.100.72"),
        ("Rejected mail from IP 203.0.113.73.", "203.0.113.73"),
        ("From IP 192.0.2.74.", "192.0.2.74"),
    ] {
        for reply in [CISCO, GENERIC] {
            assert_quoted(&format!("{reply} {sentence}"), ip);
        }
    }
}

/// The forms that already worked keep working.
#[test]
fn label_forms_still_quoted() {
    for (sentence, ip) in [
        ("Sending IP: 198.51.100.123", "198.51.100.123"),
        ("Sending IP is 198.51.100.123.", "198.51.100.123"),
        ("Your IP address 203.0.113.5 has a poor reputation.", "203.0.113.5"),
        ("Your server 192.0.2.8 has a poor reputation.", "192.0.2.8"),
        ("Connecting IP 198.51.100.9.", "198.51.100.9"),
        ("Client IP 203.0.113.10.", "203.0.113.10"),
    ] {
        assert_quoted(&format!("{CISCO} {sentence}"), ip);
    }
}

/// The receiving server's own address stays out even in these words, and
/// so does an internal hop.
#[test]
fn receiver_and_internal_addresses_not_quoted() {
    let text = "<bob@example.org>: host mx.example.org[198.51.100.2] said: 554 5.7.1 \
                Rejected due to poor reputation. Sent from 198.51.100.2. \
                (in reply to RCPT TO command)";
    assert_eq!(only(text).sender_ip, None, "{text}");
    for sentence in ["Sending IP was 10.1.2.3.", "You connected from 192.168.4.5."] {
        let text = format!("{CISCO} {sentence}");
        assert_eq!(only(&text).sender_ip, None, "{text}");
    }
}
