//! Receivers whose own codes or habits decide the reason, where the
//! generic phrase tables would read them wrongly.
//!
//! The plain-language explanations for these providers live in the
//! knowledge tables; this module only picks the reason.

use crate::knowledge::providers::text::host_is_under;
use crate::reason::Reason;

/// Orange and La Poste codes: the number after `OFR_`, `OFR004_`,
/// `LPN007_`, `OUK_` and similar labels. `None` marks a code that only
/// requests a later retry and names no cause.
/// Source: <https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/>
/// (checked 2026-12-04).
static ORANGE_CODES: &[(&str, Option<Reason>)] = &[
    ("101", Some(Reason::Blocked)),     // blocked via a DNSBL (Spamhaus)
    ("102", Some(Reason::Blocked)),     // "Client host blocked for spamming issues"
    ("103", Some(Reason::Blocked)),     // "Service refused, please try later"
    ("104", Some(Reason::TooManyConn)), // "Too many connections, slow down"
    ("105", None),
    ("107", None),
    ("108", None),
    ("109", None),
    ("201", None),
    ("305", Some(Reason::SecurityError)), // invalid authentication code
    ("401", Some(Reason::AuthFailure)),   // SPF: not allowed to send mail
    ("402", Some(Reason::SecurityError)), // authentication required
    ("403", Some(Reason::Rejected)),      // "Emetteur invalide. Invalid Sender."
    ("405", Some(Reason::Rejected)),
    ("415", Some(Reason::Rejected)),
    ("416", Some(Reason::UserUnknown)), // invalid recipient
    ("417", Some(Reason::MailboxFull)), // "Recipient overquota"
    ("420", Some(Reason::Suspend)),     // "Archived recipient"
    ("421", Some(Reason::Rejected)),    // "Mail from not owned by user"
    ("423", None),
    ("424", None),
    ("426", Some(Reason::Suspend)), // "The recipient account is blocked"
    ("505", Some(Reason::SystemError)), // refused at end of DATA, try later
    ("506", Some(Reason::SpamDetected)), // "Mail rejete. Mail rejected."
    ("510", Some(Reason::Blocked)),
    ("513", None),
    ("514", Some(Reason::MesgTooBig)), // "Taille limite du message atteinte"
    ("517", Some(Reason::AuthFailure)), // DMARC verification failed
    ("630", Some(Reason::PolicyViolation)), // "Client host rejected LPN000_630"
    ("999", Some(Reason::Blocked)),    // "Service refused, please try later. OFR_999"
];

