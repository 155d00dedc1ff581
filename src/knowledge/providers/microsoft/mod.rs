//! Microsoft: Outlook.com consumer mail (hotmail.com, outlook.com,
//! live.com, msn.com) and Exchange Online / Microsoft 365, whose Exchange
//! Online Protection (EOP) front end answers for any business domain with
//! an MX under `mail.protection.outlook.com`.
//!
//! Outlook.com blocks carry a bracketed code (`S3150`, `AS3140`, `SC-001`)
//! and are lifted through the Outlook.com sender support form; Exchange
//! Online's "banned sending IP" (5.7.606 to 5.7.649) has its own self-
//! service delist portal (see `banned_ips`). The two are separate lists:
//! one can clear while the other still blocks. Microsoft's 5.1.10 means "recipient not found",
//! not the registry's "null MX".

mod access_denied;
mod banned_ips;
mod block_list;
mod code_ranges;
mod outbound;
mod own_codes;
mod recipient;
mod relay_access;
mod sending_tenant;
mod tenant_blocks;

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;
use banned_ips::{BANNED_IP, BANNED_SENDER, EOP_BLOCKLIST};
pub(super) use code_ranges::lookup_code_alone;
use outbound::{
    ALL_REJECTED, CONNECTION_DEFERRED, CONNECTION_REFUSED, DNS_FAILED, EXTERNAL_FORWARDING,
    MESSAGE_EXPIRED, NEW_IP_THROTTLED, RECIPIENT_RATE_LIMIT, RESTRICTED_SENDER,
    SENDER_MAILBOX_FULL, SENDING_QUOTA, SEND_AS_DENIED, SUBMISSION_RATE,
};
pub(super) use own_codes::{RECIPIENT_HOURLY_LIMIT, SENDER_HOURLY_LIMIT};
use recipient::{MAILBOX_FULL, RECIPIENT_NOT_FOUND, RESTRICTED_RECIPIENT, STALE_CACHED_ADDRESS};
pub(crate) use relay_access::at_sender_tenant;
use sending_tenant::{LOW_REPUTATION_POOL, TENANT_BLOCKED, UNREGISTERED_DOMAIN};
use tenant_blocks::{CUSTOMER_BLOCK, CUSTOMER_BLOCK_PHRASES, OWN_TENANT_BLOCK, OWN_TENANT_PHRASES};

const OLC_SOURCE: &str = "https://postmaster.live.com/";
pub(crate) const EXO_SOURCE: &str = "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online";
pub(crate) const CHECKED: &str = "2026-12-04";

const OLC_SUPPORT: LinkRef = LinkRef {
    label: "Outlook.com sender support request (quote the blocked IP)",
    url: "https://support.microsoft.com/supportrequestform/8ad563e3-288e-2a61-8122-3ba03d6b8d75",
};
const SNDS: LinkRef = LinkRef {
    label: "Microsoft Smart Network Data Services (SNDS)",
    url: "https://sendersupport.olc.protection.outlook.com/snds/",
};
const POSTMASTER: LinkRef =
    LinkRef { label: "Outlook.com postmaster information", url: "https://postmaster.live.com/" };
