//! Gmail and Google Workspace. Every Google reply ends in `gsmtp`, and
//! `gcdp` marks a rule the recipient's Workspace administrator wrote.
//! Google reuses one enhanced status code for several texts, so rules
//! pair the code with a phrase of the reply.
//!
//! Google has no IP delisting: the sender fixes the cause and the block
//! lifts as reputation recovers, watched in Postmaster Tools.

mod auth;
mod mailbox;
mod sending;
mod sign_in;
mod transaction;

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;
use auth::{BULK_DKIM, BULK_DMARC, BULK_SPF, BULK_TLS, DMARC, UNAUTHENTICATED};
pub(super) use mailbox::RECEIVING_RATE;
use mailbox::{DISABLED, NO_SUCH_USER, OVER_QUOTA};
use sending::{
    CONNECT_FAILED, GROUP_POST_REJECTED, GROUP_RESTRICTED, GROUP_SPAM, OUTGOING_REJECTED,
    SENDER_DISABLED, SENDING_LIMIT, SEND_MAIL_AS,
};
use sign_in::APP_PASSWORD;
use transaction::{
    CONNECTION_LIMITED, DOMAIN_RECIPIENT_LIMIT, IP_NOT_ALLOWED, MULTIPLE_DOMAINS, RELAY_LIMIT,
    SAME_MESSAGE_ID,
};

pub(crate) const SOURCE: &str = "https://support.google.com/a/answer/3726730";
pub(crate) const CHECKED: &str = "2026-12-04";

pub(crate) const GUIDELINES: LinkRef = LinkRef {
    label: "Gmail email sender guidelines",
    url: "https://support.google.com/mail/answer/81126",
};
const POSTMASTER: LinkRef =
    LinkRef { label: "Google Postmaster Tools", url: "https://postmaster.google.com/" };
