//! The hint shown when the text states no address to quote.

use super::Rejection;
use crate::extract::Failure;
use crate::input::Decoded;
use crate::knowledge::{blocklists, public_suffixes};
use crate::reason::Reason;

/// The addresses a text names that were not quoted.
#[derive(Debug, Default)]
pub struct Unstated<'a> {
    /// Addresses a sender rule matched but that cannot be quoted, with why.
    pub rejected: &'a [(String, Rejection)],
    /// A public address or network range that no rule places, neither as
    /// the sender's nor as the receiver's.
    pub unplaced: Option<&'a Unplaced>,
}

/// A public address or network range the text names without a rule
/// placing it, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unplaced {
    /// One address (`192.0.2.1`).
    Address(String),
    /// A network range (`192.0.2.0/24`, `192.0.2.0 - 192.0.2.255`).
    Range(String),
    /// An address inside a link, with the link's host, when the text names
    /// no address outside links.
    InLink {
        /// The address as written.
        address: String,
        /// The link's host, lowercase.
        host: String,
    },
}

/// True when the failure is about the sending address, so the user needs
/// that address: a block, a reputation or PTR refusal, a rate limit, or
/// any reply that names a known blocklist (a list contains addresses).
pub fn concerns_ip(failure: &Failure, reason: Reason) -> bool {
    let by_reason = matches!(
        reason,
        Reason::Blocked
            | Reason::BadReputation
            | Reason::RequirePtr
            | Reason::SpamDetected
            | Reason::TooManyConn
            | Reason::Speeding
    );
    by_reason || !blocklists::named_in(&failure.diagnostic.to_ascii_lowercase()).is_empty()
}

/// Builds the hint for a recipient without a sender IP: why addresses the
/// text does name were not used, and where the right one can be found.
/// Returns `None` when the failure has nothing to do with the sending
/// address and no address was set aside.
pub fn not_stated(
    reporting: &Reporting,
    failure: &Failure,
    reason: Reason,
    unstated: &Unstated,
) -> Option<String> {
    let rejected = unstated.rejected;
    let lower = failure.diagnostic.to_ascii_lowercase();
    let names_list = !blocklists::named_in(&lower).is_empty();
    if !concerns_ip(failure, reason) && rejected.is_empty() {
        return None;
    }
    let (address, range, link) = match unstated.unplaced.filter(|_| rejected.is_empty()) {
        Some(Unplaced::Address(ip)) => (Some(ip.as_str()), None, None),
        Some(Unplaced::Range(range)) => (None, Some(range.as_str()), None),
        Some(Unplaced::InLink { address, host }) => {
            (None, None, Some((address.as_str(), host.as_str())))
        }
        None => (None, None, None),
    };
    // A range no rule placed reads the same as one a rule set aside.
    let set_aside = rejected
        .first()
        .map(|(ip, rejection)| (ip.as_str(), *rejection))
        .or(range.map(|range| (range, Rejection::Range)));
    let opening = match address {
        // A list contains the address that connected to the receiver, and
        // the list's steps tell the user to quote that address.
        Some(ip) if names_list => format!(
            "The receiver's text names {ip} and a blocklist, but does not say \
             that the list holds {ip}, so it is not quoted here. A blocklist \
             lists the address of the server that connected to the receiver: \
             if {ip} is the public address your server sends from, it is the \
             one to quote."
        ),
        Some(ip) => format!(
            "The receiver's text names {ip}, but not as the sending server's \
             address, so it is not quoted here. It may be the receiving \
             server's own; quote it only if it is the public address your \
             server sends from."
        ),
        None => match link {
            Some((ip, host)) => format!(
                "The receiver's text names {ip} only inside a link to {host}. Anyone \
                 can write an address into a link, so only a known blocklist's or \
                 provider's lookup link gives the address to quote, and {ip} is not \
                 quoted here. If it is the public address your server sends from, it \
                 is the one to quote."
            ),
            None => "The receiver's text does not state a sending IP address to quote.".to_string(),
        },
    };
    let mut parts = vec![opening];
    if let Some((ip, rejection)) = set_aside {
        parts.push(match rejection {
            Rejection::Internal => format!(
                "It names {ip}, but that is an internal address or one reserved for \
                 special use (private, loopback, link-local, carrier-grade NAT or \
                 benchmarking): a hop inside a network, which no blocklist lists."
            ),
            Rejection::Receiver => {
                format!("It names {ip}, but that is the receiving server's own address.")
            }
            Rejection::Range => format!(
                "It names the network {ip}: a range of addresses, not one \
                 server's. A receiver or blocklist that names a range blocks \
                 every address in it, so your sending server's address most \
                 likely lies in that range. A removal request quotes the range \
                 as written here, and a lookup page takes your server's own \
                 address."
            ),
            Rejection::Invalid => format!(
                "It names {ip}, which is not a valid address; it may have been cut \
                 short or masked when the bounce was copied."
            ),
            Rejection::Relay | Rejection::OtherListed => relay_sentence(rejected),
        });
    }
    let host = reporting.host.as_deref().filter(|host| !is_receiving_side(host, failure));
    parts.push(match &host {
        Some(host) => format!(
            "The receiver saw the public address of the server that handed the \
                 message over. If your own mail system wrote this report, that server \
                 is {host} (the bounce's Reporting-MTA): look up its address, or ask \
                 your mail administrator or provider which public IP address it sends \
                 from."
        ),
        None => "Ask your mail administrator or provider which public IP address \
                 your outgoing mail server uses, or find the connection to the \
                 receiver in that server's log."
            .to_string(),
    });
    if let Some((ip, line)) = host.and(reporting.traced.as_ref()) {
        parts.push(format!(
            "A Received header of the bounce itself (line {line}) records that host \
             at {ip}; if that is its public address, it is the one to quote."
        ));
    }
    Some(parts.join(" "))
}

