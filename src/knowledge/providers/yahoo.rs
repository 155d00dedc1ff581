//! Yahoo, AOL and Verizon mail, all answered by Yahoo's servers
//! (`*.yahoodns.net`). Yahoo's replies carry a bracketed code: `[TSS04]`
//! and the older `[TS01]` defer mail for volume, complaints or reputation;
//! `[TSS09]` refuses it for good, though with a 421; `[TSS11]` defers it
//! for too many unknown recipients; `[BL21]` and `[BL23]` name Spamhaus.
//! Yahoo's 5.7.9 means "not authenticated" or "policy", not the
//! registry's meaning.
//!
//! Yahoo's error page is arranged by category, not by bracket code; the
//! codes' meanings here come from the replies that carry them.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://senders.yahooinc.com/smtp-error-codes/";
const CHECKED: &str = "2026-12-04";

const SENDER_SUPPORT: LinkRef =
    LinkRef { label: "Yahoo sender support request", url: "https://senders.yahooinc.com/contact" };
const ERROR_CODES: LinkRef = LinkRef { label: "Yahoo SMTP error codes", url: SOURCE };
const BEST_PRACTICES: LinkRef = LinkRef {
    label: "Yahoo sender best practices",
    url: "https://senders.yahooinc.com/best-practices/",
};

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "yahoo",
    name: "Yahoo / AOL / Verizon",
    hosts: &["yahoodns.net", "yahoo.com", "yahoo.net", "yahooinc.com", "aol.com", "verizonmedia.com"],
    mail_domains: &["yahoo.com", "yahoo.co.uk", "ymail.com", "rocketmail.com", "aol.com", "verizon.net"],
    tokens: &["[ts01]", "[ts02]", "[ts03]", "[tss02]", "[tss04]", "[tss05]", "[tss07]", "[tss09]",
        "[tss11]", "[ipts04]", "[bl21]", "[bl23]", "[ph01]", "aol will not accept delivery",
        // Yahoo's standing block, also sent without a tag: "All messages
        // from x.x.x.x permanently deferred" (help.yahoo.com, SLN3436).
        "permanently deferred",
    ],
    rules: &[
        Rule { code: "TS03", status: &[], phrases: &["[ts03]"], entry: &PERMANENTLY_DEFERRED },
        Rule { code: "TSS09", status: &[], phrases: &["[tss09]"], entry: &PERMANENTLY_DEFERRED },
        // Text that rules out a retry wins over a deferral tag.
        Rule { code: "", status: &[], phrases: &["retrying will not succeed", "permanently deferred"], entry: &PERMANENTLY_DEFERRED },
        Rule { code: "TSS04", status: &[], phrases: &["[tss04]"], entry: &DEFERRED },
        Rule { code: "TS01", status: &[], phrases: &["[ts01]"], entry: &DEFERRED },
        Rule { code: "TS02", status: &[], phrases: &["[ts02]"], entry: &DEFERRED },
        Rule { code: "TSS02", status: &[], phrases: &["[tss02]"], entry: &DEFERRED },
        Rule { code: "TSS05", status: &[], phrases: &["[tss05]"], entry: &DEFERRED },
        Rule { code: "TSS07", status: &[], phrases: &["[tss07]"], entry: &DEFERRED },
        Rule { code: "IPTS04", status: &[], phrases: &["[ipts04]"], entry: &DEFERRED },
        Rule { code: "TSS11", status: &[], phrases: &["[tss11]"], entry: &UNKNOWN_RECIPIENTS },
        Rule { code: "", status: &[], phrases: &["temporarily deferred due to unexpected volume"], entry: &DEFERRED },
        Rule { code: "", status: &[], phrases: &["excessive unknown recipients"], entry: &UNKNOWN_RECIPIENTS },
        Rule { code: "BL21", status: &[], phrases: &["[bl21]"], entry: &SPAMHAUS },
        Rule { code: "BL23", status: &[], phrases: &["[bl23]"], entry: &SPAMHAUS },
        Rule { code: "", status: &[], phrases: &["ip is in spamhaus", "on spamhaus xbl"], entry: &SPAMHAUS },
        Rule { code: "", status: &["5.7.9"], phrases: &["authenticate", "unauthenticated"], entry: &UNAUTHENTICATED },
        Rule { code: "PH01", status: &[], phrases: &["[ph01]"], entry: &POLICY },
        Rule { code: "", status: &[], phrases: &["not accepted for policy reasons"], entry: &POLICY },
        Rule { code: "", status: &[], phrases: &["headers are not rfc compliant"], entry: &NOT_RFC_COMPLIANT },
        Rule { code: "", status: &[], phrases: &["unresolvable rfc.5321"], entry: &UNRESOLVABLE_FROM },
        Rule { code: "", status: &[], phrases: &["aol will not accept delivery"], entry: &AOL_FILTERED },
        Rule { code: "", status: &[], phrases: &["is no longer valid", "mailbox is disabled"], entry: &DISABLED },
        Rule { code: "", status: &[], phrases: &["doesn't have a", "mailbox not found"], entry: &NO_ACCOUNT },
        Rule { code: "", status: &["5.1.1"], phrases: &[], entry: &NO_ACCOUNT },
        Rule { code: "", status: &["5.2.2"], phrases: &[], entry: &MAILBOX_FULL },
        Rule { code: "", status: &[], phrases: &["receiving mail too quickly"], entry: &RECEIVING_FAST },
        Rule { code: "", status: &[], phrases: &["max message per connection"], entry: &PER_CONNECTION },
    ],
    codes: None,
};

