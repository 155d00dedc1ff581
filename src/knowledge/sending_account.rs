//! The sender's own account, stopped by its provider: a sending limit
//! reached, or the account suspended. Providers word these in their own
//! way ("Sending quota exceeded", "Your account has been suspended"), and
//! the codes they put beside them (5.4.6, 5.7.1) fit other causes, so the
//! classifier picks these entries by wording.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// A provider's cap on the messages or recipients one account or domain
/// sends per hour or per day. Hostinger documents such limits for its
/// cPanel mail and disables sending once one is reached. Sisimai has no
/// reason for a sender's quota, so this uses `speeding`, as the Google,
/// Microsoft and Amazon SES quota entries do.
pub static SENDING_LIMIT: Entry = Entry {
    id: "wording/sending-limit",
    reason: Reason::Speeding,
    what: "Your account or domain reached the sending limit that your mail \
           provider sets, so the provider did not send the message.",
    why: "Mail providers and web hosts cap how many messages or recipients \
          one account or domain may send per hour or per day. The \
          recipient's mailbox is not involved.",
    steps: &[
        "Wait until the limit resets (the reply or your provider's help \
         pages say whether it counts per hour or per day), then send the \
         message again.",
        "If you reach the limit often, ask your provider for a higher \
         limit or a larger plan, or send bulk mail through a service made \
         for it.",
        "If you did not send that much mail, change the account's password: \
         a taken-over account or a website form sending spam uses up the \
         limit too.",
    ],
    who: Actor::You,
    temporary: Some(true),
    links: &[],
    source:
        "https://support.hostinger.com/en/articles/6550582-parameters-and-limits-of-cpanel-email",
    checked: "2026-12-05",
};

/// The words of cPanel's limit on a domain's failed and deferred messages.
pub const FAILURE_LIMIT_WORDS: &str = "max defers and failures per hour";

/// cPanel's limit on the share of a domain's outgoing messages that failed
/// or were deferred in the last hour. The host keeps the domain's outgoing
/// mail on hold, or discards it, until that share drops below the
/// threshold set in WHM's Tweak Settings.
pub static FAILURE_LIMIT: Entry = Entry {
    id: "wording/failure-limit",
    reason: Reason::Speeding,
    what: "Your web host stopped your domain's outgoing mail for now, because \
           too many of its messages in the last hour failed or were deferred.",
    why: "cPanel servers count each domain's failed and deferred messages per \
          hour. Past the share the host allows, they stop sending for the \
          domain, to keep a hacked account or a stale mailing list from \
          harming the server's reputation. The recipient's mailbox is not \
          involved.",
    steps: &[
        "Remove the addresses that bounced from your lists and contacts, so \
         that they stop counting as failures.",
        "Wait about an hour for the count to drop, then send the message \
         again.",
        "If you did not send much mail, change your passwords and check \
         your website's forms, forwarders and auto-replies: a hacked \
         account, or a forward to an address that rejects mail, fails \
         often too.",
        "If the limit blocks your mail often, ask your host to review the \
         threshold.",
    ],
    who: Actor::You,
    temporary: Some(true),
    links: &[],
    source: "https://support.cpanel.net/hc/en-us/articles/360049231233-The-exceeded-the-max-defers-and-failures-per-hour-message",
    checked: "2026-12-05",
};

