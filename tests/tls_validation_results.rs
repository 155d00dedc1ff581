//! A sending server that checks the receiving domain's TLS policy (DANE
//! or MTA-STS) reports the failed check with an RFC 8460 result type,
//! as Microsoft 365 does in "550 5.7.321 starttls-not-supported: ...",
//! or with Microsoft's code alone.
//! The fault is at the recipient's mail server, so the card sends the
//! recipient's administrator to fix it, and never asks the sender for a
//! password.

use crate::bounces;

use crate::cards::only;
use bounce_explainer::{Actor, Reason, Recipient};

const VALIDATION: &str = "tls/receiver-validation-failed";
const MISMATCH: &str = "tls/receiver-certificate-mismatch";

/// Each reply, as Microsoft 365 writes it, and the entry it must get.
const REPLIES: &[(&str, &str)] = &[
    (
        "550 5.7.321 starttls-not-supported: Destination mail server must support TLS to \
         receive mail.",
        VALIDATION,
    ),
    (
        "550 5.7.322 certificate-expired: Destination mail server's certificate is expired.",
        VALIDATION,
    ),
    ("550 5.7.323 tlsa-invalid: The domain failed DANE validation", VALIDATION),
    ("550 5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records", VALIDATION),
    (
        "550 5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or \
         subject alternative name matching the hostname (DANE)",
        MISMATCH,
    ),
    (
        "451 4.7.321 certificate-not-trusted: The destination mail server's certificate \
         could not be validated",
        VALIDATION,
    ),
    ("550 5.7.5 sts-policy-invalid: the MTA-STS policy of example.net is invalid", VALIDATION),
    ("550 5.7.5 sts-webpki-invalid: the MTA-STS policy could not be authenticated", VALIDATION),
];

/// Microsoft 365's DANE and MTA-STS refusals without the result type.
/// Microsoft's NDR table lists each code with its sentence, and the code
/// alone names the failed check.
const CODED_REPLIES: &[(&str, &str)] = &[
    ("550 5.7.321 Destination mail server must support TLS to receive mail.", VALIDATION),
    ("451 4.7.321 Destination mail server must support TLS to receive mail.", VALIDATION),
    ("550 5.7.322 Destination mail server's certificate is expired.", VALIDATION),
    ("550 5.7.323 The domain failed DANE validation.", VALIDATION),
    ("451 4.7.324 Destination domain returned invalid DNSSEC records", VALIDATION),
    (
        "550 5.7.325 Remote certificate MUST have a common name or subject alternative name \
         matching the hostname (DANE)",
        MISMATCH,
    ),
    ("550 5.4.8 MX hosts of example.net failed MTA-STS validation.", VALIDATION),
    (
        "550 5.7.5 Remote certificate failed MTA-STS validation. Reason: CertificateNotTrusted",
        VALIDATION,
    ),
];

/// Both tables: tagged replies and Microsoft's codes without the tag.
fn all_replies() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    REPLIES.iter().chain(CODED_REPLIES)
}

fn check(card: &Recipient, entry: &str, text: &str) {
    assert_eq!(card.reason, Reason::SecurityError, "{text}");
    assert_eq!(card.explanation.entry, entry, "{text}");
    assert_eq!(card.explanation.who_acts, Actor::Recipient, "{text}");
    let steps = card.explanation.steps.join(" ").to_ascii_lowercase();
    assert!(!steps.contains("password"), "{text}: {steps}");
    assert!(steps.contains("recipient"), "{text}: {steps}");
    let what = card.explanation.what.to_ascii_lowercase();
    assert!(what.contains("tls") || what.contains("certificate"), "{text}: {what}");
    assert_eq!(card.sender_ip, None, "{text}");
}

#[test]
fn result_type_reply_pasted_alone() {
    for (reply, entry) in all_replies() {
        check(&only(reply), entry, reply);
    }
}

#[test]
fn result_type_in_exchange_ndr_line() {
    for (reply, entry) in all_replies() {
        let text = format!(
            "bob@example.net\nRemote server returned '{reply}'\n\
             [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]\n"
        );
        check(&only(&text), entry, &text);
    }
}

#[test]
fn result_type_in_dsn_report() {
    for (reply, entry) in all_replies() {
        let status = reply.split_whitespace().nth(1).expect("reply has a status code");
        let email = bounces::postfix_report(reply, "bob@example.net", status, reply);
        let card = only(&email);
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{reply}");
        check(&card, entry, reply);
    }
}

#[test]
fn result_type_retry_fails_same() {
    for (reply, _) in all_replies() {
        let card = only(reply);
        let retry = &card.explanation.retry;
        let fails_again =
            retry.contains("fails the same way") || retry.contains("no retry will succeed");
        assert!(fails_again, "{reply}: {retry}");
    }
}

/// Exchange's own 5.4.8 for an MX record that points back at the server
/// names no TLS check.
#[test]
fn mx_loop_not_tls_validation() {
    let reply = "550 5.4.8 MX record for example.net points to the local server";
    let card = only(reply);
    assert_ne!(card.explanation.entry, VALIDATION, "{card:#?}");
}

/// The same words without the result type's hyphens are no tag, and a
/// sign-in failure keeps its own card.
#[test]
fn unrelated_security_reply_unchanged() {
    let card = only("535 5.7.8 Authentication credentials invalid");
    assert_ne!(card.explanation.entry, VALIDATION);
    let card = only("550 5.7.1 Your certificate expired message was rejected as spam");
    assert_ne!(card.explanation.entry, VALIDATION);
}