static DEFERRED: Entry = Entry {
    id: "yahoo/deferred",
    reason: Reason::BadReputation,
    what: "Yahoo is deferring mail from the sending IP address: it takes \
           some later, or none until the cause is fixed.",
    why: "Yahoo defers mail with this code when it sees unexpected \
          volume, user complaints, or a sender whose reputation or \
          authentication it does not trust yet.",
    steps: &[
        "Let the sending server retry; Yahoo accepts more as the rate \
         falls, typically within hours.",
        "Your mail administrator slows the sending rate to Yahoo, stops \
         mailing people who did not ask for it, and checks SPF, DKIM and \
         DMARC.",
        "If the deferral lasts more than a day or two, they file a Yahoo \
         sender support request.",
    ],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[ERROR_CODES, SENDER_SUPPORT, BEST_PRACTICES],
    source: SOURCE,
    checked: CHECKED,
};

static PERMANENTLY_DEFERRED: Entry = Entry {
    id: "yahoo/permanently-deferred",
    reason: Reason::Blocked,
    what: "Yahoo refuses all mail from the sending IP address, and retrying \
           will not help.",
    why: "After persistent complaints, spam or poor reputation, Yahoo moves \
          an IP from temporary deferral to a standing block. The reply \
          keeps a temporary 4xx code, but its text says that retrying \
          will not succeed.",
    steps: &[
        "Stop sending to Yahoo from this IP.",
        "Your mail administrator finds and fixes the cause (spam from a \
         hacked account, a bought list, missing authentication).",
        "They file a Yahoo sender support request quoting the IP.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[SENDER_SUPPORT, ERROR_CODES],
    source: SOURCE,
    checked: CHECKED,
};

/// Yahoo's page lists "Excessive unknown recipients" as its own category:
/// the server sends to many invalid addresses and may be an open relay or
/// proxy. It is a 421 deferral, so the sending server retries.
static UNKNOWN_RECIPIENTS: Entry = Entry {
    id: "yahoo/unknown-recipients",
    reason: Reason::BadReputation,
    what: "Yahoo is deferring mail from the sending IP address because it \
           sends to too many Yahoo addresses that do not exist.",
    why: "Many invalid recipients are typical of old or bought lists, and \
          of servers that spammers abuse as an open relay or proxy.",
    steps: &[
        "Your mail administrator removes the addresses that bounced from \
         every mailing list and contact list that sends to Yahoo.",
        "They make sure the server relays only for its own users, and \
         check its outgoing queue for spam it should not be sending.",
        "If the deferrals continue once the lists are clean, they file a \
         Yahoo sender support request.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[ERROR_CODES, BEST_PRACTICES, SENDER_SUPPORT],
    source: SOURCE,
    checked: CHECKED,
};

static SPAMHAUS: Entry = Entry {
    id: "yahoo/spamhaus",
    reason: Reason::Blocked,
    what: "Yahoo refused the connection because the sending IP address is \
           listed by Spamhaus.",
    why: "Yahoo rejects IPs that Spamhaus lists, for example on its \
          Exploits Blocklist (XBL) of infected or hijacked machines.",
    steps: &[
        "Look the IP up in the Spamhaus checker to see which list holds it \
         and why.",
        "Whoever runs the sending server fixes that cause (for XBL, cleans \
         the infected machine) and asks Spamhaus for removal.",
        "Send again once Spamhaus no longer lists the IP.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[LinkRef {
        label: "Spamhaus IP and domain reputation checker",
        url: "https://check.spamhaus.org/results/?query={ip}",
    }],
    source: SOURCE,
    checked: CHECKED,
};

static UNAUTHENTICATED: Entry = Entry {
    id: "yahoo/unauthenticated",
    reason: Reason::AuthFailure,
    what: "Yahoo refused the message because the sender is not \
           authenticated: neither SPF nor DKIM passed.",
    why: "Yahoo requires every sender to pass SPF or DKIM. Its 5.7.9 means \
          this, not the registry's \"mechanism too weak\".",
    steps: &[
        "Your domain administrator adds the sending server or service to \
         the domain's SPF record, and turns on DKIM signing.",
        "If you send a webmail address through another provider's server, \
         send from your own domain instead.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[BEST_PRACTICES],
    source: SOURCE,
    checked: CHECKED,
};

static POLICY: Entry = Entry {
    id: "yahoo/policy",
    reason: Reason::PolicyViolation,
    what: "Yahoo refused the message for policy reasons.",
    why: "Yahoo uses this for content it judges harmful or misleading \
          (its PH codes), DMARC failures, and senders with very poor \
          reputation.",
    steps: &[
        "Check the links and attachments in the message.",
        "Your mail administrator checks SPF, DKIM and DMARC for the From \
         domain.",
        "If it persists, file a Yahoo sender support request.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[ERROR_CODES, SENDER_SUPPORT],
    source: SOURCE,
    checked: CHECKED,
};

/// AOL's "521 5.2.1 : AOL will not accept delivery of this message". The
/// 5.2.1 reads as a disabled mailbox in the registry, but the reply comes
/// from AOL's filters, mostly after the content was sent (after DATA).
/// NOTE: Yahoo's error-code page does not list this wording. The filter
/// reading rests on senders' reports and on Sisimai, which reads 5.2.1 as
/// a filter refusal. Which check triggers it (content, links or
/// reputation) is not public.
static AOL_FILTERED: Entry = Entry {
    id: "yahoo/aol-filtered",
    reason: Reason::Filtered,
    what: "AOL's filters refused this message. The recipient's mailbox is \
           not the problem.",
    why: "AOL gives this reply when its spam filtering rejects a message, \
          most often after seeing the content: links or domains with a poor \
          reputation (senders report links in a signature as one trigger), \
          failing SPF, DKIM or DMARC, or a sending server with a poor \
          reputation. AOL does not say which one it was.",
    steps: &[
        "Send the message again without links, images or a signature, or \
         with different ones, to see whether the content is the trigger.",
        "If plain messages fail too, your mail administrator checks SPF, \
         DKIM and DMARC for your domain and the sending IP's reputation.",
        "If it persists, they file a Yahoo sender support request: Yahoo \
         runs AOL's mail.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[SENDER_SUPPORT],
    source: "https://wordtothewise.com/2015/11/when-did-the-reject-happen/",
    checked: CHECKED,
};

static NOT_RFC_COMPLIANT: Entry = Entry {
    id: "yahoo/not-rfc-compliant",
    reason: Reason::NotCompliantRfc,
    what: "Yahoo refused the message because its headers break the email \
           format rules.",
    why: "Duplicate, oversized or badly encoded headers, or a date out of \
          range, make Yahoo refuse the message.",
    steps: &["Have the program that produced the message fix its headers."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[ERROR_CODES],
    source: SOURCE,
    checked: CHECKED,
};

static UNRESOLVABLE_FROM: Entry = Entry {
    id: "yahoo/unresolvable-from",
    reason: Reason::Rejected,
    what: "Yahoo could not look up the sender's domain in DNS, so it did \
           not take the message.",
    why: "The envelope (MAIL FROM) or From domain does not resolve, or its \
          DNS timed out.",
    steps: &["Your domain administrator checks that the sending domain has \
         working DNS (including an SOA record for a subdomain)."],
    who: Actor::Admin,
    temporary: None,
    links: &[ERROR_CODES],
    source: SOURCE,
    checked: CHECKED,
};

static DISABLED: Entry = Entry {
    id: "yahoo/disabled",
    reason: Reason::Suspend,
    what: "The Yahoo or AOL account you wrote to is disabled or no longer \
           valid.",
    why: "The account was closed or left unused until it was deactivated.",
    steps: &["Remove the address from your lists and ask the recipient for \
              a new one."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static NO_ACCOUNT: Entry = Entry {
    id: "yahoo/no-account",
    reason: Reason::UserUnknown,
    what: "There is no Yahoo or AOL mailbox at this address.",
    why: "The address is misspelled or the account was deleted.",
    steps: &["Check the address for typos, and remove it from your lists if \
              it is correct."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static MAILBOX_FULL: Entry = Entry {
    id: "yahoo/mailbox-full",
    reason: Reason::MailboxFull,
    what: "The recipient's Yahoo or AOL mailbox is full.",
    why: "The mailbox has reached its storage limit.",
    steps: &["Tell the recipient by another channel, and send again after \
              they have made room."],
    who: Actor::Recipient,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

pub(super) static RECEIVING_FAST: Entry = Entry {
    id: "yahoo/receiving-fast",
    reason: Reason::Speeding,
    what: "The recipient is getting mail faster than Yahoo allows, so Yahoo \
           did not take your message.",
    why: "Yahoo limits the incoming rate of each mailbox.",
    steps: &["Let your server retry; nothing else is needed."],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static PER_CONNECTION: Entry = Entry {
    id: "yahoo/per-connection",
    reason: Reason::TooManyConn,
    what: "Yahoo closed the connection after the maximum number of messages \
           it takes in one connection.",
    why: "Yahoo limits the messages per SMTP connection; the rest must come \
          in a new connection.",
    steps: &["Let the server retry; your administrator can lower the \
              messages sent per connection to Yahoo."],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};