const BLOCKED_HELP: LinkRef = LinkRef {
    label: "Why Gmail blocks messages",
    url: "https://support.google.com/mail/answer/188131",
};

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "google",
    name: "Gmail / Google Workspace",
    hosts: &["google.com", "googlemail.com", "gmail.com"],
    // Google hosts every googlegroups.com group, so a refusal for one is
    // Google Groups' own even when no receiving host is named.
    mail_domains: &["gmail.com", "googlemail.com", "googlegroups.com"],
    // Google's text for a disabled sending account and its unusual-rate
    // block, which may come without the `gsmtp` tag (a reply cut short),
    // and Google Groups' rejection of a sender the group does not allow.
    // Gmail's notice for a "Send mail as" address names the feature.
    // Its "Our system has detected that this message ..." sentences count
    // only with their endings, because other filters use the opening too.
    // Its sign-in refusal is quoted without the tag by the mail programs
    // and scripts that report it.
    // NOTE: "application-specific password required" was found only in
    // replies from Google, so it names Google. Another provider that
    // words its refusal the same would get Google's card.
    // "Domain policy size per transaction exceeded" (452 4.5.3, Google's
    // SMTP error table) is Google's own sentence, which a relay or a
    // pasted reply passes on without the host or the tag.
    tokens: &["domain policy size per transaction exceeded", "gsmtp", "gcdp", "application-specific password required", "this group only accepts messages from people in its organization", "not registered within your google", "our system has detected an unusual rate", "our system has detected that this message is likely unsolicited", "our system has detected that this message is likely suspicious", "our system has detected that this message is suspicious due to", "our system has detected that this message is not rfc 5322 compliant", "our system has detected that this message does not meet ipv6 sending guidelines", "using the 'send mail as' feature"],
    rules: &[
        // The sender's own account, whatever the code: these come before
        // the rules that read 5.4.5 or 5.7.0 as the recipient's. Gmail
        // words the daily limit several ways ("Daily user sending quota
        // exceeded") and may give only its help link on the last line.
        Rule { code: "", status: &[], phrases: &["sending limit exceeded", "sending quota exceeded", "?p=dailylimitexceeded"], entry: &SENDING_LIMIT },
        Rule { code: "", status: &[], phrases: &["mail sending denied"], entry: &SENDER_DISABLED },
        // Its sign-in refusal carries 5.7.9 or 5.7.1, whose registry
        // entries read as a weak sign-in method or a policy block.
        Rule { code: "", status: &[], phrases: &["application-specific password required", "?p=invalidsecondfactor"], entry: &APP_PASSWORD },
        // The organisation's Workspace SMTP relay, whose daily limit
        // carries the 5.4.5 of the account's own daily limit.
        Rule { code: "", status: &["4.2.1", "5.4.5"], phrases: &["smtp relay limit exceeded"], entry: &RELAY_LIMIT },
        // Google Groups' refusals come before the rules that read a status
        // code alone, because a group's refusal may carry 5.1.1, which
        // alone means there is no such account.
        Rule { code: "", status: &[], phrases: &["allowed to post to this group", "this group only accepts messages from"], entry: &GROUP_RESTRICTED },
        Rule { code: "", status: &[], phrases: &["rejected due to spam classification"], entry: &GROUP_SPAM },
        // NOTE: "You do not have permission to post to this group" and
        // "Group ... does not exist or you don't have permission to post"
        // were not found in a public Google sample, so they are matched
        // as more wordings of the same refusal.
        Rule { code: "", status: &[], phrases: &["may not exist, or you may not have permission to post", "groups.google.com/support", "don't have permission to post", "do not have permission to post"], entry: &GROUP_POST_REJECTED },
        Rule { code: "", status: &["4.2.1", "5.2.1"], phrases: &["too quickly", "at a rate that prevents"], entry: &RECEIVING_RATE },
        Rule { code: "", status: &["5.2.1"], phrases: &["disabled", "inactive"], entry: &DISABLED },
        Rule { code: "", status: &["4.2.2", "5.2.2"], phrases: &[], entry: &OVER_QUOTA },
        Rule { code: "", status: &["5.1.1"], phrases: &[], entry: &NO_SUCH_USER },
        // Replies in Google's table whose code alone reads as a security
        // or system fault. Each is matched by its own sentence.
        Rule { code: "", status: &["4.7.0"], phrases: &["ip not in whitelist for rcpt domain", "ip not in allowlist for rcpt domain"], entry: &IP_NOT_ALLOWED },
        Rule { code: "", status: &["4.7.28"], phrases: &["same message-id"], entry: &SAME_MESSAGE_ID },
        Rule { code: "", status: &["4.3.0"], phrases: &["multiple destination domains per transaction"], entry: &MULTIPLE_DOMAINS },
        // Google's sentence comes with 4.5.3 or 5.7.0, and 5.7.0 alone
        // reads as a security refusal.
        Rule { code: "", status: &[], phrases: &["domain policy size per"], entry: &DOMAIN_RECIPIENT_LIMIT },
        Rule { code: "", status: &["4.7.0"], phrases: &["try again later, closing connection"], entry: &CONNECTION_LIMITED },
        Rule { code: "", status: &["4.7.0", "5.7.1"], phrases: &["very low reputation"], entry: &LOW_REPUTATION },
        Rule { code: "", status: &["4.7.0", "5.7.1"], phrases: &["likely unsolicited", "nature of the content"], entry: &UNSOLICITED },
        // The 4xx form is a rate limit that lifts by itself, the 5xx form a block.
        Rule { code: "", status: &["4.7.0", "4.7.28"], phrases: &["unusual rate"], entry: &UNUSUAL_RATE },
        Rule { code: "", status: &["5.7.1", "5.7.28"], phrases: &["unusual rate"], entry: &UNUSUAL_RATE_BLOCK },
        // Gmail writes both "PTR record" and "pointer (PTR) record".
        Rule { code: "", status: &["4.7.0", "4.7.23", "4.7.25", "5.7.1", "5.7.25"], phrases: &["ptr record", "(ptr) record"], entry: &NO_PTR },
        // Google's list gives 4.7.23, 4.7.25 and 5.7.25 to the PTR check only.
        Rule { code: "", status: &["4.7.23", "4.7.25", "5.7.25"], phrases: &[], entry: &NO_PTR },
        Rule { code: "", status: &["4.7.26", "5.7.26", "5.7.1"], phrases: &["dmarc policy"], entry: &DMARC },
        Rule { code: "", status: &["4.7.26", "5.7.26"], phrases: &[], entry: &UNAUTHENTICATED },
        Rule { code: "", status: &["5.7.1"], phrases: &["authentication checks", "unauthenticated", "does not have authentication information"], entry: &UNAUTHENTICATED },
        Rule { code: "", status: &["4.7.27", "5.7.27", "4.7.24", "5.7.24"], phrases: &[], entry: &BULK_SPF },
        Rule { code: "", status: &["4.7.30", "5.7.30"], phrases: &[], entry: &BULK_DKIM },
        Rule { code: "", status: &["4.7.32", "5.7.32", "4.7.40", "5.7.40"], phrases: &[], entry: &BULK_DMARC },
        Rule { code: "", status: &["4.7.29", "5.7.29"], phrases: &[], entry: &BULK_TLS },
        Rule { code: "", status: &["5.7.1", "5.7.0"], phrases: &["not authorized to send email directly"], entry: &DIRECT_NOT_ALLOWED },
        Rule { code: "", status: &["5.7.1"], phrases: &["has a policy that prohibit"], entry: &RECIPIENT_POLICY },
        Rule { code: "", status: &["5.7.1", "5.6.0"], phrases: &["rfc 5322", "from: header", "multiple addresses in from", "message-id: header", "disallowed header", "encoded-word", "malformed"], entry: &NOT_RFC5322 },
        Rule { code: "", status: &["5.7.0"], phrases: &["attachment", "security issue"], entry: &BLOCKED_CONTENT },
        Rule { code: "", status: &["5.3.4", "5.2.3"], phrases: &[], entry: &TOO_BIG },
        Rule { code: "", status: &["5.7.0", "5.7.1"], phrases: &["relay denied", "credentials for relay"], entry: &RELAY_DENIED },
        // After every coded rule, so that Gmail's replies about an unusual
        // rate, which link the same page, are read by theirs.
        Rule { code: "", status: &[], phrases: &["?p=unsolicitedratelimiterror"], entry: &OUTGOING_REJECTED },
        Rule { code: "", status: &[], phrases: &["'send mail as'", "\"send mail as\""], entry: &SEND_MAIL_AS },
        Rule { code: "", status: &[], phrases: &["did not accept our requests to connect"], entry: &CONNECT_FAILED },
    ],
    codes: None,
};