#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "microsoft",
    name: "Microsoft Outlook.com / Exchange Online",
    hosts: &["outlook.com", "hotmail.com", "live.com", "msn.com", "office365.com", "outlook.office365.com", "exchangelabs.com"],
    mail_domains: &["hotmail.com", "outlook.com", "live.com", "msn.com", "hotmail.co.uk", "hotmail.fr", "outlook.jp"],
    // "banned sending IP" is Exchange Online's own wording for 5.7.606-649,
    // and its 5.7.511 reply names its delisting mailbox; NDRs that omit
    // the remote host still carry them. "resolver.rst" matches each
    // `RESOLVER.RST.*` name of Exchange's recipient resolver, the delivery
    // restrictions among them, so a reply pasted without a host name still
    // reaches these rules. Exchange Server writes the same names, its
    // `RESOLVER.ADR.*` address lookups, its `QUEUE.Expired` and its chained
    // "Message expired -> <last reply>". Exchange Online alone writes the
    // bracketed `[LastAttemptedServerName=...]` of its 4.4.316 and the
    // hyphenated "allowed-senders list" of its 5.7.124.
    // NOTE: "allowed-senders list" is the wording of a reported NDR; the
    // Microsoft table pages opened did not show 5.7.124's row in full.
    // Exchange Online's own sentences for a sender's limit or a blocked
    // tenant (5.1.90, the submission quota and rate, 5.7.705, 5.7.708, 5.7.750)
    // name it too, so these replies read the same pasted alone, as does
    // Exchange's Send As refusal, "Client does not have permissions to
    // send as this sender" (Exchange's `SmtpResponse.SendAsDenied`).
    // The sentences of an organisation's own block list (5.7.507, 5.7.513,
    // 5.7.703, see `tenant_blocks`) name Microsoft too, so a reply that a
    // relay passes on reads the same.
    tokens: &["customer block list", "access denied, rejected by recipient", "tenant allow block list", "tenant recipient block policy", "send as this sender", "daily limit for message recipients", "submission quota", "submissionquotaexceededexception", "message submission rate for this client", "submission.exception:quotaexceededexception", "tenant has exceeded threshold", "traffic not accepted from this ip", "client blocked from sending from unregistered domains", "resolver.rst", "s3150", "as3150", "s3140", "as3140", "resolver.adr.", "imceaex", "queue.expired", "message expired ->", "5.4.300 message expired", "lastattemptedservername", "allowed-senders list", "banned sending ip", "delist@microsoft.com", "blocked using blocklist 1", "delist@messaging.microsoft.com", "outboundspamexception", "bad outbound sender", "sendasdeniedexception", "sendasdenied;", "does not allow external forwarding"],
    rules: &[
        Rule { code: "S3150", status: &[], phrases: &["(s3150)"], entry: &NETWORK_BLOCKED },
        Rule { code: "AS3150", status: &[], phrases: &["(as3150)"], entry: &NETWORK_BLOCKED },
        Rule { code: "S3140", status: &[], phrases: &["(s3140)"], entry: &NETWORK_BLOCKED },
        Rule { code: "AS3140", status: &[], phrases: &["(as3140)"], entry: &NETWORK_BLOCKED },
        Rule { code: "SC-001", status: &[], phrases: &["sc-001"], entry: &NETWORK_BLOCKED },
        Rule { code: "SC-002", status: &[], phrases: &["sc-002"], entry: &NETWORK_BLOCKED },
        Rule { code: "SC-003", status: &[], phrases: &["sc-003"], entry: &NETWORK_BLOCKED },
        Rule { code: "SC-004", status: &[], phrases: &["sc-004"], entry: &NETWORK_BLOCKED },
        Rule { code: "OU-002", status: &[], phrases: &["ou-002"], entry: &NETWORK_BLOCKED },
        // The block-list sentence with no code after it. The decoder in
        // `block_list` reads the ones with a code.
        Rule { code: "", status: &[], phrases: &[block_list::SENTENCE], entry: &NETWORK_BLOCKED },
        Rule { code: "DY-001", status: &[], phrases: &["dy-001"], entry: &DYNAMIC_IP },
        Rule { code: "DY-002", status: &[], phrases: &["dy-002"], entry: &DYNAMIC_IP },
        Rule { code: "RP-001", status: &[], phrases: &["rp-001"], entry: &RATE_LIMITED },
        Rule { code: "RP-002", status: &[], phrases: &["rp-002"], entry: &RATE_LIMITED },
        Rule { code: "RP-003", status: &[], phrases: &["rp-003"], entry: &RATE_LIMITED },
        Rule { code: "S8001", status: &[], phrases: &["blocked using blocklist 1", "delist@messaging.microsoft.com"], entry: &EOP_BLOCKLIST },
        Rule { code: "S8002", status: &[], phrases: &["(s8002)", "mailfrom domain is listed in spamhaus"], entry: &MAILFROM_LISTED },
        Rule { code: "", status: &[], phrases: &["refusequota"], entry: &SENDING_QUOTA },
        // Before the 5.2.2 mailbox-full rule: Exchange Online's 5.2.2
        // "Submission quota exceeded" is the sender's limit.
        Rule { code: "", status: &["5.1.90"], phrases: &[], entry: &RECIPIENT_RATE_LIMIT },
        Rule { code: "", status: &[], phrases: &["daily limit for message recipients", "submission quota", "submissionquotaexceededexception"], entry: &RECIPIENT_RATE_LIMIT },
        Rule { code: "", status: &[], phrases: &["message submission rate for this client"], entry: &SUBMISSION_RATE },
        // Also before the 5.2.2 mailbox-full rule: at submission, the full
        // mailbox is the sender's own.
        Rule { code: "", status: &[], phrases: &["submission.exception:quotaexceededexception"], entry: &SENDER_MAILBOX_FULL },
        Rule { code: "", status: &[], phrases: &["sendasdeniedexception", "sendasdenied;", "send as this sender"], entry: &SEND_AS_DENIED },
        Rule { code: "", status: &["5.7.520"], phrases: &[], entry: &EXTERNAL_FORWARDING },
        Rule { code: "", status: &[], phrases: &["outboundspamexception", "bad outbound sender", "sendasdeniedexception", "sendasdenied;", "does not allow external forwarding"], entry: &RESTRICTED_SENDER },
        Rule { code: "", status: &["4.7.650", "4.7.651"], phrases: &[], entry: &THROTTLED },
        Rule { code: "", status: &["4.7.500-699"], phrases: &[], entry: &NEW_IP_THROTTLED },
        Rule { code: "", status: &["5.7.606-649"], phrases: &[], entry: &BANNED_IP },
        Rule { code: "", status: &["5.7.511"], phrases: &[], entry: &BANNED_SENDER },
        Rule { code: "", status: &["5.7.705"], phrases: &[], entry: &TENANT_BLOCKED },
        Rule { code: "", status: &["5.7.708"], phrases: &[], entry: &LOW_REPUTATION_POOL },
        Rule { code: "", status: &["5.7.750"], phrases: &[], entry: &UNREGISTERED_DOMAIN },
        Rule { code: "", status: &["5.7.509"], phrases: &[], entry: &DMARC },
        Rule { code: "", status: &["5.7.515"], phrases: &[], entry: &AUTH_LEVEL },
        Rule { code: "", status: &["5.7.507", "5.7.513"], phrases: &[], entry: &CUSTOMER_BLOCK },
        Rule { code: "", status: &[], phrases: CUSTOMER_BLOCK_PHRASES, entry: &CUSTOMER_BLOCK },
        Rule { code: "", status: &["5.7.703"], phrases: &[], entry: &OWN_TENANT_BLOCK },
        Rule { code: "", status: &[], phrases: OWN_TENANT_PHRASES, entry: &OWN_TENANT_BLOCK },
        Rule { code: "", status: &[], phrases: &["resolver.adr.exrecipnotfound", "imceaex-"], entry: &STALE_CACHED_ADDRESS },
        Rule { code: "", status: &["5.1.10", "5.1.1", "5.1.351"], phrases: &[], entry: &RECIPIENT_NOT_FOUND },
        Rule { code: "", status: &["5.4.1"], phrases: &["recipient address rejected: access denied"], entry: &RECIPIENT_NOT_FOUND },
        Rule { code: "", status: &["5.4.1"], phrases: &["all recipient addresses rejected"], entry: &ALL_REJECTED },
        Rule { code: "", status: &["4.4.7", "5.4.7", "5.4.300"], phrases: &["message expired"], entry: &MESSAGE_EXPIRED },
        Rule { code: "", status: &["4.4.312", "5.4.312"], phrases: &[], entry: &DNS_FAILED },
        // A final 5.4.316 quotes the earlier 4.4.316 deferrals after it.
        Rule { code: "", status: &["5.4.316"], phrases: &[], entry: &CONNECTION_REFUSED },
        Rule { code: "", status: &["4.4.316"], phrases: &[], entry: &CONNECTION_DEFERRED },
        Rule { code: "", status: &[], phrases: &["mailbox unavailable (-"], entry: &RECIPIENT_NOT_FOUND },
        // Outlook.com's reply for an address it does not host, under a
        // 5.5.0 that names no address fault. Source: Spam Resource,
        // "Microsoft: Multiple types of invalid user bounces" (2023),
        // https://www.spamresource.com/2023/09/microsoft-multiple-types-of-invalid.html
        Rule { code: "S2017062302", status: &[], phrases: &["(s2017062302)"], entry: &RECIPIENT_NOT_FOUND },
        Rule { code: "", status: &["5.2.2"], phrases: &[], entry: &MAILBOX_FULL },
        Rule { code: "", status: &[], phrases: &["mismatches client ip"], entry: &CLIENT_MISMATCH },
        Rule { code: "", status: &["5.7.12", "5.7.124", "5.7.129", "5.7.133-136", "5.7.1"], phrases: &["not authorized", "resolver.rst.", "restricted", "allowed-senders list"], entry: &RESTRICTED_RECIPIENT },
    ],
    codes: Some(lookup_codes),
};

