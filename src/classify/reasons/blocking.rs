//! Phrases about blocks aimed at the sending server: blocklists,
//! reputation, rate limits and connection limits.

use crate::classify::matcher::Phrases;
use crate::reason::Reason;

/// The sending IP or host name is blocked, typically by a blocklist.
pub static BLOCKED: Phrases = Phrases {
    reason: Reason::Blocked,
    any: &[
        " said: 550 blocked",
        "//www.spamcop.net/bl.",
        "bad sender ip address",
        "banned sending ip", // Microsoft 365
        "blacklisted by",
        "blocklisted by",
        "denylisted by",
        "blocked using ",
        "blocked - see http",
        "dnsbl:attrbl",                                 // AT&T
        "client host rejected: abus detecte gu_eib_02", // SFR
        "client host rejected: abus detecte gu_eib_04", // SFR
        "client host rejected: may not be mail exchanger",
        "client host rejected: was not authenticated",
        // Postfix check_client_access: "554 5.7.1 <unknown[203.0.113.5]>:
        // Client host rejected: Access denied"
        "client host rejected: access denied",
        "confirm this mail server",
        // Not "connection dropped", "connection reset by peer" or
        // "connection was dropped by remote host", which Sisimai lists:
        // they state only that the TCP connection broke (Exchange's "421
        // 4.4.2 Connection dropped due to SocketError", a reset socket),
        // which `CONNECTION_DROP` reads as a network error. A receiver
        // that drops the connection because of a listing names the
        // listing, which a phrase of this table or `DNSBL_LISTING` finds.
        "connections not accepted from ip addresses on spamhaus xbl",
        "currently sending spam see: ",
        "domain does not exist:",
        "dynamic/zombied/spam ips blocked",
        "error: no valid recipients from ",
        "esmtp not accepting connections", // iCloud
        "extreme bad ip profile",
        "go away",
        "helo command rejected:",
        "host network not allowed",
        "hosts with dynamic ip",
        "invalid ip for sending mail of domain",
        // Coremail refuses the sending IP: "550 Requested mail action not
        // taken: Invalid IP" and "554 IP is rejected, smtp auth error limit
        // exceed", both in Coremail's list of its bounce texts
        // (www.icoremail.vip/support/index.php?cate_id=84).
        "requested mail action not taken: invalid ip",
        "ip is rejected",
        "is in a black list",
        "is in a blocklist",
        "is in a block list",
        "is in a denylist",
        "is in a deny list",
        "is not allowed to send mail from",
        "mailfrom domain is listed in spamhaus",
        "no access from mail server",
        "no matches to nameserver query",
        "not currently accepting mail from your ip", // Microsoft
        "part of their network is on our block list",
        "please use the smtp server of your isp",
        "refused - see http",
        "rejected - multi-blacklist",
        "rejected because the sending mta or the sender has not passed validation",
        "rejecting open proxy", // Sendmail
        "sender ip address rejected",
        "server access forbidden by your ip ",
        // RFC 5321's own 421 text, "Service not available, closing
        // transmission channel", is not listed: it is a server shutting
        // down or too busy, and names no block of the sending server.
        // Exim: "SMTP error from remote mail server after initial
        // connection: 554 ..." is a refusal at the greeting.
        "smtp error from remote mail server after initial connection:",
        "sorry, that domain isn't in my list of allowed rcpthosts",
        "sorry, your remotehost looks suspiciously like spammer",
        "temporarily deferred due to unexpected volume or user complaints",
        "to submit messages to this e-mail system has been rejected",
        "too many spams from your ip", // Free
        "too many unwanted messages have been sent from the following ip address above",
        "was blocked by ",
        "we do not accept mail from dynamic ips", // Mail.ru
        "you are not allowed to connect",
        "you are sending spam",
        "your ip address is listed in the rbl",
        // A receiver's own list: "550 5.7.1 Your server is listed on our
        // local blocklist. Please see https://rbl.example.net/...".
        "your server is listed on our",
        "your ip is listed on our",
        "listed on our local blocklist",
        "listed on our blocklist",
        "listed on our local denylist",
        "listed on our denylist",
        "listed on our deny list",
        "your network is temporary blacklisted",
        // The listed thing may come several words earlier: "The IP you are
        // sending from (203.0.113.5) has been blocklisted". A sender
        // address so listed is in REJECTED, which is tried first.
        // A receiver's own block, named by the way off it: "Mail from
        // 203.0.113.5 refused. Email postmaster@example.net to be
        // unblocked", "Client host [ip] blocked. To request removal, mail
        // ...".
        "to be unblocked",
        "to request removal",
        "for removal mail",
        "for removal, mail",
        "has been blocklisted",
        "has been blacklisted",
        "has been block listed",
        "has been black listed",
        "has been denylisted",
        "has been deny listed",
        "has been deny-listed",
        "has been block-listed",
        "has been black-listed",
        "your server requires confirmation",
        "found on one or more dnsbls", // Comcast BL codes
        // qmail: "Connected to 192.0.2.112 but my name was rejected." The
        // receiver refused the HELO name.
        "but my name was rejected",
        // "550-192.0.2.222 blocked by ldap:ou=mail,dc=example,dc=net
        // Error - Blocked for abuse."
        "blocked by ldap:",
        // Orange: "550 mwinf5c04 ME Adresse IP source bloquee pour
        // incident de spam. Client host blocked for spamming issues."
        "client host blocked for spamming issues",
        "adresse ip source bloquee",
        // Exim sample: "550 NN-222 Unfortunately, messages from
        // 203.0.113.2 weren't sent. Please contact your Internet service
        // provider".
        "weren't sent. please contact your internet service provider",
        "ip adresse gesperrt",            // German: "IP address blocked"
        "адрес отправителя заблокирован", // Russian: "sender address blocked"
        "ip被封",                         // Chinese: "IP blocked"
    ],
    ordered: &[
        &["(", "@", ":blocked)"],
        &["access from ip address ", " blocked"],
        &["client host ", " blocked"],
        &["connections will not be accepted from ", " because the ip is in spamhaus's list"],
        &["dnsbl:rbl ", ">_is_blocked"],
        &["email blocked by ", ".barracudacentral.org"],
        &["email blocked by ", "spamhaus"],
        &["host ", " refused to talk to me: ", " blocked"],
        &["ip ", " is blocked by earthlink"],
        &["is in an ", "rbl on "],
        &["mail server at ", " is blocked"],
        &["mail from ", " refused:"],
        &["mail from ", " refused, see ", "orbs"],
        &["message from ", " rejected based on blacklist"],
        &["messages from ", " temporarily deferred due to user complaints"], // Yahoo
        &["server ip ", " listed as abusive"],
        &["sorry! your ip address", " is blocked by rbl"],
        &["the domain ", " is blacklisted"],
        &["the email ", " is blacklisted"],
        &["the ip", " is blacklisted"],
        &["the ip", " is blocklisted"],
        &["the ip", " is denylisted"],
        // Orange: "Veuillez essayer plus tard. Service refused, please try
        // later. LPN007_510"
        &["veuillez essayer plus tard. service refused, please try later. ", "103"],
        &["veuillez essayer plus tard. service refused, please try later. ", "510"],
        &["your access ip", " has been rejected"],
        &["your sender's ip address is listed at ", ".abuseat.org"],
    ],
    except: &[],
};

