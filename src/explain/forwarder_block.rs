//! A refusal after a forward at the recipient's side. The recipient's
//! server accepted the message for the address the sender wrote to and
//! forwarded it, and the next hop refused either the forwarding server's
//! own address (a block) or the forwarded copy's SPF or DMARC check. A
//! block names that server's address, so only its operator can have it
//! delisted. An authentication failure comes from the forward passing the
//! message on from an address the sender's SPF record does not list, so
//! the forwarding side fixes it (ARC, SRS, or no forward). In neither case
//! can the sender's administrator fix it.
//!
//! The bounce shows this when it was written in the original recipient's
//! domain (its Reporting-MTA, or the domain of its From address, such as
//! `MAILER-DAEMON@mx.example.org` for bob@example.org) and the sender's
//! own address (the bounce's To) is in another domain. An alias that the
//! sender's own server expands has the sender's domain on both sides, and
//! its server's address stays the sender's to fix.
//!
//! A bounce pasted without its header names neither side's domain, but an
//! SPF refusal names the domain it checked (Gmail's `SPF [example.com]
//! with ip: [203.0.113.45] = did not pass`). That is the sender's domain,
//! and when it differs from the original recipient's, the forward is the
//! recipient's.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::sender_domain::{bounce_sender_domain, domain_of};
use crate::extract::Failure;
use crate::input::Decoded;
use crate::reason::Reason;
use crate::report::{Actor, Explanation, Note};
use crate::sender_ip;

/// The domain an SPF result names: Gmail's `SPF [example.com] with ip:`,
/// and the `domain of alice@example.com` that SPF results in the style
/// of RFC 7208's Received-SPF comments name.
static SPF_DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bspf\s*\[([a-z0-9.-]+\.[a-z]{2,})\]|\bspf\b.{0,40}?\bdomain of (?:[^\s@]+@)?([a-z0-9.-]+\.[a-z]{2,})\b")
        .expect("SPF domain pattern is valid")
});

/// The target of the next hop's refusal after the forward.
enum Refused {
    /// The forwarding server's address, with the address when the reply
    /// states it.
    Address(Option<String>),
    /// The forwarded copy, because it failed SPF or DMARC, with the
    /// address that the check named, which is the forwarding server's.
    Authentication(Option<String>),
}

/// The forward that a refusal happened after.
pub(super) struct ForwarderBlock {
    /// The address the sender wrote to.
    original: String,
    /// The address the recipient's server forwarded the message to.
    target: String,
    /// The recipient's server that wrote the bounce and forwarded.
    forwarder: String,
    refused: Refused,
}

/// Returns the forward when the failure is a block of the sending
/// address or an SPF or DMARC refusal, and the bounce was written by the
/// recipient's forwarding server.
pub(super) fn find(
    bounce: &Decoded,
    failure: &Failure,
    reason: Reason,
    sender_ip: Option<&str>,
) -> Option<ForwarderBlock> {
    let refused = match reason {
        // The note on the checked address claims it is in the reply, and
        // an address from elsewhere in the bounce may be the sender's own.
        Reason::AuthFailure => Refused::Authentication(
            sender_ip.filter(|ip| failure.diagnostic.contains(ip)).map(str::to_string),
        ),
        _ if sender_ip::concerns_ip(failure, reason) => {
            Refused::Address(sender_ip.map(str::to_string))
        }
        _ => return None,
    };
    let original = super::forward::original_recipient(failure)?;
    let target = failure.recipient.clone()?;
    let original_domain = sender_ip::base_domain(domain_of(&original)?);
    let authentication = matches!(refused, Refused::Authentication(_));
    let checked_domain = SPF_DOMAIN
        .captures(&failure.diagnostic)
        .and_then(|c| c.get(1).or_else(|| c.get(2)))
        .map(|m| m.as_str())
        .filter(|_| authentication);
    let sender = bounce_sender_domain(bounce).or(checked_domain)?;
    if sender_ip::base_domain(sender) == original_domain {
        return None;
    }
    let reporting = sender_ip::reporting_mta(bounce);
    let from_host = bounce.header("From").and_then(domain_of).map(str::to_string);
    // An SPF refusal needs no delisting by a named host, so the original
    // recipient's domain can stand for a forwarder the bounce leaves
    // unnamed (Exim's text names no host of its own).
    let domain_fallback = authentication.then(|| original_domain.to_string());
    let forwarder = [reporting, from_host]
        .into_iter()
        .flatten()
        .find(|host| sender_ip::base_domain(host) == original_domain)
        .or(domain_fallback)?;
    Some(ForwarderBlock { original, target, forwarder, refused })
}

impl ForwarderBlock {
    /// Returns the refused address as the note and the steps name it.
    fn address(&self) -> String {
        match &self.refused {
            Refused::Address(Some(ip)) => format!("the forwarding server's address {ip}"),
            _ => "the forwarding server's address".to_string(),
        }
    }

