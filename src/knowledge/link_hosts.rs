//! The web hosts whose links may name the sender IP: the blocklists'
//! lookup and removal sites and the providers' own domains.
//!
//! A reply that states no address in words may still link to a lookup
//! page such as `https://www.spamcop.net/bl.shtml?192.0.2.1`. Anyone can
//! write such a link into a forged bounce, though, so the sender IP is read
//! from a link only when its host is one of these.

use super::blocklists::BLOCKLISTS;
use super::providers::text::host_is_under;
use super::providers::PROVIDERS;

/// Receivers outside the provider table whose replies link to their own
/// postmaster page with the sender IP in the query: the domain, the page
/// the link goes to, and the date that page was checked. Facebook writes
/// `550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp`.
const OTHER_RECEIVERS: &[(&str, &str, &str)] =
    &[("facebook.com", "http://postmaster.facebook.com/response_codes", "2026-12-04")];

/// Providers' documentation hosts that their own replies link, outside
/// the provider table because they name no mail server: the host and a
/// page that shows it in use. Microsoft's 5.7.606 reply ends "For more
/// information please go to http://go.microsoft.com/fwlink/?LinkID=526655",
/// and its 5.7.139 reply contains "Visit https://aka.ms/smtp_auth_disabled".
// NOTE: the aka.ms row's page is Microsoft's article on the setting that
// 5.7.139 names, not a quoted reply. No bounce page with that reply was
// opened, and the reply's wording comes from users' quotes of it.
const DOCUMENTATION_HOSTS: &[(&str, &str)] = &[
    ("go.microsoft.com", "https://pastebin.com/JxYau839"),
    (
        "aka.ms",
        "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/\
         authenticated-client-smtp-submission",
    ),
    (
        "learn.microsoft.com",
        "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/\
         non-delivery-reports-in-exchange-online",
    ),
    ("support.microsoft.com", "https://support.microsoft.com/kb/912918"),
];

/// True when `host` (lowercase, without a port) is a known blocklist or
/// provider host or a subdomain of one. A name that merely starts with
/// one, such as `www.spamhaus.org.example.org`, is not.
pub fn is_known_link_host(host: &str) -> bool {
    let host = host.trim_end_matches('.');
    !host.is_empty() && known_hosts().any(|known| host_is_under(host, known))
}

/// True when the labels `labels` end with a known host, as in
/// `a.b.spamhaus.org`. Only the last labels need checking, as many as the
/// longest known host has, so the time grows with the label count, not
/// with its square.
pub fn ends_with_known_host(labels: &[&str]) -> bool {
    let Some(last) = labels.last() else {
        return false;
    };
    if !known_hosts().any(|known| known.rsplit('.').next() == Some(*last)) {
        return false;
    }
    let longest = known_hosts().map(|known| known.split('.').count()).max().unwrap_or(0);
    (1..=longest.min(labels.len()))
        .any(|count| is_known_link_host(&labels[labels.len() - count..].join(".")))
}

/// Lists the known hosts: each provider's domains, each blocklist's, the
/// other receivers' and the providers' documentation hosts.
fn known_hosts() -> impl Iterator<Item = &'static str> {
    let providers = PROVIDERS.iter().flat_map(|p| p.hosts.iter().copied());
    let blocklists = BLOCKLISTS.iter().flat_map(|b| b.domains.iter().copied());
    let others = OTHER_RECEIVERS.iter().map(|&(host, _, _)| host);
    let documentation = DOCUMENTATION_HOSTS.iter().map(|&(host, _)| host);
    providers.chain(blocklists).chain(others).chain(documentation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_hosts_and_subdomains() {
        for host in [
            "www.spamhaus.org",
            "check.spamhaus.org",
            "spamcop.net",
            "www.spamcop.net",
            "csi.cloudmark.com",
            "postmaster.comcast.net",
            "psbl.surriel.com",
            "postmaster.facebook.com",
            "go.microsoft.com",
            "aka.ms",
        ] {
            assert!(is_known_link_host(host), "{host}");
        }
    }

    /// Every lookup or removal link of a blocklist is under its domains or
    /// a provider's, so a reply that quotes the list's own link is read.
    #[test]
    fn blocklist_links_known() {
        for list in BLOCKLISTS {
            let entries = std::iter::once(list.entry).chain(list.parts.iter().map(|p| p.entry));
            let entry_links = entries.flat_map(|e| e.links.iter());
            for link in list.links.iter().chain(entry_links) {
                let rest = link.url.split_once("://").expect("an absolute link").1;
                let host = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
                assert!(is_known_link_host(host), "{}: {}", list.id, link.url);
            }
        }
    }

    #[test]
    fn lookalike_hosts_unknown() {
        for host in [
            "www.spamhaus.org.evil.example.org",
            "delist.example.org",
            "notspamhaus.org",
            "spamhaus.org-delist.example.net",
            "cloudmark.com.example.net",
            "microsoft.com",
            "aka.ms.example.net",
            "",
        ] {
            assert!(!is_known_link_host(host), "{host}");
        }
    }
}
