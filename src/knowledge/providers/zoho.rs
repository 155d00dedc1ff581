//! Zoho Mail (zoho.com and the regional zoho.eu, zoho.in, and custom
//! domains whose MX is `mx.zoho.*`). Zoho's rejections name the reason in
//! words: a spam verdict, a DMARC failure, or a policy the recipient's
//! organisation set.

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://www.zoho.com/mail/help/spam-reason.html";
const CHECKED: &str = "2026-12-04";

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "zoho",
    name: "Zoho Mail",
    hosts: &["zoho.com", "zoho.eu", "zoho.in", "zoho.com.au", "zohomail.com"],
    mail_domains: &["zoho.com", "zohomail.com", "zoho.eu", "zoho.in"],
    tokens: &["zoho mail"],
    rules: &[
        Rule { code: "", status: &[], phrases: &["flagged as spam"], entry: &SPAM },
        Rule { code: "", status: &[], phrases: &["dmarc policy"], entry: &DMARC },
        Rule { code: "", status: &[], phrases: &["policy error", "mailpolicy violation", "rejected by destination domain", "restricted by policy"], entry: &ORG_POLICY },
        Rule { code: "", status: &[], phrases: &["virus"], entry: &VIRUS },
        Rule { code: "", status: &[], phrases: &["relaying disallowed"], entry: &RELAY },
    ],
    codes: None,
};

static SPAM: Entry = Entry {
    id: "zoho/spam",
    reason: Reason::SpamDetected,
    what: "Zoho Mail rejected the message as spam.",
    why: "Zoho's filter judged the content, links or sender reputation to \
          be spam.",
    steps: &["Check the message's links and the sender's SPF, DKIM and \
              reputation; send a plainer message."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[LinkRef { label: "Zoho Mail: reasons mail is marked as spam", url: SOURCE }],
    source: SOURCE,
    checked: CHECKED,
};

static DMARC: Entry = Entry {
    id: "zoho/dmarc",
    reason: Reason::AuthFailure,
    what: "Zoho Mail rejected the message because it failed the From \
           domain's DMARC policy.",
    why: "Often a zoho.com (or other provider's) address was sent through \
          another server, which that domain's DMARC does not allow.",
    steps: &["Send through the From domain's own servers, or fix SPF and \
              DKIM for your domain."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static ORG_POLICY: Entry = Entry {
    id: "zoho/org-policy",
    reason: Reason::Filtered,
    what: "A rule set by the recipient's organisation in Zoho Mail refused \
           the message.",
    why: "Zoho lets administrators restrict who may send to their users.",
    steps: &["Ask the recipient to have their Zoho administrator allow your \
              address."],
    who: Actor::Recipient,
    temporary: None,
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static VIRUS: Entry = Entry {
    id: "zoho/virus",
    reason: Reason::VirusDetected,
    what: "Zoho Mail found a virus in the message.",
    why: "An attachment or the content matched a virus signature.",
    steps: &["Scan the sending computer and remove the infected file."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static RELAY: Entry = Entry {
    id: "zoho/relay",
    reason: Reason::NoRelaying,
    what: "Zoho Mail refused to relay the message: the recipient's domain \
           is not hosted there.",
    why: "The message reached a Zoho server that does not handle the \
          recipient's domain, or the sender did not log in.",
    steps: &["Check the recipient address and the outgoing server settings \
              (log in to send through Zoho)."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};
