//! DNS blocklists (DNSBLs) and reputation services a receiver may name,
//! each with its own explanation: what a listing means, how to check it,
//! how removal works, and whether the sender can ask for removal at all.
//!
//! A reply can also name a list without the sender being on it. Spamhaus
//! returns an error code (127.255.255.252, .254, .255) to a receiver whose
//! lookups break its usage terms, and a misconfigured receiver reports
//! that code as a listing. SORBS closed in 2024, and NJABL, AHBL, DSBL,
//! ORDB, SpamCannibal, MegaRBL and Email Basura years before, yet they
//! still appear in old configurations.
//! Both are the receiving side's problem, and their entries say so.

mod abusix;
mod closed;
mod denial;
mod expiring;
mod invaluement;
mod lists;
mod lookup_links;
mod markers;
mod mention;
mod names;
mod requested;
mod server_name;
mod spamhaus;
mod spamhaus_codes;
mod spamrats;
mod uri_lists;

pub use closed::closed_beside;
pub(crate) use denial::denies_mention;
pub use lookup_links::{linked_domain, LinkedDomain};
pub use markers::{Marker, SublistMarkers, SUBLIST_MARKERS};
pub use names::blank_list_names;
pub use server_name::LISTED as SERVER_NAME_LISTED;

use super::providers::text::has_word;
use super::{Entry, LinkRef, Match};
use mention::first_mention;

/// One blocklist: how to recognise it in a reply and where delisting goes.
#[derive(Debug)]
pub struct Blocklist {
    /// Lowercase id, e.g. `spamhaus`.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Lowercase whole-word tokens that name the list (its DNS zones and
    /// names).
    pub tokens: &'static [&'static str],
    /// Domains of the list's operator. Its lookup and removal links and
    /// DNS zones are under them, and a link under them in a reply may
    /// name the sender IP.
    pub domains: &'static [&'static str],
    /// The explanation of a listing.
    pub entry: &'static Entry,
    /// Narrower entries picked by tokens of their own, tried first
    /// (Spamhaus's SBL, XBL, PBL, CSS and DBL).
    pub parts: &'static [Part],
    /// Lookup and delisting pages.
    pub links: &'static [LinkRef],
    /// Route of a listed sender's removal request, or the statement that
    /// there is none.
    pub removal: Removal,
    /// Public page the facts come from.
    pub source: &'static str,
}

/// How a listed sender gets off a list. A test checks each entry that
/// means a listing against it, so every card names the request page or
/// states that there is none.
#[derive(Debug)]
pub enum Removal {
    /// The sender requests removal at one of these pages (URLs of the
    /// entry's links), and every listing entry links one of them.
    Request(&'static [&'static str]),
    /// The operator takes no removal requests (the listing expires on its
    /// own, or the list is closed). Every listing entry has a step that
    /// contains this text.
    NoRequest(&'static str),
}

/// A narrower entry of one list: a zone, or an error return code.
#[derive(Debug)]
pub struct Part {
    /// Code reported for it, e.g. `PBL`.
    pub code: &'static str,
    /// Lowercase whole-word tokens, one of which must appear.
    pub tokens: &'static [&'static str],
    /// The explanation.
    pub entry: &'static Entry,
    /// True when the part means the sender is not listed at all (a
    /// refused query), so the list's removal links do not apply.
    pub not_listed: bool,
    /// True when the part lists domains rather than IP addresses (the
    /// Spamhaus DBL), so the sending IP plays no part in the listing.
    pub lists_domains: bool,
}

/// Every known list.
pub static BLOCKLISTS: &[&Blocklist] = &[
    &spamhaus::SPAMHAUS,
    &lists::SPAMCOP,
    &lists::BARRACUDA,
    &lists::CLOUDMARK,
    &lists::VALIDITY,
    &lists::UCEPROTECT,
    &abusix::ABUSIX,
    &lists::PSBL,
    &invaluement::INVALUEMENT,
    &lists::MAILSPIKE,
    &lists::SORBS,
    &requested::DRONEBL,
    &requested::LASHBACK,
    &requested::ZEROSPAM,
    &requested::S5H,
    &requested::SPFBL,
    &requested::INTERSERVER,
    &requested::HOSTKARMA,
    &expiring::BACKSCATTERER,
    &expiring::GBUDB,
    &expiring::BLOCKLIST_DE,
    &expiring::MCAFEE_RBL,
    &closed::NIXSPAM,
    &closed::WPBL,
    &closed::NJABL,
    &closed::AHBL,
    &closed::DSBL,
    &closed::ORDB,
    &closed::SPAMCANNIBAL,
    &closed::MEGARBL,
    &closed::EMAILBASURA,
    &spamrats::SPAMRATS,
    &uri_lists::SURBL,
    &uri_lists::URIBL,
];

