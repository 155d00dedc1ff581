//! Phrases about blocks and filters aimed at the sending server or the
//! message: blocklists, reputation, rate limits, spam and virus filters,
//! site policy and malformed content.

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
        "dnsbl:attrbl", // AT&T
        "client host rejected: abus detecte gu_eib_02", // SFR
        "client host rejected: abus detecte gu_eib_04", // SFR
        "client host rejected: may not be mail exchanger",
        "client host rejected: was not authenticated",
        // Postfix check_client_access: "554 5.7.1 <unknown[203.0.113.5]>:
        // Client host rejected: Access denied"
        "client host rejected: access denied",
        "confirm this mail server",
        "connection dropped",
        "connection refused by",
        "connection reset by peer",
        "connection was dropped by remote host",
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
        "service not available, closing transmission channel",
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
        "ip adresse gesperrt",              // German: "IP address blocked"
        "адрес отправителя заблокирован", // Russian: "sender address blocked"
        "ip被封",                           // Chinese: "IP blocked"
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
        "none/bad reputation", // T-Online
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
        "发送频率过快",            // Chinese: "sending too fast"
        "слишком много писем",     // Russian: "too many messages"
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
    ],
    ordered: &[],
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
        "has exceeded the max emails per hour ",
        "throttling failure: daily message quota exceeded",
        "throttling failure: maximum sending rate exceeded",
        "too many connections",
        "too many concurrent smtp connections", // Microsoft
        "too many errors from your ip",         // Free
        "too many recipients",                  // NTT Docomo
        "too many smtp sessions for this host", // Sendmail
        "trop de connexions, ",
        "we have already made numerous attempts to deliver this message",
    ],
    ordered: &[],
    except: &[],
};

/// A spam filter judged the message to be spam.
pub static SPAM_DETECTED: Phrases = Phrases {
    reason: Reason::SpamDetected,
    any: &[
        // amavisd-new: "554 5.7.0 Reject, id=12345-09 - SPAM".
        " - spam",
        "//www.spamhaus.org/help/help_spam_16.htm",
        "//dsbl.org/help/help_spam_16.htm",
        "//mail.163.com/help/help_spam_16.htm",
        "554 5.7.0 reject, id=",
        "appears to be unsolicited",
        "blacklisted url in message",
        "blocklisted url in message",
        "denylisted url in message",
        "block for spam",
        "blocked by policy: no spam please",
        "blocked by spamassassin",
        "blocked for abuse. see http://att.net/blocks", // AT&T
        "cannot be forwarded because it was detected as spam",
        "considered unsolicited bulk e-mail (spam) by our mail filters",
        "content filter rejection",
        "cyberoam anti spam engine has identified this email as a bulk email",
        "denied due to spam list",
        "high probability of spam",
        "is classified as spam and is rejected",
        "listed in work.drbl.imedia.ru",
        // Yandex: "554 5.7.1 [2] Message rejected under suspicion of SPAM".
        "message rejected under suspicion of spam",
        "the mail server detected your message as spam and has prevented delivery.",
        "mail appears to be unsolicited",
        "mail content denied", // QQ
        "may consider spam",
        "message considered as spam or virus",
        "message contains spam or virus",
        // Barracuda: "550 5.7.1 Message content rejected, UBE, id=...".
        "message content rejected",
        "message detected as spam",
        "message filtered. please see the faqs section on spam",
        "message filtered. refer to the troubleshooting page at ",
        "message looks like spam",
        "message is being rejected as it seems to be a spam",
        "message refused by mailmarshal spamprofiler",
        "message refused by trustwave seg spamprofiler",
        "message rejected as spam",
        "message rejected because of unacceptable content",
        "message rejected due to suspected spam content",
        "message rejected for policy reasons",
        "message was rejected for possible spam/virus content",
        "our email server thinks this email is spam",
        "our system has detected that this message is ",
        "probable spam",
        "reject bulk.advertising",
        "rejected by spamassassin",
        "rejected: spamassassin score ",
        "rejected - bulk email",
        "rejecting banned content",
        "rejecting mail content",
        "related to content with spam-like characteristics",
        "sender domain listed at ",
        "sending address not accepted due to spam filter",
        "spam blocked",
        "spam check",
        "spam content matched",
        "spam detected",
        "spam email",
        "spam message rejected.", // Mail.ru
        "spam not accepted",
        "spam refused",
        "spam rejection",
        "spam score ",
        "spambouncer identified spam",
        "spamming not allowed",
        "too many spam complaints",
        "too much spam.", // EarthLink
        "the email message was detected as spam",
        "the message has been rejected by spam filtering engine",
        "the message was rejected due to classification as bulk mail",
        "the content of this message looked like spam", // SendGrid
        "this message appears to be spam",
        "this message has been identified as spam",
        "this message has been scored as spam with a probability",
        "this message was classified as spam",
        "this message was rejected by recurrent pattern detection system",
        "transaction failed spam message not queued", // SendGrid
        "we dont accept spam",
        "your email appears similar to spam we have received before",
        "your email breaches local uribl policy",
        "your email had spam-like ",
        "your email is considered spam",
        "your email is probably spam",
        "your email was detected as spam",
        "your message as spam and has prevented delivery",
        "your message has been temporarily blocked by our filter",
        "your message has been rejected because it appears to be spam",
        "your message has triggered a spam block",
        "your message may contain the spam contents",
        "your message failed several antispam checks",
        // Gmail: "550-5.7.1 [203.0.113.5] Gmail has detected that this
        // message is likely unsolicited mail."
        "this message is likely unsolicited mail",
        "als spam eingestuft",     // German: "classified as spam"
        "considéré comme spam",    // French: "considered spam"
        "considere comme spam",
        "considerado como spam",   // Spanish: "considered spam"
        "correo no deseado",       // Spanish: "unwanted mail"
        "сообщение отклонено как спам", // Russian: "rejected as spam"
        "被识别为垃圾邮件",        // Chinese: "identified as spam"
        "распознано как спам",     // Russian: "recognised as spam"
        "垃圾邮件",                // Chinese: "spam"
        "迷惑メール",              // Japanese: "spam"
    ],
    // Sisimai's pair "greylisted" ... " please try again in" is left out:
    // greylisting is no spam verdict (see knowledge/greylisting.rs).
    ordered: &[
        &["mail score (", " over "],
        &["mail rejete. mail rejected. ", "506"], // Orange
        &["our filters rate at and above ", " percent probability of being spam"],
        &["rejected by ", " (spam)"],
        &["rejected due to spam ", "classification"],
        &["rejected due to spam ", "content"],
        &["rule imposed as ", " is blacklisted on"],
        &["spam ", " exceeded"],
        &["this message scored ", " spam points"],
    ],
    except: &[],
};

