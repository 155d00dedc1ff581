//! What the codes alone suggest: enhanced status code (RFC 3463 and the
//! IANA registry) to reason, and the reply-code and SMTP-command hints
//! used when neither the text nor the status code decides.
//!
//! The mapping follows the registry's descriptions, named with Sisimai's
//! reasons so results compare with it. The plain-language explanation of
//! each code lives in the knowledge tables, apart from this.
//! Registry: <https://www.iana.org/assignments/smtp-enhanced-status-codes/>.

use crate::reason::Reason;

/// Enhanced status code to reason, for codes whose meaning is specific.
/// Class-only codes (`X.0.0`) and vague ones (`X.3.0`, `X.4.0`, `X.5.0`,
/// `4.7.0`) are left out: the text has to decide those. So is `4.2.1`,
/// which receivers use for a busy or disabled mailbox and for rate limits
/// alike.
/// Columns: code, reason, the registry's title (shortened).
static STATUS: &[(&str, Reason, &str)] = &[
    ("2.1.5", Reason::Delivered, "Destination address valid"),
    // Class 4: persistent transient failures.
    ("4.1.6", Reason::HasMoved, "Mailbox moved, no forwarding address"),
    ("4.1.7", Reason::Rejected, "Bad sender's mailbox address syntax"),
    ("4.1.8", Reason::Rejected, "Bad sender's system address"),
    ("4.1.9", Reason::SystemError, "Relayed to non-compliant mailer"),
    ("4.2.2", Reason::MailboxFull, "Mailbox full"),
    ("4.2.3", Reason::ExceedLimit, "Message length exceeds limit"),
    ("4.2.4", Reason::Filtered, "Mailing list expansion problem"),
    ("4.3.1", Reason::SystemFull, "Mail system full"),
    ("4.3.2", Reason::NotAccept, "System not accepting messages"),
    ("4.3.3", Reason::SystemError, "System not capable of features"),
    ("4.3.5", Reason::SystemError, "System incorrectly configured"),
    ("4.4.1", Reason::Expired, "No answer from host"),
    ("4.4.2", Reason::NetworkError, "Bad connection"),
    ("4.4.3", Reason::SystemError, "Directory server failure"),
    ("4.4.4", Reason::NetworkError, "Unable to route"),
    ("4.4.5", Reason::SystemFull, "Mail system congestion"),
    ("4.4.6", Reason::NetworkError, "Routing loop detected"),
    ("4.4.7", Reason::Expired, "Delivery time expired"),
    ("4.4.8", Reason::NetworkError, "Retry on IPv4"),
    ("4.5.3", Reason::SystemError, "Too many recipients"),
    ("4.5.5", Reason::SystemError, "Wrong protocol version"),
    ("4.6.0", Reason::ContentError, "Undefined media error"),
    ("4.6.2", Reason::ContentError, "Conversion required and prohibited"),
    ("4.6.5", Reason::ContentError, "Conversion failed"),
    ("4.7.1", Reason::Blocked, "Delivery not authorized"),
    ("4.7.2", Reason::Blocked, "Mailing list expansion prohibited"),
    ("4.7.5", Reason::SecurityError, "Cryptographic failure"),
    ("4.7.6", Reason::SecurityError, "Cryptographic algorithm not supported"),
    ("4.7.7", Reason::SecurityError, "Message integrity failure"),
    ("4.7.12", Reason::SecurityError, "Password transition needed"),
    ("4.7.15", Reason::SecurityError, "Priority level too low"),
    ("4.7.16", Reason::MesgTooBig, "Too big for the specified priority"),
    ("4.7.24", Reason::AuthFailure, "SPF validation error"),
    ("4.7.25", Reason::RequirePtr, "Reverse DNS validation failed"),
    ("4.7.26", Reason::AuthFailure, "Multiple authentication checks failed"),
    // Class 5: permanent failures.
    ("5.1.0", Reason::UserUnknown, "Other address status"),
    ("5.1.1", Reason::UserUnknown, "Bad destination mailbox address"),
    ("5.1.2", Reason::HostUnknown, "Bad destination system address"),
    ("5.1.3", Reason::UserUnknown, "Bad destination address syntax"),
    ("5.1.4", Reason::Filtered, "Destination address ambiguous"),
    ("5.1.6", Reason::HasMoved, "Mailbox moved, no forwarding address"),
    ("5.1.7", Reason::Rejected, "Bad sender's mailbox address syntax"),
    ("5.1.8", Reason::Rejected, "Bad sender's system address"),
    ("5.1.9", Reason::SystemError, "Relayed to non-compliant mailer"),
    ("5.1.10", Reason::NotAccept, "Recipient address has null MX"),
    ("5.2.0", Reason::Filtered, "Undefined mailbox status"),
    ("5.2.1", Reason::Filtered, "Mailbox disabled, not accepting"),
    ("5.2.2", Reason::MailboxFull, "Mailbox full"),
    ("5.2.3", Reason::ExceedLimit, "Message length exceeds limit"),
    ("5.2.4", Reason::Filtered, "Mailing list expansion problem"),
    ("5.3.0", Reason::SystemError, "Undefined mail system status"),
    ("5.3.1", Reason::SystemFull, "Mail system full"),
    ("5.3.2", Reason::NotAccept, "System not accepting messages"),
    ("5.3.3", Reason::SystemError, "System not capable of features"),
    ("5.3.4", Reason::MesgTooBig, "Message too big for system"),
    ("5.3.5", Reason::SystemError, "System incorrectly configured"),
    ("5.4.0", Reason::NetworkError, "Undefined network or routing status"),
    ("5.4.3", Reason::SystemError, "Directory server failure"),
    ("5.4.4", Reason::HostUnknown, "Unable to route"),
    ("5.4.6", Reason::NetworkError, "Routing loop detected"),
    ("5.4.7", Reason::Expired, "Delivery time expired"),
    ("5.5.2", Reason::SyntaxError, "Syntax error"),
    ("5.5.3", Reason::TooManyConn, "Too many recipients"),
    ("5.5.4", Reason::SystemError, "Invalid command arguments"),
    ("5.5.5", Reason::SystemError, "Wrong protocol version"),
    ("5.5.6", Reason::SyntaxError, "Authentication exchange line too long"),
    ("5.6.0", Reason::ContentError, "Undefined media error"),
    ("5.6.1", Reason::ContentError, "Media not supported"),
    ("5.6.2", Reason::ContentError, "Conversion required and prohibited"),
    ("5.6.3", Reason::ContentError, "Conversion required, not supported"),
    ("5.6.5", Reason::ContentError, "Conversion failed"),
    ("5.6.6", Reason::ContentError, "Message content not available"),
    ("5.6.7", Reason::ContentError, "Non-ASCII addresses not permitted"),
    ("5.6.8", Reason::ContentError, "UTF-8 reply required"),
    ("5.6.9", Reason::ContentError, "UTF-8 header cannot be transferred"),
    ("5.7.0", Reason::SecurityError, "Undefined security status"),
    ("5.7.1", Reason::SecurityError, "Delivery not authorized"),
    ("5.7.2", Reason::SecurityError, "Mailing list expansion prohibited"),
    ("5.7.3", Reason::SecurityError, "Security conversion not possible"),
    ("5.7.4", Reason::SecurityError, "Security features not supported"),
    ("5.7.5", Reason::SecurityError, "Cryptographic failure"),
    ("5.7.6", Reason::SecurityError, "Cryptographic algorithm not supported"),
    ("5.7.7", Reason::SecurityError, "Message integrity failure"),
    ("5.7.8", Reason::SecurityError, "Authentication credentials invalid"),
    ("5.7.9", Reason::SecurityError, "Authentication mechanism too weak"),
    ("5.7.10", Reason::SecurityError, "Encryption needed"),
    ("5.7.11", Reason::SecurityError, "Encryption required for mechanism"),
    ("5.7.13", Reason::Suspend, "User account disabled"),
    ("5.7.14", Reason::SecurityError, "Trust relationship required"),
    ("5.7.15", Reason::SecurityError, "Priority level too low"),
    ("5.7.16", Reason::MesgTooBig, "Too big for the specified priority"),
    ("5.7.17", Reason::HasMoved, "Mailbox owner has changed"),
    ("5.7.18", Reason::HasMoved, "Domain owner has changed"),
    ("5.7.19", Reason::SecurityError, "RRVS test cannot be completed"),
    ("5.7.20", Reason::AuthFailure, "No passing DKIM signature"),
    ("5.7.21", Reason::AuthFailure, "No acceptable DKIM signature"),
    ("5.7.22", Reason::AuthFailure, "No author-matched DKIM signature"),
    ("5.7.23", Reason::AuthFailure, "SPF validation failed"),
    ("5.7.24", Reason::AuthFailure, "SPF validation error"),
    ("5.7.25", Reason::RequirePtr, "Reverse DNS validation failed"),
    ("5.7.26", Reason::AuthFailure, "Multiple authentication checks failed"),
    ("5.7.27", Reason::NotAccept, "Sender address has null MX"),
    ("5.7.28", Reason::SpamDetected, "Mail flood detected"),
    ("5.7.29", Reason::AuthFailure, "ARC validation failed"),
];

