//! Refusals because a connection was not encrypted (TLS), in two kinds.
//!
//! The receiving server may require STARTTLS (RFC 3207) and refuse a
//! sender that did not start it: "530 5.7.0 Must issue a STARTTLS command
//! first" (RFC 3207, section 4), Gmail's "421 4.7.0 TLS required for RCPT
//! domain" and Microsoft 365's "451 5.7.3 STARTTLS is required to send
//! mail". Or the sending server's own policy may require TLS for this
//! destination: its configuration, the receiving domain's MTA-STS policy
//! (RFC 8461) or DANE, or the message's REQUIRETLS flag (RFC 8689). The
//! receiving server then did not offer TLS or showed a certificate that
//! failed the check, and the sending server gave up on its own, with no
//! reply from the receiver.
//!
//! Either way every retry fails the same until an administrator changes
//! a setting, even when a 4xx code makes the sending server retry.

use super::mail_program;
use super::providers::text::status_codes;
use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Lowercase fragments of the sending server's own report that its TLS
/// policy could not be met. These are checked before
/// [`RECEIVER_PHRASES`], because "TLS is required" also opens them.
pub static SENDER_POLICY_PHRASES: &[&str] = &[
    // Postfix smtp(8), src/smtp/smtp_proto.c: "TLS is required, but was
    // not offered by host %s" (4.7.4), "TLS is required, but host %s
    // refused to start TLS: %s", "TLS is required, but our TLS engine is
    // unavailable" (4.7.5).
    "tls is required, but",
    // Postfix smtp(8) when the certificate fails a verifying policy level
    // (4.7.5). NOTE: the current source writes only "not verified", and
    // no Postfix source seen writes "not trusted", which is kept as a
    // likely older form.
    "server certificate not verified",
    "server certificate not trusted",
    // Postfix smtp(8) when the TLS handshake failed (4.7.5) and the
    // policy does not allow falling back to plain text.
    "cannot start tls: handshake failure",
    // Postfix smtp(8) for a message that asked for REQUIRETLS (5.7.10,
    // 5.7.30): "REQUIRETLS Failure: sender requested REQUIRETLS, but ...".
    "requiretls failure",
    // Exim's smtp transport (hosts_require_tls, DANE): "a TLS session is
    // required, but the server did not offer TLS support" or "... but an
    // attempt to start TLS failed". Its log writes "a TLS session is
    // required for this host, but ..." (transports/smtp.c in older releases).
    "a tls session is required, but",
    "a tls session is required for",
    // Exim's TLS code after a failed handshake or certificate check, with
    // the library call or check in brackets: "TLS session: (SSL_connect):
    // error:...:certificate verify failed", "TLS session: (certificate
    // verification failed): certificate invalid". Exim falls back to plain
    // text unless TLS is required, so in a bounce the policy was not met.
    // NOTE: the GnuTLS form is quoted in the ix.ai/smtp image's README; the
    // OpenSSL form follows Exim's tls-openssl.c and was not seen quoted.
    "tls session: (",
    // Twilio SendGrid's block event when its Enforced TLS setting is on
    // and the receiver does not support TLS.
    "tls required but not supported",
    // RFC 8460's result type for a sender configured to require DANE
    // for the destination when the destination published no TLSA records.
    "dane-required",
];

/// RFC 8460's result types (IANA's STARTTLS Validation Result Types
/// registry) for a receiving server that failed the check that its own
/// domain's DANE or MTA-STS policy requires. Microsoft 365 writes them
/// after its status code: "550 5.7.321 starttls-not-supported:
/// Destination mail server must support TLS to receive mail."
// "validation-failure", the registry's catch-all, is left out because it
// names no TLS check by itself.
pub static RECEIVER_VALIDATION_PHRASES: &[&str] = &[
    "starttls-not-supported",
    "certificate-expired",
    "certificate-not-trusted",
    "tlsa-invalid",
    "dnssec-invalid",
    "sts-policy-invalid",
    "sts-webpki-invalid",
    // Exchange Online's 4.4.8 and 5.4.8 "MX hosts of <domain> failed
    // MTA-STS validation" and its 4.7.5 and 5.7.5 "Remote certificate
    // failed MTA-STS validation" (its NDR table).
    "failed mta-sts validation",
];

