//! Tokens that decide the reason whatever the codes state.
//!
//! Some MTAs and providers put a precise token of their own beside a
//! generic or misleading status code: Exchange's `RESOLVER.RST.*` names,
//! Microsoft's 5.1.10 for an unknown recipient (the registry's 5.1.10 is
//! a null MX), a null-MX notice under a DNS-error heading. These are
//! checked before anything else.

use crate::classify::matcher::Phrases;
use crate::reason::Reason;

/// The decisive tables, tried in this order.
pub static DECISIVE: &[&Phrases] = &[
    &NULL_MX,
    &RECIPIENT_NOT_FOUND,
    &SIZE_LIMIT,
    &AUTH_REQUIRED,
];

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
    any: &["please turn on smtp authentication in your mail client"],
    ordered: &[],
    except: &[],
};
