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

// In order of trust: a rule earlier in the list wins over a later one
// within the same text. The comment above each rule names who writes the phrase.
const SENDER: &[(&str, &str)] = &[
    // Postfix, Sendmail and Spamhaus-style DNSBL rejects: `Client host
    // [192.0.2.1] blocked using zen.spamhaus.org`, `client [ip] blocked`,
    // and without brackets `Client host 192.0.2.1 blocked using ...`.
    ("Client host [<ip>]", r"(?i)\bclient(?:\s+host)?\s*\[?{ip}"),
    // Postfix smtpd: `<mail.example.com[192.0.2.1]>: Client host rejected`.
    (
        "<host[<ip>]>: Client host rejected",
        r"(?i)\[{ip}\]>?:?\s*Client host rejected",
    ),
    // Postfix reject_unknown_client_hostname and its reverse variant:
    // `Client host rejected: cannot find your reverse hostname, [192.0.2.1]`.
    (
        "cannot find your hostname, [<ip>]",
        r"(?i)cannot\s+find\s+your\s+(?:reverse\s+)?hostname,?\s*\[?{ip}",
    ),
    // T-Online `554 IP=192.0.2.1 - A problem occurred`, Google `with ip:
    // [192.0.2.1]`, `IP: 192.0.2.1`.
    // Not `client-ip=` or `smtp.remote-ip=`: those are trace headers.
    (
        "IP=<ip>",
        r"(?i)(?:^|[^\w\-.])IP\s*(?:address)?\s*[=:]\s*\[?{ip}",
    ),
    // The reply names the sending server in words: `your server 192.0.2.1
    // is listed`, `your mail server [ip] is blocked`, `your host (ip)`.
    (
        "your server <ip>",
        r"(?i)\byour\s+(?:mail\s+|sending\s+|SMTP\s+)?(?:server|host|MTA|relay)(?:\s+(?:is|was))?\s*[(\[]?{ip}",
    ),
    // The address named as the source of the mail, the word order of
    // French replies carried into English: Orange `Blocked for spam IP
    // source. [192.0.2.1]`, `adresse IP source 192.0.2.1`, `IP source: ip`.
    (
        "IP source <ip>",
        r"(?i)\bIP\s+source\s*[.:]?\s*[(\[]?{ip}",
    ),
    // Yahoo and AOL `[TSS04] Messages from 192.0.2.1 temporarily deferred`,
    // Outlook.com `messages from [192.0.2.1] weren't sent`.
    ("Messages from <ip>", r"(?i)\bmessages?\s+from\s+\[?{ip}"),
    // The same statements in French, German, Spanish, Italian and
    // Portuguese replies: `Votre adresse IP 192.0.2.1 est listée`,
    // `Ihre IP-Adresse 192.0.2.1`, `Su dirección IP 192.0.2.1`,
    // `Verbindung von 192.0.2.1 abgelehnt`.
    (
        "adresse IP / IP-Adresse <ip>",
        r"(?i)(?:\badresse\s+IP|\bIP-Adresse|\bdirecci[oó]n\s+IP|\bindirizzo\s+IP|\bendere[cç]o\s+IP|\bVerbindung\s+von)\s*:?\s*\[?{ip}",
    ),
    // Comcast names its host twice, or the host and the word `comcast`,
    // then the address: `<host> <host> 192.0.2.1 found on one or more
    // DNSBLs`, `<host> comcast 192.0.2.1 BL000010`, `... comcast
    // 192.0.2.1 Too many sessions opened`.
    ("<host> <host> <ip> (Comcast)", r"(?i)\bcomcast(?:\.net)?\s+{ip}\s"),
    // Outlook.com `banned sending IP [192.0.2.1]`, `the sending IP (ip)`,
    // `client ip 192.0.2.1`, `your IP address is 192.0.2.1`, and in past
    // tense `Sending IP was 192.0.2.1.` Not `remote IP`: in the sending
    // MTA's own words that is the receiver.
    (
        "sending IP <ip>",
        r"(?i)\b(?:sending|sender|connecting|client|your|source|originating)\s+(?:mail\s+server'?s?\s+)?(?:IP|IPv[46])(?:\s+address)?(?:\s+(?:is|was|of))?\s*[(\[]?{ip}",
    ),
    // The sending host named by its role, with a verb: `Connecting host
    // was 192.0.2.1`, `the sending server is [ip]`, `client host was ip`.
    (
        "sending host was <ip>",
        r"(?i)\b(?:sending|connecting|client|originating|source)\s+(?:mail\s+)?(?:host|server|MTA|relay)(?:\s+address)?\s+(?:is|was)\s*:?\s*[(\[]?{ip}",
    ),
    // The address the mail came from, addressed to the sender: `The IP
    // address you are sending from is 192.0.2.1`, then `You connected from [ip]`.
    (
        "IP you are sending from is <ip>",
        r"(?i)\b(?:IP|IPv[46]|address)(?:\s+address)?\s+(?:that\s+)?you(?:'re|\s+are|\s+were)?\s+(?:sending|connecting|sent|connected)\s+(?:mail\s+)?from\s+(?:is|was)\s*:?\s*[(\[]?{ip}",
    ),
    (
        "you are sending from <ip>",
        r"(?i)\byou(?:'re|\s+are|\s+were)?\s+(?:sending|connecting|connected)\s+(?:mail\s+)?from\s+(?:IP\s+(?:address\s+)?)?[(\[]?{ip}",
    ),
    // The mail's origin stated after the block: `Sent from 192.0.2.1`,
    // `Message sent from [ip]`, `Connected from ip`, `from IP 192.0.2.1`.
    (
        "sent from <ip>",
        r"(?i)\b(?:(?:sent|connected|connecting|originat(?:ed|ing))\s+from\s+(?:IP\s+(?:address\s+)?)?|from\s+IP(?:v[46])?(?:\s+address)?\s*:?\s*)[(\[]?{ip}",
    ),
    // Gmail puts the address first in the reply text: `550-5.7.1
    // [192.0.2.1      18] Our system has detected`, `550-5.7.26 [ip]`.
    // Other receivers put other addresses there (their own, or a relay's),
    // so the rule holds only where the reply is recognisably Gmail's (see
    // PROVIDER_GATES), and it ranks below the statements in words.
    (
        GMAIL_LAYOUT,
        r"(?:^|\s)[245]\d\d[ \-][245]\.\d{1,3}\.\d{1,3}\s+\[{ip}(?:\s+\d+)?\]",
    ),
    // Receivers that name the address as the subject of the block:
    // `192.0.2.1 is not allowed to send from <example.net> per its SPF
    // Record`, `[192.0.2.1]:25 is not permitted to relay`, `The mail
    // server [ip] has been temporarily rate limited`, `ip has sent to too
    // many recipients`, `ip blocked by ...`, `ip rejected, IPBL1000`,
    // GoDaddy `ip has a poor reputation on Cloudmark Sender Intelligence`,
    // Cisco `ip is on a reputation blacklist`, Exim `ip is in a black list`,
    // `ip is on our denylist`,
    // and with the address in parentheses after what it names: `Your
    // server (ip) is blocked`, `The IP you are sending from (ip) has been
    // blocklisted`.
    (
        "<ip> is blocked or not allowed",
        r"(?i)[\[(]?{ip}(?:/\d{1,3})?[\])]?(?::\d+)?\s*,?\s+(?:is\s+|has\s+been\s+|was\s+|is\s+currently\s+)?(?:not\s+(?:allowed|permitted|authori[sz]ed)|blocked|black[ \-]?listed|block[ \-]?listed|deny[ \-]?listed|denied|listed|rejected|banned|refused|has\s+sent|throttled|(?:temporarily\s+)?rate[ \-]limited|found\s+(?:in|on)|has\s+a\s+(?:poor|bad|low)\s+reputation|(?:is\s+)?(?:in|on)\s+(?:\S+\s+){0,3}?\S*(?:black|block|deny|RBL|DNSBL))",
    ),
    // AT&T: `DNSBL:RBL 521< 192.0.2.1 >_is_blocked`.
    ("< <ip> >_is_blocked (AT&T)", r"(?i)<\s*{ip}\s*>_?is_blocked"),
    // `Blocked IP 192.0.2.1`, `listed address: [ip]`, Microsoft `banned
    // sender[ip]`, Spectrum-style `Rejected 192.0.2.1 listed at ...`, and
    // after a dash, Cox-style `Mail refused - <192.0.2.1>`.
    (
        "Blocked IP <ip>",
        r"(?i)\b(?:blocked|listed|banned|(?:black|block|deny)-?listed|rejected|refused)\s+(?:-\s*)?(?:sending\s+)?(?:(?:IP|IPv[46]|address|IP address|host|sender|network|range|netblock)\s*:?\s*)?[\[<]?{ip}",
    ),
    // The block stated first, the address in parentheses or brackets at
    // the end of the same sentence: `IP address blocked due to poor
    // reputation (192.0.2.1).`, `Sending host rejected for spam [ip]`,
    // `Your network range is listed (192.0.2.0/24)`.
    // No dot may come between the words and the address. That keeps the
    // match inside one sentence, and it leaves out `blocked by
    // mx.example.net (ip)`, where the address is the named host's.
    (
        "IP blocked ... (<ip>)",
        r"(?i)\b(?:IP|IPv[46]|address|host|server|sender|network|range)\b[^.()\[\]\n]{0,80}?\b(?:blocked|black-?listed|block-?listed|deny-?listed|listed|banned|rejected|refused|denied)\b[^.()\[\]\n]{0,80}?[(\[]{ip}(?:/\d{1,3})?[)\]]",
    ),
    // The address in brackets right before a sentence about the sender's
    // address, server, reputation or listing: `550 5.7.1 [192.0.2.1] Your
    // IP is blocked.`, `[ip] Your IP address is listed`, `421 ip: Client
    // host blocked`, `Error: <ip> Your IP is blocked`, `[ip] This IP has
    // been blacklisted`, `[ip] poor IP reputation`, `ip - Sender reputation
    // too low`, `ip: listed on DNSBL`. The address must open the
    // reply text, or follow a tag such as `[TSS04]` or another sentence,
    // so that a host's address (`mx.example.net [ip] Your IP`) is not
    // read as the sender's. `The server` and `this server` are left out
    // because in a reply they name the receiver.
    (
        "[<ip>] Your IP ...",
        r"(?i)(?:^|[245]\d\d[ \-](?:[245]\.\d{1,3}\.\d{1,3}\s+)?|\]\s+|(?:^|\s)[A-Za-z]+[.;:!]\s+)[\[(<]?{ip}[\])>]?\s*[:,\-]?\s*(?:your\s+(?:mail\s+|sending\s+|SMTP\s+|e-?mail\s+)?(?:IP|IPv[46]|server|host|MTA|relay|network|address|connection)|(?:client|sending|sender|connecting|originating|source)\s+(?:mail\s+)?(?:IP|IPv[46]|host|server|MTA|address)|(?:this|the)\s+IP(?:v[46])?|(?:(?:poor|bad|low|negative)\s+)?(?:(?:sender|sending)\s+)?(?:IP(?:v[46])?\s+)?reputation|listed\s+(?:on|in|at|by)|(?:black|block|deny)[ \-]?listed)\b",
    ),
    // The same sentence first, and the address alone after it: `Your IP
    // is blocked. [192.0.2.1]`, `Client host blocked due to spam
    // complaints. (ip)`, `Your IP address is listed: ip`, `Sending IP not
    // permitted [ip]`. The address must end the reply or come right
    // before Postfix's `(in reply to ...)`, so that a following sentence
    // cannot carry another address into the match.
    (
        "Your IP is blocked. [<ip>]",
        r"(?i)\b(?:your\s+(?:mail\s+|sending\s+|SMTP\s+)?(?:IP|IPv[46]|server|host|MTA|network)|(?:client|sending|sender|connecting)\s+(?:IP|host|server|address))\b[^.()\[\]\n]{0,80}?\b(?:blocked|black-?listed|block-?listed|deny-?listed|listed|banned|rejected|refused|denied|not\s+(?:allowed|permitted|authori[sz]ed))\b[^.()\[\]\n]{0,80}?(?:[.;]\s*[(\[]|:\s*[(\[]?|\s[(\[]){ip}[)\]]?\s*(?:$|\(in\s+reply\b|[.\]'])",
    ),
    // A cause that names the sender's reputation or listing, then the
    // address: `poor sender IP reputation [192.0.2.1]`, `IP reputation too
    // low: ip`, `Low reputation of sending IP (ip)`, `bad IP reputation -
    // ip`, `Sender IP found on blocklist - ip`, `Blocklisted IP - ip`.
    // Only a few words (`is too low`, `on DNSBL`) may come between the
    // cause and the address, and no comma, dot or bracket, so that the
    // address of a host named later (`reputation too low, see
    // mx.example.net [ip]`, `poor reputation, rejected by ip`) is not read
    // as the sender's.
    (
        "IP reputation too low: <ip>",
        r"(?i)\b(?:(?:IP|IPv[46]|sender|sending|client|source|originating|your)\b[^.()\[\]\n:,;]{0,40}?\b(?:reputation|listed|(?:black|block|deny)[ \-]?list(?:ed|ing)?|DNSBL|RBL)|(?:reputation|(?:black|block|deny)[ \-]?list(?:ed|ing)?|DNSBL|RBL)\b[^.()\[\]\n:,;]{0,40}?\b(?:IP|IPv[46]|sender|sending))\b(?:\s+(?:is|was|too|very|low|poor|bad|negative|insufficient|IP|IPv[46]|address|reputation|score|(?:on|in)\s+(?:our\s+|a\s+|the\s+)?(?:DNSBL|RBL|\S*(?:black|block|deny)[ \-]?list)))*(?:\s*[:\-]\s*|\s+)[(\[<]?{ip}[)\]>]?(?:$|\s|[.;,](?:\s|$))",
    ),
    // Cloudmark's `Poor Reputation Sender - [ip]` and `Rejected - poor
    // sender reputation [ip]`: the address right after the words is the
    // sender whose reputation is poor, with or without the reset link.
    (
        "Poor Reputation Sender - [<ip>]",
        r"(?i)\bpoor\s+(?:reputation\s+sender|sender\s+reputation)\s*(?:-\s*)?[\[(<]?{ip}",
    ),
    // PTR checks: `Reverse DNS lookup for host 192.0.2.1 failed`, `Fix
    // reverse DNS for ip`, `Missing reverse DNS for ip`, `invalid RDNS
    // record of your mail server (ip)`, `Reverse DNS required: ip`.
    (
        "reverse DNS for <ip>",
        r"(?i)(?:reverse[ \-]?DNS|\bRDNS\b|\bPTR\b)[^\[\]()0-9\n]{0,60}?(?:\bfor|\bof|:)[^\[\]()0-9\n]{0,30}?[(\[]?{ip}",
    ),
    // Sendmail `IP name lookup failed [192.0.2.1]` and `IP name possibly
    // forged [192.0.2.1]`, both about the client's reverse DNS.
    (
        "name lookup failed [<ip>]",
        r"(?i)name\s+(?:lookup\s+failed|possibly\s+forged)\s*\[?{ip}",
    ),
    // `service permits 2 unverifyable sending IPs - host is not 192.0.2.1`:
    // the sending host's name does not resolve to the address it used.
    (
        "<host> is not <ip>",
        r"(?i)\bis\s+not\s+\[?{ip}\]?(?:$|[\s.,;])",
    ),
    // `domain [example.com] mismatches client ip 192.0.2.1`.
    (
        "mismatches client ip <ip>",
        r"(?i)mismatch(?:es)?\s+(?:client\s+)?(?:ip\s+)?\[?{ip}",
    ),
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

// The label of the Gmail layout rule, shared with its gate below.
const GMAIL_LAYOUT: &str = "[<ip>] after the status code (Gmail)";

// Rules that read a layout only one provider writes, with the lowercase
// tokens that show the reply is that provider's: its own sign-off
// (`gsmtp`), the receiving host's name or its help link, or its wording,
// for a reply cut off before the sign-off. Without one of them the rule
// is skipped, so another receiver's bracketed address is not taken for
// the sender's.
const PROVIDER_GATES: &[(&str, &[&str])] = &[(
    GMAIL_LAYOUT,
    &["gsmtp", "google", "gmail", "our system has detected an unusual rate", "our system has detected that this message"],
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
    // Links with the address in the path or as the whole query:
    // Spamhaus `/query/ip/192.0.2.1`, SpamCop `bl.shtml?192.0.2.1`, SORBS
    // `lookup.shtml?192.0.2.1`.
    (
        "<ip> in a link",
        r"(?i)(?:/query/ip/|/ip/|/lookup/|\?|searchterm=){ip}(?:[&#/\s>)'\]]|$)",
    ),
];

// Feedback reports (ARF, RFC 5965): the machine-readable field first,
// then the sentences of the human-readable part and the Subject that
// common report generators write.
const ARF: &[(&str, &str)] = &[
    ("Source-IP: <ip>", r"(?im)^\s*Source-IP:\s*\[?{ip}"),
    // `an email message received from IP 192.0.2.1 on Thu, 29 Apr 2015`.
    (
        "received from IP <ip>",
        r"(?i)\breceived\s+from\s+IP(?:\s+address)?\s*:?\s*\[?{ip}",
    ),
    // Subject: `complaint about message from 192.0.2.1`.
    (
        "complaint about message from <ip>",
        r"(?i)\bcomplaint\s+about\s+message\s+from\s+\[?{ip}",
    ),
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
    let pattern = pattern
        .replace("{ip}", TOKEN)
        .replace("{any_ip}", ANY_IP)
        .replace("{host}", HOST);
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
    let listing = super::dnsbl::STATEMENTS.iter().map(|&(name, pattern)| Rule {
        name,
        regex: compile(&super::dnsbl::statement_pattern(pattern)),
        in_link: false,
        query_name: false,
        names_list: true,
        requires: &[],
    });
    compile_rules(SENDER, false)
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