/// A virus scanner found malware in the message.
pub static VIRUS_DETECTED: Phrases = Phrases {
    reason: Reason::VirusDetected,
    any: &[
        "it has a potentially executable attachment",
        "the message was rejected because it contains prohibited virus or spam content",
        "this form of attachment has been used by recent viruses or other malware",
        "virus detected",
        "virus phishing/malicious_url detected",
        "your message was infected with a virus",
        "contained a virus",
        "contains a virus",
        "virus found",
        "virus gefunden",     // German
        "обнаружен вирус", // Russian
        "含有病毒",           // Chinese
    ],
    ordered: &[],
    except: &[],
};

/// The message or its sender broke a policy of the receiving site.
pub static POLICY_VIOLATION: Phrases = Phrases {
    reason: Reason::PolicyViolation,
    any: &[
        "an illegal attachment on your message",
        "because the recipient is not accepting mail with ", // AOL
        "by non-member to a members-only list",
        "closed mailing list",
        "denied by policy",
        "email not accepted for policy reasons",
        "email rejected due to security policies", // Mimecast
        "header are not accepted",
        "header error",
        "local policy violation",
        "message bounced due to organizational settings",
        "message given low priority",
        "message not accepted for policy reasons",
        "message rejected due to local policy",
        "messages with multiple addresses",
        "rejected for policy reasons",
        "rejected due to content restrictions",
        "protocol violation",
        "the email address used to send your message is not subscribed to this group",
        "the message was rejected by organization policy",
        "this message was blocked because its content presents a potential",
        "we do not accept messages containing images or other attachments",
        "you're using a mass mailer",
    ],
    ordered: &[&["you have exceeded the", "allowable number of posts without solving a captcha"]],
    except: &[],
};

/// The message headers or MIME structure were unacceptable.
pub static CONTENT_ERROR: Phrases = Phrases {
    reason: Reason::ContentError,
    any: &[
        "duplicate header",
        "header size exceeds maximum permitted",
        "improper use of 8-bit data in message header",
        "message header size, or recipient list, exceeds policy limit",
        "message mime complexity exceeds the policy maximum",
        "routing loop detected -- too many received: headers",
        "this message contain invalid mime headers",
        "this message contain improperly-formatted binary content",
        "this message contain text that uses unnecessary base64 encoding",
    ],
    ordered: &[],
    except: &[],
};

/// The message breaks RFC 5322 (duplicate or multiple-address headers).
pub static NOT_COMPLIANT_RFC: Phrases = Phrases {
    reason: Reason::NotCompliantRfc,
    any: &[
        "duplicate header",
        "this message is not rfc 5322 compliant",
        "https://support.google.com/mail/?p=rfcmessagenoncompliant",
        // The same Gmail refusal cut at its first line, as Sendmail's DSN
        // quotes it: "550-5.7.1 [192.0.2.222 13] Messages with multiple
        // addresses in From:".
        "messages with multiple addresses in from:",
    ],
    // Gmail: "Messages with multiple addresses in From: header are not
    // accepted."
    ordered: &[&[" multiple ", " header"]],
    except: &[],
};
