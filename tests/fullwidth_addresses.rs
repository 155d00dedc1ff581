//! Addresses written with the full-width at sign (U+FF20) and full stop
//! (U+FF0E), as a Japanese NDR may write them (`bob＠example．net`), are
//! read as the ASCII address. A full-width full stop in a host name
//! outside an address is still named as a lookalike.

use crate::cards::only;

#[test]
fn reply_line_address_read() {
    let recipient = only(
        "エラー内容：550 5.1.1 <bob＠example．net>: Recipient address rejected: \
         User unknown in local recipient table\n",
    );
    assert_eq!(recipient.recipient.as_deref(), Some("bob@example.net"));
    assert!(recipient.lookalike_hosts.is_empty(), "{:?}", recipient.lookalike_hosts);
}

#[test]
fn labelled_address_read() {
    let recipient = only("宛先：bob＠mail．example．net\nエラー内容：550 5.1.1 User unknown\n");
    assert_eq!(recipient.recipient.as_deref(), Some("bob@mail.example.net"));
    assert!(recipient.lookalike_hosts.is_empty(), "{:?}", recipient.lookalike_hosts);
}

/// The card equals the one from the same text with ASCII marks.
#[test]
fn card_same_as_ascii() {
    let text = "エラー内容：550 5.1.1 <bob＠example．net>... User unknown\n";
    let ascii = text.replace('＠', "@").replace('．', ".");
    let fullwidth = only(text);
    let plain = only(&ascii);
    assert_eq!(fullwidth.recipient, plain.recipient);
    assert_eq!(fullwidth.reason, plain.reason);
    assert_eq!(fullwidth.explanation, plain.explanation);
}

/// Only a full stop inside an address is folded: a list's host name with
/// one is still a lookalike.
#[test]
fn host_name_stays_lookalike() {
    let recipient = only(
        "<bob＠example．net>: host mx.example.net[198.51.100.7] said: 554 5.7.1 \
         Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus．org\n",
    );
    assert_eq!(recipient.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(recipient.lookalike_hosts, ["zen.spamhaus．org"]);
}

/// A full-width at sign with nothing address-like on one side is text.
#[test]
fn lone_at_sign_kept() {
    let recipient = only("550 5.1.1 ＠example．net User unknown\n");
    assert_eq!(recipient.recipient, None);
}
