//! Phrases about the sender: the envelope sender refused, failed SPF,
//! DKIM or DMARC, no reverse DNS, relaying refused, authentication
//! required, or the sending IP blocked or of poor reputation.

use crate::classify::matcher::Phrases;
use crate::reason::Reason;

/// The envelope sender (MAIL FROM address or its domain) was refused.
pub static REJECTED: Phrases = Phrases {
    reason: Reason::Rejected,
    any: &[
        "access denied (in reply to mail from command)",
        "access denied (sender blacklisted)",
        "address rejected",
        "administrative prohibition",
        "batv failed to verify",   // SonicWall
        "batv validation failure", // SonicWall
        "backscatter protection detected an invalid or expired email address", // MDaemon
        "because the sender isn't on the recipient's list of senders to accept mail from",
        "bogus mail from", // IMail refusing an empty sender
        "can't determine purported responsible address",
        "connections not accepted from servers without a valid sender domain",
        "denied [bouncedeny]", // McAfee
        "denied by secumail valid-address-filter",
        "does not exist e2110",
        // "553 5.1.8 <root@host.example.net>... Domain of sender address
        // root@host.example.net does not exist"
        "domain of sender address ",
        "email address is on senderfilterconfig list",
        "emetteur invalide", // French: "invalid sender"
        "empty envelope senders not allowed",
        "envelope blocked - ",
        "error: no third-party dsns",
        "from: domain is invalid. please provide a valid from:",
        "fully qualified email address required", // McAfee
        "invalid domain, see <url:",
        "invalid sender",
        "is not a registered gateway user",
        "mail from not owned by user",
        "message rejected: email address is not verified",
        "mx records for ",
        "null sender is not allowed",
        "recipient addresses rejected : access denied",
        "recipient not accepted. (batv: no tag",
        "returned mail not accepted here",
        "rfc 1035 violation: recursive cname records for",
        "rule imposed mailbox access for", // MailMarshal
        "sending this from a different address or alias using the ",
        "sender address has been blacklisted",
        "sender address has been blocklisted",
        "sender address has been denylisted",
        "sender email address rejected",
        "sender is in my black list",
        "sender is spammer",
        "sender not pre-approved",
        "sender rejected",
        "sender domain is empty",
        "sender verify failed", // Exim callout verification
        "sender was rejected",  // qmail
        // SendGrid: the recipient once marked a message as spam.
        "spam reporting address",
        "syntax error: empty email address",
        "the message has been rejected by batv defense",
        "this server does not accept mail from",
        "transaction failed unsigned dsn for",
        "unroutable sender address",
        "you are not allowed to post to this mailing list",
        // fml: "You are not a member of this mailing list <list@example.org>."
        "you are not a member of this mailing list",
        // Google Groups, in the languages it writes: "the group you
        // tried to contact may not exist, or you may not have permission
        // to post messages to the group".
        "you may not have permission to post messages to the group",
        "you do not have permission to post to this group",
        "グループにメッセージを投稿する権限がない",
        "nicht die erforderlichen berechtigungen haben, um der gruppe nachrichten zu posten",
        "que vous ne soyez pas autorisé à lui envoyer des messages",
        "或者您沒有在此群組張貼留言的權限",
        "you are sending to/from an address that has been blacklisted",
        "your access to submit messages to this e-mail system has been rejected",
        "your email address has been blacklisted", // MessageLabs
        "expéditeur refusé",                       // French: "sender refused"
        "absender abgelehnt",                      // German: "sender rejected"
        "отправитель отклонен",                    // Russian: "sender rejected"
        "发件人被拒绝",                            // Chinese: "sender rejected"
    ],
    ordered: &[],
    // These name the recipient or the client IP, not the sender address.
    except: &["5.1.0 address rejected", "recipient address rejected", "sender ip address rejected"],
};

