//! Phrases about the receiving system and the path to it: internal
//! errors, full disks, DNS and routing trouble, queue timeouts, servers
//! that accept no mail, local delivery programs that failed.

use crate::classify::matcher::Phrases;
use crate::reason::Reason;

/// An internal error or misconfiguration on the receiving system.
pub static SYSTEM_ERROR: Phrases = Phrases {
    reason: Reason::SystemError,
    any: &[
        "aliasing/forwarding loop broken",
        "can't create user output file",
        // MX Logic: "451 Could not load DRD for domain (example.com)".
        "could not load drd for domain",
        "internal error reading data",                      // Microsoft
        "internal server error: operation now in progress", // Microsoft
        "internal system error",
        "interrupted system call",
        "it encountered an error while being processed",
        "it would create a mail loop",
        "local configuration error",
        // hMailServer, when its configured relay host does not resolve:
        // "The host specified as SMTP relay server could not be found."
        // (`knowledge::relay_host`).
        "the host specified as smtp relay server could not be found",
        "local error in processing",
        "loop was found in the mail exchanger",
        "mail system configuration error",
        "queue file write error",
        "recipient deferred because there is no mdb",
        "remote server is misconfigured",
        "server configuration error",
        "service currently unavailable",
        "system config error",
        "temporary local problem",
        "timeout waiting for input",
        "transaction failed ",
        // Exchange and Microsoft 365 NDR headings without a code: "The
        // recipient's email system isn't accepting messages now. Please try
        // resending this message later", "A problem occurred while
        // delivering this message to this email address."
        "email system isn't accepting messages",
        "a problem occurred while delivering this message",
        "interner fehler",   // German: "internal error"
        "erreur interne",    // French: "internal error"
        "внутренняя ошибка", // Russian: "internal error"
        "系统错误",          // Chinese: "system error"
    ],
    ordered: &[&["unable to connect ", "daemon"]],
    except: &[],
};

/// The receiving server's disk or spool is full.
pub static SYSTEM_FULL: Phrases = Phrases {
    reason: Reason::SystemFull,
    any: &[
        "mail system full",
        "requested mail action aborted: exceeded storage allocation", // Exchange
    ],
    ordered: &[],
    except: &[],
};

/// DNS failures, routing loops and other network trouble on the way.
pub static NETWORK_ERROR: Phrases = Phrases {
    reason: Reason::NetworkError,
    any: &[
        // Sendmail's own words (errstring() in its err.c) when no server
        // accepted the TCP connection, ECONNREFUSED: "Deferred: Connection
        // refused by mx.example.org." Inside a receiver's reply, the words
        // are a block instead (see `refused_in_reply` in the first pass).
        "connection refused by",
        "could not connect and send the mail to",
        "dns records for the destination computer could not be found",
        "hop count exceeded - possible mail loop",
        "host is unreachable",
        "host name lookup failure",
        "host not found, try again",
        // Postfix, when the MX for the domain names the sending server.
        "loops back to myself",
        "mail forwarding loop for ",
        "malformed name server reply",
        "malformed or unexpected name server reply",
        "maximum forwarding loop count exceeded",
        "message looping",
        // Domino: "Maximum hop count exceeded. Message probably in a
        // routing loop."
        "message probably in a routing loop",
        "network is unreachable",
        "no route to host",
        // qmail: "Sorry, I wasn't able to establish an SMTP connection.
        // (#4.4.1)"
        "wasn't able to establish an smtp connection",
        "too many hops",
        "unable to resolve route ",
        "unrouteable mail domain",
        // Exchange Online: "550 5.4.312 Message expired, DNS query
        // failed(InfoNoRecords)".
        "dns query failed",
        // Exim's dnslookup router when the DNS lookup has to be tried
        // again (HOST_FIND_AGAIN in routers/dnslookup.c).
        "host lookup did not complete",
        // hMailServer, when the MX lookup itself failed: "Unable to find
        // the recipient's email server. The DNS query has failed." It
        // retries such a failure (`_HandleNoRecipientServers` in
        // hmailserver/source/Server/SMTP/ExternalDelivery.cpp).
        "the dns query has failed",
        // The broken-connection fragments of `CONNECTION_DROP`, which
        // picks the X.4.2 card for them.
        "connection dropped",
        "connection was dropped",
        "connection reset",
        "lost connection with",
        "broken pipe",
    ],
    // Gmail: "DNS Error: 12345 DNS type 'mx' lookup of example.org
    // responded with code NXDOMAIN Domain name not found".
    // Postfix, when the receiving server took no connection: "connect to
    // mx.example.net[203.0.113.20]:25: Connection refused".
    // Sendmail for EHOSTDOWN: "Deferred: Host mx.example.org is down" in
    // the transcript, "(reason: Host mx.example.org is down)" in the list.
    ordered: &[
        &["dns type '", "' lookup of "],
        &["connect to ", ": connection refused"],
        &["conversation with ", " timed out while "],
        &["deferred: host ", " is down"],
        &["reason: host ", " is down"],
    ],
    except: &[],
};

