//! The phrases in which a receiver states the sending IP. The phrases that
//! name the receiver's own address are in `receiver_rules`.
//!
//! Each pattern contains `{ip}` where the address goes. It is replaced by
//! one capture group that takes any IP-like token, and the `address`
//! module checks the token afterwards. The examples in the comments are
//! anonymised replies from real bounces.

use std::sync::LazyLock;

use regex_lite::Regex;

/// One way a receiver states the address it saw.
pub struct Rule {
    /// The phrase the rule matches, with `<ip>` for the address, shown to
    /// the user as how the address was recognised.
    pub name: &'static str,
    /// The compiled pattern; group 1 is the address token.
    pub regex: Regex,
    /// True for the rules that read the address out of a link. Every other
    /// rule is a statement, and a statement never matches inside a URL.
    pub in_link: bool,
    /// True for the DNSBL query name rule, whose group 1 is the reversed
    /// address and group 2 the blocklist zone (see super::dnsbl).
    pub query_name: bool,
    /// True for the DNSBL listing statements (see super::dnsbl), whose
    /// match counts only when its text names a known blocklist.
    pub names_list: bool,
    /// Lowercase tokens, one of which the scanned text must contain for
    /// the rule to apply. Empty for rules that apply to any receiver.
    pub requires: &'static [&'static str],
}

// Anything that could be an IPv4 or IPv6 address, with an optional
// `IPv6:` prefix (RFC 5321 address literals). Validity is checked later,
// so a truncated or mistyped address is caught rather than half-matched.
// A prefix length after the token (`192.0.2.0/24`) makes it a network
// range. Some rules allow one, and the scan sets the range aside.
const TOKEN: &str = r"((?:IPv6:)?[0-9A-Fa-f]{0,4}[:.][0-9A-Fa-f:.]{2,44})";

// The sender statements sit in four tables by concept. SENDER_RULES
// ranks them in order of trust: the relayed-origin statements, the origin
// statements, the Gmail layout below, the block statements, then the
// client checks. Within the same
// text, a rule earlier in that order wins over a later one. The comment
// above each rule names who writes the phrase.
mod block;
mod client_checks;
mod origin;
mod relayed;

// The label of the Gmail layout rule, shared with its gate below.
const GMAIL_LAYOUT: &str = "[<ip>] after the status code (Gmail)";

// Gmail puts the address first in the reply text: `550-5.7.1
// [192.0.2.1      18] Our system has detected`, `550-5.7.26 [ip]`.
// Other receivers put other addresses there (their own, or a relay's),
// so the rule holds only where the reply is recognisably Gmail's (see
// PROVIDER_GATES), and it ranks below the origin statements in words.
const GMAIL: &[(&str, &str)] =
    &[(GMAIL_LAYOUT, r"(?:^|\s)[245]\d\d[ \-][245]\.\d{1,3}\.\d{1,3}\s+\[{ip}(?:\s+\d+)?\]")];

// Rules that read a layout only one provider writes, with the lowercase
// tokens that show the reply is that provider's: its own sign-off
// (`gsmtp`), the receiving host's name or its help link, or its wording,
// for a reply cut off before the sign-off. Without one of them the rule
// is skipped, so another receiver's bracketed address is not taken for
// the sender's.
const PROVIDER_GATES: &[(&str, &[&str])] = &[(
    GMAIL_LAYOUT,
    &[
        "gsmtp",
        "google",
        "gmail",
        "our system has detected an unusual rate",
        "our system has detected that this message",
    ],
)];

// Links rank below every statement: anyone can write a link with `ip=`
// into a reply, while the statement is the receiver's own. So that a
// statement rule such as `IP=<ip>` cannot read a link's `?ip=` either, the
// scan skips any statement match whose address lies inside a URL. A link
// rule's match counts only when the link's host is a known blocklist's or
// provider's (crate::knowledge::link_hosts), so a forged delisting site
// cannot choose the address either.
const LINK: &[(&str, &str)] = &[
    // A link the receiver gives: `lookup.cgi?ip=192.0.2.1`, `&ip=...`.
    ("ip=<ip> in a link", r"(?i)[?&;]ip=(?:IPv6:)?\[?{ip}"),
    // GMX, Web.de and IONOS case links name the kind of value, then the
    // value: `postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.1&r=...`.
    ("i=ip&v=<ip> in a link", r"(?i)[?&;]i=ip(?:&amp;|[&;])v=\[?{ip}"),
    // Links with the address in the path, as the whole query or as a
    // lookup's query value: Spamhaus `/query/ip/192.0.2.1` and
    // `results/?query=192.0.2.1`, SpamCop `bl.shtml?192.0.2.1`, SORBS
    // `lookup.shtml?192.0.2.1`.
    (
        "<ip> in a link",
        r"(?i)(?:/query/ip/|/ip/|/lookup/|\?|[?&;]query=|searchterm=){ip}(?:[&#/\s>)'\]]|$)",
    ),
];

