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

/// Microsoft's own 5.7.606 reply links its delisting portal and its
/// documentation on go.microsoft.com, as real Postfix bounces quote it.
const MICROSOFT_BANNED_IP: &str = "This is the mail system at host mail.example.com.\n\
\n\
<bob@example.net>: host\n\
    example-net.mail.protection.outlook.com[198.51.100.36] said: 550 5.7.606\n\
    Access denied, banned sending IP [203.0.113.45]. To request removal from\n\
    this list please visit https://sender.office.com/ and follow the\n\
    directions. For more information please go to\n\
    http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) (in reply to RCPT TO\n\
    command)\n";

#[test]
fn microsoft_docs_link_no_note() {
    let recipient = only(MICROSOFT_BANNED_IP);
    assert!(!recipient.links.is_empty(), "{recipient:#?}");
    assert_eq!(link_notes(&recipient), Vec::<String>::new());
}

/// Microsoft's other documentation hosts are Microsoft's too.
#[test]
fn microsoft_doc_hosts_no_note() {
    for host in ["aka.ms", "learn.microsoft.com", "support.microsoft.com"] {
        let text = MICROSOFT_BANNED_IP.replace("go.microsoft.com", host);
        let recipient = only(&text);
        assert_eq!(link_notes(&recipient), Vec::<String>::new(), "{host}");
    }
}

/// A subdomain of a host the card links is that site: Cisco's reply
/// links www.talosintelligence.com while the card links
/// talosintelligence.com.
#[test]
fn subdomain_of_card_link_no_note() {
    let reply = "554 5.7.1 Your access to this mail system from 203.0.113.5 has been \
                 rejected due to the sending MTA's poor reputation. If you believe that this \
                 failure is in error, please contact the intended recipient via alternate \
                 means. https://www.talosintelligence.com/reputation_center/lookup?search=203.0.113.5\n";
    let recipient = only(reply);
    let hosts: Vec<&str> = recipient.links.iter().map(|link| link.url.as_str()).collect();
    assert!(hosts.iter().any(|url| url.contains("//talosintelligence.com")), "{hosts:?}");
    assert_eq!(link_notes(&recipient), Vec::<String>::new());
}

/// A host that only ends with a card link's name is still foreign.
#[test]
fn card_link_lookalike_gets_note() {
    let reply = "554 5.7.1 Your access to this mail system from 203.0.113.5 has been \
                 rejected due to the sending MTA's poor reputation. \
                 https://faketalosintelligence.com/lookup?search=203.0.113.5\n";
    let notes = link_notes(&only(reply));
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].contains("faketalosintelligence.com"), "{}", notes[0]);
}