/// A TCP connection that broke in the middle of an SMTP session: reset
/// by the other end, dropped, or silent past the client's time-out. These
/// name no cause beyond the network, so they read as `NETWORK_ERROR` and
/// pick the X.4.2 ("Bad connection") explanation, whose sending server
/// retries. Exchange writes "421 4.4.2 Connection dropped due to
/// SocketError" (or "due to timeout"). glibc's strerror() text for
/// ECONNRESET and EPIPE is "Connection reset by peer" and "Broken pipe".
/// Postfix writes "lost connection with %s while %s" and "conversation
/// with %s timed out while %s" (smtp_stream_except() in
/// src/smtp/smtp_trouble.c). "Connection timed out" is not listed: a
/// connect() that timed out never reached a session, and in a final
/// bounce it is the expiry's last error (see `EXPIRED`). Words of a
/// listing or a block beside these are read first, by the first pass.
pub static CONNECTION_DROP: Phrases = Phrases {
    reason: Reason::NetworkError,
    any: &[
        "connection dropped",
        "connection was dropped",
        "connection reset",
        "lost connection with",
        "broken pipe",
    ],
    ordered: &[&["conversation with ", " timed out while "]],
    except: &[],
};

/// A message sent round between servers until a hop limit stopped it:
/// IANA's X.4.6 ("Routing loop detected"), Microsoft's 5.4.14 ("Hop count
/// exceeded - possible mail loop"), Postfix's "mail forwarding loop for"
/// (5.4.6 in its local(8) and pipe(8) delivery agents), Sendmail's
/// "Too many hops". These read as `NETWORK_ERROR`, as Sisimai names them,
/// and pick the loop's own explanation. Postfix's "loops back to myself"
/// is left out: there the domain's MX names the sending server itself.
pub static ROUTING_LOOP: Phrases = Phrases {
    reason: Reason::NetworkError,
    any: &[
        "too many hops",
        "hop count exceeded",
        "mail loop",
        "forwarding loop",
        "routing loop",
        "message looping",
        "loop detected",
        "forwarded more than the maximum allowed times",
    ],
    ordered: &[],
    except: &["loops back to myself"],
};

/// A DNS lookup failure that the resolver marks as temporary, so it does
/// not show whether the domain exists. Postfix ends its "Name service
/// error" sentence with the resolver's text for the h_errno value, and
/// "Host not found, try again" is the text for TRY_AGAIN: no authoritative
/// answer or a server failure, which a later retry may get past
/// (<https://wa2l-edrc.sourceforge.net/manuals/man1/gethostbyname.1.html>,
/// checked on 2026-12-05).
pub static DNS_TRY_AGAIN: Phrases = Phrases {
    reason: Reason::NetworkError,
    any: &["host not found, try again"],
    ordered: &[],
    except: &[],
};

/// A DNS answer that the name does not exist (NXDOMAIN), as opposed to a
/// lookup that failed. Gmail writes "DNS Error: ... lookup of example.org
/// responded with code NXDOMAIN Domain name not found: example.org",
/// Postfix "Host or domain name not found. Name service error for
/// name=example.org type=MX: Host not found" (HOST_NOT_FOUND, an
/// authoritative answer) and Exchange Online "[Message=InfoDomainNonexistent]".
/// The DNS error wording around these does not make them network problems.
pub static NAME_DOES_NOT_EXIST: Phrases = Phrases {
    reason: Reason::HostUnknown,
    any: &["nxdomain", "domain name not found", "infodomainnonexistent"],
    ordered: &[],
    // Not "try again" alone: Gmail's notice for a missing domain ends
    // "Check for typos or unnecessary spaces and try again."
    except: &["host not found, try again", "servfail"],
};

