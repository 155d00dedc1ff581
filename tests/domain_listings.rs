//! A listing of a domain (Spamhaus DBL, a URI blocklist) concerns a name
//! in the message, not the sending server's address, so the report gives
//! no hint about the sending IP. A listing of the sending IP still has one.

use crate::cards::only;
use bounce_explainer::Recipient;

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
            let r = only(&text);
            assert_eq!(r.sender_ip, None, "{text}");
            assert_eq!(r.sender_ip_source.hint, None, "{text}");
        }
    }
}

#[test]
fn ip_listing_keeps_ip_hint() {
    let text = postfix("554 5.7.1 Service unavailable; blocked using zen.spamhaus.org");
    let r = only(&text);
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
        let r = only(&postfix(reply));
        let note =
            domain_note(&r).unwrap_or_else(|| panic!("no domain note for {reply}: {:?}", r.notes));
        assert!(note.contains(domain), "{note}");
    }
}

#[test]
fn unnamed_domain_gets_no_note() {
    let r = only(&postfix("550 5.7.1 Message contains a URL listed in dbl.spamhaus.org"));
    assert_eq!(domain_note(&r), None);
    let r = only(&postfix("554 5.7.1 Client host [203.0.113.5] blocked using zen.spamhaus.org"));
    assert_eq!(domain_note(&r), None);
}

/// Replies that name a list of domains or of message content, each with
/// the entry it must get. None of them concerns the sending IP address,
/// even where the reply also names the client's address.
const CONTENT_LISTINGS: &[(&str, &str)] = &[
    (
        "554 5.7.1 <alice@example.com>: Sender address rejected: Service unavailable; \
         Sender address [alice@example.com] blocked using zrd.spamhaus.org",
        "spamhaus/zrd",
    ),
    (
        "554 5.7.1 Service unavailable; Client host [192.0.2.12] blocked using \
         zrd.dq.spamhaus.net; domain example.com",
        "spamhaus/zrd",
    ),
    (
        "550 5.7.1 Message rejected: sender address is listed in \
         _email.hbl.dq.spamhaus.net",
        "spamhaus/hbl",
    ),
    (
        "554 5.7.1 Rejected: an attachment of the message is listed on the Spamhaus HBL",
        "spamhaus/hbl",
    ),
    (
        "554 5.7.1 Service unavailable; Sender address [news@example.com] blocked using \
         dblack.mail.abusix.zone",
        "abusix/domain",
    ),
    (
        "554 5.7.1 Service unavailable; Sender address [news@example.com] blocked using \
         nod.mail.abusix.zone",
        "abusix/new-domain",
    ),
];

#[test]
fn content_listing_entry_and_actor() {
    for (reply, entry) in CONTENT_LISTINGS {
        for text in [reply.to_string(), postfix(reply)] {
            let r = only(&text);
            assert_eq!(r.explanation.entry, *entry, "{text}");
            assert_eq!(r.explanation.who_acts, bounce_explainer::Actor::You, "{text}");
        }
    }
}

#[test]
fn content_listing_asks_no_ip() {
    for (reply, _) in CONTENT_LISTINGS {
        for text in [reply.to_string(), postfix(reply)] {
            let r = only(&text);
            assert_eq!(r.sender_ip, None, "{text}");
            assert_eq!(r.sender_ip_source.hint, None, "{text}");
            let what = r.explanation.what.to_ascii_lowercase();
            assert!(!what.contains("ip address"), "{text}: {what}");
            let steps = r.explanation.steps.join(" ").to_ascii_lowercase();
            assert!(!steps.contains("the ip"), "{text}: {steps}");
        }
    }
}

#[test]
fn zrd_listing_names_domain_and_wait() {
    let r = only(&postfix(CONTENT_LISTINGS[0].0));
    let note = domain_note(&r).unwrap_or_else(|| panic!("no domain note: {:?}", r.notes));
    assert!(note.contains("example.com"), "{note}");
    let steps = r.explanation.steps.join(" ").to_ascii_lowercase();
    assert!(steps.contains("older"), "{steps}");
    assert!(steps.contains("established domain"), "{steps}");
}
