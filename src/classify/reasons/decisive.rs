//! Tokens that decide the reason whatever the codes state.
//!
//! Some MTAs and providers put a precise token of their own beside a
//! generic or misleading status code. Examples are Exchange's
//! `RESOLVER.RST.*` names, Microsoft's 5.1.10 for an unknown recipient
//! (the registry's 5.1.10 is a null MX), and a null-MX notice under a
//! DNS-error heading. These are checked before anything else.

use crate::classify::matcher::Phrases;
use crate::knowledge::{smtputf8, tls_required};
use crate::reason::Reason;

/// The decisive tables, tried in this order.
pub static DECISIVE: &[&Phrases] = &[
    &SENDER_CALLOUT,
    &super::sender::SENDING_QUOTA,
    &super::sender::SENDER_SUSPENDED,
    &super::sender::ACCOUNT_HOLD,
    &SPF_TEMPERROR,
    &TLS_RECEIVER_VALIDATION,
    &TLS_SENDER_POLICY,
    &TLS_RECEIVER_CERTIFICATE,
    &TLS_RECEIVER_REQUIRES,
    &SMTPUTF8_NOT_OFFERED,
    &EXCHANGE_IMS_UNKNOWN,
    &EXCHANGE_IMS_AMBIGUOUS,
    &EXCHANGE_IMS_SYSTEM,
    &EXCHANGE_IMS_HOPS,
    &EXCHANGE_IMS_CONVERSION,
    &EXCHANGE_IMS_AUTH,
    &NULL_MX,
    &RECIPIENT_NOT_FOUND,
    &SIZE_LIMIT,
    &AUTH_REQUIRED,
    &SENDER_RESTRICTION,
    &RECIPIENT_BLOCK,
    &SUPPRESSION,
    &super::content::AMAVIS_INFECTED,
    &super::content::BANNED_ATTACHMENT,
];

/// SPF's temperror result (RFC 7208, section 2.6.6): a DNS lookup failed
/// for the moment, so the receiver could not finish the SPF check. That
/// is no failed check, whatever status code comes with it (receivers
/// write 4.4.3 and 4.7.1 among others).
pub static SPF_TEMPERROR: Phrases = Phrases {
    reason: Reason::SystemError,
    any: &[
        // "451 4.7.1 Temporary SPF lookup failure", "temporary SPF error".
        "temporary spf",
        // pyspf, which pypolicyd-spf uses: "SPF Temporary Error: DNS Timeout".
        "spf temporary error",
    ],
    ordered: &[
        // "SPF temperror", "SPF check returned temperror".
        &["spf", "temperror"],
        // Debian's exim4-config: "Temporary DNS error while checking SPF
        // record. Try again later."
        &["temporary dns error", "spf"],
        &["spf", "temporary dns error"],
    ],
    except: &[],
};

/// The receiving server failed its own domain's DANE or MTA-STS check,
/// named by an RFC 8460 result type ("550 5.7.321 starttls-not-supported").
/// A 5.7.x code beside it is no failed sign-in.
static TLS_RECEIVER_VALIDATION: Phrases = Phrases {
    reason: Reason::SecurityError,
    any: tls_required::RECEIVER_VALIDATION_PHRASES,
    ordered: &[],
    except: &[],
};

/// The sending server's TLS policy for the destination was not met
/// (Postfix's "TLS is required, but was not offered by host"). No
/// receiver refused the sender's address, whatever command the text names.
static TLS_SENDER_POLICY: Phrases = Phrases {
    reason: Reason::SecurityError,
    any: tls_required::SENDER_POLICY_PHRASES,
    ordered: &[],
    except: &[],
};

/// The receiving server's certificate does not match its name (Gmail's
/// "TLS Negotiation failed"), unless the text is about a "Send mail as"
/// address, whose own server is then at fault.
static TLS_RECEIVER_CERTIFICATE: Phrases = Phrases {
    reason: Reason::SecurityError,
    any: tls_required::RECEIVER_CERTIFICATE_PHRASES,
    ordered: &[],
    except: tls_required::SEND_MAIL_AS,
};

/// The receiver requires STARTTLS. Postfix's smtpd replies "530 5.7.0
/// Must issue a STARTTLS command first" to MAIL FROM, which must not read
/// as a refused sender address.
static TLS_RECEIVER_REQUIRES: Phrases = Phrases {
    reason: Reason::SecurityError,
    any: tls_required::RECEIVER_PHRASES,
    ordered: &[],
    except: &[],
};

/// The message needs SMTPUTF8 and the receiving server did not offer
/// it (Postfix's "SMTPUTF8 is required, but was not offered by host").
/// The words "required" and "host" must not read as a policy refusal.
static SMTPUTF8_NOT_OFFERED: Phrases =
    Phrases { reason: Reason::ContentError, any: smtputf8::PHRASES, ordered: &[], except: &[] };

