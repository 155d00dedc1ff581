//! Blocklists that shut down years ago but still appear in old receiver
//! configurations. A closed list takes no removal requests, and some
//! answered every query as listed once they closed (AHBL from 2015, and
//! NJABL's expired domain from 2024), so the receiver's administrator has
//! to drop the list from the server's settings. NiX Spam has returned no
//! listing for any query since January 2025, and WPBL's name servers point
//! to unreachable addresses since October 2025, so a reply naming either comes
//! from stale data or a broken lookup. SpamCannibal, MegaRBL and Email
//! Basura were abandoned, and once their domains expired, the new owners'
//! wildcard DNS records answered every query as listed. SORBS, closed in
//! 2024, keeps its own entry in `lists.rs`.

use super::{lists, Blocklist, Removal};
use crate::knowledge::Entry;
use crate::knowledge::Match;
use crate::reason::Reason;
use crate::report::Actor;

/// Every closed list, SORBS included.
static CLOSED: &[&Blocklist] = &[
    &lists::SORBS,
    &NIXSPAM,
    &WPBL,
    &NJABL,
    &AHBL,
    &DSBL,
    &ORDB,
    &SPAMCANNIBAL,
    &MEGARBL,
    &EMAILBASURA,
];

/// True when `list` has shut down, so that no sender can act on it.
pub(super) fn is_closed(list: &Blocklist) -> bool {
    CLOSED.iter().any(|closed| std::ptr::eq(*closed, list))
}

/// Returns the closed lists that `lower` names besides the live list
/// whose listing `found` explains; empty when `found` is no live listing.
pub fn closed_beside(lower: &str, found: &Match) -> Vec<&'static Blocklist> {
    let live = found.blocklists.iter().filter_map(|id| super::by_id(id)).any(|b| !is_closed(b));
    if !live {
        return Vec::new();
    }
    super::named_in(lower).into_iter().filter(|b| is_closed(b)).collect()
}

/// True when `list` is live and the reply names it as listing the
/// sender, not as a refused query.
pub(super) fn is_live_listing(list: &'static Blocklist, lower: &str) -> bool {
    !is_closed(list) && !super::part_of(list, lower).is_some_and(|p| p.not_listed)
}

/// The statement every closed list's steps contain, checked against
/// [`Removal::NoRequest`].
const NO_REMOVAL: &str = "there is none";

/// Defines a closed list: its static name, id, display name, when it
/// closed (a phrase that follows "shut down", such as "in 2013"), its
/// tokens and domains, and the public page about its closing.
macro_rules! closed_list {
    ($static:ident, $id:literal, $name:literal, $closed:literal, $tokens:expr, $domains:expr, $source:literal) => {
        pub static $static: Blocklist = Blocklist {
            id: $id,
            name: concat!($name, " (closed)"),
            tokens: $tokens,
            domains: $domains,
            entry: &Entry {
                id: concat!($id, "/closed"),
                reason: Reason::Blocked,
                what: concat!(
                    "The receiver refused the message because of ",
                    $name,
                    ", a blocklist that shut down ",
                    $closed,
                    "."
                ),
                why: concat!(
                    $name,
                    " no longer lists senders or handles removals. A server that \
                     still consults it is using an out-of-date configuration, and \
                     its answers, if any, can no longer be trusted."
                ),
                steps: &[
                    "Do not look for a removal form: there is none, and no change \
                     on your side clears this refusal.",
                    "Ask the recipient, by phone or another address, to pass this \
                     bounce to their mail administrator.",
                    concat!(
                        "What to ask for: remove ",
                        $name,
                        " from the server's blocklist settings, or at least allow \
                         your server's IP, the IP to quote on this card."
                    ),
                ],
                who: Actor::Recipient,
                temporary: None,
                links: &[],
                source: $source,
                checked: "2026-12-05",
            },
            parts: &[],
            links: &[],
            removal: Removal::NoRequest(NO_REMOVAL),
            source: $source,
        };
    };
}

closed_list!(
    NJABL,
    "njabl",
    "NJABL",
    "in 2013",
    &["njabl"],
    &["njabl.org"],
    "https://en.wikipedia.org/wiki/Not_Just_Another_Bogus_List"
);

closed_list!(
    AHBL,
    "ahbl",
    "AHBL",
    "in 2015",
    &["ahbl"],
    &["ahbl.org"],
    "https://wordtothewise.com/2015/01/ahbl-wildcards-internet"
);

closed_list!(
    NIXSPAM,
    "nixspam",
    "NiX Spam",
    "in January 2025",
    &["nixspam", "nix spam", "manitu"],
    &["manitu.net", "nixspam.net"],
    "https://heise.de/-10248714"
);

closed_list!(WPBL, "wpbl", "WPBL", "in 2024", &["wpbl"], &["wpbl.info"], "https://wpbl.info/");

closed_list!(DSBL, "dsbl", "DSBL", "in 2008", &["dsbl"], &["dsbl.org"], "https://www.dsbl.org/");

closed_list!(
    ORDB,
    "ordb",
    "ORDB",
    "in 2006",
    &["ordb"],
    &["ordb.org"],
    "https://isc.sans.edu/diary/4198"
);

// The operator abandoned the list in the year before May 2018, when its
// domain had expired and a wildcard record listed every address.
closed_list!(
    SPAMCANNIBAL,
    "spamcannibal",
    "SpamCannibal",
    "by May 2018",
    &["spamcannibal"],
    &["spamcannibal.org"],
    "https://wordtothewise.com/2018/05/spamcannibal-is-dead/"
);

// By 25 November 2019 the domain had expired and carried a wildcard record.
closed_list!(
    MEGARBL,
    "megarbl",
    "MegaRBL",
    "in November 2019",
    &["megarbl"],
    &["megarbl.net"],
    "https://www.dnsbl.com/search?updated-max=2020-05-11T09:41:00-05:00&max-results=12&reverse-paginate=true"
);

// NOTE: the source, the same dnsbl.com page as MegaRBL's, dates its post
// on the list's expired domain only as earlier than May 2020.
closed_list!(
    EMAILBASURA,
    "emailbasura",
    "Email Basura",
    "by May 2020",
    &["emailbasura", "email basura"],
    &["emailbasura.org"],
    "https://www.dnsbl.com/search?updated-max=2020-05-11T09:41:00-05:00&max-results=12&reverse-paginate=true"
);