/// Writes the sentence for a text that names a relay and, as listed, a
/// different address.
fn relay_sentence(rejected: &[(String, Rejection)]) -> String {
    let named = |wanted: Rejection| {
        rejected.iter().find(|(_, rejection)| *rejection == wanted).map(|(ip, _)| ip.as_str())
    };
    let (Some(relay), Some(listed)) = (named(Rejection::Relay), named(Rejection::OtherListed))
    else {
        return "It names two addresses and does not make clear which one is listed.".to_string();
    };
    format!(
        "It names two addresses: {relay}, as the server that connected or relayed the \
         message, and {listed}, which it says is listed. A removal request quotes the \
         listed address, and the list may have read {listed} from the message's Received \
         headers, so neither is quoted here. Look both up on the list, and quote the one \
         it holds if that is an address your mail passed through."
    )
}

/// The bounce's Reporting-MTA and the address its own Received headers
/// record for it. Read once per input, because a bounce may list
/// thousands of recipients without an address to quote.
#[derive(Debug, Default)]
pub struct Reporting {
    host: Option<String>,
    traced: Option<(String, usize)>,
}

impl Reporting {
    /// Reads the Reporting-MTA from the DSN and looks for it in the
    /// bounce's top-level Received headers.
    pub fn read(decoded: &Decoded) -> Self {
        let host = reporting_mta(decoded);
        let traced = host.as_deref().and_then(|h| traced_address(&decoded.text, h));
        Reporting { host, traced }
    }
}

/// Finds, in the bounce's own top-level headers, a Received header that
/// records `host` handing the bounce on (`from host (host [ip])`), and
/// returns the public address with its 1-based line. The bounce leaves
/// through the same server that met the receiver, so this is often the
/// sending address, but only often: the next hop may be internal.
fn traced_address(text: &str, host: &str) -> Option<(String, usize)> {
    let host = host.to_ascii_lowercase();
    let mut in_received = false;
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            return None;
        }
        if !line.starts_with([' ', '\t']) {
            in_received = line.to_ascii_lowercase().starts_with("received:");
        }
        if !in_received {
            continue;
        }
        let lower = line.to_ascii_lowercase();
        let Some(at) = lower.find(&format!("from {host}")) else {
            continue;
        };
        let after = &line[at..];
        let ip = after.split(['[', ']']).nth(1).and_then(super::address::parse_public)?;
        return Some((ip.to_string(), index + 1));
    }
    None
}

/// True when `host` is in the recipient's domain or the Remote-MTA's: the
/// receiving side wrote the report, so its host is not the sender's.
fn is_receiving_side(host: &str, failure: &Failure) -> bool {
    let own = base_domain(host);
    let recipient = failure.recipient.as_deref().and_then(|r| r.rsplit_once('@')).map(|(_, d)| d);
    let remote = failure.remote_mta.as_deref().and_then(|r| r.split_whitespace().next());
    [recipient, remote].into_iter().flatten().any(|other| base_domain(other) == own)
}