static LOW_REPUTATION: Entry = Entry {
    id: "google/low-reputation",
    reason: Reason::BadReputation,
    what: "Gmail refused or slowed the message because the sending IP \
           address or domain has a very low reputation with Google.",
    why: "Gmail's users marked mail from this source as spam, or it sent \
          in patterns typical of spam. Google keeps no public blocklist, \
          so there is nothing to be delisted from.",
    steps: &[
        "Pass the bounce to whoever runs your mail server or sending \
         service.",
        "They check the domain and IP in Google Postmaster Tools and look \
         for spam sent from the server (a hacked account or web form).",
        "They send only wanted mail, at a steady rate, with SPF, DKIM and \
         DMARC in place; reputation recovers over days to weeks.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[POSTMASTER, BLOCKED_HELP],
    source: SOURCE,
    checked: CHECKED,
};

static UNSOLICITED: Entry = Entry {
    id: "google/unsolicited",
    reason: Reason::SpamDetected,
    what: "Gmail's spam filter judged this message to be unsolicited mail \
           and refused it.",
    why: "Something in the message (its links, wording or attachments) or \
          the way it was sent looks like spam to Gmail.",
    steps: &[
        "Check the links in the message: a shortened or poorly reputed link \
         domain is a common cause.",
        "Make sure the recipient asked for the mail, and remove addresses \
         that never respond.",
        "If you send through a service, ask it to check its sending \
         reputation in Postmaster Tools.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[BLOCKED_HELP, GUIDELINES],
    source: SOURCE,
    checked: CHECKED,
};

static UNUSUAL_RATE: Entry = Entry {
    id: "google/unusual-rate",
    reason: Reason::Blocked,
    what: "Gmail is temporarily rate-limiting mail from your IP address, \
           network, or DKIM or SPF domain because it saw an unusual rate of \
           unsolicited mail from it.",
    why: "A sudden rise in volume or in spam complaints from one sending \
          identity trips Gmail's rate limit (4.7.28). The limit lifts by \
          itself once the rate falls. If the cause goes on, Gmail blocks the \
          mail instead.",
    steps: &[
        "Let the sending server retry: the deferral clears on its own once \
         the rate of mail from you falls.",
        "If it keeps happening, your mail administrator finds what raised \
         the volume: a bulk send, a hacked account, a compromised web form.",
        "They slow down, send only to people who asked for the mail, and \
         follow Google's bulk sender rules.",
    ],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[GUIDELINES, POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static UNUSUAL_RATE_BLOCK: Entry = Entry {
    id: "google/unusual-rate-block",
    reason: Reason::Blocked,
    what: "Gmail is blocking mail from your IP address, network, or DKIM or \
           SPF domain because it saw an unusual rate of unsolicited mail \
           from it.",
    why: "Gmail first rate-limits a sending identity whose volume or spam \
          complaints rise suddenly. When that goes on, it refuses the mail \
          outright (5.7.28).",
    steps: &[
        "Your mail administrator finds what raised the volume: a bulk \
         send, a hacked account, a compromised web form.",
        "They slow down, send only to people who asked for the mail, and \
         follow Google's bulk sender rules.",
        "The block lifts as the sending reputation recovers, which \
         Postmaster Tools shows; send again after that.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[GUIDELINES, POSTMASTER],
    source: SOURCE,
    checked: CHECKED,
};

static NO_PTR: Entry = Entry {
    id: "google/no-ptr",
    reason: Reason::RequirePtr,
    what: "Gmail refused the message because the sending IP address has no \
           valid reverse DNS (PTR) record.",
    why: "Gmail requires the sending IP to have a PTR record whose host name \
          resolves back to the same IP; this one has none, or the names do \
          not agree.",
    steps: &[
        "Tell whoever runs your mail server: the IP quoted here needs a PTR \
         record.",
        "The PTR is set by the owner of the IP (the hosting or network \
         provider); its host name needs an A or AAAA record pointing back \
         to the IP.",
        "Send again once both records are in place.",
    ],
    who: Actor::Admin,
    // Gmail sends 421 for this too, but waiting never adds a PTR record.
    temporary: Some(false),
    links: &[GUIDELINES],
    source: SOURCE,
    checked: CHECKED,
};

static DIRECT_NOT_ALLOWED: Entry = Entry {
    id: "google/not-authorized",
    reason: Reason::NoRelaying,
    what: "Gmail does not accept mail sent straight from this IP address; \
           it must go through a proper outgoing mail server.",
    why: "The IP looks like a home or dynamic address, which Gmail does not \
          accept direct delivery from.",
    steps: &[
        "Send through your provider's outgoing (SMTP) server with a login, \
         rather than delivering from your own computer or network.",
        "If this is a company server, your administrator gives it a static \
         IP with a proper PTR record, or relays through a mail service.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[GUIDELINES],
    source: SOURCE,
    checked: CHECKED,
};

static RECIPIENT_POLICY: Entry = Entry {
    id: "google/recipient-policy",
    reason: Reason::PolicyViolation,
    what: "A rule set by the administrator of the recipient's (or your own) \
           Google Workspace domain refused the message.",
    why: "Workspace administrators can write rules that reject mail by \
          sender, content or attachment; such replies carry the tag gcdp.",
    steps: &[
        "Ask the recipient to have their Workspace administrator check \
         which rule refused your message.",
        "If the rule is on your own domain, ask your administrator.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static NOT_RFC5322: Entry = Entry {
    id: "google/not-rfc5322",
    reason: Reason::NotCompliantRfc,
    what: "Gmail refused the message because its headers break the email \
           format standard (RFC 5322).",
    why: "The message has a missing or duplicated header (From, \
          Message-ID, Subject), several From addresses, or characters a \
          header may not hold.",
    steps: &[
        "Tell whoever runs the program that produced the message (a web \
         form, a script, a mailing tool); it writes invalid headers.",
        "They fix the headers and the message is sent again.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[GUIDELINES],
    source: SOURCE,
    checked: CHECKED,
};

static BLOCKED_CONTENT: Entry = Entry {
    id: "google/blocked-content",
    reason: Reason::PolicyViolation,
    what: "Gmail refused the message because of an attachment or content it \
           treats as a security risk.",
    why: "Gmail blocks executable files and some archives and documents \
          that can carry malware, even inside zip files.",
    steps: &[
        "Remove the attachment, or share the file through a link to a \
         storage service instead.",
        "Send the message again.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[BLOCKED_HELP],
    source: SOURCE,
    checked: CHECKED,
};

static TOO_BIG: Entry = Entry {
    id: "google/too-big",
    reason: Reason::MesgTooBig,
    what: "The message is larger than Gmail accepts.",
    why: "Gmail limits the size of an incoming message (about 25 MB with \
          attachments), and the number and size of its headers.",
    steps: &["Make the message smaller: share large files through a link.", "Send it again."],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: SOURCE,
    checked: CHECKED,
};

static RELAY_DENIED: Entry = Entry {
    id: "google/relay-denied",
    reason: Reason::NoRelaying,
    what: "Google Workspace's SMTP relay refused to pass this message on.",
    why: "The sending device's IP address or domain is not registered in \
          the Workspace SMTP relay settings, or the relay needs a login.",
    steps: &[
        "Your Workspace administrator adds the device's IP address in the \
         SMTP relay service settings, or sets the device to log in.",
        "Send again.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://support.google.com/a/answer/6140680",
    checked: CHECKED,
};
