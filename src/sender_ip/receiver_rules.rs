//! The phrases that name the receiving side's own address, so that an
//! address a reply gives for the receiver is not quoted as the sender's.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::rules::compile;

// Phrases naming the receiving side. Group 1 of each captures the text
// that contains the receiver's address or addresses. The phrases:
// - Postfix `host mx.example.net[198.51.100.2] said`, `connect to
//   mx[ip]`, `lost connection with mx[ip]`, `conversation with mx[ip]
//   timed out`;
// - Exim `host mx.example.net [ip]:`;
// - qmail `ip does not like recipient`, `Connected to ip but`, `ip
//   failed after I sent the message`;
// - Exchange `Receiving server: mx.example.net (ip)`;
// - Oracle Communications Messaging Server `Failed connect() to TCP port
//   25 of ip`;
// - MailFoundry `Server mx[ip] failed with`, SendGrid `mx.example.net:[ip] :`;
// - the `remoteMtaIp` field of Amazon SES JSON notifications;
// - labels for the replying server's own address: `local IP`, `my IP`,
//   `remote IP`, which in the sending MTA's words is the receiver, and
//   `Rejected by mx.example.net (server ip: ip)`;
// - the address that rejected the message: `The server [ip] rejected
//   your message`, `[ip] refused connection from [ip2]`;
// - the address after `to` in a from/to pair, `Connection from ip to ip
//   rejected`, where the address after `from` is the sender;
// - Microsoft 365 message traces and Exchange message tracking, whose
//   `[{LED=reply};{FQDN=mx};{IP=ip}]` and `OutboundProxyTargetIP: ip`
//   name the server the last delivery attempt reached.
// Each pattern comes with lowercase keywords, one of which every match
// contains; a paragraph holding none of them is not scanned. Several
// patterns begin with `(\S+)`, which makes regex-lite (the page's engine)
// start a match at every byte, so the check saves most of their cost.
const RECEIVER: &[(&[&str], &str)] = &[
    // The name is required: Postfix and Exim always write one (the address
    // itself when there is no rDNS), while `Client host [ip]:25` names
    // the sender.
    (&["host"], r"(?i)\bhost\s+([A-Za-z0-9.\-]+\s*\[[^\]\n]+\])\s*(?:said|refused|replied|:)"),
    (
        &["connect", "conversation", "delivering", "talking", "sending"],
        r"(?i)\b(?:connect(?:ion)?|connected|conversation|delivering|talking|sending)\s+(?:\w+\s+)?(?:to|with)\s+([^\s\[\]]*\s*(?:\[[^\]\n]+\])?)",
    ),
    (&["does"], r"(?i)(\S+)\s+does\s+not\s+like"),
    (&["failed"], r"(?i)(\S+)\s+failed\s+after\s+I\s+sent"),
    (&["port"], r"(?i)\bport\s+\d+\s+of\s+(\S+)"),
    (
        &["remote", "destination", "receiving"],
        r"(?i)\b(?:remote|destination|receiving)\s+(?:host|server|MTA|mail\s+server):?\s+([^\s\[(]*\s*(?:[(\[][^\])\n]+[\])])?)",
    ),
    (
        &["["],
        r"(?i)([A-Za-z0-9\-]\.[A-Za-z]{2,}\.?\s*\[[^\]\n]+\])\s*(?:said|failed|refused|replied|responded)",
    ),
    (&["["], r"(?i)([A-Za-z0-9\-]\.[A-Za-z]{2,}\.?\s*:?\s*\[[^\]\n]+\])(?::\s|:$|\s+:)"),
    (&["remote-mta:"], r"(?im)^\s*Remote-MTA:([^\n]*)"),
    (&["remotemtaip"], r#"(?i)"remoteMtaIp"\s*:\s*"([^"]*)""#),
    (
        &["remote", "local", "my", "our"],
        r"(?i)\b(?:remote|local|my|our)\s+IP(?:v[46])?(?:\s+address)?(?:\s+is)?\s*[=:]?\s*([(\[]?{any_ip})",
    ),
    // `server ip` only as a label: `(server ip: ip)`, `by mx server ip=ip`.
    // `Server IP 192.0.2.1 listed` and `your server IP: ip` name the sender.
    (
        &["server"],
        r"(?i)(?:^|[^\w\s]|\b(?:by|at|receiving|receiver|destination))\s*server\s+IP(?:v[46])?(?:\s+address)?\s*[=:]\s*([(\[]?{any_ip})",
    ),
    // The address that did the rejecting: `The server [ip] rejected your
    // message`, `ip refused the connection`, `ip refused connection from
    // ip2`, `ip rejected mail from ip2`. The address after `from` is the
    // refused sender, which the client rules read.
    (
        &["rejected", "refused", "denied", "blocked"],
        r"(?i)([(\[<]?{any_ip}[)\]>]?)\s+(?:has\s+)?(?:rejected|refused|denied|blocked)\s+(?:(?:your|the|this)\s+(?:message|mail|e-?mail|connection|delivery)|(?:(?:the|an?)\s+)?(?:incoming\s+)?(?:connections?|mail|messages?|e-?mails?|delivery|access|traffic)\s+from\b)",
    ),
    (&["from"], r"(?i)\bfrom\s+[(\[]?{any_ip}[)\]]?(?::\d+)?\s+to\s+([(\[]?{any_ip})"),
    (&["{fqdn="], r"\{FQDN=[^}\n]*\};\{IP=([^}\n]*)\}"),
    (&["outboundproxytargetip"], r"(?i)\bOutboundProxyTargetIP:\s*({any_ip})"),
];

/// The receiver phrases, compiled once; group 1 of each is the text that
/// contains the receiver's addresses.
pub static RECEIVER_RULES: LazyLock<Vec<(&'static [&'static str], Regex)>> = LazyLock::new(|| {
    RECEIVER.iter().map(|&(keywords, pattern)| (keywords, compile(pattern))).collect()
});