/// Lists whose every zone lists domains seen in messages, never sending
/// IPs. Spamhaus marks its one domain zone, the DBL, as a [`Part`].
static DOMAIN_LISTS: &[&Blocklist] = &[&uri_lists::SURBL, &uri_lists::URIBL];

fn lists_domains(list: &Blocklist) -> bool {
    DOMAIN_LISTS.iter().any(|domain_list| std::ptr::eq(*domain_list, list))
}

/// Returns the list with this id.
pub fn by_id(id: &str) -> Option<&'static Blocklist> {
    BLOCKLISTS.iter().copied().find(|b| b.id == id)
}

/// Returns the lists named in `lower` (lowercase text) as listing the
/// sender, in the order the text first names them. A list whose return
/// code was a refused query is left out, because the sender is not on it.
pub fn named_in(lower: &str) -> Vec<&'static Blocklist> {
    let mut found: Vec<(usize, &'static Blocklist)> = BLOCKLISTS
        .iter()
        .filter_map(|b| first_mention(b, lower).map(|at| (at, *b)))
        .filter(|(_, b)| !part_of(b, lower).is_some_and(|p| p.not_listed))
        .collect();
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, b)| b).collect()
}

/// Finds the explanation for the first list the text names. A listing of
/// the sending server's own host name gets its own explanation, also
/// when the list is not one of [`BLOCKLISTS`], because its fix does not
/// depend on the list.
pub fn lookup(lower: &str) -> Option<Match> {
    let any_list_names_server = server_name::is_named(lower);
    let named: Vec<(usize, &'static Blocklist)> =
        BLOCKLISTS.iter().filter_map(|b| first_mention(b, lower).map(|at| (at, *b))).collect();
    // A closed list no longer lists any sender, so when a reply names a
    // live listing too, that listing is the one the sender can act on.
    let live =
        named.iter().filter(|(_, b)| closed::is_live_listing(b, lower)).min_by_key(|(at, _)| *at);
    let Some((_, list)) = live.or_else(|| named.iter().min_by_key(|(at, _)| *at)).copied() else {
        return any_list_names_server.then(|| Match::entry(&server_name::LISTED));
    };
    let part = part_of(list, lower);
    let listed = !part.is_some_and(|p| p.not_listed);
    let domain_list = part.is_some_and(|p| p.lists_domains) || lists_domains(list);
    let server_name = any_list_names_server || (domain_list && server_name::is_client_name(lower));
    // A refused query keeps its own entry, because then nothing is listed,
    // whatever name the reply states was looked up.
    let entry = match part {
        _ if server_name && listed => &server_name::LISTED,
        Some(p) => p.entry,
        None => list.entry,
    };
    Some(Match {
        provider: None,
        code: part.map(|p| p.code.to_string()),
        entry,
        blocklists: if listed { vec![list.id] } else { Vec::new() },
    })
}

/// True when `entry` explains a listing of a domain, not of an address.
pub fn is_domain_listing(entry: &Entry) -> bool {
    std::ptr::eq(entry, &server_name::LISTED)
        || DOMAIN_LISTS.iter().any(|list| std::ptr::eq(list.entry, entry))
        || BLOCKLISTS
            .iter()
            .flat_map(|list| list.parts)
            .any(|part| part.lists_domains && std::ptr::eq(part.entry, entry))
}

/// Finds the part of `list` that the text names. A refused query comes
/// first, because then nothing is listed whatever else the reply names.
/// A marker comes next, because one zone returns listings of several parts
/// (`zen.spamhaus.org (127.0.0.10)` is a PBL listing). Then comes the
/// list's lookup link for a domain, and then a part's own tokens.
fn part_of(list: &'static Blocklist, lower: &str) -> Option<&'static Part> {
    let named = |p: &&Part| p.tokens.iter().any(|t| has_word(lower, t));
    list.parts
        .iter()
        .filter(|p| p.not_listed)
        .find(named)
        .or_else(|| markers::marked_part(list, lower))
        .or_else(|| lookup_links::linked_part(list, lower))
        .or_else(|| list.parts.iter().find(named))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::providers::text::host_is_under;

    #[test]
    fn zen_named_gives_spamhaus_entry() {
        let lower = "554 5.7.1 service unavailable; client host [192.0.2.7] blocked using \
                     zen.spamhaus.org";
        let found = lookup(lower).unwrap();
        assert_eq!(found.entry.id, "spamhaus/zen");
        assert_eq!(found.blocklists, ["spamhaus"]);
    }

    #[test]
    fn refused_query_is_not_a_listing() {
        let lower = "554 5.7.1 client host [192.0.2.7] blocked using zen.spamhaus.org; \
                     error: open resolver; https://www.spamhaus.org/returnc/pub/172.64.0.1";
        let found = lookup(lower).unwrap();
        assert_eq!(found.entry.id, "spamhaus/refused-query");
        assert!(found.blocklists.is_empty());
        assert!(named_in(lower).is_empty());
    }

    #[test]
    fn lists_ordered_by_mention() {
        let lower = "listed at bl.spamcop.net and zen.spamhaus.org";
        let ids: Vec<_> = named_in(lower).iter().map(|b| b.id).collect();
        assert_eq!(ids, ["spamcop", "spamhaus"]);
    }

    #[test]
    fn lookalike_zones_name_no_list() {
        for lower in [
            "blocked using zen.spamhaus.org.evil.example; see \
             https://www.spamhaus.org.evil.example/remove?ip=198.51.100.99",
            "blocked using zen.spamhaus.example",
            "blocked using zen.spamhaus.org-evil.example",
            "blocked using bl.spamcop.net.evil.example",
            "blocked using b.barracudacentral.org.evil.example",
        ] {
            assert!(named_in(lower).is_empty(), "{lower}");
            assert!(lookup(lower).is_none(), "{lower}");
        }
    }

    #[test]
    fn own_zones_and_prose_name_the_list() {
        let cases = [
            ("blocked using zen.spamhaus.org.", "spamhaus"),
            ("listed in key.zen.dq.spamhaus.net", "spamhaus"),
            ("see https://check.spamhaus.org/listed/?searchterm=192.0.2.7", "spamhaus"),
            ("the ip is in spamhaus's list", "spamhaus"),
            ("blocked using bl.spamcop.net", "spamcop"),
            ("blocked using b.barracudacentral.org", "barracuda"),
            ("listed on bl.score.senderscore.com", "validity"),
            ("listed in 7.2.0.192.combined.mail.abusix.zone", "abusix"),
            // A lookalike first does not hide the real zone after it.
            ("zen.spamhaus.example and zen.spamhaus.org", "spamhaus"),
        ];
        for (lower, id) in cases {
            let ids: Vec<_> = named_in(lower).iter().map(|b| b.id).collect();
            assert_eq!(ids, [id], "{lower}");
        }
    }

    #[test]
    fn sorbs_needs_whole_word() {
        assert!(named_in("the filter absorbs nothing").is_empty());
        assert_eq!(lookup("blocked using dnsbl.sorbs.net").unwrap().entry.id, "sorbs/closed");
    }

    #[test]
    fn list_ids_unique() {
        for (i, b) in BLOCKLISTS.iter().enumerate() {
            assert!(BLOCKLISTS[i + 1..].iter().all(|c| c.id != b.id), "{}", b.id);
            assert!(b.entry.id.starts_with(b.id), "{}", b.entry.id);
        }
    }

    /// Every entry that means a listing either links the page where the
    /// removal request goes or has a step saying there is no request.
    #[test]
    fn listings_name_removal_route() {
        for list in BLOCKLISTS {
            let parts = list.parts.iter().filter(|p| !p.not_listed).map(|p| p.entry);
            for entry in std::iter::once(list.entry).chain(parts) {
                match list.removal {
                    Removal::Request(pages) => {
                        // A card whose entry is not the list's (a provider's
                        // code that names the list) gets the list's links.
                        assert!(
                            list.links.iter().any(|l| pages.contains(&l.url)),
                            "{}: list links no request page",
                            list.id
                        );
                        assert!(
                            entry.links.iter().any(|l| pages.contains(&l.url)),
                            "{}: links no request page",
                            entry.id
                        );
                    }
                    Removal::NoRequest(statement) => {
                        assert!(
                            entry.steps.iter().any(|s| s.contains(statement)),
                            "{}: no step says {statement:?}",
                            entry.id
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn request_pages_are_list_links() {
        for list in BLOCKLISTS {
            if let Removal::Request(pages) = list.removal {
                for page in pages {
                    let own = list.domains.iter().any(|d| {
                        let host = page.trim_start_matches("https://").split('/').next().unwrap();
                        host_is_under(host, d)
                    });
                    assert!(own, "{}: {page} is not under the list's domains", list.id);
                }
            }
        }
    }

    #[test]
    fn list_sources_and_links_https() {
        for list in BLOCKLISTS {
            assert!(list.source.starts_with("https://"), "{}: {}", list.id, list.source);
            for link in list.links {
                assert!(link.url.starts_with("https://"), "{}: {}", list.id, link.url);
                assert!(!link.label.is_empty(), "{}", list.id);
            }
        }
    }
}
