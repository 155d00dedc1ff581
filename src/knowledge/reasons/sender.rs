//! Reasons on the sender's side: the sending server, its IP address and
//! domain, its behaviour, or the message itself.

use super::BASE;
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

pub static BLOCKED: Entry = Entry {
    id: "reason/blocked",
    reason: Reason::Blocked,
    what: "The receiving server refused mail from the sending server's IP \
           address or host name.",
    why: "The IP is usually on a blocklist (DNSBL) the receiver uses, or the \
          receiver blocks it itself after seeing spam from it. A shared mail \
          server can be blocked because of another user's mail.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider, who \
         can tell which of their IP addresses the receiver refused.",
        "They find and stop any spam from that server, then look the IP up \
         on the blocklist named in the reply and request removal there.",
        "If the reply names no list, they contact the receiving domain's \
         postmaster, quoting the IP and the reply.",
        "Send the message again once the block is lifted.",
    ],
    ..BASE
};

pub static BAD_REPUTATION: Entry = Entry {
    id: "reason/badreputation",
    reason: Reason::BadReputation,
    what: "The receiving provider refused or delayed the message because the \
           sending IP address or domain has a poor reputation with it.",
    why: "Providers score senders by complaints, spam-trap hits, unknown \
          recipients and sending patterns. A low score leads to delays and \
          refusals.",
    steps: &[
        "Send the bounce to your mail administrator or provider.",
        "They check the sender pages the provider offers, stop mail people \
         did not ask for, and remove invalid addresses from mailing lists.",
        "They make sure the mail passes SPF, DKIM and DMARC, and send at a \
         steady, modest rate while the reputation recovers.",
    ],
    ..BASE
};

pub static SPAM_DETECTED: Entry = Entry {
    id: "reason/spamdetected",
    reason: Reason::SpamDetected,
    what: "The receiving server's spam filter judged this message to be \
           spam and refused it.",
    why: "Its content looked like spam to the filter: certain words, links \
          to poorly rated sites, URL shorteners, an image with little text, \
          or a large attachment with no message.",
    steps: &[
        "Remove links to URL shorteners or unknown sites and write a plain \
         message with a clear subject.",
        "Send the message again. If it is refused again, send it from \
         another account or ask the recipient to allow your address.",
        "If many messages are refused this way, tell your mail administrator.",
    ],
    who: Actor::You,
    ..BASE
};

pub static POLICY_VIOLATION: Entry = Entry {
    id: "reason/policyviolation",
    reason: Reason::PolicyViolation,
    what: "The receiving organisation's mail policy does not allow this \
           message.",
    why: "Typical rules forbid some attachment types (programs, scripts, \
          archives with a password), mail from outside the organisation to \
          some addresses, or messages with several From addresses.",
    steps: &[
        "Read the receiver's reply for the rule it names.",
        "Remove or share the forbidden attachment another way, then send \
         the message again.",
        "If the rule is unclear, ask the recipient to check with their mail \
         administrator.",
    ],
    who: Actor::You,
    ..BASE
};

pub static AUTH_FAILURE: Entry = Entry {
    id: "reason/authfailure",
    reason: Reason::AuthFailure,
    what: "The receiving server refused the message because it failed the \
           sender domain's authentication checks (SPF, DKIM or DMARC).",
    why: "The domain in the From address publishes which servers may send \
          its mail and how to sign it. This message came from a server not \
          listed, or without a valid signature.",
    steps: &[
        "Send the bounce to whoever manages your domain's DNS and mail.",
        "They add the sending server or service to the domain's SPF record \
         and set up DKIM signing for it.",
        "If you send through a website, newsletter or CRM service, set it up \
         to sign with your domain as its help pages describe.",
        "Send the message again once the checks pass.",
    ],
    ..BASE
};

pub static REQUIRE_PTR: Entry = Entry {
    id: "reason/requireptr",
    reason: Reason::RequirePtr,
    what: "The receiving server refused the connection because the sending \
           server's IP address has no proper reverse DNS (PTR) name.",
    why: "Many receivers require the sending IP to have a PTR record whose \
          name points back to the same IP. Home connections and \
          misconfigured servers lack one.",
    steps: &[
        "Send the bounce to your mail administrator; it names the IP when \
         the receiver states it.",
        "They ask whoever owns the IP (the hosting or internet provider) to \
         set a PTR record with the server's name, and make sure that name \
         resolves back to the IP.",
        "Send the message again once the PTR record resolves.",
    ],
    ..BASE
};

pub static REJECTED: Entry = Entry {
    id: "reason/rejected",
    reason: Reason::Rejected,
    what: "The receiving server refused the sender's address (the envelope \
           sender, MAIL FROM) or its domain.",
    why: "The sender's domain may not exist in DNS, the address may be \
          malformed, or the receiver does not accept mail from that sender.",
    steps: &[
        "Check that your address is spelled right in your mail program's \
         account settings.",
        "Send the bounce to your mail administrator, who checks that the \
         sending domain resolves and has an MX record.",
        "Send the message again once the sender address is fixed.",
    ],
    ..BASE
};

pub static NO_RELAYING: Entry = Entry {
    id: "reason/norelaying",
    reason: Reason::NoRelaying,
    what: "A mail server refused to pass the message on, because it does not \
           handle mail for the recipient's domain and did not recognise you \
           as its user.",
    why: "Usually your mail program is not signing in to its outgoing \
          server, or the recipient's domain points at a server that no \
          longer handles its mail.",
    steps: &[
        "Turn on \"my outgoing server requires authentication\" in your \
         mail program's account settings, with the same user name and \
         password as for incoming mail.",
        "Send the message again.",
        "If that setting is already on and it still fails, send the bounce \
         to your mail administrator: the recipient's domain may point at a \
         server that no longer handles its mail.",
    ],
    // The first fix is the sender's own setting, as for a 530
    // "Authentication required", so the administrator comes in after it.
    who: Actor::You,
    ..BASE
};