/// Returns the organisation's domain of a host name, lowercase: the last
/// two labels (`mx1.mail.example.com` becomes `example.com`), or three
/// under a public suffix of two labels (`mx.example.co.jp` becomes
/// `example.co.jp`), so that two organisations under `co.jp` differ.
pub fn base_domain(host: &str) -> String {
    let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
    let last = |count: usize| {
        let labels: Vec<&str> = host.rsplit('.').take(count).collect();
        labels.into_iter().rev().collect::<Vec<_>>().join(".")
    };
    match public_suffixes::is_two_label_suffix(&last(2)) {
        true => last(3),
        false => last(2),
    }
}

/// Reads the Reporting-MTA host name from the delivery-status part.
pub fn reporting_mta(decoded: &Decoded) -> Option<String> {
    let dsn = decoded.dsn.as_deref()?;
    let value = dsn.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.trim().eq_ignore_ascii_case("Reporting-MTA").then_some(value.trim())
    })?;
    let host = value.split_once(';').map_or(value, |(_, h)| h).trim();
    let host = host.split_whitespace().next()?;
    let valid = host.contains('.')
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    valid.then(|| host.trim_end_matches('.').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_domain_under_public_suffix() {
        assert_eq!(base_domain("mx1.mail.example.com"), "example.com");
        assert_eq!(base_domain("MX.Example.CO.JP."), "example.co.jp");
        assert_eq!(base_domain("smtp.example.org.uk"), "example.org.uk");
        assert_eq!(base_domain("co.uk"), "co.uk");
        assert_ne!(base_domain("a.co.jp"), base_domain("b.co.jp"));
        assert_ne!(base_domain("mx.x.co.uk"), base_domain("mx.y.co.uk"));
        assert_eq!(base_domain("mx.a.co.jp"), base_domain("a.co.jp"));
    }

    fn with_dsn(dsn: &str) -> Decoded {
        Decoded { dsn: Some(dsn.to_string()), ..Default::default() }
    }

    #[test]
    fn reporting_mta_read() {
        let decoded = with_dsn(
            "Reporting-MTA: dns; mail.example.com\n\nFinal-Recipient: rfc822; a@example.org\n",
        );
        assert_eq!(reporting_mta(&decoded).as_deref(), Some("mail.example.com"));
    }

    #[test]
    fn reporting_mta_non_ascii() {
        assert_eq!(reporting_mta(&with_dsn("Reporting-MTAé: dns; mail.example.com\n")), None);
        assert_eq!(reporting_mta(&with_dsn("Reporting-MTA: dns; mäil.example.com\n")), None);
    }

    #[test]
    fn traced_address_found() {
        let text = "Received: from mail.example.com (mail.example.com [203.0.113.5])\n\
                    \tby relay.example.com (Postfix) with ESMTP id 1\n\
                    Subject: x\n\
                    \n\
                    Received: from mail.example.com ([203.0.113.6])\n";
        assert_eq!(traced_address(text, "mail.example.com"), Some(("203.0.113.5".into(), 1)));
        assert_eq!(traced_address(text, "other.example.com"), None);
        let private = "Received: from mail.example.com (mail.example.com [10.0.0.5])\n\n";
        assert_eq!(traced_address(private, "mail.example.com"), None);
    }

    #[test]
    fn named_blocklist_gets_hint() {
        let failure = Failure {
            diagnostic: "554 5.7.1 Service unavailable; blocked using zen.spamhaus.org".into(),
            ..Default::default()
        };
        let hint =
            not_stated(&Reporting::default(), &failure, Reason::NotAccept, &Unstated::default());
        assert!(hint.is_some_and(|h| h.contains("public IP address")));
        let plain =
            Failure { diagnostic: "554 5.7.1 Service unavailable".into(), ..Default::default() };
        assert!(not_stated(&Reporting::default(), &plain, Reason::NotAccept, &Unstated::default())
            .is_none());
    }

    #[test]
    fn receiving_side_recognised() {
        let failure = Failure {
            recipient: Some("a@example.org".into()),
            remote_mta: Some("mx.example.net".into()),
            ..Default::default()
        };
        assert!(is_receiving_side("gw.mail.example.org", &failure));
        assert!(is_receiving_side("mx2.example.net.", &failure));
        assert!(!is_receiving_side("mail.example.com", &failure));
    }
}