    /// Builds the note that states whose address was refused. For an SPF
    /// or DMARC refusal, `forward::auth_note` already states that the
    /// forward caused it, so this note only places the checked address.
    pub(super) fn note(&self) -> Option<Note> {
        if let Refused::Authentication(ip) = &self.refused {
            return ip.as_ref().map(|ip| self.checked_address_note(ip));
        }
        let ForwarderBlock { original, target, forwarder, .. } = self;
        let address = self.address();
        Some(Note::info(format!(
            "The recipient's server {forwarder} accepted this message for {original} and \
             forwarded it to {target}, and the next hop refused {address}, not your \
             server's. Your mail administrator cannot have that address removed, because it \
             is not theirs: the operator of {forwarder} can."
        )))
    }

    /// Builds the note that the address an SPF check named belongs to the
    /// forwarding server, which sent the copy on from its own address.
    fn checked_address_note(&self, ip: &str) -> Note {
        let ForwarderBlock { original, forwarder, .. } = self;
        Note::info(format!(
            "The IP address {ip} in the reply is the forwarding server's ({forwarder}, which \
             forwards mail for {original}), not your server's. Do not add it to your domain's \
             SPF record: that would let the forwarder's server send as your domain."
        ))
    }

    /// Gives the steps to the recipient's side, which runs the forwarding
    /// server. A card on which nobody has to act yet is left as it is.
    /// For an SPF or DMARC refusal the receiver's entry blames the
    /// sender's DNS records, so its `why` gives way to the forward's, and
    /// its `what` (the receiver's own refusal) gains the forwarded copy.
    pub(super) fn hand_over(&self, explanation: &mut Explanation, permanent: bool) {
        if !matches!(explanation.who_acts, Actor::You | Actor::Admin) {
            return;
        }
        if matches!(self.refused, Refused::Authentication(_)) {
            let ForwarderBlock { original, target, forwarder, .. } = self;
            explanation.what = format!(
                "{} The refused copy is the one that {forwarder} forwarded to {target} for \
                 {original}, not the message as you sent it.",
                explanation.what
            );
            explanation.why = format!(
                "The message went to {original}, and {forwarder} forwarded it to {target}. \
                 The forwarding server passed the copy on from its own IP address, which your \
                 domain's SPF record does not list, so SPF failed at the next hop even if \
                 your record is right. Unless a DKIM signature survived the forward, DMARC \
                 failed with it."
            );
        }
        explanation.steps = self.steps();
        explanation.who_acts = Actor::Recipient;
        if permanent {
            explanation.retry = self.retry();
        }
    }

    /// Builds the steps, which fall to the recipient's side.
    fn steps(&self) -> Vec<String> {
        if matches!(self.refused, Refused::Authentication(_)) {
            return self.authentication_steps();
        }
        let ForwarderBlock { original, target, forwarder, .. } = self;
        let address = self.address();
        vec![
            format!(
                "Tell the owner of {original}, by another channel, that {forwarder} forwards \
                 their mail to {target}, and that the receiver there refused {address}."
            ),
            format!(
                "The operator of {forwarder} looks that address up with the blocklist or \
                 receiver named in the reply and requests its removal. The owner of \
                 {original} can also have mail sent to {target} directly."
            ),
            format!(
                "Keep {original} on your lists: the refused address is not your server's. \
                 Send the message again once the forward works."
            ),
        ]
    }

    /// Builds the steps for a forwarded copy refused by SPF or DMARC. ARC
    /// (RFC 8617, https://datatracker.ietf.org/doc/draft-ietf-dmarc-arc-protocol/)
    /// lets the forwarding server vouch for the checks the message passed
    /// when it arrived there.
    fn authentication_steps(&self) -> Vec<String> {
        let ForwarderBlock { original, target, forwarder, .. } = self;
        vec![
            format!(
                "Tell the owner of {original}, by another channel, that {forwarder} forwards \
                 their mail to {target}, and that the receiver there refused the forwarded \
                 copy because it failed SPF or DMARC."
            ),
            format!(
                "The operator of {forwarder} can sign forwarded mail with ARC or rewrite its \
                 envelope sender (SRS). The owner of {original} can also have mail sent to \
                 {target} directly."
            ),
            format!(
                "Keep {original} on your lists: the check failed because of the forward. \
                 Send the message again once the forward works."
            ),
        ]
    }

    /// Writes the retry advice for a permanent failure.
    fn retry(&self) -> String {
        let fixed = match self.refused {
            Refused::Address(_) => "the forwarding server's address is delisted",
            Refused::Authentication(_) => "the forwarding server signs its forwards with ARC",
        };
        format!(
            "Permanent: mail to {} fails the same way until {fixed} or the forward is \
             changed, so send the message again only after that.",
            self.original
        )
    }
}
