//! Exchange Online status codes that the IANA registry does not list, so
//! they name Microsoft by themselves: 5.2.121 and 5.2.122, a recipient's
//! hourly receive limits, and 5.7.139 when SMTP AUTH is turned off for
//! the sender's mailbox or organisation.

use super::super::text::{flatten, status_codes};
use super::{CHECKED, EXO_SOURCE};
use crate::knowledge::{Entry, Match};
use crate::reason::Reason;
use crate::report::Actor;

const SMTP_AUTH_SOURCE: &str = "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission";

/// Fragments of a 5.7.139 reply that put the failure on a tenant or
/// mailbox setting rather than on the password, lowercase.
/// NOTE: Microsoft's SMTP AUTH page names the settings (the
/// `SmtpClientAuthenticationDisabled` parameter, security defaults, an
/// authentication policy without basic authentication) but not these
/// reply sentences, which come from reported replies.
const SETTING_FRAGMENTS: &[&str] = &[
    "smtpclientauthentication is disabled",
    "smtp_auth_disabled",
    "security defaults",
    "basic authentication is disabled",
];

/// Returns the Microsoft entry for a status code only Exchange Online
/// uses. Text without one, or with a 5.7.139 that names no setting (such
/// as "the user credentials were incorrect"), returns `None`, so the
/// generic reading of a failed sign-in explains it.
pub(super) fn lookup(text: &str) -> Option<Match> {
    let statuses = status_codes(text);
    let entry = if statuses.contains(&"5.2.121") {
        &SENDER_HOURLY_LIMIT
    } else if statuses.contains(&"5.2.122") {
        &RECIPIENT_HOURLY_LIMIT
    } else if statuses.contains(&"5.7.139") && names_setting(text) {
        &SMTP_AUTH_DISABLED
    } else {
        return None;
    };
    let code = statuses.iter().find(|s| ["5.2.121", "5.2.122", "5.7.139"].contains(s));
    Some(Match {
        provider: Some("microsoft"),
        code: code.map(|s| s.to_string()),
        entry,
        blocklists: Vec::new(),
    })
}

fn names_setting(text: &str) -> bool {
    let flat = flatten(&text.to_ascii_lowercase());
    SETTING_FRAGMENTS.iter().any(|fragment| flat.contains(fragment))
}

/// 5.2.121: one sender sent one Exchange Online recipient more messages in
/// an hour than it accepts. Microsoft's table tells the sender to try
/// again later with fewer messages per hour. So the card waits while the
/// sending server retries, and gives the sender the next step once it has
/// given up.
pub(in crate::knowledge::providers) static SENDER_HOURLY_LIMIT: Entry = Entry {
    id: "microsoft/sender-hourly-limit",
    reason: Reason::Speeding,
    what: "Microsoft 365 refused the message because this sender has sent \
           the recipient more messages in the past hour than it accepts \
           from one sender.",
    why: "Exchange Online limits how many messages one sender can send one \
          recipient per hour (5.2.121), so that a runaway automated mailer \
          cannot fill the recipient's mailbox.",
    steps: &[
        "Send the message again in an hour or later.",
        "If an application or mailing system sends to this address, make it \
         send fewer messages per hour to one recipient.",
    ],
    who: Actor::Wait,
    temporary: None,
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

/// 5.2.122: the recipient received more messages in an hour, from all
/// senders together, than Exchange Online allows.
pub(in crate::knowledge::providers) static RECIPIENT_HOURLY_LIMIT: Entry = Entry {
    id: "microsoft/recipient-hourly-limit",
    reason: Reason::Speeding,
    what: "Microsoft 365 refused the message because the recipient has \
           received more messages in the past hour than Exchange Online \
           allows.",
    why: "Exchange Online limits how many messages one recipient can \
          receive per hour from all senders together (5.2.122), to protect \
          the mailbox from mail storms.",
    steps: &[
        "Send the message again in an hour or later.",
        "If you send many messages to this address, spread them out over \
         the day.",
    ],
    who: Actor::Wait,
    temporary: None,
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

/// 5.7.139 with SMTP AUTH off: the password may be right, but the
/// organisation's setting, security defaults or an authentication policy
/// refuses every SMTP AUTH sign-in, so only a Microsoft 365 administrator
/// can change it.
pub(super) static SMTP_AUTH_DISABLED: Entry = Entry {
    id: "microsoft/smtp-auth-disabled",
    reason: Reason::SecurityError,
    what: "Microsoft 365 refused to let this mail program or device sign in \
           to send, because sending with SMTP AUTH is turned off for the \
           mailbox or the whole organisation.",
    why: "Exchange Online turns SMTP AUTH on or off for the organisation \
          and for each mailbox; security defaults, or an authentication \
          policy without basic authentication, also turn it off.",
    steps: &[
        "Ask your Microsoft 365 administrator to turn on Authenticated SMTP \
         for this mailbox (Microsoft 365 admin center, Users, Active users, \
         Mail, Manage email apps), or to allow SMTP AUTH for the \
         organisation.",
        "If security defaults or an authentication policy block it, they \
         can instead set up the program or device to sign in with OAuth \
         or to send through another route.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SMTP_AUTH_SOURCE,
    checked: "2026-12-05",
};