/// Words that name the envelope sender as the rejected address: Postfix's
/// "Sender address rejected: Domain not found" (reject_unknown_sender_domain)
/// or "...: User unknown in local recipient table" (reject_unlisted_sender),
/// other sites' "<a@example.com> sender rejected", qmail's "sender was
/// rejected". Receivers put 5.1.0 or 5.1.1 over them too, so these words
/// decide over a status code of the recipient's address class. Postfix
/// delays its sender checks to RCPT by default (smtpd_delay_reject), so
/// the reply's command does not decide either
/// (https://www.postfix.org/postconf.5.html#smtpd_delay_reject).
pub static SENDER_NAMED: Phrases =
    Phrases { reason: Reason::Rejected, any: SENDER_NAMED_WORDS, ordered: &[], except: &[] };

/// The fragments of [`SENDER_NAMED`]. They also veto the recipient-domain
/// table, whose "domain must exist" and "domain does not exist" would
/// otherwise read a sender domain without DNS as the recipient's.
pub const SENDER_NAMED_WORDS: &[&str] = &[
    "sender address rejected",
    "sender rejected",
    "sender was rejected",
    // The envelope sender's domain has no MX or A record. qmail-smtpd with
    // the mfcheck patch replies "553 sorry, your envelope sender domain
    // must exist (#5.7.1)" (see knowledge/wordings.rs for the source).
    "sender domain must exist",
    // Other sites' wordings of the same check. They name the sender's
    // domain, so they cannot be about the recipient's.
    "sender domain does not exist",
    "sender domain not found",
    "mail from domain has no",
    "mail from domain does not exist",
];

/// SPF, DKIM or DMARC checks failed for the sender's domain.
pub static AUTH_FAILURE: Phrases = Phrases {
    reason: Reason::AuthFailure,
    any: &[
        "//spf.pobox.com",
        "bad spf records for",
        "dmarc policy",
        "doesn't meet the required authentication level",
        "please inspect your spf settings",
        "sender policy framework (spf) fail",
        "sender policy framework violation",
        "spf (sender policy framework) domain authentication fail",
        "spf check: fail",
        "spf check failed",
        // "Sender IP 192.0.2.10 is not in the SPF record of example.com",
        // "Sending host 203.0.113.9 not permitted by SPF for example.org".
        "not in the spf record",
        "not in spf record",
        "not permitted by spf",
        // Cisco Secure Email (IronPort) AsyncOS's default SPF reject text,
        // "#5.7.1 SPF unauthorized mail is prohibited." ("Cisco IronPort
        // AsyncOS 7.1 for Email Advanced Configuration Guide", SPF
        // settings), which appliances left on defaults send.
        "spf unauthorized mail is prohibited",
        "the 5322.from address doesn't meet the authentication requirements defined for the sender",
        "dkim signature verification failed",
        "failed dmarc",
        "dmarc verification failed",
        "unauthenticated email from",
        // Gmail: "550-5.7.1 This message does not have authentication
        // information or fails to pass authentication checks (SPF or DKIM)."
        "does not have authentication information or fails to pass",
        // Yahoo's and AOL's 5.7.9, and Gmail's 5.7.26: "This mail has been
        // blocked because the sender is unauthenticated. Yahoo requires all
        // senders to authenticate with either SPF or DKIM." Gmail's older
        // wording: "This mail is unauthenticated, ... The sender must
        // authenticate with at least one of SPF or DKIM." A relay's NDR
        // quotes these without the receiver's host name, and the
        // registry's 5.7.9 ("mechanism too weak") is about SMTP sign-in.
        "sender is unauthenticated",
        "authenticate with either spf or dkim",
        "this mail is unauthenticated",
        "authenticate with at least one of spf or dkim",
        // Other receivers' words for a failed check, whatever their
        // status code: "DKIM verification failed", "SPF validation
        // failed", "DMARC check failed", "message fails DMARC".
        // NOTE: these are general forms of the check's name and result,
        // not wordings confirmed from one receiver's documentation.
        "dkim verification fail",
        "dkim check fail",
        "dkim validation fail",
        "spf validation fail",
        "dmarc check fail",
        "dmarc validation fail",
        "fails dmarc",
        "failed the dmarc",
    ],
    ordered: &[
        &[" is not allowed to send mail.", "_401"],
        &["is not allowed to send from <", " per it's spf record"],
    ],
    except: &[],
};