/// Microsoft 365's status codes for a failed DANE check of the receiving
/// server, which its NDR table lists (4.7.321 to 4.7.325 and 5.7.321 to
/// 5.7.325) and which its NDRs may give without the RFC 8460 tag: "550
/// 5.7.321 Destination mail server must support TLS to receive mail."
/// No registry code has these numbers.
pub static MICROSOFT_DANE_CODES: &[(&str, &Entry)] = &[
    ("4.7.321", &RECEIVER_VALIDATION),
    ("5.7.321", &RECEIVER_VALIDATION),
    ("4.7.322", &RECEIVER_VALIDATION),
    ("5.7.322", &RECEIVER_VALIDATION),
    ("4.7.323", &RECEIVER_VALIDATION),
    ("5.7.323", &RECEIVER_VALIDATION),
    ("4.7.324", &RECEIVER_VALIDATION),
    ("5.7.324", &RECEIVER_VALIDATION),
    ("4.7.325", &RECEIVER_CERTIFICATE),
    ("5.7.325", &RECEIVER_CERTIFICATE),
];

/// Lowercase fragments of a sending server's report that the receiving
/// server's certificate failed its validation, with no policy named:
/// Exchange's "454 4.7.5 Certificate validation failure", which Exchange
/// Online quotes as the last reply of its "5.4.300 Message expired".
// NOTE: Microsoft's NDR table gives 4.7.5 only with "Remote certificate
// failed MTA-STS validation"; the shorter sentence is Exchange's wording
// in reported queue errors, some with a reason such as "untrustedroot".
pub static RECEIVER_CERTIFICATE_INVALID_PHRASES: &[&str] = &["certificate validation failure"];

/// Lowercase fragments of a receiving server's refusal of a connection
/// that was not encrypted.
pub static RECEIVER_PHRASES: &[&str] = &[
    // RFC 3207, section 4. Postfix smtpd(8), OpenSMTPD and Exchange write
    // it with 530 5.7.0 or 451 5.7.3.
    "must issue a starttls command first",
    // Microsoft 365: "451 5.7.3 STARTTLS is required to send mail".
    "starttls is required",
    "starttls required",
    // Gmail: "421 4.7.0 TLS required for RCPT domain, closing connection".
    // NOTE: no public source shows an Exim site's "530 5.7.0 TLS required
    // for this connection", which this row also matches.
    "tls required for",
    "encryption required for this connection",
];

/// Lowercase fragments of Gmail's report that the receiving server's
/// certificate does not name the host Gmail connected to ("TLS
/// Negotiation failed, the certificate doesn't match the host."). Gmail
/// checks the certificate where the recipient's domain publishes an
/// MTA-STS or DANE policy, so the fix is on the recipient's side.
/// NOTE: Gmail also writes this sentence when the SMTP server of a "Send
/// mail as" address fails the check (described in
/// <https://blog.gaiterjones.com/gmail-tls-negotiation-failed-the-certificate-doesnt-match-the-host/>),
/// so text that names "Send mail as" is left to Google's entry for it.
pub static RECEIVER_CERTIFICATE_PHRASES: &[&str] = &[
    "the certificate doesn't match the host",
    "the certificate doesn’t match the host",
    // RFC 8460's result type for a certificate that does not name the MX
    // host, as Microsoft 365 reports it under DANE.
    "certificate-host-mismatch",
];

/// Text that names Gmail's "Send mail as" feature, whose own server a
/// certificate failure then concerns.
pub static SEND_MAIL_AS: &[&str] = &["send mail as"];

/// Returns the entry for the first TLS wording in `lower` (the reply,
/// lowercased, spaces collapsed): the receiver's failed policy check by
/// its tag or Microsoft's code, then the sending server's policy, then
/// the receiver's certificate, then the receiver's requirement, which a
/// mail program's report of a failed send turns into its own setting.
pub fn lookup(lower: &str) -> Option<&'static Entry> {
    if RECEIVER_VALIDATION_PHRASES.iter().any(|phrase| lower.contains(phrase)) {
        return Some(&RECEIVER_VALIDATION);
    }
    let statuses = status_codes(lower);
    let coded = MICROSOFT_DANE_CODES.iter().find(|(code, _)| statuses.contains(code));
    if let Some((_, entry)) = coded {
        return Some(entry);
    }
    if SENDER_POLICY_PHRASES.iter().any(|phrase| lower.contains(phrase)) {
        return Some(&SENDER_POLICY);
    }
    if RECEIVER_CERTIFICATE_INVALID_PHRASES.iter().any(|phrase| lower.contains(phrase)) {
        return Some(&RECEIVER_CERTIFICATE_INVALID);
    }
    let certificate = RECEIVER_CERTIFICATE_PHRASES.iter().any(|phrase| lower.contains(phrase));
    if certificate && !SEND_MAIL_AS.iter().any(|words| lower.contains(words)) {
        return Some(&RECEIVER_CERTIFICATE);
    }
    if !RECEIVER_PHRASES.iter().any(|phrase| lower.contains(phrase)) {
        return None;
    }
    // A mail program quoting the reply got it from the user's own
    // outgoing server, whose setting is in the program.
    if mail_program::is_send_failure(lower) {
        return Some(&mail_program::STARTTLS_SETTING);
    }
    Some(&RECEIVER_REQUIRES)
}

