//! The domain a reply names as listed on a domain blocklist, such as
//! `Sender address [news@example.com] blocked using dbl.spamhaus.org` or
//! `mail.example.org listed at dbl.spamhaus.org`, or names in a Spamhaus
//! domain lookup link (`https://www.spamhaus.org/query/domain/example.com`),
//! so the report can name the domain to look up in place of the sending IP.

use std::sync::LazyLock;

use regex_lite::Regex;

// A host name or a mail address, in brackets or not, right before the
// listing statement. Group 1 is the domain. Only letters, digits, dots
// and dashes are taken, so the name is safe to show as plain text.
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[\[<(\s])(?:[a-z0-9._%+\-]+@)?((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})[\]>)]?:?\s+(?:is\s+)?(?:blocked|listed|rejected)(?::\s*listed)?\s+(?:using|at|in|by|on)\s",
    )
    .expect("listed domain pattern is valid")
});

// The domain in Spamhaus's lookup link for a domain. The host must be
// spamhaus.org itself or a name under it, so a lookalike such as
// `spamhaus.org.example` does not count.
static SPAMHAUS_DOMAIN_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[/.]spamhaus\.org/query/domain/((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})\b",
    )
    .expect("Spamhaus domain link pattern is valid")
});

/// Returns the domain that `diagnostic` names as listed, lowercase. The
/// listing statement wins over a lookup link, because a reply may link a
/// lookup of another name.
pub fn find(diagnostic: &str) -> Option<String> {
    let found = LISTED
        .captures(diagnostic)
        .or_else(|| SPAMHAUS_DOMAIN_LINK.captures(diagnostic))?
        .get(1)?
        .as_str();
    Some(found.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn address_or_host_before_listing() {
        let text = "Sender address [news@example.com] blocked using dbl.spamhaus.org";
        assert_eq!(find(text).as_deref(), Some("example.com"));
        let text = "Helo command rejected: mail.example.org listed at dbl.spamhaus.org";
        assert_eq!(find(text).as_deref(), Some("mail.example.org"));
    }

    #[test]
    fn domain_in_spamhaus_link() {
        let text = "<bad.example.org>: Sender address rejected: Rejected - see \
                    https://www.spamhaus.org/query/domain/bad.example.org; from=<a@example.net>";
        assert_eq!(find(text).as_deref(), Some("bad.example.org"));
        let lookalike = "see https://www.spamhaus.org.example/query/domain/bad.example.org";
        assert_eq!(find(lookalike), None);
    }

    #[test]
    fn no_named_domain() {
        assert_eq!(find("Message contains a URL listed in dbl.spamhaus.org"), None);
        assert_eq!(find("Client host [203.0.113.5] blocked using dbl.spamhaus.org"), None);
    }
}