// Exchange 2003's Internet Mail Service codes, in brackets after the
// `MSEXCH:IMS:` component: "MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6)
// Unknown Recipient".

/// Exchange 2003: unknown recipient.
static EXCHANGE_IMS_UNKNOWN: Phrases = Phrases {
    reason: Reason::UserUnknown,
    any: &["(000c05a6)", "the recipient name is not recognized"],
    ordered: &[],
    except: &[],
};

/// Exchange 2003: the address matches more than one recipient.
static EXCHANGE_IMS_AMBIGUOUS: Phrases =
    Phrases { reason: Reason::Filtered, any: &["(000c0595)"], ordered: &[], except: &[] };

/// Exchange 2003: too many recipients, or no proxy address for one.
static EXCHANGE_IMS_SYSTEM: Phrases = Phrases {
    reason: Reason::SystemError,
    any: &["(00010256)", "(000d06b5)"],
    ordered: &[],
    except: &[],
};

/// Exchange 2003: too many hops.
static EXCHANGE_IMS_HOPS: Phrases =
    Phrases { reason: Reason::NetworkError, any: &["(00120270)"], ordered: &[], except: &[] };

/// Exchange 2003: conversion to Internet format failed.
static EXCHANGE_IMS_CONVERSION: Phrases = Phrases {
    reason: Reason::ContentError,
    any: &["(00050311)", "(000502cc)"],
    ordered: &[],
    except: &[],
};

/// Exchange 2003: the next server does not support AUTH.
static EXCHANGE_IMS_AUTH: Phrases =
    Phrases { reason: Reason::SecurityError, any: &["(000b0981)"], ordered: &[], except: &[] };

/// The domain publishes a null MX (RFC 7505): it accepts no mail at all.
static NULL_MX: Phrases = Phrases {
    reason: Reason::NotAccept,
    any: &[
        // Gmail: "DNS Error: 12345 DNS type 'mx' lookup of example.org
        // responded with code NOERROR The domain example.org doesn't
        // receive email according to the administrator: returned Null MX"
        "returned null mx",
        "does not accept mail (nullmx)",
        // qmail: "Sorry, I couldn't find a mail exchanger or IP address.
        // (#5.4.4)", which it also writes for a null MX.
        "couldn't find a mail exchanger or ip address",
        // Exim: "an MX or SRV record indicated no SMTP service".
        "an mx or srv record indicated no smtp service",
    ],
    ordered: &[],
    except: &[],
};

/// Microsoft's own codes for an address that does not exist.
static RECIPIENT_NOT_FOUND: Phrases = Phrases {
    reason: Reason::UserUnknown,
    any: &[
        // "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
        // user@example.com not found by SMTP address lookup"
        "resolver.adr.recipientnotfound",
        "recipient not found by smtp address lookup",
    ],
    // "5.1.10 in Office 365": the help text Outlook adds under the code.
    ordered: &[&["5.1.10", "office 365"]],
    except: &[],
};

/// Exchange's per-recipient size limit, which it reports as 5.2.3.
static SIZE_LIMIT: Phrases = Phrases {
    reason: Reason::MesgTooBig,
    // "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this
    // recipient"
    any: &["resolver.rst.recipsizelimit", "resolver.rst.sendsizelimit"],
    ordered: &[],
    except: &[],
};

/// A gateway that wants the client to authenticate before relaying.
static AUTH_REQUIRED: Phrases = Phrases {
    reason: Reason::SecurityError,
    // Symantec MessageLabs: "550-Please turn on SMTP Authentication in
    // your mail client. 550-mail.example.net [198.51.100.21] is not
    // permitted to relay through this server without authentication."
    // Microsoft 365's "530 5.7.57 Client not authenticated to send mail"
    // comes in reply to MAIL FROM, as a Postfix log relaying through
    // smtp.office365.us without SASL shows (https://pastebin.com/SuB30vi5),
    // but it requests a sign-in and does not reject the sender's address.
    any: &[
        "please turn on smtp authentication in your mail client",
        "client not authenticated to send",
    ],
    ordered: &[],
    except: &[],
};

/// Postfix's sender restrictions, which name the sender's address and
/// then the check it failed. With `reject_unverified_sender` the reason
/// quotes the probe of the sender's own address, whose "User unknown" is
/// about the sender, not the recipient
/// (https://www.postfix.org/ADDRESS_VERIFICATION_README.html). "Domain
/// not found" is left to its 4.1.8 status code, whose entry is more precise.
static SENDER_RESTRICTION: Phrases = Phrases {
    reason: Reason::Rejected,
    any: &[
        "sender address rejected: undeliverable address",
        "sender address rejected: unverified address",
        "sender address rejected: need fully-qualified address",
        "sender address rejected: not owned by user",
        "sender address rejected: not logged in",
    ],
    ordered: &[],
    except: &[],
};

