//! SpamRATS listings: RATS-NoPtr (no reverse DNS), RATS-Dyna (a home or
//! dynamic connection's name) and RATS-Spam. Each card names the list,
//! links its lookup page, and quotes the listed IP. A NoPtr listing is
//! fixed by a PTR record first.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

/// Each reply and the entry it should get.
const LISTINGS: &[(&str, &str)] = &[
    (
        "554 5.7.1 Service unavailable; Client host [192.0.2.28] blocked using \
         noptr.spamrats.com; https://www.spamrats.com/lookup.php?ip=192.0.2.28",
        "spamrats/noptr",
    ),
    (
        "554 5.7.1 Service unavailable; Client host [192.0.2.28] blocked using \
         dyna.spamrats.com",
        "spamrats/dyna",
    ),
    (
        "554 5.7.1 Service unavailable; Client host [192.0.2.28] blocked using \
         spam.spamrats.com",
        "spamrats/listed",
    ),
    ("550 5.7.1 Rejected: 192.0.2.28 listed in all.spamrats.com (RATS-Spam)", "spamrats/listed"),
    ("550 5.7.1 Your IP 192.0.2.28 is listed on RATS-NoPtr", "spamrats/noptr"),
];

#[test]
fn spamrats_listing_names_list() {
    for (text, entry) in LISTINGS {
        let rcpt = only(text);
        assert_eq!(rcpt.explanation.entry, *entry, "{text}");
        assert_eq!(rcpt.blocklists, ["spamrats"], "{text}");
        assert_eq!(rcpt.reason, Reason::Blocked, "{text}");
    }
}

#[test]
fn spamrats_listing_quotes_ip() {
    for (text, _) in LISTINGS {
        let rcpt = only(text);
        assert_eq!(rcpt.sender_ip.as_deref(), Some("192.0.2.28"), "{text}");
        assert_eq!(rcpt.explanation.who_acts, Actor::Admin, "{text}");
        let lookup = "https://www.spamrats.com/lookup.php?ip=192.0.2.28";
        assert!(rcpt.links.iter().any(|l| l.url == lookup), "{text}: {:?}", rcpt.links);
    }
}

#[test]
fn noptr_fixes_ptr_first() {
    let rcpt = only(LISTINGS[0].0);
    let first = &rcpt.explanation.steps[0];
    assert!(first.contains("PTR"), "{first}");
}
