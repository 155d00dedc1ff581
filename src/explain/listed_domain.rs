//! The domain a reply names as listed on a domain blocklist, such as
//! `Sender address [news@example.com] blocked using dbl.spamhaus.org` or
//! `mail.example.org listed at dbl.spamhaus.org`, or looks up in a list's
//! own lookup link (`https://check.spamhaus.org/results/?query=example.com`),
//! so the report can name the domain to look up in place of the sending IP.

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::knowledge::blocklists;

// A host name or a mail address, in brackets or not, right before the
// listing statement. Group 1 is the domain. Only letters, digits, dots
// and dashes are taken, so the name is safe to show as plain text.
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[\[<(\s])(?:[a-z0-9._%+\-]+@)?((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})[\]>)]?:?\s+(?:is\s+)?(?:blocked|listed|rejected)(?::\s*listed)?\s+(?:using|at|in|by|on)\s",
    )
    .expect("listed domain pattern is valid")
});

/// A domain the reply names as listed.
#[derive(Debug, PartialEq, Eq)]
pub struct ListedDomain {
    /// The domain, lowercase.
    pub domain: String,
    /// The list's lookup link the domain was read from, as written. None
    /// when a listing statement names the domain.
    pub link: Option<String>,
}

/// Returns the domain that `diagnostic` names as listed. The listing
/// statement wins over a lookup link, because a reply may link a lookup of
/// another name.
pub fn find(diagnostic: &str) -> Option<ListedDomain> {
    if let Some(found) = LISTED.captures(diagnostic).and_then(|caps| caps.get(1)) {
        let domain = found.as_str().to_ascii_lowercase();
        return Some(ListedDomain { domain, link: None });
    }
    let linked = blocklists::linked_domain(diagnostic)?;
    Some(ListedDomain { domain: linked.domain, link: Some(linked.link) })
}

/// Builds the note that names the listed domain, with the link it was read
/// from. The link is only ever shown as text.
pub fn note_text(listed: &ListedDomain) -> String {
    let domain = &listed.domain;
    let named = match listed.link.as_deref() {
        Some(link) => format!("The reply names {domain} as the listed domain, in the link {link}."),
        None => format!("The reply names {domain} as the listed domain."),
    };
    format!(
        "{named} Look that name up with the list: the sending IP address plays no part in \
         this listing."
    )
}

#[cfg(test)]
mod tests {
    use super::{find, ListedDomain};

    fn domain(text: &str) -> Option<String> {
        find(text).map(|listed| listed.domain)
    }

    #[test]
    fn address_or_host_before_listing() {
        let text = "Sender address [news@example.com] blocked using dbl.spamhaus.org";
        assert_eq!(domain(text).as_deref(), Some("example.com"));
        let text = "Helo command rejected: mail.example.org listed at dbl.spamhaus.org";
        assert_eq!(domain(text).as_deref(), Some("mail.example.org"));
    }

    #[test]
    fn domain_in_spamhaus_link() {
        let text = "<bad.example.org>: Sender address rejected: Rejected - see \
                    https://www.spamhaus.org/query/domain/bad.example.org; from=<a@example.net>";
        assert_eq!(domain(text).as_deref(), Some("bad.example.org"));
        let lookalike = "see https://www.spamhaus.org.example/query/domain/bad.example.org";
        assert_eq!(find(lookalike), None);
    }

    #[test]
    fn checker_link_kept_whole() {
        let text = "550 5.7.1 Message rejected, see \
                    https://check.spamhaus.org/results/?query=bad.example.org";
        let expected = ListedDomain {
            domain: "bad.example.org".to_string(),
            link: Some("https://check.spamhaus.org/results/?query=bad.example.org".to_string()),
        };
        assert_eq!(find(text), Some(expected));
    }

    #[test]
    fn no_named_domain() {
        assert_eq!(find("Message contains a URL listed in dbl.spamhaus.org"), None);
        let checker_ip = "see https://check.spamhaus.org/results/?query=203.0.113.5";
        assert_eq!(find(checker_ip), None);
        assert_eq!(find("Client host [203.0.113.5] blocked using dbl.spamhaus.org"), None);
    }
}
