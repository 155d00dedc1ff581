//! Failures after an alias or a forward at the recipient's side changed
//! the address the sender wrote to.

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::extract::Failure;
use crate::reason::Reason;
use crate::report::{Actor, Note};

/// A reply that names SPF or DMARC, whatever reason it was given.
static SPF_OR_DMARC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:spf|dmarc)\b").expect("SPF or DMARC pattern is valid"));

/// Returns the address the sender wrote to, when it differs from the
/// address that failed.
pub(super) fn original_recipient(failure: &Failure) -> Option<String> {
    let original = failure.original_recipient.as_deref()?;
    let same = failure.recipient.as_deref().is_some_and(|r| comparable(r) == comparable(original));
    (!same).then(|| original.to_string())
}

/// Returns the form in which two spellings of one mailbox are equal:
/// unquoted, the local part in ASCII lowercase, and the domain in
/// lowercase with its A-labels decoded (`xn--bcher-kva` to `bücher`). An
/// SMTPUTF8 sender keeps the domain as typed (U-labels) in the DSN's
/// Original-Recipient, while delivery uses its A-labels. NOTE: the U-label
/// side gets no Unicode normalisation (UTS #46), so a domain typed in NFD
/// still differs from its A-label form.
fn comparable(address: &str) -> String {
    let plain = unquoted(address);
    let Some((local, domain)) = plain.rsplit_once('@') else {
        return plain.to_ascii_lowercase();
    };
    let unicode = super::punycode::decode_name(domain).unwrap_or_else(|| domain.to_string());
    format!("{}@{}", local.to_ascii_lowercase(), unicode.to_lowercase())
}

/// Returns the address without the quotes around its local part (`"a..b"@example.org`): the
/// quoted and the bare form of an address name the same mailbox.
fn unquoted(address: &str) -> String {
    address.replace('"', "")
}

/// Builds a note for an SPF or DMARC failure after a forward. The
/// forwarding server sends the message on from its own IP address, which
/// the sender's SPF record does not list, so the failure can be the
/// forward's and not the sender's setup. Sources, checked 2026-12-04:
/// https://packages.debian.org/bullseye/srs (SRS and forwarding) and
/// https://datatracker.ietf.org/doc/draft-ietf-dmarc-arc-protocol/13/ (ARC,
/// published as RFC 8617).
pub(super) fn auth_note(failure: &Failure, reason: Reason) -> Option<Note> {
    let original = original_recipient(failure)?;
    let target = failure.recipient.as_deref()?;
    let auth = reason == Reason::AuthFailure || SPF_OR_DMARC.is_match(&failure.diagnostic);
    if !auth {
        return None;
    }
    Some(Note::info(format!(
        "The message was sent to {original} and forwarded to {target} at the recipient's side. \
         A forwarding server passes the message on from its own IP address, which the \
         sender's SPF record does not list, so SPF, and DMARC with it, can fail at the next \
         hop even when the sender's setup is right. The recipient's domain can fix this: its \
         forwarding server can rewrite the envelope sender (SRS) or sign the message with ARC, \
         or the recipient can have mail sent to {target} directly."
    )))
}

/// Builds the steps for a failure at a forward's target that cannot
/// receive mail: unknown, moved, suspended, or at a domain that does not
/// resolve. The address the sender wrote to was right, and only its owner
/// can fix the forward, so the sender tells them instead of checking or
/// dropping the address. Returns `None` for any other failure, and while
/// nobody has to act (`Actor::Wait`, `Actor::Nobody`).
pub(super) fn dead_target_steps(
    failure: &Failure,
    reason: Reason,
    who_acts: Actor,
) -> Option<Vec<String>> {
    let problem = match reason {
        Reason::UserUnknown => "does not exist",
        Reason::HostUnknown => "is at a domain that cannot be found",
        Reason::HasMoved => "has moved",
        Reason::Suspend => "is disabled or suspended",
        _ => return None,
    };
    if !matches!(who_acts, Actor::You | Actor::Recipient) {
        return None;
    }
    let original = original_recipient(failure)?;
    let target = failure.recipient.as_deref()?;
    Some(vec![
        format!(
            "Tell the owner of {original}, by another channel, that mail to that address is \
             forwarded to {target}, which {problem}."
        ),
        format!(
            "The owner of {original}, or its mail administrator, has to point the forward at \
             an address that works or remove the forward."
        ),
        format!(
            "Keep {original} on your lists: it is the address you wrote to, and only its \
             forward fails. Send the message again once the forward is fixed."
        ),
    ])
}

/// Writes the retry advice for a permanent failure at a dead forward target.
pub(super) fn dead_target_retry(original: &str) -> String {
    format!(
        "Permanent: mail to {original} fails the same way until its owner fixes the forward, \
         so send the message again only after that."
    )
}
