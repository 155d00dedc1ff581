//! GoDaddy email (MX `smtp.secureserver.net`). GoDaddy ends each
//! rejection with an `IB` code (`IB607`, `IB212`). Its help page lists
//! the codes by group: rate limits, remote block lists, content and
//! sender problems.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685";
const CHECKED: &str = "2026-12-04";

const HELP: LinkRef =
    LinkRef { label: "GoDaddy: fix rejected email with a bounce error", url: SOURCE };

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "godaddy",
    name: "GoDaddy",
    hosts: &["secureserver.net"],
    mail_domains: &[],
    tokens: &[],
    rules: &[
        Rule { code: "IB007", status: &[], phrases: &["ib007"], entry: &TOO_MANY_SESSIONS },
        Rule { code: "IB101", status: &[], phrases: &["ib101"], entry: &BUSY },
        Rule { code: "IB103", status: &[], phrases: &["ib103"], entry: &CLOUDMARK },
        Rule { code: "IB104", status: &[], phrases: &["ib104"], entry: &SPAMHAUS },
        Rule { code: "IB105", status: &[], phrases: &["ib105"], entry: &SPAMHAUS },
        Rule { code: "IB106", status: &[], phrases: &["ib106"], entry: &SPAMHAUS },
        Rule { code: "IB108", status: &[], phrases: &["ib108"], entry: &NO_RDNS },
        Rule { code: "IB110", status: &[], phrases: &["ib110"], entry: &SPAM_VOLUME },
        Rule { code: "IB111", status: &[], phrases: &["ib111"], entry: &SPAM_VOLUME },
        Rule { code: "IB112", status: &[], phrases: &["ib112"], entry: &INVALID_VOLUME },
        Rule { code: "IB113", status: &[], phrases: &["ib113"], entry: &INVALID_VOLUME },
        Rule { code: "IB212", status: &[], phrases: &["ib212"], entry: &SPAM_CONTENT },
        Rule { code: "IB401", status: &[], phrases: &["ib401"], entry: &AUTH_ON_MX },
        Rule { code: "IB501", status: &[], phrases: &["ib501"], entry: &BAD_FROM },
        Rule { code: "IB502", status: &[], phrases: &["ib502"], entry: &BAD_FROM },
        Rule { code: "IB506", status: &[], phrases: &["ib506"], entry: &FROM_DOMAIN },
        Rule { code: "IB504", status: &[], phrases: &["ib504"], entry: &RATE_CAP },
        Rule { code: "IB510", status: &[], phrases: &["ib510"], entry: &RATE_CAP },
        Rule { code: "IB607", status: &[], phrases: &["ib607"], entry: &RATE_CAP },
        Rule { code: "IB508", status: &[], phrases: &["ib508"], entry: &SPF },
        Rule { code: "IB605", status: &[], phrases: &["ib605"], entry: &TOO_MANY_RECIPIENTS },
        Rule { code: "IB705", status: &[], phrases: &["ib705"], entry: &VIRUS },
        Rule { code: "", status: &[], phrases: &["rbl reject"], entry: &SPAM_VOLUME },
    ],
    codes: None,
};

