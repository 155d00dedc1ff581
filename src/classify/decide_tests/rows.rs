//! The reason decision's table: one row per kind of fault, each with an
//! anonymised reply of the kind real bounces carry.

use crate::reason::Reason;

/// Columns: diagnostic text, status, reply, command, action, reason.
pub(super) type Row =
    (&'static str, &'static str, &'static str, &'static str, &'static str, Reason);

pub(super) const ROWS: &[Row] = &[
    (
        "550 5.1.1 <user@example.org>: Recipient address rejected: User unknown in local recipient table",
        "5.1.1", "550", "RCPT", "failed", Reason::UserUnknown,
    ),
    // The same words after DATA come from a content filter.
    ("550 Unknown user user@example.net", "5.0.0", "550", "DATA", "failed", Reason::Filtered),
    // Without the command, the same words may come from a filter.
    ("550 Unknown user user@example.net", "5.0.0", "550", "", "failed", Reason::Filtered),
    ("550 <user@example.com>: User unknown", "", "550", "RCPT", "failed", Reason::UserUnknown),
    // A 5.0.0 over "mailbox full": the text decides.
    ("552 5.0.0 Mailbox full", "5.0.0", "552", "", "failed", Reason::MailboxFull),
    ("452 4.2.2 Over quota", "4.2.2", "452", "RCPT", "failed", Reason::MailboxFull),
    // A rate limit on the sending server names its IP: the limit, not a
    // block, is the cause, whichever command it answered.
    (
        "451 4.7.1 Temporary rate limit exceeded for 203.0.113.58, try again later",
        "4.7.1", "451", "MAIL", "failed", Reason::Speeding,
    ),
    ("451 4.7.1 Temporary rate limit exceeded, try again later", "4.7.1", "451", "", "", Reason::Speeding),
    ("450 4.7.1 Rate limited for 203.0.113.58", "4.7.1", "450", "RCPT", "", Reason::Speeding),
    ("421 4.7.0 Connection rate limit exceeded for 203.0.113.58", "4.7.0", "421", "CONN", "", Reason::TooManyConn),
    // A 5.1.1 over a rate limit: the text decides.
    (
        "550 5.1.1 Too many recipients this hour, try again later",
        "5.1.1", "550", "RCPT", "failed", Reason::TooManyConn,
    ),
    (
        "553 5.1.8 <root@host.example.net>... Domain of sender address root@host.example.net does not exist",
        "5.1.8", "553", "MAIL", "failed", Reason::Rejected,
    ),
    ("501 5.1.8 Sender address rejected", "5.1.8", "501", "MAIL", "failed", Reason::Rejected),
    (
        "554 5.7.1 <mx.example.net[192.0.2.22]>: Client host rejected: blocked using zen.example.org",
        "5.7.1", "554", "RCPT", "failed", Reason::Blocked,
    ),
    ("554 5.7.1 <user@example.com>: Relay access denied", "5.7.1", "554", "RCPT", "failed", Reason::NoRelaying),
    (
        "550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS for 203.0.113.2",
        "5.7.1", "550", "", "failed", Reason::RequirePtr,
    ),
    // A site's own wording of the rDNS cause decides over the generic
    // 5.7.1, whatever tag the site puts before it.
    ("554 5.7.1 [C14] Missing reverse DNS for 203.0.113.2", "5.7.1", "554", "", "failed", Reason::RequirePtr),
    ("550 5.7.1 No PTR record for 192.0.2.4", "5.7.1", "550", "RCPT", "failed", Reason::RequirePtr),
    ("550 5.7.1 Reverse DNS lookup for 192.0.2.4 failed", "5.7.1", "550", "CONN", "failed", Reason::RequirePtr),
    (
        "550 5.7.1 Connection refused: IP 192.0.2.4 does not have a reverse DNS entry",
        "5.7.1", "550", "", "failed", Reason::RequirePtr,
    ),
    // Other causes a site names in its own words over a generic 5.7.1.
    ("550 5.7.1 [S12] SPF check failed for example.com", "5.7.1", "550", "MAIL", "failed", Reason::AuthFailure),
    ("550 5.7.1 DKIM signature invalid", "5.7.1", "550", "DATA", "failed", Reason::AuthFailure),
    ("550 5.7.1 [H3] HELO hostname invalid", "5.7.1", "550", "HELO", "failed", Reason::Blocked),
    ("550 5.7.1 [B2] Sending IP listed on our blacklist", "5.7.1", "550", "", "failed", Reason::Blocked),
    ("550 5.7.1 [B2] Sending IP listed on our denylist", "5.7.1", "550", "", "failed", Reason::Blocked),
    ("550 5.7.1 Your IP 192.0.2.4 is on our deny list", "5.7.1", "550", "RCPT", "failed", Reason::Blocked),
    // The recipient's own block of the sender is a filter, not an IP block.
    (
        "550 5.7.1 Sender address <alice@example.com> is on the recipient's block list",
        "5.7.1", "550", "RCPT", "failed", Reason::Filtered,
    ),
    ("550 5.7.1 You have been blocked by the recipient", "5.7.1", "550", "RCPT", "failed", Reason::Filtered),
    // A denied fault states no cause.
    (
        "550 5.1.1 <user@example.com>: your IP 192.0.2.4 is not listed, but user unknown",
        "5.1.1", "550", "RCPT", "failed", Reason::UserUnknown,
    ),
    // An rDNS name quoted beside another cause names no rDNS fault.
    (
        "550 5.1.1 <user@example.com>: no such user here (rdns host.example.net)",
        "5.1.1", "550", "RCPT", "failed", Reason::UserUnknown,
    ),
    ("550-5.7.26 DMARC policy. Please contact the administrator", "5.7.26", "550", "DATA", "failed", Reason::AuthFailure),
    ("554 5.7.0 Reject, id=12345-09 - SPAM", "5.7.0", "554", "DATA", "failed", Reason::SpamDetected),
    ("550 5.7.1 Message content rejected, UBE, id=00000-22-225", "5.7.1", "550", "", "failed", Reason::SpamDetected),
    // A loose 5.7.1 in reply to RCPT: the words still decide.
    ("550 5.7.1 spam detected", "5.7.1", "550", "RCPT", "failed", Reason::SpamDetected),
    (
        "550 5.7.1 Message rejected by SpamAssassin, score 12.3 (rules)",
        "5.7.1", "550", "", "failed", Reason::SpamDetected,
    ),
    ("552 5.2.3 Message size exceeds fixed maximum message size", "5.2.3", "552", "", "failed", Reason::ExceedLimit),
    ("552 5.3.4 Error: message file too big", "5.3.4", "552", "DATA", "failed", Reason::MesgTooBig),
    (
        "550 5.7.1 <user@example.com>: Recipient address rejected: User user@example.com temporary locked",
        "5.7.1", "550", "RCPT", "failed", Reason::Suspend,
    ),
    ("525 5.7.13 Account disabled", "5.7.13", "525", "RCPT", "failed", Reason::Suspend),
    ("550 5.4.4 Invalid domain", "5.4.4", "550", "", "failed", Reason::HostUnknown),
    (
        "Name service error for name=example.org type=MX: Malformed or unexpected name server reply",
        "5.4.4", "", "", "failed", Reason::NetworkError,
    ),
    ("connect to mx.example.org[192.0.2.1]:25: Connection timed out", "4.4.1", "", "", "failed", Reason::Expired),
    ("451 Could not load DRD for domain (example.com)", "4.0.0", "451", "RCPT", "failed", Reason::SystemError),
    ("procmail: Couldn't create \"/var/spool/mail/user\" No such user", "5.1.1", "", "", "failed", Reason::MailerError),
    ("550 5.7.0 Local Policy Violation", "5.7.0", "550", "DATA", "failed", Reason::PolicyViolation),
    ("554 5.6.0 This message has been scored as spam with a probability of more than 90%", "5.6.0", "554", "DATA", "failed", Reason::SpamDetected),
    ("554 Blocked - see https://dnsbl.example.net/lookup?ip=192.0.2.225", "4.0.0", "554", "", "failed", Reason::Blocked),
    ("550 5.2.3 Message header size exceeds limit", "", "550", "", "failed", Reason::ExceedLimit),
    (
        "550 5.1.1 <user@example.com> - 203.0.113.222 has sent to too many recipients this hour. IB607",
        "5.1.1", "550", "RCPT", "failed", Reason::Speeding,
    ),
    (
        "550 5.1.1 RCP-P2 http://postmaster.example.com/codes#rcp Refused due to recipient preferences",
        "5.1.1", "550", "", "failed", Reason::Filtered,
    ),
    // Words that name the sender decide over a recipient-class 5.1.0.
    (
        "550 5.1.0 <alice@example.net>: Sender address rejected: User unknown in local recipient table",
        "5.1.0", "550", "RCPT", "failed", Reason::Rejected,
    ),
    ("550 5.1.0 <alice@example.com> sender rejected", "5.1.0", "550", "", "failed", Reason::Rejected),
    // The MTA's 5.0.0 gives way to the receiver's 5.1.0.
    ("550 #5.1.0 Address rejected.", "5.0.0", "550", "", "failed", Reason::UserUnknown),
    // X.1.0 names no unknown user beside policy words, nor in reply to
    // MAIL FROM, before any recipient is named.
    ("550 5.1.0 Policy violation cNkj1y0022, see https://support.example.com/kb/1", "5.1.0", "550", "", "failed", Reason::PolicyViolation),
    ("550 5.1.0 Policy violation cNkj1y0022", "5.1.0", "550", "MAIL", "failed", Reason::PolicyViolation),
    ("550 5.1.0 Policy violation cNkj1y0022", "5.1.0", "550", "RCPT", "failed", Reason::PolicyViolation),
    ("550 5.1.0 Not allowed to send cNkj1y0022", "5.1.0", "550", "MAIL", "failed", Reason::Rejected),
    // The same code with words about the recipient keeps its reading.
    ("550 5.1.0 <bob@example.net>: Recipient address rejected: User unknown", "5.1.0", "550", "RCPT", "failed", Reason::UserUnknown),
    ("550 5.1.0 Address rejected.", "5.1.0", "550", "RCPT", "failed", Reason::UserUnknown),
    // 5.2.1 (mailbox disabled) with unknown-user words: the address is
    // known at RCPT, so the filter reading wins unless RCPT is named.
    ("550 5.2.1 <user@example.org>... User Unknown", "5.2.1", "550", "", "failed", Reason::Filtered),
    ("550 5.2.1 <user@example.org>... User Unknown", "5.2.1", "550", "RCPT", "failed", Reason::UserUnknown),
    ("550 <user@example.org>: Recipient address rejected.", "5.0.0", "550", "RCPT", "failed", Reason::UserUnknown),
    (
        "550-5.2.1 The user you are trying to contact is receiving mail at a rate that\n\
         550-5.2.1 prevents additional messages from being delivered.",
        "5.2.1", "550", "RCPT", "failed", Reason::Speeding,
    ),
    (
        "DNS Error: 1234 DNS type 'mx' lookup of example.org responded with code NOERROR \
         The domain example.org doesn't receive email according to the administrator: returned Null MX",
        "4.0.0", "", "", "failed", Reason::NotAccept,
    ),
    (
        // A temporary status code keeps a DNS error a network problem.
        "DNS Error: 1234 DNS type 'mx' lookup of example.org responded with code NXDOMAIN Domain name not found",
        "4.0.0", "", "", "failed", Reason::NetworkError,
    ),
    (
        "DNS Error: 1234 DNS type 'mx' lookup of example.org responded with code NXDOMAIN Domain name not found",
        "", "", "", "failed", Reason::HostUnknown,
    ),
    (
        "DNS Error: 1234 DNS type 'mx' lookup of example.org responded with code SERVFAIL",
        "4.0.0", "", "", "failed", Reason::NetworkError,
    ),
    ("550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", "5.2.3", "550", "", "failed", Reason::MesgTooBig),
    ("550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found", "5.1.10", "550", "RCPT", "failed", Reason::UserUnknown),
    ("550 5.1.10 Recipient address has null MX", "5.1.10", "550", "RCPT", "failed", Reason::NotAccept),
    (
        "550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426",
        "5.5.0", "550", "RCPT", "failed", Reason::Suspend,
    ),
    ("550 Connection frequency limited [Blocked IP 192.0.2.22]", "5.0.0", "550", "DATA", "failed", Reason::TooManyConn),
    ("User Some Name (user@example.com) not listed in Domino Directory", "", "", "RCPT", "failed", Reason::UserUnknown),
    (
        "L’utilisateur bob (bob@example.net) n’est pas répertorié dans l’annuaire Domino",
        "", "", "RCPT", "failed", Reason::UserUnknown,
    ),
    (
        "L'utilisateur bob (bob@example.net) n'est pas répertorié dans l'annuaire Domino",
        "", "", "RCPT", "failed", Reason::UserUnknown,
    ),
    ("DNS lookup failure: host mx.example.org not found", "", "", "", "failed", Reason::HostUnknown),
    ("Could not deliver for the last 432000 seconds. Giving up.", "", "", "", "failed", Reason::Expired),
    // qmail-remote writes "Giving up on <host>." when the receiver
    // rejected every recipient, so the line does not mean expiry.
    ("550 5.7.1 Access denied Giving up on 198.51.100.7.", "5.7.1", "550", "", "failed", Reason::SecurityError),
    (
        "Connected to 198.51.100.7 but connection died. (#4.4.2) I'm not going to try again; \
         this message has been in the queue too long.",
        "4.4.2", "", "", "failed", Reason::Expired,
    ),
    ("user@example.org: Envelope expired", "", "", "", "failed", Reason::Expired),
    ("Delivery failed 20 attempts: user@example.com", "", "", "", "failed", Reason::Expired),
    // A DNS blocklist listing, named by kind or by zone, over a 5.7.1.
    (
        "550 5.7.1 Rejected: 203.0.113.5 is listed on a DNS blocklist (bl.example.net)",
        "5.7.1", "550", "", "failed", Reason::Blocked,
    ),
    (
        "550 5.7.1 Mail from 203.0.113.5 rejected: listed at bl.example.net",
        "5.7.1", "550", "RCPT", "failed", Reason::Blocked,
    ),
    ("554 5.7.1 203.0.113.5 is blacklisted at dnsbl.example.net", "5.7.1", "554", "RCPT", "failed", Reason::Blocked),
    // "Listed" without a list or zone, or denied, names no block.
    (
        "550 5.7.1 Sender bob@example.com is not listed in the allowed senders of example.org",
        "5.7.1", "550", "RCPT", "failed", Reason::SecurityError,
    ),
    (
        "550 5.7.1 Your address is listed in bob@example.org's contacts as blocked",
        "5.7.1", "550", "RCPT", "failed", Reason::SecurityError,
    ),
    ("an MX or SRV record indicated no SMTP service", "", "", "", "failed", Reason::NotAccept),
    ("user@example.org: No MX found for domain", "", "", "", "delayed", Reason::NotAccept),
    (
        "<user@example.net>: malformed address: <user@example.net> may not follow user@example.com",
        "", "", "", "failed", Reason::SyntaxError,
    ),
    ("You are not a member of this mailing list <list@example.org>.", "", "", "", "failed", Reason::Rejected),
    ("451 4.0.0 Operating system error", "4.0.0", "451", "", "delayed", Reason::MailerError),
    (
        "user@example.org on 4/29/01 11:34:45 PM The recipient name is not recognized \
         MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6) Unknown Recipient",
        "", "", "", "failed", Reason::UserUnknown,
    ),
    ("user@example.org MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (00120270) Too Many Hops", "", "", "", "failed", Reason::NetworkError),
    (
        "550-5.7.1 [203.0.113.5] Gmail has detected that this message is likely unsolicited mail.",
        "5.7.1", "550", "", "failed", Reason::SpamDetected,
    ),
    ("550 Your message was rejected because it contained a virus", "", "550", "DATA", "failed", Reason::VirusDetected),
    ("554 5.7.1 <unknown[203.0.113.5]>: Client host rejected: Access denied", "5.7.1", "554", "RCPT", "failed", Reason::Blocked),
    // Language rows: German, French, Russian, Spanish, Chinese, Japanese.
    ("550 Postfach voll", "", "550", "", "failed", Reason::MailboxFull),
    ("550 Boîte pleine", "", "550", "", "failed", Reason::MailboxFull),
    ("550 Ящик переполнен", "", "550", "", "failed", Reason::MailboxFull),
    ("550 Usuario desconocido", "", "550", "RCPT", "failed", Reason::UserUnknown),
    ("550 用户不存在", "", "550", "RCPT", "failed", Reason::UserUnknown),
    ("ユーザー Neko は Domino ディレクトリには見つかりません", "", "", "RCPT", "failed", Reason::UserUnknown),
    ("550 Benutzer unbekannt", "", "550", "RCPT", "failed", Reason::UserUnknown),
    ("552 El buzón está lleno", "", "552", "", "failed", Reason::MailboxFull),
    ("550 Учетная запись отключена", "", "550", "RCPT", "failed", Reason::Suspend),
    ("554 Сообщение отклонено как спам", "", "554", "DATA", "failed", Reason::SpamDetected),
    ("550 邮件被识别为垃圾邮件", "", "550", "DATA", "failed", Reason::SpamDetected),
    ("550 宛先のメールアドレスは存在しません", "", "550", "RCPT", "failed", Reason::UserUnknown),
    ("550 Boîte aux lettres pleine", "", "550", "", "failed", Reason::MailboxFull),
    // Nothing but codes.
    ("", "5.2.2", "", "", "failed", Reason::MailboxFull),
    ("", "", "", "", "delayed", Reason::Expired),
    ("", "", "", "", "failed", Reason::Undefined),
    ("421 Service temporarily unavailable", "", "421", "CONN", "failed", Reason::Blocked),
    ("503 Bad sequence of commands", "", "503", "", "failed", Reason::SyntaxError),
    ("250 OK delivered", "2.0.0", "250", "", "delivered", Reason::Delivered),
    ("Something we cannot read", "5.0.0", "550", "", "failed", Reason::OnHold),
    ("Delivery to the following recipients failed permanently:", "", "", "", "failed", Reason::Undefined),
    ("The user(s) account is disabled.", "", "", "", "failed", Reason::Suspend),
];