// Feedback reports (ARF, RFC 5965): the machine-readable field first,
// then the sentences of the human-readable part and the Subject that
// common report generators write.
const ARF: &[(&str, &str)] = &[
    ("Source-IP: <ip>", r"(?im)^\s*Source-IP:\s*\[?{ip}"),
    // `an email message received from IP 192.0.2.1 on Thu, 29 Apr 2015`.
    ("received from IP <ip>", r"(?i)\breceived\s+from\s+IP(?:\s+address)?\s*:?\s*\[?{ip}"),
    // Subject: `complaint about message from 192.0.2.1`.
    ("complaint about message from <ip>", r"(?i)\bcomplaint\s+about\s+message\s+from\s+\[?{ip}"),
    // Subject: `Email Feedback Report for IP 192.0.2.1`.
    ("Report for IP <ip>", r"(?i)\breport\s+for\s+IP\s+\[?{ip}"),
    // DMARC failure reports: `... Mail-From:a@example.org IP:192.0.2.1`.
    ("IP=<ip>", r"(?i)(?:^|[^\w\-.])IP\s*[=:]\s*\[?{ip}"),
];

// An optional host name before a bracketed or spaced address
// (`mail.example.com [192.0.2.1]`). The name must contain a letter and
// end at a space or bracket, so it cannot take the first digits of the
// address itself and leave the token a broken fragment.
const HOST: &str = r"(?:[A-Za-z0-9.\-]*[A-Za-z][A-Za-z0-9\-]*\.?(?:\s+[(\[]?|\s*[(\[])|[(\[])?";

// TOKEN without its capture group, for the receiver phrases, whose group
// 1 is the text holding the receiver's address.
const ANY_IP: &str = r"(?:IPv6:)?[0-9A-Fa-f]{0,4}[:.][0-9A-Fa-f:.]{2,44}";

/// Compiles a rule pattern, with `{ip}`, `{any_ip}` and `{host}` filled in.
pub(super) fn compile(pattern: &str) -> Regex {
    let pattern =
        pattern.replace("{ip}", TOKEN).replace("{any_ip}", ANY_IP).replace("{host}", HOST);
    Regex::new(&pattern).unwrap_or_else(|e| panic!("invalid sender IP pattern {pattern}: {e}"))
}

fn compile_rules(
    table: &'static [(&'static str, &'static str)],
    in_link: bool,
) -> impl Iterator<Item = Rule> {
    table.iter().map(move |&(name, pattern)| Rule {
        name,
        regex: compile(pattern),
        in_link,
        query_name: false,
        names_list: false,
        requires: PROVIDER_GATES
            .iter()
            .find(|(gated, _)| *gated == name)
            .map_or(&[], |(_, tokens)| *tokens),
    })
}

/// The sender rules, compiled once, in order of trust: the statements,
/// then the statements that name a DNSBL beside the address (`listed at
/// zen.spamhaus.org (192.0.2.5)`), then a DNSBL query name
/// (`5.2.0.192.zen.spamhaus.org` for 192.0.2.5), then the links. A query
/// name ranks below the statements because it states the address only
/// through the receiver's lookup.
pub static SENDER_RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let query_name = Rule {
        name: "<reversed ip>.<DNSBL zone> (DNSBL query name)",
        regex: compile(&super::dnsbl::rule_pattern()),
        in_link: false,
        query_name: true,
        names_list: false,
        requires: &[],
    };
    let statements = super::dnsbl::STATEMENTS.iter().chain(super::dnsbl::LOCALISED_STATEMENTS);
    let listing = statements.map(|&(name, pattern)| Rule {
        name,
        regex: compile(&super::dnsbl::statement_pattern(pattern)),
        in_link: false,
        query_name: false,
        names_list: true,
        requires: &[],
    });
    compile_rules(relayed::RULES, false)
        .chain(compile_rules(origin::RULES, false))
        .chain(compile_rules(GMAIL, false))
        .chain(compile_rules(block::RULES, false))
        .chain(compile_rules(client_checks::RULES, false))
        .chain(listing)
        .chain(std::iter::once(query_name))
        .chain(compile_rules(LINK, true))
        .collect()
});

/// The feedback-report rules, compiled once, in order of trust.
pub static ARF_RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| compile_rules(ARF, false).collect());

/// Any address-shaped token, for finding the addresses a text names that
/// no rule places, so that the hint does not claim the text names none.
pub static ANY_ADDRESS: LazyLock<Regex> = LazyLock::new(|| compile(TOKEN));