/// Returns the reason an enhanced status code states on its own, if specific.
pub fn reason_for(status: &str) -> Option<Reason> {
    STATUS.iter().find(|(code, ..)| *code == status).map(|(_, reason, _)| *reason)
}

/// True for X.1.0, the registry's "Other address status": an address
/// caused the failure, but the code does not say whose or how.
pub fn is_other_address(status: &str) -> bool {
    matches!(status, "4.1.0" | "5.1.0")
}

/// True for a temporary status code whose permanent form (5.1.0, 5.1.1,
/// 5.1.3) names a bad recipient address. The table leaves these 4.1.x
/// codes out because Postfix also writes 4.1.1 when its address probe
/// timed out (`450 4.1.1 <...>: Recipient address rejected: unverified
/// address: connect to ...: Connection timed out`), so the code alone
/// names no missing mailbox.
pub fn is_temporary_address_status(status: &str) -> bool {
    let permanent = status.strip_prefix("4.").map(|rest| format!("5.{rest}"));
    permanent.as_deref().and_then(reason_for) == Some(Reason::UserUnknown)
}

/// Returns the registry's title for a status code in the table.
pub fn title(status: &str) -> Option<&'static str> {
    STATUS.iter().find(|(code, ..)| *code == status).map(|(.., title)| *title)
}