static TOO_MANY_SESSIONS: Entry = Entry {
    id: "godaddy/IB007",
    reason: Reason::TooManyConn,
    what: "GoDaddy refused the connection because the sending IP had too \
           many sessions open.",
    why: "GoDaddy caps simultaneous connections from one IP.",
    steps: &["Your mail administrator lowers the number of parallel \
              connections; the server retries on its own."],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static BUSY: Entry = Entry {
    id: "godaddy/IB101",
    reason: Reason::SystemError,
    what: "GoDaddy's mail queue is busier than usual, so it asked the \
           sender to try later.",
    why: "IB101 is a temporary refusal on GoDaddy's side.",
    steps: &["Let the server retry; nothing else is needed."],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static CLOUDMARK: Entry = Entry {
    id: "godaddy/IB103",
    reason: Reason::Blocked,
    what: "GoDaddy refused the message because Cloudmark rates the sending \
           IP address badly.",
    why: "GoDaddy checks connecting IPs against Cloudmark Sender \
          Intelligence; IB103 means the IP's score is poor.",
    steps: &[
        "Your mail administrator stops any spam from the IP.",
        "They file a Cloudmark reset request for the IP, then retry.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[LinkRef {
        label: "Cloudmark CSI reset request",
        url: "https://csi.cloudmark.com/reset-request/?ip={ip}",
    }],
    source: SOURCE,
    checked: CHECKED,
};

static SPAMHAUS: Entry = Entry {
    id: "godaddy/spamhaus",
    reason: Reason::Blocked,
    what: "GoDaddy refused the message because Spamhaus lists the sending IP \
           address.",
    why: "IB104, IB105 and IB106 mean the IP is on the Spamhaus SBL, XBL \
          or PBL.",
    steps: &[
        "Look the IP up in the Spamhaus checker; it says which list and \
         how removal works.",
        "For a PBL listing, send through your provider's mail server \
         rather than asking for removal.",
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

static NO_RDNS: Entry = Entry {
    id: "godaddy/IB108",
    reason: Reason::RequirePtr,
    what: "GoDaddy deferred the message because the sending IP has no \
           working reverse DNS.",
    why: "The PTR lookup for the IP failed or returned nothing.",
    steps: &["Your mail administrator has the IP's owner set a PTR record \
              that matches the server's host name."],
    who: Actor::Admin,
    // A 421 here, but retries fail until the PTR record exists.
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static SPAM_VOLUME: Entry = Entry {
    id: "godaddy/spam-volume",
    reason: Reason::Blocked,
    what: "GoDaddy blocked the sending IP for a while because of spam seen \
           from it.",
    why: "IB110 and IB111 block the IP for an hour or for the rest of the \
          day after spam-like volume; an RBL reject means GoDaddy's own \
          list holds the IP.",
    steps: &[
        "Your mail administrator stops the spam (a hacked account or form).",
        "Wait for the block to expire before sending again.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static INVALID_VOLUME: Entry = Entry {
    id: "godaddy/invalid-volume",
    reason: Reason::Blocked,
    what: "GoDaddy blocked the sending IP for a while because it sent to \
           too many addresses that do not exist.",
    why: "IB112 and IB113 block the IP for an hour or for the rest of the \
          day; list harvesting and stale lists look alike.",
    steps: &["Remove bad addresses from your lists, then send again after \
              the block expires."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static SPAM_CONTENT: Entry = Entry {
    id: "godaddy/IB212",
    reason: Reason::SpamDetected,
    what: "GoDaddy's filter rejected the message as spam because of its \
           content.",
    why: "Some text or link in the message matches what GoDaddy's users \
          reported as spam.",
    steps: &["Send a plainer message without the links, and make sure the \
              recipient asked for your mail."],
    who: Actor::You,
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static AUTH_ON_MX: Entry = Entry {
    id: "godaddy/IB401",
    reason: Reason::SecurityError,
    what: "Your mail program tried to log in to GoDaddy's incoming server, \
           which does not take logins.",
    why: "The outgoing server setting points at GoDaddy's inbound mail \
          server.",
    steps: &["Set the outgoing (SMTP) server in your mail program to \
              GoDaddy's outgoing server, smtpout.secureserver.net."],
    who: Actor::You,
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static BAD_FROM: Entry = Entry {
    id: "godaddy/bad-from",
    reason: Reason::NotCompliantRfc,
    what: "GoDaddy rejected the message because its From address is blank \
           or an IP address.",
    why: "A message needs a From address with a domain name.",
    steps: &["Fix the From address in the program that sends the message."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static FROM_DOMAIN: Entry = Entry {
    id: "godaddy/IB506",
    reason: Reason::Rejected,
    what: "GoDaddy rejected the sender because the From domain has no valid \
           DNS.",
    why: "The domain has no MX or address record, or its DNS lookup failed.",
    steps: &["Your domain administrator checks the domain's DNS records."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static RATE_CAP: Entry = Entry {
    id: "godaddy/rate-cap",
    reason: Reason::Speeding,
    what: "The sending IP sent more messages or recipients to GoDaddy this \
           hour than it allows.",
    why: "GoDaddy caps the messages and recipients it takes from one IP \
          per hour and per session. The status code in its reply can be \
          one for an unknown user even so.",
    steps: &["Send again later, and spread large mailings over more time."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static SPF: Entry = Entry {
    id: "godaddy/IB508",
    reason: Reason::AuthFailure,
    what: "GoDaddy rejected the message because SPF does not allow the \
           sending server for the sender's domain.",
    why: "The domain's SPF record does not list this server.",
    steps: &["Your domain administrator adds the sending server to the \
              domain's SPF record."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static TOO_MANY_RECIPIENTS: Entry = Entry {
    id: "godaddy/IB605",
    reason: Reason::TooManyConn,
    what: "The message has more recipients than GoDaddy takes at once.",
    why: "GoDaddy limits recipients per message.",
    steps: &["Split the recipients over several messages."],
    who: Actor::You,
    temporary: None,
    links: &[HELP],
    source: SOURCE,
    checked: CHECKED,
};

static VIRUS: Entry = Entry {
    id: "godaddy/IB705",
    reason: Reason::VirusDetected,
    what: "GoDaddy found a virus in the message and rejected it.",
    why: "An attachment or the content matched a virus signature.",
    steps: &["Scan the sending computer and remove the infected file before \
              sending again."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};