/// The sending IP has no reverse-DNS (PTR) record, or an inconsistent one.
pub static REQUIRE_PTR: Phrases = Phrases {
    reason: Reason::RequirePtr,
    any: &[
        "access denied. ip name lookup failed",
        "all mail servers must have a ptr record with a valid reverse dns entry",
        "bad dns ptr resource record",
        "cannot find your hostname",
        "cannot resolve your address.",
        // TOAST.net: "Connecting IP must have valid PTR record for <ip>",
        // a reverse lookup of the connecting server that found no PTR name
        // (support.toast.net/KB/a75/ptr-due-to-mis-configured-dns-settings.aspx).
        "connecting ip must have valid ptr record",
        "fix reverse dns for ",
        "ips with missing ptr records",
        "no ptr record found.",
        "please get a custom reverse dns name from your isp for your host",
        "ptr record setup",
        "reverse dns failed",
        "reverse dns required",
        "sender ip reverse lookup rejected",
        // Gmail: "The IP address sending this message does not have a
        // PTR record setup, or the corresponding forward DNS entry does
        // not point to the sending IP."
        "the ip address sending this message does not have a ptr record setup",
        "the corresponding forward dns entry does not point to the sending ip",
        "this system will not accept messages from servers/devices with no reverse dns",
        "unresolvable relay host name",
        "we do not accept mail from hosts with dynamic ip or generic dns ptr-records",
        "reverse dns validation failed",
    ],
    ordered: &[
        &["domain ", " mismatches client ip"],
        &["dns lookup failure: ", " try again later"],
        &["reverse dns lookup for host ", " failed permanently"],
        &["server access ", " forbidden by invalid rdns record of your mail server"],
        &["service permits ", " unverifyable sending ips"],
    ],
    except: &[],
};

/// The server is not an open relay for the recipient's domain.
pub static NO_RELAYING: Phrases = Phrases {
    reason: Reason::NoRelaying,
    any: &[
        "as a relay",
        "email address is not verified.",
        "insecure mail relay",
        "is not permitted to relay through this server without authentication",
        "mail server requires authentication when attempting to send to a non-local e-mail address", // MailEnable
        "no relaying",
        "not a gateway",
        "not allowed to relay through this machine",
        "not an open relay, so get lost",
        "not local host",
        "relay access denied",
        "relay denied",
        // Libero and Virgilio list "550 Relay Disabled" for a mail program
        // whose outgoing (SMTP) server is set up wrong
        // (aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email).
        "relay disabled",
        "relay not permitted",
        "relaying denied", // Sendmail
        "relaying mail to ",
        "specified domain is not allowed",
        "that domain isn't in my list of allowed rcpthost",
        "this system is not configured to relay mail",
        "unable to relay", // Exchange: "550 5.7.1 Unable to relay", with nothing after
        "we don't handle mail for",
        "relais refusé",     // French
        "relaying verboten", // German
    ],
    ordered: &[],
    except: &[],
};