/// True for reasons a status code gives only loosely, so a phrase in the
/// text may overrule them: a 5.7.1 is used for everything from spam to
/// relaying, and a 5.1.1 sometimes comes with a sender-side complaint.
pub fn is_loose(reason: Reason) -> bool {
    matches!(
        reason,
        Reason::SecurityError
            | Reason::SystemError
            | Reason::Expired
            | Reason::NetworkError
            | Reason::HostUnknown
            | Reason::UserUnknown
            | Reason::Undefined
            | Reason::OnHold
    )
}

/// True when a temporary 4.7.1 ("Delivery not authorized") is all the
/// reply states. A deferral such as "451 4.7.1 Please try again later"
/// names no blocklist, IP address, rDNS check or policy, and is often
/// greylisting in other words, so the code alone does not show a block.
/// `text` is the normalised diagnostic. An IP address in it points at a
/// check of the sending host, and empty text leaves the code to decide.
pub fn is_vague_deferral(status: Option<&str>, reply: Option<u16>, text: &str) -> bool {
    let temporary = reply.is_none_or(|r| r / 100 == 4);
    status == Some("4.7.1") && temporary && !text.is_empty() && !names_ip_address(text)
}

/// True when some token of `text` is an IPv4 or IPv6 address.
fn names_ip_address(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_hexdigit() || c == '.' || c == ':'))
        .map(|token| token.trim_matches(|c| c == '.' || c == ':'))
        .any(|token| {
            let v6 = token.matches(':').count() >= 2;
            token.parse::<std::net::Ipv4Addr>().is_ok()
                || (v6 && token.parse::<std::net::Ipv6Addr>().is_ok())
        })
}

/// Returns the subject digit of an enhanced status code (`7` in `5.7.1`).
pub fn subject(status: &str) -> Option<char> {
    let mut parts = status.split('.');
    let _class = parts.next()?;
    parts.next()?.chars().next()
}

/// True for the reply codes a server sends when it could not parse a
/// command or its arguments (RFC 5321 section 4.2.2: 500-504), except
/// 500, which many servers also use for "line too long".
pub fn is_syntax_reply(reply: u16) -> bool {
    (401..=407).contains(&reply) || (501..=507).contains(&reply)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specific_codes_map() {
        let cases = [
            ("5.1.1", Some(Reason::UserUnknown)),
            ("4.2.2", Some(Reason::MailboxFull)),
            ("5.7.25", Some(Reason::RequirePtr)),
            ("5.0.0", None),
            ("4.7.0", None),
        ];
        for (code, reason) in cases {
            assert_eq!(reason_for(code), reason, "{code}");
        }
    }

    #[test]
    fn vague_deferral_needs_no_ip() {
        let vague = "451 4.7.1 please try again later";
        assert!(is_vague_deferral(Some("4.7.1"), Some(451), vague));
        let named = "450 4.7.1 client [192.0.2.56] temporarily refused";
        assert!(!is_vague_deferral(Some("4.7.1"), Some(450), named));
        let v6 = "451 4.7.1 host 2001:db8::25 deferred";
        assert!(!is_vague_deferral(Some("4.7.1"), Some(451), v6));
        assert!(!is_vague_deferral(Some("4.7.1"), Some(554), vague));
        assert!(!is_vague_deferral(Some("4.7.1"), Some(451), ""));
    }

    #[test]
    fn subject_digit() {
        assert_eq!(subject("5.7.1"), Some('7'));
        assert_eq!(subject("4.4.7"), Some('4'));
        assert_eq!(subject("5"), None);
    }
}