/// The recipient, or the recipient's domain, keeps the sender on its own
/// block list: "Sender address <a@example.com> is on the recipient's block
/// list", "You have been blocked by the recipient", "in the recipient's
/// blocked senders list". It is a filter the recipient set, not a DNS
/// blocklist, so a status code or words such as "block list" that would
/// read as a block of the sending IP must not decide. A block named as the
/// recipient's server's or spam filter's is left to the other tables.
static RECIPIENT_BLOCK: Phrases = Phrases {
    reason: Reason::Filtered,
    any: &[
        "recipient's block list",
        "recipient's blocklist",
        "recipient's blocked list",
        "recipient's blocked sender",
        "recipient's black list",
        "recipient's blacklist",
        "recipient's deny list",
        "recipient's denylist",
        "recipient domain's block list",
        "recipient domain's blocklist",
        "recipient domain's blocked sender",
        "recipient domain's blacklist",
        "recipient domain's denylist",
        "user's block list",
        "user's blocklist",
        "user's blocked sender",
        "user's blacklist",
        "user's denylist",
        "recipient has blocked you",
        "recipient has blocked the sender",
        "recipient has blocked this sender",
        "recipient has blocked sender",
        "blocked by the recipient",
        "blocked by recipient",
        // Forpsi's "550 5.1.1 <sender> sender is blacklisted": the recipient
        // set a blacklist for the mailbox and the sender matches an entry
        // (support.forpsi.com/kb/a3302).
        "sender is blacklisted",
        "sender is blocklisted",
        // Interia's "550 5.7.1 Recipient doesn't want your mail": the
        // recipient has probably put the sender on a blocked list
        // (pomoc.poczta.interia.pl, "Dlaczego wiadomość nie została
        // dostarczona?").
        "recipient doesn't want your mail",
        "recipient does not want your mail",
        // Coremail's "550 User in blacklist", in its list of bounce texts
        // (www.icoremail.vip/support/index.php?cate_id=84): the sender is
        // on the blacklist of the recipient's mailbox. Coremail gives it at
        // RCPT TO, where the filter table counts only beside a filter
        // status code, so the wording decides here.
        // NOTE: the list names the reply, but its page on the cause could
        // not be opened. No Coremail text confirms the reading.
        "user in blacklist",
    ],
    ordered: &[],
    // A block by the recipient's server or filter may well be an IP or
    // spam block.
    // A sender named as listed on a DNS blocklist ("sender is blacklisted
    // in zen.spamhaus.org") is left to the blocklist tables.
    except: &[
        "blocked by the recipient's",
        "blocked by recipient's",
        "sender is blacklisted in ",
        "sender is blacklisted on ",
        "sender is blacklisted at ",
        "sender is blacklisted by ",
    ],
};

/// A receiver's callout to the sender's own address failed, so it rejected
/// the sender. Exim (`verify = sender/callout`) writes `550-Verification
/// failed for <sender>`, then the reply its callout got ("550-Response:
/// 550 No such user"), then "550 Sender verify failed". That quoted "No
/// such user" is about the sender, not the recipient, so this table is
/// checked first.
static SENDER_CALLOUT: Phrases = Phrases {
    reason: Reason::Rejected,
    any: &[
        "sender verify failed",
        "verification failed for <",
        // Exim, when the sender's server could not be reached (4xx).
        "could not complete sender verify callout",
        // Other MTAs and spam filters state the same check in their words.
        "sender verification failed",
        "sender address verification failed",
        "sender callout verification failed",
    ],
    // "sender rejected : Address Verification Failed": the refusal names
    // the sender before the failed check, whatever status comes with it.
    ordered: &[
        &["sender rejected", "verification failed"],
        &["sender address rejected", "verification failed"],
    ],
    except: &[],
};

/// A sending service dropped the message before any receiver saw it,
/// because the address is on its suppression list. Amazon SES: "Amazon
/// SES has suppressed sending to this address because it has a recent
/// history of bouncing" (its global list), and "Amazon SES did not send
/// the message to this address because it is on the suppression list for
/// your account", sub-type OnAccountSuppressionList; Mailgun:
/// "Not delivering to previously bounced address", and "Not delivering to
/// unsubscribed address" as its help page of that title quotes it;
/// SparkPost: "recipient address suppressed due to customer policy".
/// Whatever code comes with it (SES writes 5.1.1, Mailgun 605), no
/// receiver refused anything.
static SUPPRESSION: Phrases = Phrases {
    reason: Reason::Suppressed,
    any: &[
        "has suppressed sending to this address",
        "onaccountsuppressionlist",
        "on the account-level suppression list",
        "address is on the suppression list",
        "it is on the suppression list",
        "not delivering to previously bounced address",
        "not delivering to a user who unsubscribed",
        "not delivering to unsubscribed address",
        "not delivering to a user who marked your messages as spam",
        "recipient address suppressed due to customer policy",
        // SparkPost's support pages: "Recipient address was suppressed due
        // to customer policy" (or "system policy").
        "recipient address was suppressed due to",
    ],
    ordered: &[],
    except: &[],
};