/// A security step failed at the receiver: authentication required or
/// invalid, a forged sender, a dead domain.
pub static SECURITY_ERROR: Phrases = Phrases {
    reason: Reason::SecurityError,
    any: &[
        "account not subscribed to ses",
        "authentication credentials invalid",
        "authentication failure",
        "authentication required",
        "authentication turned on in your email client",
        // The X.7.1 code's own title in RFC 3463: the sender may not send
        // to this destination, for a reason the receiver does not name. It
        // says nothing about the envelope sender's address.
        "delivery not authorized, message refused",
        "executable files are not allowed in compressed files",
        "insecure mail relay",
        "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts",
        "unauthenticated senders not allowed",
        "verification failure",
        "you are not authorized to send mail, authentication is required",
    ],
    ordered: &[
        // Postfix SASL client, in the reply's text or, as the sending
        // server's sentence before the reply, at the end of the text read.
        &["authentication failed; server ", " said: "],
        &["sasl authentication failed; server ", " said:"],
        &["authentification invalide", "305"], // Orange
        &["authentification requise", "402"],  // Orange
        &["domain ", " is a dead domain"],
        &["user ", " is not authorized to perform ses:sendrawemail on resource"],
    ],
    except: &[],
};

/// The sender's own account or domain reached its provider's sending
/// limit. These words name whose quota it is, so the table's veto keeps
/// [`super::MAILBOX_FULL`]'s "quota exceeded" from reading them as the
/// recipient's full mailbox, whatever status code comes with them.
pub static SENDING_QUOTA: Phrases = Phrases {
    reason: Reason::Speeding,
    any: SENDING_QUOTA_WORDS,
    ordered: &[
        // "You have exceeded your Outmail quota": the reply addresses the
        // client, so "your" is the sender's account.
        &["you have exceeded your ", "quota"],
    ],
    except: &[],
};

/// The fragments of [`SENDING_QUOTA`] that may veto other tables.
pub const SENDING_QUOTA_WORDS: &[&str] = &[
    // "Sending quota exceeded", "Daily sending limit of 3000 messages
    // reached", "Sending limit exceeded: you have sent more than 250
    // emails in the last 24 hours".
    "sending quota",
    "sending limit",
    "outgoing quota",
    "outgoing limit",
    // Gmail's NDR: "You have reached a limit for sending mail."
    "limit for sending mail",
    // cPanel's Exim: "Domain example.com has exceeded the max emails per
    // hour (125/100 (125%)) allowed. Message discarded." The domain is
    // the sender's, held back by its own host.
    "has exceeded the max emails per hour",
    // cPanel's Exim, when too many of the domain's messages in the last
    // hour failed or were deferred: "Domain example.com has exceeded the
    // max defers and failures per hour (5/5 (100%)) allowed. Message
    // discarded."
    "has exceeded the max defers and failures per hour",
];

/// The sender's own account, suspended by its provider: the reply names
/// "your account", or a suspension for sending spam. A
/// suspended account named only by its address is distinguished from the
/// recipient's in `classify::sending_account`.
pub static SENDER_SUSPENDED: Phrases = Phrases {
    reason: Reason::Rejected,
    any: &[
        "suspended for sending spam",
        // Replies that webs.com's help page quotes.
        "your ability to send new mail has been suspended",
        "your account has been suspended",
    ],
    ordered: &[
        // "Your account alice@example.com has been suspended", with the
        // address between.
        &["your account ", "has been suspended"],
        &["your account ", "is suspended"],
        &["your account ", "was suspended"],
        &["your email account ", "has been suspended"],
        &["your e-mail account ", "has been suspended"],
        &["your e-mail account ", "is blocked"],
        &["your email account ", "is blocked"],
    ],
    except: &[],
};

/// The sender's own provider holding the account's outgoing mail for a
/// while after it detected unusual sending. Zoho Mail replies "550 5.4.6
/// Unusual sending activity detected. Please try after sometime." (quoted
/// by users in Zoho's community forum), and its usage policy calls the
/// trigger "unusual email activity". Its 5.4.6 is the registry's routing
/// loop, so a reply that does speak of a loop stays one.
pub static ACCOUNT_HOLD: Phrases = Phrases {
    reason: Reason::Rejected,
    any: &["unusual sending activity", "unusual email activity"],
    ordered: &[],
    except: &["loop", "hop count", "too many hops"],
};
