//! A reply that links to a host other than the named list's or
//! provider's own gets a note beside the card's links. The note says that
//! the reply's link was not checked and that the card's own page is the
//! one to use, because anyone can write a "pay to be delisted" link into a
//! bounce.

use crate::cards::only;
use bounce_explainer::Recipient;

/// An Exim bounce whose reply sends the reader to a look-alike delisting
/// site that asks for a fee.
const FEE_LINK: &str = include_str!("fixtures/reply_removal_links/fee_link.eml");

fn link_notes(recipient: &Recipient) -> Vec<String> {
    recipient
        .notes
        .iter()
        .filter(|note| note.message.contains("was not checked"))
        .map(|note| note.message.clone())
        .collect()
}

#[test]
fn foreign_link_gets_note() {
    let recipient = only(FEE_LINK);
    assert_eq!(recipient.blocklists, ["spamhaus"]);
    assert!(!recipient.links.is_empty());
    let notes = link_notes(&recipient);
    assert_eq!(notes.len(), 1, "{:?}", recipient.notes);
    assert!(notes[0].contains("spamhaus-delist.example"), "{}", notes[0]);
    assert!(notes[0].contains("check.spamhaus.org"), "{}", notes[0]);
}

/// A link to the list's own site, or to any other known list or
/// provider, needs no note.
#[test]
fn own_list_link_no_note() {
    for reply in [
        "550 5.7.1 Your IP 192.0.2.55 is listed on zen.spamhaus.org, see \
         https://check.spamhaus.org/results/?query=192.0.2.55\n",
        "550 5.7.1 Service unavailable; Client host [192.0.2.55] blocked using \
         zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.55\n",
        "554 5.7.1 Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.55\n",
    ] {
        let recipient = only(reply);
        assert!(!recipient.links.is_empty(), "{reply}");
        assert_eq!(link_notes(&recipient), Vec::<String>::new(), "{reply}");
    }
}

/// A host that only starts with a known name is foreign, and so is a
/// link with user info before the real host or a bare `www.` link.
#[test]
fn disguised_hosts_get_note() {
    for (reply, host) in [
        (
            "550 5.7.1 Listed on zen.spamhaus.org. Delist at \
             https://www.spamhaus.org@delist.example.net/remove\n",
            "delist.example.net",
        ),
        (
            "550 5.7.1 Listed on zen.spamhaus.org. Delist at \
             www.delist.example.org/spamhaus?ip=192.0.2.55.\n",
            "www.delist.example.org",
        ),
        (
            "550 5.7.1 Listed on zen.spamhaus.org. Delist at \
             HTTPS://Spamhaus.Org.Example.COM/remove\n",
            "spamhaus.org.example.com",
        ),
    ] {
        let recipient = only(reply);
        let notes = link_notes(&recipient);
        assert_eq!(notes.len(), 1, "{reply}: {:?}", recipient.notes);
        assert!(notes[0].contains(host), "{reply}: {}", notes[0]);
    }
}

/// Two foreign hosts are named once each, in one note.
#[test]
fn foreign_hosts_named_once() {
    let recipient = only(
        "550 5.7.1 Listed on zen.spamhaus.org: pay at https://pay.example.net/a or \
         https://pay.example.net/b, or ask https://help.example.org/\n",
    );
    let notes = link_notes(&recipient);
    assert_eq!(notes.len(), 1, "{:?}", recipient.notes);
    assert_eq!(notes[0].matches("pay.example.net").count(), 1, "{}", notes[0]);
    assert!(notes[0].contains("help.example.org"), "{}", notes[0]);
}
