//! United Internet: GMX, Web.de, mail.com and 1&1 / IONOS. Their servers
//! greet as "Nemesis ESMTP", use no enhanced status codes, and end a
//! rejection with a link `postmaster.gmx.net/en/case?c=<case>&i=ip&v=<ip>`
//! (or the Web.de and 1&1 equivalent), whose `v` parameter carries the
//! sending IP and whose page offers a contact form.
//!
//! NOTE: GMX publishes no table of its case codes; the meanings of
//! `r0201`, `r0601` and the like come from the text of real replies.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://postmaster.gmx.com/en/error-messages";
const CHECKED: &str = "2026-12-04";

const ERRORS: LinkRef = LinkRef { label: "GMX postmaster: error messages", url: SOURCE };
const SENDER_GUIDELINES: LinkRef =
    LinkRef { label: "GMX sender guidelines", url: "https://www.gmx.net/mail/senderguidelines/" };

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "gmx",
    name: "GMX / Web.de / IONOS",
    hosts: &["gmx.net", "gmx.de", "gmx.com", "web.de", "mail.com", "kundenserver.de", "ionos.de", "ionos.com", "1and1.com", "1und1.de", "perfora.net"],
    mail_domains: &["gmx.net", "gmx.de", "gmx.com", "web.de", "mail.com"],
    tokens: &["nemesis"],
    rules: &[
        // GMX and Web.de write "IP address is black listed", two words,
        // with case code `c=bl` in the sender guidelines link.
        Rule { code: "", status: &[], phrases: &["block listed", "black listed", "blocklisted", "blacklisted"], entry: &IP_LISTED },
        Rule { code: "", status: &[], phrases: &["bad dns ptr"], entry: &BAD_PTR },
        Rule { code: "", status: &[], phrases: &["spf policy"], entry: &SPF },
        Rule { code: "", status: &[], phrases: &["rate limit reached"], entry: &RATE_LIMIT },
        Rule { code: "", status: &[], phrases: &["policy violations"], entry: &POLICY_VIOLATIONS },
        Rule { code: "", status: &[], phrases: &["policy restrictions"], entry: &POLICY },
        Rule { code: "", status: &[], phrases: &["quota exceeded", "mailbox full"], entry: &QUOTA },
        Rule { code: "", status: &[], phrases: &["mailbox unavailable", "unknown user", "user unknown"], entry: &UNKNOWN_USER },
    ],
    codes: None,
};

static IP_LISTED: Entry = Entry {
    id: "gmx/ip-listed",
    reason: Reason::Blocked,
    what: "GMX, Web.de or IONOS refused the message because the sending IP \
           address is on a blocklist they use.",
    why: "The list may be their own or a public DNSBL, and the reply need \
          not name it. GMX's sender guidelines require a sending IP that no \
          blocklist lists, along with a static IP and matching forward and \
          reverse DNS.",
    steps: &[
        "Your mail administrator checks the IP on the public blocklists \
         (Spamhaus first) and clears those listings.",
        "If the IP is still refused, they use the contact form on the GMX \
         postmaster page linked in the reply.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[ERRORS, SENDER_GUIDELINES],
    source: SOURCE,
    checked: CHECKED,
};

static BAD_PTR: Entry = Entry {
    id: "gmx/bad-ptr",
    reason: Reason::RequirePtr,
    what: "GMX or Web.de refused the connection because the sending IP's \
           reverse DNS is missing, generic or looks dynamic.",
    why: "They require a PTR record with a unique host name for a mail \
          server, not a name a provider generates for dial-up ranges.",
    steps: &["Your mail administrator has the IP's owner set a PTR record \
              naming the server, with a matching A record."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[ERRORS],
    source: SOURCE,
    checked: CHECKED,
};

static SPF: Entry = Entry {
    id: "gmx/spf",
    reason: Reason::AuthFailure,
    what: "GMX or Web.de refused the message because SPF does not allow the \
           sending server for the sender's domain.",
    why: "The domain's SPF record leaves this server out and ends in a hard \
          fail.",
    steps: &["Your domain administrator adds the server to the domain's SPF \
              record."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[ERRORS],
    source: SOURCE,
    checked: CHECKED,
};

static RATE_LIMIT: Entry = Entry {
    id: "gmx/rate-limit",
    reason: Reason::Speeding,
    what: "IONOS did not take the message because the sender sent too many \
           messages too fast.",
    why: "IONOS limits the rate per sending IP.",
    steps: &["Let the server retry more slowly."],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[],
    source:
        "https://www.ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver/",
    checked: CHECKED,
};

static POLICY_VIOLATIONS: Entry = Entry {
    id: "gmx/policy-violations",
    reason: Reason::Blocked,
    what: "IONOS blocked the sending IP for policy violations.",
    why: "IONOS gives this for a poor delivery record (many unknown \
          recipients), spam, or a server that keeps changing its HELO name.",
    steps: &["Remove unknown addresses from your lists, keep one stable HELO \
              name, and let the server retry later."],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source:
        "https://www.ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver/",
    checked: CHECKED,
};

static POLICY: Entry = Entry {
    id: "gmx/policy",
    reason: Reason::PolicyViolation,
    what: "GMX or Web.de refused the message under their policy.",
    why: "The headers break the mail standards, or the sender's IP, domain \
          or content looks like spam to their filter.",
    steps: &["Check the message headers and the sender's SPF, DKIM and \
              reverse DNS; then use the contact form on the case page \
              linked in the reply."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[ERRORS],
    source: SOURCE,
    checked: CHECKED,
};

static QUOTA: Entry = Entry {
    id: "gmx/quota",
    reason: Reason::MailboxFull,
    what: "The recipient's GMX or Web.de mailbox is full.",
    why: "The mailbox has reached its storage limit.",
    steps: &["Tell the recipient by another channel; send again later."],
    who: Actor::Recipient,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static UNKNOWN_USER: Entry = Entry {
    id: "gmx/unknown-user",
    reason: Reason::UserUnknown,
    what: "There is no active GMX or Web.de mailbox at this address.",
    why: "The address is misspelled, closed or inactive.",
    steps: &["Check the address and ask the recipient for a current one."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};