pub static SECURITY_ERROR: Entry = Entry {
    id: "reason/securityerror",
    reason: Reason::SecurityError,
    what: "The message was refused for a security reason: a failed sign-in, \
           a required encryption step, or a sender the receiver could not \
           trust.",
    why: "Examples are a wrong password for the outgoing server, a server \
          that requires TLS or a stronger sign-in method, or a From address \
          that looks forged.",
    steps: &[
        "If you send from a mail program, check the outgoing server's user \
         name, password and encryption settings; some providers need an app \
         password.",
        "Otherwise send the bounce to your mail administrator, who reads the \
         receiver's reply for the check that failed.",
    ],
    ..BASE
};

pub static SPEEDING: Entry = Entry {
    id: "reason/speeding",
    reason: Reason::Speeding,
    what: "The receiving server is slowing down mail from the sending \
           server because it sent too much too fast.",
    why: "Receivers cap how many messages or recipients one server may send \
          per minute or hour, often lower for senders without a good \
          history.",
    steps: &[
        "Nothing to do for a single message: the sending server retries and \
         it is usually delivered later.",
        "If it keeps happening, your mail administrator sends to that \
         receiver at a slower, steadier rate.",
    ],
    ..BASE
};

pub static TOO_MANY_CONN: Entry = Entry {
    id: "reason/toomanyconn",
    reason: Reason::TooManyConn,
    what: "The receiving server turned the sending server away because it \
           opened too many connections, or put too many recipients or \
           messages on one.",
    why: "Receivers cap simultaneous connections per IP and recipients or \
          messages per connection.",
    steps: &[
        "Usually nothing to do: the sending server retries and delivers the \
         rest over new connections.",
        "If it keeps happening, your mail administrator lowers the number of \
         parallel connections and recipients per message for that receiver.",
    ],
    ..BASE
};

pub static VIRUS_DETECTED: Entry = Entry {
    id: "reason/virusdetected",
    reason: Reason::VirusDetected,
    what: "The receiving server found a virus or other malware in the \
           message and refused it.",
    why: "An attachment, or sometimes a link, matched a malware signature. \
          This can mean your computer or an attached file is infected.",
    steps: &[
        "Scan your computer and the attached files with up-to-date antivirus \
         software.",
        "Send the message again without the flagged attachment, or share the \
         file another way once it is clean.",
        "If you did not send this message, your account may be misused: \
         change its password and tell your mail administrator.",
    ],
    who: Actor::You,
    ..BASE
};

pub static CONTENT_ERROR: Entry = Entry {
    id: "reason/contenterror",
    reason: Reason::ContentError,
    what: "The receiving server refused the message because its headers or \
           structure are malformed.",
    why: "The sending program wrote something the receiver cannot accept: \
          unencoded 8-bit characters in headers, a broken MIME structure, \
          too many Received lines (a mail loop), or an over-long line.",
    steps: &[
        "Send the message again from an ordinary mail program; the fault is \
         often in a script, device or plug-in that wrote it.",
        "If it fails again, send the bounce to your mail administrator, who \
         can look at the message's raw form.",
    ],
    ..BASE
};

pub static NOT_COMPLIANT_RFC: Entry = Entry {
    id: "reason/notcompliantrfc",
    reason: Reason::NotCompliantRfc,
    what: "The receiving server refused the message because it breaks the \
           email format standard (RFC 5322).",
    why: "Examples are two Subject or From headers, a missing Date or From, \
          or a malformed address. It is nearly always written by a script, \
          device or program rather than typed by a person.",
    steps: &[
        "Send the bounce to whoever runs the program or service that sent \
         the message (your web developer, the device vendor, your mail \
         administrator).",
        "They fix the headers it writes, then send the message again.",
    ],
    ..BASE
};

pub static SYNTAX_ERROR: Entry = Entry {
    id: "reason/syntaxerror",
    reason: Reason::SyntaxError,
    what: "The receiving server did not understand a command the sending \
           server gave it.",
    why: "The two servers disagree about the SMTP protocol, usually because \
          the sending software is old or misconfigured, or a firewall \
          altered the conversation.",
    steps: &[
        "Send the bounce to your mail administrator; the reply names the \
         command that failed.",
        "They update or fix the sending software or the firewall in between, \
         then resend.",
    ],
    ..BASE
};

/// The sending service dropped the message itself: the address is on its
/// suppression list after an earlier hard bounce, an unsubscribe or a
/// spam complaint. Sisimai 5 names this reason `suppressed`. The facts
/// come from Amazon SES's suppression list page; SendGrid, Mailgun,
/// Postmark and Mandrill keep such lists too.
pub static SUPPRESSED: Entry = Entry {
    id: "reason/suppressed",
    reason: Reason::Suppressed,
    what: "Your sending service did not try to deliver this message: the \
           address is on its suppression list.",
    why: "Sending services stop mail to addresses that bounced as unknown \
          before, that unsubscribed, or whose owner marked earlier mail as \
          spam, to protect your sending reputation. No receiving server \
          was asked this time.",
    steps: &[
        "Look the address up in your sending service's suppression list: it \
         shows why and since when the address is listed.",
        "If the person unsubscribed or complained, do not mail them again \
         unless they ask for it.",
        "If the address bounced before, confirm it with the person by another \
         channel before you remove it from the suppression list; sending to \
         dead addresses harms your reputation.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..Entry::sourced(
        "https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html",
        "2026-12-04",
    )
};
