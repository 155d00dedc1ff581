//! A Spamhaus lookup link for a domain (`spamhaus.org/query/domain/NAME`)
//! means a listing on the Spamhaus Domain Block List, not a ZEN listing of
//! the sending IP, even where the reply names no zone.

use bounce_explainer::{explain, Recipient};

/// A Postfix sender check that links only the Spamhaus domain lookup.
const DOMAIN_LINK_ONLY: &str = "<bob@example.net>: host mx.example.net[198.51.100.20] said: \
554 5.7.1
    <bad.example.org>: Sender address rejected: Rejected - see
    https://www.spamhaus.org/query/domain/bad.example.org; from=<news@bad.example.org>
    to=<bob@example.net> proto=ESMTP helo=<mail.example.org> (in reply to RCPT
    TO command)
";

fn recipient(text: &str) -> Recipient {
    let mut report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    report.recipients.remove(0)
}

#[test]
fn domain_link_is_dbl_listing() {
    let recipient = recipient(DOMAIN_LINK_ONLY);
    assert_eq!(recipient.explanation.entry, "spamhaus/dbl");
    assert_eq!(recipient.blocklists, ["spamhaus"]);
    assert_eq!(recipient.code.as_deref(), Some("DBL"));
}

#[test]
fn domain_link_names_domain_not_ip() {
    let recipient = recipient(DOMAIN_LINK_ONLY);
    assert_eq!(recipient.sender_ip, None);
    assert_eq!(recipient.sender_ip_source.hint, None, "{recipient:?}");
    let named = recipient.notes.iter().any(|n| n.message.contains("names bad.example.org"));
    assert!(named, "{:?}", recipient.notes);
}
