//! Causes named as a subject and a fault word next to it, for the
//! wordings that no fixed phrase in the tables covers (see
//! `classify::cause`). A subject with a denial between it and the fault
//! word ("IP is not listed") names no cause. Blocks of the sending IP
//! worded in other shapes are in `ip_blocks`.

use crate::classify::cause::NamedCause;
use crate::reason::Reason;

/// Every named cause, tried for its reason after that reason's table.
pub static NAMED_CAUSES: &[&NamedCause] = &[
    &REVERSE_DNS,
    &SENDER_AUTHENTICATION,
    &HELO_NAME,
    &LISTED_IP,
    &DNSBL_NAMED,
    &DYNAMIC_ADDRESS,
    &POOR_REPUTATION,
    &SPAM_VERDICT,
    &ACCOUNT_STATE,
];

/// The recipient's account named as disabled with its address between:
/// "Account bob@example.net is disabled". The phrase table's "account
/// disabled" reads the same state without the address.
static ACCOUNT_STATE: NamedCause = NamedCause {
    reason: Reason::Suspend,
    subjects: &["account"],
    before: &[],
    after: &[
        "is disabled",
        "is inactive",
        "is suspended",
        "is closed",
        "is locked",
        "has been disabled",
        "has been closed",
        "has been locked",
        "has expired",
    ],
};

/// The sending IP has no reverse-DNS (PTR) record, or one that does not
/// resolve back to it: "Missing reverse DNS for 203.0.113.2", "No PTR
/// record", "rDNS lookup failed", "cannot find your reverse hostname".
/// A refusal that states the requirement names the missing record too:
/// "Connecting IP must have a valid PTR record".
static REVERSE_DNS: NamedCause = NamedCause {
    reason: Reason::RequirePtr,
    subjects: &[
        "reverse dns",
        // Forpsi: `no DNS reverse for 192.0.2.1`.
        "dns reverse",
        "rdns",
        "ptr",
        "reverse hostname",
        "reverse host name",
        "reverse lookup",
        "reverse name",
    ],
    before: &[
        "no",
        "missing",
        "without",
        "invalid",
        "bad",
        "has no",
        "have no",
        "does not have",
        "doesn't have",
        "do not have",
        "cannot find",
        "can't find",
        "could not find",
        "unable to find",
        "lacks",
        "must have",
    ],
    after: &[
        "missing",
        "failed",
        "fails",
        "failure",
        "not found",
        "mismatch",
        "mismatches",
        "does not match",
        "doesn't match",
        "required",
        "does not exist",
        "doesn't exist",
        "not set",
        "not configured",
        "unresolvable",
    ],
};

/// SPF, DKIM or DMARC failed for the sender's domain: "SPF check failed
/// for example.com", "DKIM signature invalid", "blocked by SPF".
static SENDER_AUTHENTICATION: NamedCause = NamedCause {
    reason: Reason::AuthFailure,
    subjects: &["spf", "dkim", "dmarc", "sender policy framework"],
    // "blocked by SPF" is Forpsi's documented wording.
    before: &[
        "failed",
        "fails",
        "invalid",
        "no valid",
        "rejected by",
        "blocked by",
        "refused by",
        "denied by",
        "missing",
    ],
    after: &[
        "fail",
        "failed",
        "fails",
        "failure",
        "softfail",
        "hardfail",
        "invalid",
        "not valid",
        "did not pass",
        "does not pass",
        "not passed",
        "policy",
        "violation",
    ],
};

/// The receiver refused the name the sending server gave in HELO or
/// EHLO: "Invalid HELO name", "[H3] HELO hostname invalid".
pub static HELO_NAME: NamedCause = NamedCause {
    reason: Reason::Blocked,
    subjects: &["helo", "ehlo"],
    before: &["invalid", "bad", "bogus", "forged", "missing"],
    after: &[
        "invalid",
        "not valid",
        "rejected",
        "refused",
        "not fully qualified",
        "not fqdn",
        "does not resolve",
        "doesn't resolve",
        "mismatch",
    ],
};

/// The receiver's own list holds the sending IP: "[B2] Sending IP listed
/// on our blacklist", "Denylisted IP 192.0.2.4", "Your IP 192.0.2.4 is blocked", "Your server
/// (192.0.2.4) is blocked", and QQ Mail's "Suspected spam ip". The server is named with "your" or "sending",
/// because "server" alone is as often the receiver's.
static LISTED_IP: NamedCause = NamedCause {
    reason: Reason::Blocked,
    subjects: &[
        "ip",
        "ip address",
        "sending ip",
        "client ip",
        "your server",
        "your mail server",
        "your host",
        "sending server",
        "sending host",
    ],
    before: &[
        "blocked",
        "blacklisted",
        "blocklisted",
        "denylisted",
        "banned",
        "listed",
        "suspected spam",
        "known spam",
        "spam source",
    ],
    after: &["listed", "blacklisted", "blocklisted", "denylisted", "blocked", "banned", "denied"],
};