/// The sending IP or domain has a poor reputation at the receiver.
pub static BAD_REPUTATION: Phrases = Phrases {
    reason: Reason::BadReputation,
    any: &[
        "a poor email reputation score",
        "has been temporarily rate limited due to ip reputation",
        "ip/domain reputation problems",
        "likely suspicious due to the very low reputation",
        "none/bad reputation",    // T-Online
        "poor reputation sender", // Cloudmark
        "poor sender reputation",
        "temporarily deferred due to unexpected volume or user complaints", // Yahoo
        "the sending mta's poor reputation",
    ],
    ordered: &[],
    except: &[],
};

/// The sender is sending too fast and was rate-limited.
pub static SPEEDING: Phrases = Phrases {
    reason: Reason::Speeding,
    any: &[
        "mail sent from your ip address has been temporarily rate limited",
        "发送频率过快",        // Chinese: "sending too fast"
        "слишком много писем", // Russian: "too many messages"
        // GoDaddy: "550 5.1.1 <user@example.com> - 203.0.113.222 has
        // sent to too many recipients this hour. IB607"
        "has sent to too many recipients this hour",
        "please try again slower",
        "receiving mail at a rate that prevents additional messages from being delivered",
        // A receiver's own limit on the sending server's rate. Its wording
        // is the receiver's to choose, so only the common words are taken:
        // "Temporary rate limit exceeded for 203.0.113.5".
        "rate limit exceeded",
        "rate limited",
        "ratelimited",
        // A receiver's count of mail from the sending server, often with
        // its IP: "451 4.7.1 Too many messages from 203.0.113.5 - try
        // again later", "Too many mails from your IP ..., slow down".
        // The IP alone does not make it a block. A reply that also names
        // the IP as blocked or listed is read as a block (see `first_pass`).
        "too many messages from ",
        "too many mails from ",
        "too many emails from ",
        "too many e-mails from ",
        "too many messages sent from ",
        "rate of messages",
        // Advice that goes with any limit: a limit on connections or
        // recipients named beside it decides (see `first_pass`).
        "slow down",
    ],
    ordered: &[&["sending ", "too fast"], &["sent ", "too fast"]],
    // A limit on connections is kept apart, as too many connections.
    except: &["connection rate limit"],
};

/// Too many connections or recipients from the sender at once.
pub static TOO_MANY_CONN: Phrases = Phrases {
    reason: Reason::TooManyConn,
    any: &[
        "all available ips are at maximum connection limit", // SendGrid
        // QQ: "550 Connection frequency limited [...Blocked IP
        // 192.0.2.22]".
        "connection frequency limited",
        "connection rate limit exceeded",
        "exceeds per-domain connection limit for",
        "throttling failure: daily message quota exceeded",
        "throttling failure: maximum sending rate exceeded",
        "too many connections",
        "too many concurrent smtp connections", // Microsoft
        "too many errors from your ip",         // Free
        "too many recipients",                  // NTT Docomo
        "too many smtp sessions for this host", // Sendmail
        "trop de connexions, ",
        "we have already made numerous attempts to deliver this message",
        // Directory harvest protection: too many unknown recipients from
        // the sending IP, the same list as `harvest_protection::PHRASES`.
        // Sisimai 5 reads "too many invalid recipients" as `ratelimited`,
        // its new name for `toomanyconn`.
        "too many invalid recipients",
        "too many unknown recipients",
        "too many invalid addresses",
        "directory harvest",
    ],
    ordered: &[],
    except: &[],
};
