//! A fault on the receiving side at a public mailbox provider (a mail loop
//! at Gmail, a misconfigured mailbox at Outlook.com or Yahoo) is the
//! provider's to fix. The report names the provider in `mailbox_provider`,
//! so that the page and the widget draft no note to its postmaster, and
//! the card's note tells the user to reach the recipient another way. An
//! organisation's own domain whose mail such a provider hosts keeps its
//! postmaster note.

use crate::cards::only;
use bounce_explainer::{Actor, Recipient};

fn postfix(rcpt: &str, host: &str, reply: &str) -> String {
    format!(
        "<{rcpt}>: host {host}[198.51.100.20] said: {reply} (in reply to end of DATA command)\n"
    )
}

const LOOP: &str = "554 5.4.6 Hop count exceeded - possible mail loop";

fn has_provider_note(r: &Recipient) -> bool {
    r.notes.iter().any(|n| n.message.contains("public mailbox provider"))
}

/// Checks that a mail loop for each (recipient, host, provider id) case
/// names the provider and gets the reach-the-recipient note.
fn assert_loops_name_provider(cases: &[(&str, &str, &str)]) {
    for &(rcpt, host, provider) in cases {
        let r = only(&postfix(rcpt, host, LOOP));
        assert_eq!(r.explanation.who_acts, Actor::Recipient, "who acts for {rcpt}");
        assert_eq!(r.mailbox_provider.as_deref(), Some(provider), "provider for {rcpt}");
        assert!(has_provider_note(&r), "note for {rcpt}: {:?}", r.notes);
    }
}

#[test]
fn gmail_loop_names_provider() {
    let r = only(&postfix("bob@gmail.com", "gmail-smtp-in.l.google.com", LOOP));
    assert_eq!(r.explanation.who_acts, Actor::Recipient);
    assert_eq!(r.mailbox_provider.as_deref(), Some("google"));
    assert!(has_provider_note(&r), "{:?}", r.notes);
}

#[test]
fn consumer_domains_name_provider() {
    let cases = [
        ("carol@outlook.com", "outlook-com.olc.protection.outlook.com", "microsoft"),
        ("dave@hotmail.com", "hotmail-com.olc.protection.outlook.com", "microsoft"),
        ("erin@yahoo.com", "mta7.am0.yahoodns.net", "yahoo"),
        ("frank@aol.com", "mx-aol.mail.gm0.yahoodns.net", "yahoo"),
    ];
    assert_loops_name_provider(&cases);
}

/// Free mailbox services that no provider table reads replies for, and
/// the country forms of the providers' own domains, are public mailbox
/// domains all the same.
#[test]
fn other_consumer_domains_name_provider() {
    let cases = [
        ("bob@naver.com", "mx1.naver.com", "naver"),
        ("bob@seznam.cz", "mx1.seznam.cz", "seznam"),
        ("bob@libero.it", "smtp-in.libero.it", "libero"),
        ("bob@proton.me", "mail.protonmail.ch", "proton"),
        ("bob@hotmail.de", "hotmail-de.olc.protection.outlook.com", "microsoft"),
        ("bob@yahoo.fr", "mx-eu.mail.am0.yahoodns.net", "yahoo"),
    ];
    assert_loops_name_provider(&cases);
}

/// A company's domain whose mail Google or Microsoft hosts has its own
/// administrator, who reads its postmaster mail.
#[test]
fn hosted_organisation_keeps_postmaster() {
    let cases = [
        ("bob@example.com", "aspmx.l.google.com"),
        ("bob@example.org", "example-org.mail.protection.outlook.com"),
        ("bob@example.net", "mx.example.net"),
    ];
    for (rcpt, host) in cases {
        let r = only(&postfix(rcpt, host, LOOP));
        assert_eq!(r.explanation.who_acts, Actor::Recipient, "who acts for {rcpt}");
        assert_eq!(r.mailbox_provider, None, "provider for {rcpt}");
        assert!(!has_provider_note(&r), "note for {rcpt}: {:?}", r.notes);
    }
}

/// A full mailbox's steps already tell the user to reach the recipient,
/// and a block of the sender is the sender's administrator's to clear.
#[test]
fn other_parties_get_no_provider_note() {
    let full = only(&postfix(
        "bob@gmail.com",
        "gmail-smtp-in.l.google.com",
        "552 5.2.2 The email account that you tried to reach is over quota.",
    ));
    assert_eq!(full.mailbox_provider.as_deref(), Some("google"));
    assert!(!has_provider_note(&full), "{:?}", full.notes);

    let blocked = only(&postfix(
        "bob@gmail.com",
        "gmail-smtp-in.l.google.com",
        "550 5.7.1 Client host [203.0.113.45] blocked using zen.spamhaus.org",
    ));
    assert_ne!(blocked.explanation.who_acts, Actor::Recipient);
    assert!(!has_provider_note(&blocked), "{:?}", blocked.notes);
}
