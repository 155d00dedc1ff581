//! Replies that name the sending server's own host name as the listed
//! domain: the name it gave in HELO or EHLO, or the name the reverse DNS
//! (PTR) record of its IP returns. Postfix's RHSBL restrictions
//! (reject_rhsbl_helo, reject_rhsbl_client, reject_rhsbl_reverse_client)
//! reply `Service unavailable; Helo command [name] blocked using <zone>`,
//! `Client host [name] ...` or `Reverse client host [name] ...`, and
//! Exchange Online replies "Helo domain is listed in Spamhaus" (S8001).
//! Only the server's administrator can change that name or have its
//! domain delisted, and no link in the message is involved.

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Postfix's RHSBL reply for the HELO name or the unverified reverse DNS
/// name. Both zones are looked up by name, so the list lists the name.
static POSTFIX_RHSBL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s;:])(?:helo command|reverse client host) \[([^\]\s]+)\] blocked using ")
        .expect("Postfix RHSBL pattern is valid")
});

/// Postfix's "Client host [...] blocked using". Group 1 is an IP address
/// or range from reject_rbl_client, or a host name from
/// reject_rhsbl_client. A Barracuda appliance also shows the host name
/// there for a listing of the IP address.
static CLIENT_HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s;:])client host \[([^\]\s]+)\] blocked using ")
        .expect("client host pattern is valid")
});

/// Other wordings that state the HELO name is listed: `Helo command
/// rejected: <name> listed at <zone>` and Exchange Online's S8001.
static HELO_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"helo command rejected: [a-z0-9.\-]+ (?:is )?listed (?:at|in|on|by) |helo domain is listed in ",
    )
    .expect("HELO listing pattern is valid")
});

/// True when `lower` (lowercase text) states that a blocklist lists the
/// sending server's own host name, whatever kind of list it names.
pub fn is_named(lower: &str) -> bool {
    HELO_LISTED.is_match(lower) || names_host(&POSTFIX_RHSBL, lower)
}

/// True when `lower` states that a client host name was blocked. That is a
/// listing of the name only on a list of domains, because an IP list
/// shown with the host name still lists the address.
pub fn is_client_name(lower: &str) -> bool {
    names_host(&CLIENT_HOST, lower)
}

fn names_host(pattern: &Regex, lower: &str) -> bool {
    pattern
        .captures_iter(lower)
        .filter_map(|found| found.get(1))
        .any(|name| is_host_name(name.as_str()))
}

/// True for a dotted name whose last label starts with a letter, as every
/// top-level domain does. An IPv4 address or range ends in digits, and an
/// IPv6 one contains colons.
fn is_host_name(name: &str) -> bool {
    let allowed = name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'));
    let top = name.trim_end_matches('.').rsplit('.').next().unwrap_or("");
    allowed && name.contains('.') && top.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// A domain blocklist lists the sending server's host name. The list's own
/// links (added by the explain stage) give its lookup and removal pages.
pub static LISTED: Entry = Entry {
    id: "blocklist/server-name",
    reason: Reason::Blocked,
    what: "The receiving server refused the connection because a blocklist \
           lists your sending server's own host name: the name it gave when \
           it connected (HELO or EHLO), or the name its reverse DNS (PTR) \
           record returns.",
    why: "Domain blocklists such as the Spamhaus DBL list domain names, not \
          IP addresses. The listed name, or the domain it belongs to, was \
          seen in spam. Nothing in the message itself caused this \
          refusal.",
    steps: &[
        "Send the bounce to your mail administrator or provider, who looks \
         the server's host name and its domain up with the list named in \
         the reply.",
        "If the domain is theirs, they find and stop what got it listed, \
         then request removal from that list.",
        "If the name belongs to someone else, such as a hosting provider's \
         default host name, they set the server's HELO name and its PTR \
         record to a host name under a domain they control, or send the \
         bounce to that provider.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://www.postfix.org/postconf.5.html#reject_rhsbl_reverse_client",
    checked: "2026-12-05",
};

#[cfg(test)]
mod tests {
    use super::{is_client_name, is_named};

    #[test]
    fn server_names_found() {
        for lower in [
            "554 5.7.1 service unavailable; helo command [mail.example.com] blocked using dbl.spamhaus.org",
            "554 5.7.1 service unavailable; reverse client host [mail.example.com] blocked using x.example",
            "554 5.7.1 <mail.example.org>: helo command rejected: mail.example.org listed at dbl.spamhaus.org",
            "550 5.7.1 service unavailable, helo domain is listed in spamhaus. (s8001)",
        ] {
            assert!(is_named(lower), "{lower}");
        }
        let client = "554 5.7.1 service unavailable; client host [mail.example.com] blocked using dbl.spamhaus.org";
        assert!(is_client_name(client));
        assert!(!is_named(client));
    }

    #[test]
    fn addresses_not_server_names() {
        for lower in [
            "554 5.7.1 service unavailable; client host [203.0.113.45] blocked using zen.spamhaus.org",
            "554 5.7.1 service unavailable; client host [2001:db8::25] blocked using zen.spamhaus.org",
            "550 5.7.1 client host [192.0.2.128/25] blocked using zen.spamhaus.org",
            "550 5.7.1 client host [2001:db8:5::/48] blocked using zen.spamhaus.org",
            "554 5.7.1 service unavailable; sender address [alice@example.com] blocked using dbl.spamhaus.org",
            "550 5.7.1 message contains a url listed in dbl.spamhaus.org",
            "550 5.7.1 service unavailable, mailfrom domain is listed in spamhaus. (s8002)",
        ] {
            assert!(!is_named(lower), "{lower}");
            assert!(!is_client_name(lower), "{lower}");
        }
    }
}