/// Delivery kept failing until the message's time in the queue ran out.
pub static EXPIRED: Phrases = Phrases {
    reason: Reason::Expired,
    any: &[
        "connection timed out",
        "could not find a gateway for",
        "delivery attempts will continue to be",
        "delivery expired",
        "delivery time expired",
        "failed to deliver to domain ",
        // Not "giving up on": qmail-remote (qmail 1.03) writes "Giving up
        // on <host>." when the receiver rejected every recipient, whatever
        // the reason. qmail's expiry wording is "this message has been in
        // the queue too long", listed below.
        // OpenSMTPD: "user@example.org: Envelope expired".
        "envelope expired",
        // Gmail: "The recipient server did not accept our requests to
        // connect."
        "the recipient server did not accept our requests to connect",
        "have been failing for a long time",
        "has been delayed",
        "it has not been collected after",
        "message expired after sitting in queue for",
        "message expired, cannot connect to remote server",
        "message expired, connection refulsed", // sic
        "message expired, connection refused",
        "message timed out",
        "retry time not reached for any host after a long failure period",
        "retry timeout exceeded",
        "server did not respond",
        "this message has been in the queue too long",
        "unable to deliver message after multiple retries",
        "was not reachable within the allowed queue period",
        "your message could not be delivered for more than",
        // Amazon WorkMail: "554 4.4.7 Message expired: unable to deliver
        // in 840 minutes."
        "message expired: unable to deliver in",
        "zustellung abgelaufen",      // German: "delivery expired"
        "délai de livraison dépassé", // French: "delivery time exceeded"
        "срок доставки истек",        // Russian: "delivery time expired"
        "投递超时",                   // Chinese: "delivery timed out"
    ],
    ordered: &[
        &["could not be delivered for", " days"],
        // DragonFly: "Could not deliver for the last 432000 seconds.
        // Giving up."
        &["could not deliver for the last ", " seconds"],
        // IMail: "Delivery failed 20 attempts: user@example.com"
        &["delivery failed ", " attempts"],
    ],
    except: &[],
};

/// The destination accepts no mail at all (null MX, 521/556).
pub static NOT_ACCEPT: Phrases = Phrases {
    reason: Reason::NotAccept,
    any: &[
        "does not accept mail (nullmx)",
        "host/domain does not accept mail", // iCloud
        "host does not accept mail",        // Sendmail
        "mail receiving disabled",
        "name server: .: host not found", // Sendmail
        "no mx record found for domain=", // Yahoo
        "no route for current request",
        // OpenSMTPD: "No MX found for domain".
        "no mx found for domain",
        "smtp protocol returned a permanent error",
        // RFC 5321's 554 at the connection opening, section 3.1.
        "no smtp service here",
    ],
    ordered: &[],
    except: &[],
};

/// A local delivery program (pipe, procmail, maildrop) failed.
pub static MAILER_ERROR: Phrases = Phrases {
    reason: Reason::MailerError,
    any: &[
        " || exit ",
        "procmail: ",
        "bin/procmail",
        "bin/maildrop",
        "command failed: ",
        "command died with status ",
        "command output:",
        "mailer error",
        // Sendmail's EX_OSERR from a local mailer: "451 4.0.0 Operating
        // system error".
        "operating system error",
        "pipe to |/",
        "x-unix; ",
    ],
    ordered: &[],
    except: &[],
};

/// The receiving server could not parse a command or an address.
pub static SYNTAX_ERROR: Phrases = Phrases {
    reason: Reason::SyntaxError,
    // Exim: "<user@example.net>: malformed address: <user@example.net>
    // may not follow user@example.com"
    any: &["malformed address:"],
    ordered: &[],
    except: &[],
};

/// The sending MTA's own opening words, which come before the cause and
/// state none. When they are all the text there is, no reason can be
/// determined from it.
pub static NDR_PREAMBLE: Phrases = Phrases {
    reason: Reason::Undefined,
    any: &[
        // Postfix: "This is the mail system at host mail.example.net.
        // I'm sorry to have to inform you that your message could not be
        // delivered to one or more recipients."
        "i'm sorry to have to inform you that your message could not be delivered",
        "delivery to the following recipients failed permanently",
        "delivery to the following recipient failed permanently",
    ],
    ordered: &[],
    except: &[],
};

/// An auto-reply such as an out-of-office message.
pub static VACATION: Phrases = Phrases {
    reason: Reason::Vacation,
    any: &[
        "i am away on vacation",
        "i am away until",
        "i am out of the office",
        "i will be traveling for work on",
        "out of office",
        "abwesenheitsnotiz", // German: "absence note"
        "absence du bureau", // French: "out of office"
        "不在通知",          // Japanese: "absence notice"
    ],
    ordered: &[],
    except: &[],
};
