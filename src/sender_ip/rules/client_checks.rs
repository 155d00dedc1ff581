//! Phrases from checks on the connecting client that name its address:
//! reverse DNS, a host name that does not match the address, rate limits
//! and refused connections.

/// The client check statements, in order of trust.
pub(super) const RULES: &[(&str, &str)] = &[
    // PTR checks: `Reverse DNS lookup for host 192.0.2.1 failed`, `Fix
    // reverse DNS for ip`, `Missing reverse DNS for ip`, `invalid RDNS
    // record of your mail server (ip)`, `Reverse DNS required: ip`.
    // Forpsi writes the words the other way round: `no DNS reverse for
    // 192.0.2.1`.
    (
        "reverse DNS for <ip>",
        r"(?i)(?:reverse[ \-]?DNS|\bDNS\s+reverse\b|\bRDNS\b|\bPTR\b)[^\[\]()0-9\n]{0,60}?(?:\bfor|\bof|:)[^\[\]()0-9\n]{0,30}?[(\[]?{ip}",
    ),
    // The address as the subject of the missing record: `Rejected:
    // 192.0.2.1 has no reverse DNS`, `The IP address 192.0.2.1 has no
    // rDNS`, `192.0.2.1 does not have a PTR record`. The record is looked
    // up for the connecting client, so the address is the sender's.
    (
        "<ip> has no reverse DNS",
        r"(?i){ip}[\])]?\s+(?:has\s+no|lacks|does\s+not\s+have|doesn't\s+have)\s+(?:an?\s+)?(?:valid\s+|proper\s+|matching\s+)?(?:reverse[ \-]?DNS|DNS\s+reverse|rDNS|PTR)\b",
    ),
    // Sendmail `IP name lookup failed [192.0.2.1]` and `IP name possibly
    // forged [192.0.2.1]`, both about the client's reverse DNS.
    ("name lookup failed [<ip>]", r"(?i)name\s+(?:lookup\s+failed|possibly\s+forged)\s*\[?{ip}"),
    // `service permits 2 unverifyable sending IPs - host is not 192.0.2.1`:
    // the sending host's name does not resolve to the address it used.
    ("<host> is not <ip>", r"(?i)\bis\s+not\s+\[?{ip}\]?(?:$|[\s.,;])"),
    // `domain [example.com] mismatches client ip 192.0.2.1`.
    ("mismatches client ip <ip>", r"(?i)mismatch(?:es)?\s+(?:client\s+)?(?:ip\s+)?\[?{ip}"),
    // Microsoft 365 throttling names the sending IP after the retry
    // advice: `451 4.7.500 Server busy. Please try again later from
    // [192.0.2.1]. (AS761) [host.prod.protection.outlook.com]`, and the
    // same with `retry later from`.
    (
        "try again later from [<ip>] (Microsoft)",
        r"(?i)\b(?:try\s+again|retry|try)\s+later\s+from\s+\[?{ip}",
    ),
    // A rate limit counts the connecting client: Exim `Temporary rate
    // limit exceeded for 192.0.2.1`, `rate limited for [ip]`, `rate limit
    // reached for your IP ip`.
    (
        "rate limit exceeded for <ip>",
        r"(?i)\brate[ \-]?limit(?:ed|\s+exceeded|\s+reached)?\s+(?:for|from)\s+(?:(?:your|the)\s+)?(?:IP\s+(?:address\s+)?|host\s+|client\s+)?\[?{ip}",
    ),
    // `no access from mail server [192.0.2.1]`, `Connection from
    // 192.0.2.1 refused`, Trend Micro `mail from 192.0.2.1 refused by
    // ERS`, Yahoo `Connections will not be accepted from 192.0.2.1`, Cox
    // `too many sessions from 192.0.2.1`, `Too many connections from your
    // host 192.0.2.1`.
    (
        "connection from <ip>",
        r"(?i)\b(?:access|accepted|commands?|connections?|mail|refused|rejected|sessions?|traffic)\s+from\s+(?:(?:your|the)\s+)?(?:mail\s+server\s+|server\s+|host\s+|IP\s+address\s+|IP\s+|address\s+)?{host}{ip}",
    ),
];