/// Entries for a TLS requirement between the sending and the receiving
/// server that one of them must change. The cause lies in the
/// connection, not in the queued message, so every retry fails the same
/// way until that change, and the change lets the queued copy through.
/// A mail program's own STARTTLS setting is left out, because nothing is
/// queued on a server for it.
pub const CONNECTION_REQUIREMENTS: &[&str] = &[
    "tls/receiver-requires-starttls",
    "tls/receiver-certificate-mismatch",
    "tls/receiver-validation-failed",
    "tls/receiver-certificate-invalid",
    "tls/sender-policy-unmet",
];

/// True when `entry` explains a TLS requirement between the two servers
/// (see [`CONNECTION_REQUIREMENTS`]).
pub fn is_connection_requirement(entry: &Entry) -> bool {
    CONNECTION_REQUIREMENTS.contains(&entry.id)
}

/// The receiving server takes mail only over STARTTLS (RFC 3207). Gmail
/// lists "421 4.7.0 TLS required for RCPT domain, closing connection" in
/// its SMTP errors (<https://support.google.com/a/answer/3726730>, checked
/// 2026-12-05), sent when a Google Workspace domain requires TLS.
pub static RECEIVER_REQUIRES: Entry = Entry {
    id: "tls/receiver-requires-starttls",
    reason: Reason::SecurityError,
    what: "The receiving server accepts mail only over an encrypted (TLS) \
           connection, and the sending server did not encrypt it.",
    why: "The receiver, or the recipient's domain, requires STARTTLS from \
          every server that sends to it. The sending server connected \
          without it, so every attempt fails the same way until it \
          encrypts, even when the reply carries a temporary 4xx code.",
    steps: &[
        "Your mail administrator enables STARTTLS for outgoing mail on the \
         sending server (in Postfix, smtp_tls_security_level = may or \
         higher) with a current TLS version.",
        "If the sending server did try STARTTLS, they look in its log for \
         the failed TLS handshake with this receiver.",
        "If your mail program showed this reply when you sent, turn on \
         STARTTLS or SSL/TLS in its outgoing server (SMTP) settings.",
        "Send the message again once the mail goes out over TLS.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc3207#section-4",
    checked: "2026-12-05",
};

/// The receiving server's certificate does not match its host name, so
/// a sender that verifies certificates for this domain did not deliver.
pub static RECEIVER_CERTIFICATE: Entry = Entry {
    id: "tls/receiver-certificate-mismatch",
    reason: Reason::SecurityError,
    what: "The receiving mail server's TLS certificate does not match its \
           host name, so the sending server would not deliver to it.",
    why: "The recipient's domain asks senders to verify its mail servers' \
          certificates (an MTA-STS or DANE policy), and the certificate \
          the server showed is for another name, or is self-signed. Every \
          retry fails the same way until the certificate is fixed.",
    steps: &[
        "Tell the recipient by another channel that their mail server's \
         certificate does not match its name.",
        "Their mail administrator installs a certificate issued for the \
         host name in the domain's MX record, or corrects the MTA-STS \
         policy.",
        "Send the message again once they have fixed it.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc8461",
    checked: "2026-12-05",
};

/// The receiving server failed a TLS check that its own domain's DANE or
/// MTA-STS policy requires of every sender, so a sending server that
/// honours the policy did not deliver. Only the recipient's side can fix
/// its server, certificate or DNS records.
pub static RECEIVER_VALIDATION: Entry = Entry {
    id: "tls/receiver-validation-failed",
    reason: Reason::SecurityError,
    what: "The recipient's mail server failed the encryption (TLS) check \
           that the recipient's own domain requires, so the sending server \
           would not deliver to it.",
    why: "The recipient's domain publishes a DANE or MTA-STS policy that \
          tells senders to deliver only over verified TLS. The reply's tag \
          or Microsoft's code names the check that failed: the server does \
          not offer STARTTLS or its TLS handshake fails \
          (starttls-not-supported, X.7.321), its certificate has expired \
          (certificate-expired, X.7.322) or is not trusted \
          (certificate-not-trusted), the domain's TLSA or DNSSEC records \
          are invalid (tlsa-invalid, X.7.323; dnssec-invalid, X.7.324), or \
          its MX hosts or certificate fail its MTA-STS policy \
          (sts-policy-invalid, sts-webpki-invalid, X.4.8, X.7.5). Nothing \
          on your side causes it, and every retry fails the same way until \
          the recipient's side fixes it.",
    steps: &[
        "Tell the recipient by another channel that their mail server fails \
         its own domain's TLS policy; send them the bounce.",
        "Their mail administrator fixes the check the reply names: enables \
         STARTTLS, renews the certificate, or corrects the TLSA, DNSSEC or \
         MTA-STS records.",
        "Send the message again once they have fixed it.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: "https://www.iana.org/assignments/starttls-validation-result-types/starttls-validation-result-types.xhtml",
    checked: "2026-12-05",
};

/// The receiving server's certificate failed the sending server's
/// validation, with no policy named. Microsoft's NDR table says for its
/// 4.7.5 that the destination's certificate must chain to a trusted root
/// certificate authority and name the host.
pub static RECEIVER_CERTIFICATE_INVALID: Entry = Entry {
    id: "tls/receiver-certificate-invalid",
    reason: Reason::SecurityError,
    what: "The recipient's mail server showed a TLS certificate that the \
           sending server could not validate, so the sending server would \
           not deliver to it.",
    why: "The sending server checks the certificate for this destination, \
          and the one the receiving server showed does not chain to a \
          trusted certificate authority, has expired, or does not name the \
          host. Every attempt fails the same way until the certificate is \
          fixed.",
    steps: &[
        "Tell the recipient by another channel that their mail server's \
         certificate fails validation; send them the bounce.",
        "Their mail administrator installs a current certificate from a \
         trusted certificate authority, with its full chain, for the host \
         name in the domain's MX record.",
        "If the two organisations set up a connector that checks this \
         certificate, your mail administrator confirms that its settings \
         name the right host and certificate.",
        "Send the message again once the certificate is fixed.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online",
    checked: "2026-12-05",
};

/// The sending server's own TLS policy, the receiving domain's MTA-STS
/// policy (RFC 8461) or DANE record, or the message's REQUIRETLS flag
/// (RFC 8689) requires a verified TLS connection that the receiving
/// server did not provide.
pub static SENDER_POLICY: Entry = Entry {
    id: "tls/sender-policy-unmet",
    reason: Reason::SecurityError,
    what: "The sending server must deliver to this domain over a verified, \
           encrypted (TLS) connection, and the receiving server did not \
           provide one.",
    why: "A TLS policy for this destination requires encryption: the \
          sending server's own setting, the recipient domain's MTA-STS or \
          DANE policy, or the message's REQUIRETLS option. The receiving \
          server did not offer STARTTLS, or its certificate failed the \
          check, so the sending server did not send. Every retry fails the \
          same way until one side changes.",
    steps: &[
        "Send the bounce to your mail administrator; it names the receiving \
         host.",
        "They check which policy requires TLS for this domain. If it is the \
         sending server's own setting, they decide whether this domain may \
         be sent to without it.",
        "If the policy is right, the recipient's mail administrator enables \
         STARTTLS on their server or installs a valid certificate for its \
         name.",
        "Send the message again once one side has changed.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc8461",
    checked: "2026-12-05",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postfix_policy_before_receiver() {
        let lower = "tls is required, but was not offered by host mx.example.net[198.51.100.20]";
        assert_eq!(lookup(lower).map(|e| e.id), Some(SENDER_POLICY.id));
        let lower = "530 5.7.0 must issue a starttls command first";
        assert_eq!(lookup(lower).map(|e| e.id), Some(RECEIVER_REQUIRES.id));
    }

    #[test]
    fn result_type_before_sender_policy() {
        let lower = "550 5.7.323 tlsa-invalid: the domain failed dane validation";
        assert_eq!(lookup(lower).map(|e| e.id), Some(RECEIVER_VALIDATION.id));
        let lower = "550 5.7.325 certificate-host-mismatch: remote certificate must match";
        assert_eq!(lookup(lower).map(|e| e.id), Some(RECEIVER_CERTIFICATE.id));
    }

    #[test]
    fn microsoft_code_without_tag() {
        let lower = "550 5.7.321 destination mail server must support tls to receive mail.";
        assert_eq!(lookup(lower).map(|e| e.id), Some(RECEIVER_VALIDATION.id));
        let lower = "451 4.7.325 remote certificate must have a common name";
        assert_eq!(lookup(lower).map(|e| e.id), Some(RECEIVER_CERTIFICATE.id));
        assert!(lookup("550 5.7.32 message not authenticated").is_none());
    }

    #[test]
    fn unrelated_reply_no_entry() {
        assert!(lookup("550 5.1.1 user unknown").is_none());
        assert!(lookup("535 5.7.8 authentication credentials invalid").is_none());
    }
}