/// A provider's suspension of the sending account, for example after spam
/// complaints, a taken-over password or a breach of its terms. The webs.com
/// help page quotes "Your account has been suspended for a violation of
/// the terms of usage" and "Your ability to send new mail has been
/// suspended" as the replies its users get.
pub static SENDER_SUSPENDED: Entry = Entry {
    id: "wording/sender-suspended",
    reason: Reason::Rejected,
    what: "Your mail provider suspended your account or its outgoing mail, \
           so it did not send the message.",
    why: "Providers suspend an account that draws spam complaints, sends \
          unusual volume, looks taken over, or breaks their terms. The \
          recipient's address and mailbox are not the problem.",
    steps: &[
        "Ask your mail administrator or provider why the account was \
         suspended and what they need before they lift the suspension.",
        "If the account may be taken over, change its password and check \
         the devices and website forms that send through it.",
        "Send the message again once the provider has lifted the \
         suspension.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://support.webs.com/hc/en-us/articles/222242147-Email-Services-Mailbox-Account-Suspended",
    checked: "2026-12-05",
};

/// SparkPost's refusal to send under its own policies: a
/// `policy_rejection`, `generation_rejection` or `generation_failure`
/// event, or a bounce of class 25 "Admin Failure". Sisimai has no reason
/// for a sending service's own refusal, so this uses `rejected`, as the
/// suspended account above does.
pub static SPARKPOST_POLICY: Entry = Entry {
    id: "sparkpost/policy-rejection",
    reason: Reason::Rejected,
    what: "SparkPost did not send the message: a rule of the SparkPost \
           account stopped it, and no receiving server was contacted.",
    why: "SparkPost refuses to generate or send a message when the account \
          reached its daily or monthly sending limit, the From domain is \
          not a configured and verified sending domain, the address is on \
          a suppression list, or the template could not be filled in. The \
          event's reason names which.",
    steps: &[
        "Whoever runs the SparkPost account looks the event up in \
         SparkPost's message events and reads its reason.",
        "They fix what it names: wait for the limit to reset or raise it, \
         configure and verify the sending domain, or correct the template.",
        "Send the message again only after that: until then SparkPost \
         refuses it the same way.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://support.sparkpost.com/docs/faq/messages-attempted",
    checked: "2026-12-05",
};

/// SendGrid's `dropped` event for a cause other than its suppression
/// lists, which have an entry of their own. The event reference lists
/// `dropped` among the delivery events, and the event's `reason` gives
/// the cause (`Invalid` in a public sample batch).
pub static SENDGRID_DROPPED: Entry = Entry {
    id: "sendgrid/dropped",
    reason: Reason::Rejected,
    what: "SendGrid did not send the message: it dropped it before \
           contacting the receiving server.",
    why: "SendGrid drops a message it will not send, such as one to an \
          invalid address or with a malformed SMTPAPI header, and names \
          the cause in the event's reason.",
    steps: &[
        "Read the reason in the event.",
        "Whoever runs the SendGrid account or the program that sends \
         through it fixes the address or the request it names.",
        "Send the message again only after that: until then SendGrid drops \
         it the same way.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event",
    checked: "2026-12-05",
};

/// Returns the entry for a message that the sending service `service`
/// (an event record's format id) dropped itself for a cause other than a
/// suppression list. `reason` is the service's own reason for the drop.
pub fn dropped_by(service: Option<&str>, reason: &str) -> Option<&'static Entry> {
    match service? {
        "sparkpost" if reason.to_ascii_lowercase().contains("unconfigured sending domain") => {
            Some(&super::providers::SPARKPOST_UNCONFIGURED_DOMAIN)
        }
        "sparkpost" => Some(&SPARKPOST_POLICY),
        "sendgrid" => Some(super::sendgrid_drops::lookup(reason).unwrap_or(&SENDGRID_DROPPED)),
        _ => None,
    }
}

/// A provider's temporary hold on the account's outgoing mail after it
/// detected unusual sending: many bounces, many messages or recipients in
/// a day, or very large mail. Zoho Mail's usage policy states that such a hold
/// lasts one to five business days and that the organisation's
/// administrator or Zoho's support can lift it.
pub static ACTIVITY_HOLD: Entry = Entry {
    id: "wording/activity-hold",
    reason: Reason::Rejected,
    what: "Your mail provider has held outgoing mail from your account for \
           a while because it detected unusual sending activity, so it did \
           not send the message.",
    why: "Providers pause an account's outgoing mail when it sends much \
          more than usual, to many recipients, or causes many bounces, \
          because a taken-over account does the same. The recipient's \
          address and mailbox are not the problem.",
    steps: &[
        "If you did not send unusual amounts of mail, change the account's \
         password first: someone else may be using it.",
        "Wait for the hold to end, or ask your mail administrator or the \
         provider's support to lift it (in Zoho Mail, the administrator \
         does this under Blocked Accounts).",
        "Send the message again once outgoing mail works. For newsletters \
         or bulk mail, use a service made for it.",
    ],
    who: Actor::You,
    temporary: Some(true),
    links: &[],
    source: "https://www.zoho.com/mail/help/usage-policy.html",
    checked: "2026-12-05",
};

/// Entries whose cause is the sender's own account: a sending limit, a
/// suspension or an outgoing block. A reply that explains one of these
/// and names an address as the account ("quota exceeded for alice@...")
/// names the sender, not a recipient.
pub const OWN_ACCOUNT_ENTRIES: &[&str] = &[
    "wording/sending-limit",
    "wording/sender-suspended",
    "wording/outgoing-blocked",
    "wording/activity-hold",
    "google/sending-limit",
    "google/sender-disabled",
    "microsoft/sending-quota",
    "microsoft/submission-rate",
    "amazon/daily-quota",
    "amazon/sending-paused",
    "spectrum/account-limited",
    "cox/account-limited",
];

/// True when `entry` explains a stop on the sender's own account.
pub fn is_own_account(entry: &Entry) -> bool {
    OWN_ACCOUNT_ENTRIES.contains(&entry.id)
}

/// Entries for a temporary refusal at submission: a mail program or a
/// script handed the message to its own outgoing server, which refused
/// it for now. Unlike a relay's sending limit, which the user's own mail
/// server queues and retries, nothing here is queued on any server: only
/// the program can send the message again.
pub const SUBMISSION_REFUSALS: &[&str] = &["microsoft/submission-rate"];

/// True when `entry` explains a temporary refusal at submission.
pub fn is_submission_refusal(entry: &Entry) -> bool {
    SUBMISSION_REFUSALS.contains(&entry.id)
}
