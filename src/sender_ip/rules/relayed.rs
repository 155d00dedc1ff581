//! Phrases that name an address deeper in the message's path as the
//! listed one, beside the relay that connected: `message contains IP
//! 192.0.2.1 listed at bl.spamcop.net (client 198.51.100.7)`, `original
//! sender 192.0.2.1 is listed`. Receivers that check the Received
//! headers against a blocklist write replies like these. The listed
//! address is the one a removal request quotes, so these rules rank
//! above every other sender rule, which would take the relay's address.
//!
//! NOTE: no real server's reply naming both addresses was checked. The
//! rules match the phrase families (original sender, contains IP, listed
//! address), and `conflict` covers other wordings by quoting neither.

/// The relayed-origin statements, in order of trust.
pub(super) const RULES: &[(&str, &str)] = &[
    // `original sender 192.0.2.1 is listed`, `original sender IP ip`,
    // `originating client's IP address was [ip]`.
    (
        "original sender IP <ip>",
        r"(?i)\boriginal(?:ly)?\s+(?:sender|sending|source|client|originating)(?:\s+(?:host|server|MTA))?(?:'s)?(?:\s+(?:IP|IPv[46]))?(?:\s+address)?(?:\s+(?:is|was))?\s*:?\s*[(\[]?{ip}",
    ),
    // `message contains IP 192.0.2.1 listed at bl.spamcop.net`, `contains
    // the IP address [ip]`.
    (
        "message contains IP <ip>",
        r"(?i)\bcontains?\s+(?:the\s+)?(?:IP|IPv[46])(?:\s+address)?\s*:?\s*[(\[]?{ip}",
    ),
    // `the listed address 192.0.2.1 was found in the Received headers`,
    // `listed IP: ip`.
    (
        "listed address <ip>",
        r"(?i)\blisted\s+(?:IP(?:v[46])?\s+address|IP(?:v[46])?|address)(?:\s+(?:is|was))?\s*:?\s*[(\[]?{ip}",
    ),
];
