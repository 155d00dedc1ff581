//! Receiving providers and gateways: how to recognise them, and their own
//! codes and phrases.

use super::{comcast, Match};

/// A receiving provider or gateway.
#[derive(Debug)]
pub struct Provider {
    /// Lowercase id, e.g. `comcast`.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Host name suffixes of its mail servers.
    pub hosts: &'static [&'static str],
    /// Lowercase fragments of its replies that identify it.
    pub tokens: &'static [&'static str],
}

/// Every known provider.
pub static PROVIDERS: &[Provider] = &[Provider {
    id: "comcast",
    name: "Comcast (Xfinity)",
    hosts: &["comcast.net"],
    tokens: &["comcast"],
}];

/// Identifies the provider from the remote host or the reply text.
pub fn identify(remote_host: Option<&str>, lower: &str) -> Option<&'static Provider> {
    let host = remote_host.unwrap_or("").to_ascii_lowercase();
    PROVIDERS.iter().find(|p| {
        p.hosts.iter().any(|h| host.ends_with(h)) || p.tokens.iter().any(|t| lower.contains(t))
    })
}

/// Finds a provider-specific explanation for the reply text.
/// `remote_host` is the receiving host when the bounce names it.
pub fn lookup(text: &str, _lower: &str, remote_host: Option<&str>) -> Option<Match> {
    comcast::lookup(text, remote_host)
}
