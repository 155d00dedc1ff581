//! Exchange Online's "Access denied" refusals whose sentence names the
//! fault. Three are bans or blocks: a sending account banned for spam
//! (5.7.501 to 5.7.503), a recipient Microsoft has banned (5.7.505), and
//! a sending IP the recipient's organisation has blocked (5.7.507). The
//! others are a recipient domain that takes no mail over IPv6 (5.7.510),
//! a message whose From header breaks RFC 5322 (5.7.512), and a sending
//! domain below Outlook.com's authentication level for high-volume
//! senders (5.7.515). Without these,
//! the codes' class 7 reads as a generic security refusal, whose first
//! step is the sender's password.
//! Each code must come with its sentence, because the codes are
//! Microsoft's own and not in the IANA registry.

use super::super::text::{flatten, status_codes};
use super::{AUTH_LEVEL, CHECKED, CUSTOMER_BLOCK, EXO_SOURCE};
use crate::knowledge::{Entry, Match};
use crate::reason::Reason;
use crate::report::Actor;

/// Each code, a lowercase fragment of its sentence, and its entry. The
/// sentences up to 5.7.512 are the rows of Microsoft's NDR table for
/// Exchange Online (`EXO_SOURCE`, read in its OfficeDocs-Exchange source).
const CODES: &[(&str, &str, &Entry)] = &[
    // "Access denied, spam abuse detected" in Microsoft's table; "Spam
    // abuse detected from IP range" in a reply that Microsoft Graph's
    // documentation quotes.
    ("5.7.501", "spam abuse detected", &SENDING_ACCOUNT_BANNED),
    ("5.7.502", "banned sender", &SENDING_ACCOUNT_BANNED),
    ("5.7.503", "banned sender", &SENDING_ACCOUNT_BANNED),
    ("5.7.505", "banned recipient", &BANNED_RECIPIENT),
    // "Access denied, rejected by recipient", which the table explains
    // as a sending IP that the recipient's organisation blocked.
    ("5.7.507", "rejected by recipient", &CUSTOMER_BLOCK),
    ("5.7.510", "over ipv6", &NO_IPV6),
    ("5.7.512", "5322", &FROM_HEADER_INVALID),
    // Microsoft's support page for 5.7.515 prints "Access denied, sending
    // domain <domain> does not meet the required authentication level.",
    // and ESP logs carry that line without the host that would name
    // Microsoft. Valimail's guide quotes another wording, "Access denied,
    // sending domain not authorized", so the fragment is the words both
    // share.
    ("5.7.515", "sending domain", &AUTH_LEVEL),
];

/// Returns the entry for a reply with one of these codes and its sentence.
pub(super) fn lookup(text: &str) -> Option<Match> {
    let statuses = status_codes(text);
    let flat = flatten(&text.to_ascii_lowercase());
    let (code, _, entry) = CODES
        .iter()
        .find(|(code, fragment, _)| statuses.contains(code) && flat.contains(fragment))?;
    Some(Match {
        provider: Some("microsoft"),
        code: Some(code.to_string()),
        entry,
        blocklists: Vec::new(),
    })
}

/// 5.7.501 to 5.7.503: Microsoft's NDR table says "The sending account has
/// been banned due to detected spam activity" and advises to resolve the
/// account's issues, reset its credentials and contact support. Microsoft's
/// help article for 5.7.501 names another cause: a new organisation that
/// sends from its initial *.onmicrosoft.com domain
/// (github.com/isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR,
/// AlchemyInsights/error-code-550-5-7-501-access-denied-spam-abuse-detected.md).
// NOTE: the two readings differ and a reply seen in Microsoft Graph's
// documentation says "from IP range", so the steps hold under each: the
// sending side's administrator acts, and no delisting portal is named.
pub(super) static SENDING_ACCOUNT_BANNED: Entry = Entry {
    id: "microsoft/sending-account-banned",
    reason: Reason::SpamDetected,
    what: "Microsoft 365 refused the message because it detected spam from \
           the sending account or the network it sends from, and has banned \
           it from sending.",
    why: "Microsoft bans a sending account after spam from it, most often \
          because the account was taken over. A new Microsoft 365 \
          organisation that still sends from its initial *.onmicrosoft.com \
          address gets this code too. Your mail program's settings are not \
          the cause.",
    steps: &[
        "Send the bounce to your mail administrator or the provider that \
         runs your outgoing mail; the ban is on their side.",
        "They check the sending account for a takeover, stop any spam from \
         it and reset its sign-in credentials.",
        "If the account still sends from a *.onmicrosoft.com address, they \
         add your organisation's own domain and make it the users' primary \
         address.",
        "They then ask Microsoft support to restore the account's sending, \
         and send the message again once it is restored.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: "2026-12-05",
};

pub(super) static BANNED_RECIPIENT: Entry = Entry {
    id: "microsoft/banned-recipient",
    reason: Reason::Rejected,
    what: "Microsoft 365 refused the message because the recipient's \
           address is on its list of banned recipients.",
    why: "Microsoft bans a recipient address that it has seen abused, for \
          example one that only receives spam, so no sender can reach it \
          through Microsoft 365.",
    steps: &[
        "Check the address with the recipient by another channel and use \
         the one they give you.",
        "If the address is right and belongs to someone you must reach, \
         the recipient's mail administrator takes it up with Microsoft.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

pub(super) static NO_IPV6: Entry = Entry {
    id: "microsoft/no-ipv6",
    reason: Reason::Rejected,
    what: "Microsoft 365 refused the message because it came over IPv6 \
           and the recipient's domain accepts mail over IPv4 only.",
    why: "Each Microsoft 365 domain decides whether it takes mail over \
          IPv6, and this one does not, so the sending server must connect \
          over IPv4.",
    steps: &[
        "Send the bounce to your mail administrator; they make the sending \
         server deliver to this domain over IPv4 (for Postfix, \
         smtp_address_preference = ipv4).",
        "Send the message again once they have.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: CHECKED,
};

pub(super) static FROM_HEADER_INVALID: Entry = Entry {
    id: "microsoft/from-header-invalid",
    reason: Reason::ContentError,
    what: "Microsoft 365 refused the message because its From header is \
           missing or is not a valid address.",
    why: "RFC 5322 section 3.6.2 requires one From header with a proper \
          address, and Microsoft rejects messages without one, which are \
          often written by scripts, devices or misconfigured programs.",
    steps: &[
        "Find the program, device or script that sent the message and make \
         it write a From header with one valid address, such as \
         Name <name@example.com>.",
        "Send the message again from it.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: "2026-12-05",
};
