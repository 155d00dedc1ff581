//! Blocks of the sending IP worded in shapes other than a subject and a
//! fault word: the IP listed on a DNS blocklist, an IP address named as
//! refused, and the sender named as a source of spam (see
//! `classify::cause`). `reasons::find` tries each for its reason after
//! that reason's table and the named causes.

use crate::classify::cause::{Listing, RefusedAddress, SenderRole};
use crate::reason::Reason;

/// The sending IP is on a DNS blocklist, named by its kind or by its
/// zone: "203.0.113.5 is listed on a DNS blocklist (bl.example.net)",
/// Sendmail's "Rejected: 203.0.113.5 listed at bl.example.net", Exim's
/// "203.0.113.5 is listed in bl.example.net", and with no listing word
/// "Your IP is on our blocklist" (or "denylist", the term many sites now
/// write for "blacklist"). The word "listed" alone is too broad
/// ("not listed in the directory" is an unknown user), so a list or a
/// zone must follow.
pub static DNSBL_LISTING: Listing = Listing {
    reason: Reason::Blocked,
    verbs: &["listed", "blacklisted", "blocklisted", "denylisted", "is", "are"],
    prepositions: &["on", "at", "in", "by"],
    lists: &[
        "dns blocklist",
        "dns blacklist",
        "dns block list",
        "dns black list",
        "dns denylist",
        "dns deny list",
        "dnsbl",
        "rbl",
        "blocklist",
        "blacklist",
        "block list",
        "black list",
        "denylist",
        "deny list",
        "blocked list",
        "blackhole list",
    ],
};

/// An IP address named as refused: "Mail refused - <203.0.113.5>", "IP
/// 203.0.113.5 refused", or as listed: "host mail.example.com
/// [203.0.113.5] black listed" (smtpf's reply #120). A reply to MAIL FROM
/// worded so refuses the sending server, not the envelope sender.
pub static REFUSED_ADDRESS: RefusedAddress = RefusedAddress {
    reason: Reason::Blocked,
    faults: &["refused", "rejected", "blocked", "denied"],
    listings: &["blacklisted", "blocklisted", "denylisted", "listed"],
};

/// The sending IP, its server or "you" named as a source of spam: "550
/// 198.51.100.23 is a known spam source", "You are a suspected spammer",
/// "Suspected spam source - 198.51.100.14", "spam sending IP 203.0.113.5".
/// The receiver rejects the sender for mail it sent before, so this is a
/// block of its IP under 4.x.x and 5.x.x and at any stage, even where the
/// words also contain a verdict phrase ("identified as a spam source").
/// A verdict on the message ("Message looks like spam") names no sender
/// in such a role.
pub static SPAM_SOURCE: SenderRole = SenderRole {
    reason: Reason::Blocked,
    senders: &[
        "you",
        "ip",
        "ip address",
        "your ip",
        "your ip address",
        "sending ip",
        "client ip",
        "client host",
        "your server",
        "your mail server",
        "your host",
        "sending server",
        "sending host",
    ],
    roles: &[
        "spam source",
        "spam sources",
        "source of spam",
        "sources of spam",
        "spam sender",
        "spam senders",
        "spam sending",
        "spammer",
        "spammers",
        "spamming",
    ],
};