/// Entries that only [`lookup_codes`] picks, which no rule lists.
pub(super) static ENTRIES: &[&Entry] = &[
    &SENDER_HOURLY_LIMIT,
    &RECIPIENT_HOURLY_LIMIT,
    &own_codes::SMTP_AUTH_DISABLED,
    &access_denied::SENDING_ACCOUNT_BANNED,
    &access_denied::BANNED_RECIPIENT,
    &access_denied::NO_IPV6,
    &access_denied::FROM_HEADER_INVALID,
    &relay_access::TENANT_ATTRIBUTION,
    &relay_access::RELAY_DENIED,
    &relay_access::RELAY_DENIED_OWN_CONNECTOR,
];

/// Reads the codes that name Microsoft by themselves: Outlook.com's
/// block-list codes, then Exchange Online's status codes that the IANA
/// registry does not list or that carry Microsoft's own sentence.
fn lookup_codes(text: &str, remote_host: Option<&str>) -> Option<crate::knowledge::Match> {
    block_list::lookup(text, remote_host)
        .or_else(|| own_codes::lookup(text))
        .or_else(|| code_ranges::lookup(text))
        .or_else(|| access_denied::lookup(text))
        .or_else(|| relay_access::lookup(text))
}

/// Microsoft's own lists of sending IPs, whose removal only the IP's owner
/// can request. These are Exchange Online's banned senders (5.7.606 to
/// 5.7.649), its "Blocklist 1" (S8001) and its 5.7.511 ban, and
/// Outlook.com's block list (S3140, S3150 and the like). A mail to
/// Microsoft's delisting mailbox lifts the 5.7.511 ban.
pub(super) static OWN_IP_LISTS: &[&Entry] =
    &[&BANNED_IP, &EOP_BLOCKLIST, &BANNED_SENDER, &NETWORK_BLOCKED];