/// A DNS blocklist named as what refused the mail, with no list or zone
/// after it: "Blocked by RBL", "blocked by DNSBL", "Connection refused due
/// to RBL listing", "Blocked - RBL listed". Receivers that query several
/// lists often name none, but the reply still states that the sending IP
/// is on one. `DNSBL_LISTING` needs a listing word before the list
/// ("listed in an RBL"), which these wordings put after it or leave out.
static DNSBL_NAMED: NamedCause = NamedCause {
    reason: Reason::Blocked,
    subjects: &[
        "rbl",
        "rbls",
        "dnsbl",
        "dnsbls",
        "dns blocklist",
        "dns blacklist",
        "dns block list",
        "dns black list",
        "dns denylist",
        "realtime blackhole list",
        "real time blackhole list",
    ],
    before: &[
        "blocked by",
        "rejected by",
        "refused by",
        "denied by",
        "blacklisted by",
        "blocklisted by",
    ],
    // Only listing words may follow the list, because a fault word a few
    // words later may not be about it ("RBL but rejected by policy").
    // "Due to RBL" is no fault word either: "deferred due to RBL lookup
    // timeout" is the receiver's own DNS failure, not a listing.
    after: &["listed", "listing", "listings", "hit", "match"],
};

/// The receiver refuses direct mail from addresses its policy reserves
/// for end users, such as those the Spamhaus PBL lists: "Dynamic IP
/// addresses not allowed", "dial-up or residential IP", "Your IP looks
/// dynamic", "generic rDNS name". A home or dial-up address, or a reverse
/// DNS name generated from the IP, is what such a refusal names.
pub static DYNAMIC_ADDRESS: NamedCause = NamedCause {
    reason: Reason::Blocked,
    subjects: &[
        "ip",
        "ips",
        "ip address",
        "ip addresses",
        "address",
        "addresses",
        "host",
        "hosts",
        "hostname",
        "host name",
        "rdns",
        "reverse dns",
        "dns ptr",
        "ptr",
        "pool",
        "range",
        "network",
    ],
    before: &["dynamic", "dynamically assigned", "dial up", "dialup", "residential", "generic"],
    after: &[
        "looks dynamic",
        "looks like a dynamic",
        "appears dynamic",
        "appears to be dynamic",
        "is dynamic",
        "is in a dynamic",
        "looks generic",
        "is generic",
        "looks residential",
        "is residential",
    ],
};

/// The sending IP or domain has a poor reputation at the receiver: "Your
/// IP has poor reputation", "poor sender IP reputation", "Sender IP
/// reputation too low", "[IP reputation fail]", "Blocked due to IP
/// reputation". In a refusal, a receiver names reputation to state that it
/// is too poor, so a reason word next to it is enough. "Block" is left
/// out of the fault words because "Barracuda Reputation Block List" names
/// a DNS blocklist, which `Blocked` covers.
static POOR_REPUTATION: NamedCause = NamedCause {
    reason: Reason::BadReputation,
    subjects: &[
        "reputation",
        // The fault word comes after a long subject: "Reputation of the
        // sending IP address is poor".
        "reputation of the sending ip address",
        "reputation of the sending ip",
        "reputation of your ip address",
        "reputation of your ip",
    ],
    before: &[
        "poor",
        "bad",
        "low",
        "negative",
        "insufficient",
        "due to",
        "because of",
        "rejected by",
        "rejected due to",
    ],
    after: &[
        "poor",
        "is poor",
        "bad",
        "is bad",
        "low",
        "is low",
        "too low",
        "below",
        "fail",
        "failed",
        "failure",
        // "Check" alone would also read "reputation check passed".
        "check failed",
        "check failure",
        "problem",
        "problems",
        "issue",
        "issues",
        "standards",
        "threshold",
    ],
};

/// A spam filter judged the message itself to be spam: "Message
/// identified as spam", "blocked because it contains spam content",
/// "Message flagged as spam", "rejected by our content filter". "Due to
/// spam" alone is left out, because "Your IP has been blocked due to
/// spam" is a block of the sending IP.
static SPAM_VERDICT: NamedCause = NamedCause {
    reason: Reason::SpamDetected,
    subjects: &[
        "spam",
        "junk mail",
        "unsolicited mail",
        "unsolicited bulk email",
        "content filter",
        "content filters",
    ],
    before: &[
        "rejected by",
        "blocked by",
        "refused by",
        "caught by",
        "stopped by",
        "identified as",
        "detected as",
        "classified as",
        "flagged as",
        "marked as",
        "tagged as",
        "scored as",
        "rated as",
        "judged as",
        "judged to be",
        "recognised as",
        "recognized as",
        "considered",
        "considered as",
        "considered to be",
        "looks like",
        "look like",
        "appears to be",
        "seems to be",
        "contains",
        "contain",
        "containing",
    ],
    after: &["content", "contents", "probability", "verdict"],
};