/// Finds an Orange or La Poste code in normalised text and returns its
/// reason; `Some(None)` for a code that states no cause.
fn orange(text: &str) -> Option<Option<Reason>> {
    for label in ["lpn", "ofr", "ouk"] {
        let Some(at) = text.rfind(label) else { continue };
        let token: String =
            text[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        let Some((_, number)) = token.rsplit_once('_') else { continue };
        if let Some((_, reason)) = ORANGE_CODES.iter().find(|(code, _)| *code == number) {
            return Some(*reason);
        }
    }
    None
}

/// Mimecast's replies: reply code and wording to reason. Source:
/// <https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes>
/// (checked 2026-12-04).
static MIMECAST: &[(&str, &str, Reason)] = &[
    ("550", "spf sender invalid - envelope rejected", Reason::AuthFailure),
    ("550", "dkim sender invalid - envelope rejected", Reason::AuthFailure),
    ("550", "dmarc sender invalid - envelope rejected", Reason::AuthFailure),
    ("550", "local ct ip reputation - (reject)", Reason::BadReputation),
    ("421", "sender address blocked", Reason::Blocked),
    ("451", "ip temporarily blacklisted", Reason::Blocked),
    ("554", "maximum email size exceeded", Reason::MesgTooBig),
    ("554", "mail loop detected", Reason::NetworkError),
    ("451", "open relay not allowed", Reason::NoRelaying),
    ("550", "anti-spoofing policy - inbound not allowed", Reason::PolicyViolation),
    ("550", "message bounced due to content examination policy", Reason::PolicyViolation),
    // A geographical restriction policy on the recipient's side.
    ("554", "host network not allowed", Reason::PolicyViolation),
    ("550", "envelope blocked - user entry", Reason::Rejected),
    ("550", "envelope blocked - user domain entry", Reason::Rejected),
    ("452", "too many recipients", Reason::TooManyConn),
    ("550", "invalid recipient", Reason::UserUnknown),
    // A virus signature, or a spam score over the maximum.
    ("554", "email rejected due to security policies", Reason::VirusDetected),
];

/// Returns the reason a recognised receiver's own code or wording gives.
/// `text` is normalised, `remote_host` lowercase.
pub fn reason(
    text: &str,
    reply: Option<&str>,
    status: Option<&str>,
    command: &str,
    remote_host: &str,
) -> Option<Reason> {
    let orange_host =
        ["orange.fr", "wanadoo.fr", "laposte.net"].iter().any(|h| host_is_under(remote_host, h));
    if orange_host || text.contains("ofr_") || text.contains("lpn") {
        if let Some(found) = orange(text) {
            return Some(found.unwrap_or(Reason::Undefined));
        }
    }
    // "MCSpamSignature" names the Mimecast spam signature the message
    // matched, whatever reply code carries it and whichever host relays
    // the reply, so it is a spam verdict rather than a virus finding.
    if text.contains("mcspamsignature") {
        return Some(Reason::SpamDetected);
    }
    if host_is_under(remote_host, "mimecast.com") || text.contains("mimecast") {
        let reply = reply.unwrap_or("");
        if let Some((_, _, found)) =
            MIMECAST.iter().find(|(code, words, _)| *code == reply && text.contains(words))
        {
            return Some(*found);
        }
    }
    // NTT Docomo refuses mail its user's reception filter blocks with
    // "550 Unknown user" after DATA and a 5.0.0 status, so the words are
    // about the sender, not the address; 5.2.0 marks the same filter.
    if host_is_under(remote_host, "docomo.ne.jp") && text.contains("unknown user") {
        match (status, command) {
            (Some("5.2.0"), _) => return Some(Reason::Filtered),
            (Some("5.0.0"), "DATA") => return Some(Reason::Rejected),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orange_codes_decide() {
        let text = "421 mwinf5c77 me service refuse. veuillez essayer plus tard. service refused, please try later. ofr_999 [999]";
        assert_eq!(reason(text, Some("421"), None, "", ""), Some(Reason::Blocked));
        let text = "550 5.5.0 service refuse. veuillez essayer plus tard. lpn001_108";
        assert_eq!(reason(text, Some("550"), None, "", ""), Some(Reason::Undefined));
        let text = "554 5.7.1 <host.example.net[192.0.2.1]:49309>: client host rejected: #216 lpn lpn000_630";
        assert_eq!(reason(text, Some("554"), None, "RCPT", ""), Some(Reason::PolicyViolation));
    }

    #[test]
    fn mimecast_wording_decides() {
        let text = "554 host network not allowed - https://community.mimecast.com/docs";
        assert_eq!(reason(text, Some("554"), None, "RCPT", ""), Some(Reason::PolicyViolation));
        let text = "554 email rejected due to security policies - mcspamsignature.sa.2.2";
        assert_eq!(
            reason(text, Some("554"), None, "DATA", "us-smtp-1.mimecast.com"),
            Some(Reason::SpamDetected)
        );
        assert_eq!(
            reason(text, Some("554"), None, "DATA", "mx.example.net"),
            Some(Reason::SpamDetected)
        );
        let text = "550 5.7.1 [mcspamsignature.sa.12.3] rejected";
        assert_eq!(
            reason(text, Some("550"), None, "DATA", "mx.example.net"),
            Some(Reason::SpamDetected)
        );
        let text =
            "554 email rejected due to security policies - https://community.mimecast.com/docs";
        assert_eq!(
            reason(text, Some("554"), None, "DATA", "us-smtp-1.mimecast.com"),
            Some(Reason::VirusDetected)
        );
    }

    #[test]
    fn docomo_filter_after_data() {
        let text = "550 unknown user user@docomo.ne.jp";
        assert_eq!(
            reason(text, Some("550"), Some("5.0.0"), "DATA", "mfsmax.docomo.ne.jp"),
            Some(Reason::Rejected)
        );
        assert_eq!(
            reason(text, Some("550"), Some("5.2.0"), "", "mfsmax.docomo.ne.jp"),
            Some(Reason::Filtered)
        );
        assert_eq!(reason(text, Some("550"), Some("5.0.0"), "DATA", "mx.example.net"), None);
        assert_eq!(reason(text, Some("550"), Some("5.0.0"), "DATA", "mx.notdocomo.ne.jp"), None);
    }

    #[test]
    fn unrelated_text_untouched() {
        assert_eq!(
            reason("550 5.1.1 user unknown", Some("550"), None, "RCPT", "mx.example.org"),
            None
        );
    }
}
