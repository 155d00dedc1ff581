//! A listing of a domain (Spamhaus DBL, a URI blocklist) concerns a name
//! in the message, not the sending server's address, so the report gives
//! no hint about the sending IP. A listing of the sending IP still has one.

use bounce_explainer::{explain, Recipient};

fn only_recipient(text: &str) -> Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "one recipient expected in: {text}");
    report.recipients.into_iter().next().expect("length checked above")
}

fn postfix(reply: &str) -> String {
    format!(
        "<user@example.net>: host mx.example.net[198.51.100.7] said: {reply} \
         (in reply to RCPT TO command)\n"
    )
}

#[test]
fn domain_listing_has_no_ip_hint() {
    for reply in [
        "554 5.7.1 Service unavailable; Sender address [news@example.com] blocked using \
         dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.com",
        "550 5.7.1 Message contains a URL listed in dbl.spamhaus.org",
        "554 5.7.1 Helo command rejected: mail.example.com listed at dbl.spamhaus.org",
        "554 cxr.mx.a.cox.net cmsmtp Message rejected. AUP#URLBL0001",
        // The client's address is named, but the listing is of a domain.
        "554 5.7.1 Service unavailable; Client host [192.0.2.12] blocked using dbl.spamhaus.org",
        "554 5.7.1 Service unavailable; Client host [192.0.2.12] blocked using multi.surbl.org",
    ] {
        for text in [reply.to_string(), postfix(reply)] {
            let r = only_recipient(&text);
            assert_eq!(r.sender_ip, None, "{text}");
            assert_eq!(r.sender_ip_source.hint, None, "{text}");
        }
    }
}

#[test]
fn ip_listing_keeps_ip_hint() {
    let text = postfix("554 5.7.1 Service unavailable; blocked using zen.spamhaus.org");
    let r = only_recipient(&text);
    assert_eq!(r.sender_ip, None, "{text}");
    assert!(r.sender_ip_source.hint.is_some(), "{text}");
}

/// Returns the note that names the listed domain, if the report has one.
fn domain_note(r: &Recipient) -> Option<&str> {
    r.notes.iter().map(|n| n.message.as_str()).find(|m| m.contains("listed domain"))
}

#[test]
fn listed_domain_is_named() {
    for (reply, domain) in [
        (
            "554 5.7.1 Service unavailable; Sender address [news@example.com] blocked using \
             dbl.spamhaus.org",
            "example.com",
        ),
        (
            "554 5.7.1 Helo command rejected: mail.example.org listed at dbl.spamhaus.org",
            "mail.example.org",
        ),
        (
            "550 5.7.1 <news@lists.example.net> rejected: listed in dbl.spamhaus.org",
            "lists.example.net",
        ),
    ] {
        let r = only_recipient(&postfix(reply));
        let note =
            domain_note(&r).unwrap_or_else(|| panic!("no domain note for {reply}: {:?}", r.notes));
        assert!(note.contains(domain), "{note}");
    }
}

#[test]
fn unnamed_domain_gets_no_note() {
    let r = only_recipient(&postfix("550 5.7.1 Message contains a URL listed in dbl.spamhaus.org"));
    assert_eq!(domain_note(&r), None);
    let r = only_recipient(&postfix(
        "554 5.7.1 Client host [203.0.113.5] blocked using zen.spamhaus.org",
    ));
    assert_eq!(domain_note(&r), None);
}
