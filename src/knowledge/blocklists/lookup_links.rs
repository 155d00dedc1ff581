//! A list's own lookup link in a reply, when it looks up a domain or an
//! email address: `https://check.spamhaus.org/results/?query=example.com`,
//! `...?query=news@example.com` or
//! `https://www.spamhaus.org/query/domain/example.com`. Such a lookup
//! means the reply is about a domain listing, even where it names no zone,
//! while a lookup of an IP address is read by the sender IP scan.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::{by_id, Blocklist, Part};
use crate::knowledge::providers::text::host_is_under;

/// A list's lookup page that takes a domain as its value.
struct LookupPage {
    /// Id of the list whose site the page is on.
    list: &'static str,
    /// Code of the part a looked-up domain names.
    domain_part: &'static str,
    /// Pattern of the path and query after the host, up to the value.
    path: &'static str,
}

/// The Spamhaus checker takes an address or a domain in `query`, as the
/// list's own checker link does (`results/?query=`), and so does its older
/// `listed/?searchterm=` page. A looked-up domain reads as a DBL listing,
/// as `dbl.spamhaus.org` does, because the DBL lists domains and never IP
/// addresses (https://www.spamhaus.org/faqs/domain-blocklist/). A reply
/// that links a lookup of an email address reads as a DBL listing of the
/// address's domain.
// NOTE: the ZRD lists domains too, and a link alone does not say which of
// the two lists the domain, so a ZRD listing linked this way reads as DBL.
// The HBL lists email addresses (as hashes), so a looked-up address may
// be an HBL listing of the address itself, which the link does not tell.
const PAGES: &[LookupPage] = &[LookupPage {
    list: "spamhaus",
    domain_part: "DBL",
    path: r"/(?:query/domain/|results/?\?(?:[a-z0-9_.=%\-]*&)?query=|listed/?\?(?:[a-z0-9_.=%\-]*&)?searchterm=)",
}];

// A host name as a label run, then a domain as the looked-up value: only
// letters, digits, dots and dashes, so both are safe to show as text. An
// IP address fails the domain's last label, which takes letters only. An
// email address's local part and its `@`, as written or as `%40`, come
// before the domain. Group 1 is the link, group 2 its host and group 3
// the domain.
const DOMAIN: &str = r"(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}";
const LOCAL_PART: &str = r"(?:[a-z0-9._+\-]{1,64}(?:@|%40))?";

static PATTERNS: LazyLock<Vec<(&'static LookupPage, Regex)>> = LazyLock::new(|| {
    PAGES
        .iter()
        .map(|page| {
            // The character before the host may not continue a name or be
            // the `@` of user info, so `notspamhaus.org` and
            // `user@spamhaus.org` do not match as the list's host.
            let pattern = format!(
                r"(?i)(?:^|[^a-z0-9.\-@])((?:https?://)?((?:[a-z0-9\-]+\.)+[a-z]{{2,63}}){path}{LOCAL_PART}({DOMAIN}))(?:[^a-z0-9\-@_%]|$)",
                path = page.path,
            );
            let regex = Regex::new(&pattern).expect("lookup link pattern is valid");
            (page, regex)
        })
        .collect()
});

/// A domain looked up by a list's own lookup link in a reply.
#[derive(Debug, PartialEq, Eq)]
pub struct LinkedDomain {
    /// Id of the list whose page the link goes to.
    pub list: &'static str,
    /// The domain, or the domain of the email address, lowercase.
    pub domain: String,
    /// The link as written, from its scheme or host up to the domain.
    pub link: String,
}

/// Finds the first link in `text` to a list's lookup page that looks up a
/// domain or an email address. The host must be under one of the list's
/// domains, so a lookalike site such as `spamhaus.org.example` does not count.
pub fn linked_domain(text: &str) -> Option<LinkedDomain> {
    PATTERNS
        .iter()
        .filter_map(|(page, regex)| {
            let list = by_id(page.list)?;
            regex
                .captures_iter(text)
                .find(|caps| caps.get(2).is_some_and(|host| is_own_host(list, host.as_str())))
                .map(|caps| (caps.get(1).map_or(0, |m| m.start()), page, caps))
        })
        .min_by_key(|(at, _, _)| *at)
        .map(|(_, page, caps)| LinkedDomain {
            list: page.list,
            domain: caps[3].to_ascii_lowercase(),
            link: caps[1].to_string(),
        })
}

/// Returns the part of `list` that a domain lookup link in `lower` names.
pub(super) fn linked_part(list: &'static Blocklist, lower: &str) -> Option<&'static Part> {
    let linked = linked_domain(lower).filter(|linked| linked.list == list.id)?;
    let page = PAGES.iter().find(|page| page.list == linked.list)?;
    list.parts.iter().find(|part| part.code == page.domain_part)
}

fn is_own_host(list: &Blocklist, host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    list.domains.iter().any(|domain| host_is_under(&host, domain))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn domain(text: &str) -> Option<String> {
        linked_domain(text).map(|linked| linked.domain)
    }

    #[test]
    fn checker_query_domain_found() {
        let text = "550 5.7.1 see https://check.spamhaus.org/results/?query=Bad.Example.org.";
        let linked = linked_domain(text).unwrap();
        assert_eq!(linked.list, "spamhaus");
        assert_eq!(linked.domain, "bad.example.org");
        assert_eq!(linked.link, "https://check.spamhaus.org/results/?query=Bad.Example.org");
    }

    #[test]
    fn other_page_forms_found() {
        for text in [
            "see https://www.spamhaus.org/query/domain/bad.example.org",
            "see check.spamhaus.org/results?query=bad.example.org",
            "see https://check.spamhaus.org/results/?lang=en&query=bad.example.org",
            "see https://check.spamhaus.org/listed/?searchterm=bad.example.org",
        ] {
            assert_eq!(domain(text).as_deref(), Some("bad.example.org"), "{text}");
        }
    }

    #[test]
    fn email_query_gives_its_domain() {
        for text in [
            "see https://check.spamhaus.org/results/?query=news@bad.example.org",
            "see https://check.spamhaus.org/results/?query=News%40Bad.Example.org.",
            "see https://check.spamhaus.org/listed/?searchterm=news.letter+x@bad.example.org",
        ] {
            assert_eq!(domain(text).as_deref(), Some("bad.example.org"), "{text}");
        }
        let linked = linked_domain("see check.spamhaus.org/results/?query=a%40bad.example.org")
            .expect("an email lookup is found");
        assert_eq!(linked.link, "check.spamhaus.org/results/?query=a%40bad.example.org");
    }

    #[test]
    fn address_query_not_domain() {
        for text in [
            "see https://check.spamhaus.org/results/?query=203.0.113.7",
            "see https://check.spamhaus.org/results/?query=2001:db8::7",
            "see https://check.spamhaus.org/listed/?searchterm=203.0.113.7",
        ] {
            assert_eq!(domain(text), None, "{text}");
        }
    }

    #[test]
    fn lookalike_hosts_ignored() {
        for text in [
            "see https://check.spamhaus.org.example/results/?query=bad.example.org",
            "see https://notspamhaus.org/results/?query=bad.example.org",
            "see https://check.spamhaus.org@evil.example/results/?query=bad.example.org",
            "see https://evil.example/results/?query=bad.example.org",
        ] {
            assert_eq!(domain(text), None, "{text}");
        }
    }
}