static NETWORK_BLOCKED: Entry = Entry {
    id: "microsoft/network-blocked",
    reason: Reason::Blocked,
    what: "Outlook.com refused the message because the sending IP address, \
           or the network around it, is on Microsoft's own block list.",
    why: "Microsoft lists IPs and ranges it has seen send spam or mail its \
          users complained about. A shared server can be listed because of \
          another customer, and a whole range because of its neighbours.",
    steps: &[
        "Give the bounce to whoever runs the sending server (your provider \
         or IT); only the owner of the IP can ask for removal.",
        "They check the IP in Microsoft SNDS and stop any spam from it.",
        "They file an Outlook.com sender support request quoting the IP. \
         The first automatic answer often says the IP does not qualify; \
         replying to it with details gets a person to look.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[OLC_SUPPORT, SNDS, POSTMASTER],
    source: OLC_SOURCE,
    checked: CHECKED,
};

static DYNAMIC_IP: Entry = Entry {
    id: "microsoft/dynamic-ip",
    reason: Reason::Blocked,
    what: "Outlook.com refused the message because it came straight from an \
           address it treats as a home, dynamic or infected computer.",
    why: "DY-001 means the IP looks dynamic and should send through its \
          provider's mail server; DY-002 means Microsoft believes the \
          machine is compromised.",
    steps: &[
        "Send through your provider's outgoing mail server with a login, \
         not directly from this network.",
        "For DY-002, have the computer or server checked for malware \
         before anything else.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[POSTMASTER],
    source: OLC_SOURCE,
    checked: CHECKED,
};

static RATE_LIMITED: Entry = Entry {
    id: "microsoft/rate-limited",
    reason: Reason::Speeding,
    what: "Outlook.com is accepting mail from this IP only slowly, so it \
           did not take the message.",
    why: "The RP codes mean the IP or domain reached a per-connection, \
          per-message or connection-rate limit set by its reputation.",
    steps: &[
        "Let the sending server retry; it will get through as the rate \
         falls.",
        "Your mail administrator lowers the number of connections and \
         messages per connection to Outlook.com.",
    ],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[SNDS, POSTMASTER],
    source: OLC_SOURCE,
    checked: CHECKED,
};

static MAILFROM_LISTED: Entry = Entry {
    id: "microsoft/mailfrom-listed",
    reason: Reason::Blocked,
    what: "Outlook.com refused the message because the envelope sender's \
           domain (the bounce address) is on the Spamhaus Domain Block List.",
    why: "S8002 is about a domain, not the sending IP: the MAIL FROM domain \
          appeared in spam, often a sending service's shared bounce domain.",
    steps: &[
        "Look the MAIL FROM domain up in the Spamhaus checker.",
        "If it is your domain, fix the cause and request removal there; if \
         it belongs to your sending service, send them the bounce.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[LinkRef {
        label: "Spamhaus IP and domain reputation checker",
        url: "https://check.spamhaus.org/",
    }],
    source: OLC_SOURCE,
    checked: CHECKED,
};

static THROTTLED: Entry = Entry {
    id: "microsoft/throttled",
    reason: Reason::BadReputation,
    what: "Microsoft is temporarily rate-limiting the sending IP address \
           because of its reputation.",
    why: "4.7.650 and 4.7.651 (with codes such as S775, S843 or S3113) are \
          throttles set when Microsoft's reputation data for the IP is \
          poor or unknown; a new IP that suddenly sends a lot gets them too.",
    steps: &[
        "Let the sending server keep retrying; the deferral is not a block.",
        "Your mail administrator slows the sending rate to Microsoft and \
         checks the IP in SNDS for complaints or spam traps.",
        "If it lasts for days, they file an Outlook.com sender support \
         request quoting the IP.",
    ],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[SNDS, OLC_SUPPORT],
    source: OLC_SOURCE,
    checked: CHECKED,
};

static DMARC: Entry = Entry {
    id: "microsoft/dmarc",
    reason: Reason::AuthFailure,
    what: "Microsoft refused the message because it failed DMARC for the \
           sending domain, whose policy says to reject such mail.",
    why: "Neither SPF nor DKIM passed in alignment with the From domain.",
    steps: &[
        "Your domain administrator makes sure every server or service \
         sending as the domain is in its SPF record or signs with DKIM for \
         the domain.",
        "Send again once DMARC passes.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

/// 5.7.515: Microsoft's support page "Fix NDR error 550 5.7.515 in
/// Outlook.com" puts the rule on the domain of the From header (the
/// 5322.From) once it has sent 5,000 or more messages to Microsoft's
/// consumer mail services.
static AUTH_LEVEL: Entry = Entry {
    id: "microsoft/auth-level",
    reason: Reason::AuthFailure,
    what: "Outlook.com refused the message because the sending domain does \
           not meet its authentication requirements for high-volume \
           senders.",
    why: "Since May 2025 Outlook.com sets this rule for a From address \
          domain that has sent it 5,000 or more messages. SPF and DKIM must \
          both pass, and DMARC must pass with one of them aligned to the \
          From domain.",
    steps: &["Your domain administrator publishes SPF and DKIM for the domain, \
         and a DMARC record (p=none at least) aligned with them."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[POSTMASTER],
    source: AUTH_LEVEL_SOURCE,
    checked: "2026-12-06",
};

const AUTH_LEVEL_SOURCE: &str = "https://support.microsoft.com/en-au/topic/fix-ndr-error-550-5-7-515-in-outlook-com-34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef";

static CLIENT_MISMATCH: Entry = Entry {
    id: "microsoft/client-mismatch",
    reason: Reason::RequirePtr,
    what: "Outlook.com refused the connection because the sending server's \
           name does not match its IP address.",
    why: "The domain the server announced (or its reverse DNS) does not \
          resolve to the IP address it connected from.",
    steps: &["Your mail administrator sets the server's HELO name to a host name \
         that resolves to its IP, with a matching PTR record."],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[POSTMASTER],
    source: OLC_SOURCE,
    checked: CHECKED,
};
