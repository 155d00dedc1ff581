//! Which IP address a removal request must quote, and where it was found.
//!
//! The receiver's own words are the only trustworthy source: `Client host
//! [x] blocked`, `IP=x`, `Messages from x`, Comcast's `<host> <host> x
//! BL000010`, Microsoft's `try again later from [x]`, an `ip=x` parameter
//! in a link to a known blocklist's or provider's site, and in a feedback
//! report the `Source-IP` field. A DNSBL query name in a known
//! blocklist's zone states the address too, reversed:
//! `5.2.0.192.zen.spamhaus.org` is the lookup for 192.0.2.5.
//!
//! The receiving server's own address (Remote-MTA, `host mx[ip] said`)
//! is never reported, and neither is a private, loopback, link-local,
//! CGNAT or unique-local address, which can only be an internal hop.
//!
//! Received headers are not used: in a bounce they record the sender's
//! own internal hops or the user's PC, not the address the receiver saw.
//! When the text states no usable address, the result reports that and
//! points to where the address can be found instead.

mod address;
mod conflict;
mod context;
mod dnsbl;
mod embedded;
mod field;
mod hint;
mod locate;
mod named_number;
mod parts;
mod range;
mod receiver_rules;
mod receivers;
mod rules;
mod scan;
mod segments;
mod special_purpose;
mod url;
mod writer;

use std::net::IpAddr;

use crate::extract::Failure;
use crate::input::Decoded;
use crate::reason::Reason;
use crate::report::SenderIpSource;

pub use address::{in_url, is_public, parse_public, Rejection};
pub use context::Context;
pub use field::field_disagreement;
pub use hint::{base_domain, concerns_ip, reporting_mta};
pub use locate::locate;
use receivers::receivers_in_segments;
use rules::SENDER_RULES;
use scan::{parse_ip, scan_segments};
use segments::address_segments;

/// An address picked as the sender IP, and the rule that picked it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The address as written.
    pub ip: String,
    /// Short name of the rule, e.g. `Client host [<ip>]`.
    pub rule: &'static str,
}

/// Picks the sender IP from the receiver's text. `receivers` are addresses
/// known to belong to the receiving side (Remote-MTA and the like); the
/// receiver phrases in `text` itself are excluded too.
pub fn find(text: &str, receivers: &[String]) -> Option<Found> {
    let segments = address_segments(text);
    let mut known: Vec<IpAddr> = receivers.iter().filter_map(|r| parse_ip(r)).collect();
    known.extend(receivers_in_segments(&segments));
    scan_segments(text, &segments, &SENDER_RULES, &known).found
}

/// Picks the sender IP for one recipient and records where it was found,
/// or why none is reported and where to look. For a bounce with several
/// recipients, build one [`Context`] and call [`Context::resolve`].
pub fn resolve(
    decoded: &Decoded,
    failure: &Failure,
    reason: Reason,
) -> (Option<String>, SenderIpSource) {
    Context::new(decoded).resolve(failure, reason)
}

/// The origin of a scanned text, so that the line search can prefer the
/// same place in the pasted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A machine-readable field of this name (`Diagnostic-Code`,
    /// `Source-IP`): where it and the prose disagree, the field wins.
    Field(&'static str),
    /// The human-readable report or the reply as quoted in it.
    Text,
}

#[cfg(test)]
mod tests;
