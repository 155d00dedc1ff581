//! The hint shown when the text states no address to quote.

use super::Rejection;
use crate::input::Decoded;
use crate::reason::Reason;

/// Builds the hint for a recipient without a sender IP: why addresses the
/// text does name were not used, and where the right one can be found.
/// Returns `None` when the failure has nothing to do with the sending
/// address and no address was set aside.
pub fn not_stated(
    decoded: &Decoded,
    reason: Reason,
    rejected: &[(String, Rejection)],
) -> Option<String> {
    let needs_ip = matches!(
        reason,
        Reason::Blocked
            | Reason::BadReputation
            | Reason::RequirePtr
            | Reason::SpamDetected
            | Reason::TooManyConn
            | Reason::Speeding
    );
    if !needs_ip && rejected.is_empty() {
        return None;
    }
    let mut parts = vec!["The receiver's text does not state a sending IP address to quote.".to_string()];
    if let Some((ip, rejection)) = rejected.first() {
        parts.push(match rejection {
            Rejection::Internal => format!(
                "It names {ip}, but that is an internal address (private, loopback, \
                 link-local or carrier-grade NAT): a hop inside a network, which no \
                 blocklist lists."
            ),
            Rejection::Receiver => {
                format!("It names {ip}, but that is the receiving server's own address.")
            }
            Rejection::Invalid => format!(
                "It names {ip}, which is not a valid address; it may have been cut \
                 short or masked when the bounce was copied."
            ),
        });
    }
    parts.push(match reporting_mta(decoded) {
        Some(host) => format!(
            "The receiver saw the public address of the server that handed the \
             message over, most likely {host} (the bounce's Reporting-MTA). Look up \
             that host's address, or ask your mail administrator or provider which \
             public IP address it sends from."
        ),
        None => "Ask your mail administrator or provider which public IP address \
                 your outgoing mail server uses, or find the connection to the \
                 receiver in that server's log."
            .to_string(),
    });
    Some(parts.join(" "))
}

/// Reads the Reporting-MTA host name from the delivery-status part.
fn reporting_mta(decoded: &Decoded) -> Option<String> {
    let dsn = decoded.dsn.as_deref()?;
    let line = dsn
        .lines()
        .find(|l| l.len() > 14 && l[..14].eq_ignore_ascii_case("Reporting-MTA:"))?;
    let value = line[14..].trim();
    let host = value.split_once(';').map_or(value, |(_, h)| h).trim();
    let host = host.split_whitespace().next()?;
    let valid = host.contains('.')
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    valid.then(|| host.trim_end_matches('.').to_string())
}
