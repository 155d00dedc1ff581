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

use super::sender_domain::{bounce_sender_domain, domain_of};
use crate::extract::Failure;
use crate::input::Decoded;
use crate::reason::Reason;
use crate::report::{Actor, Explanation, Note};
use crate::sender_ip;

/// The target of the next hop's refusal after the forward.
enum Refused {
    /// The forwarding server's address, with the address when the reply
    /// states it.
    Address(Option<String>),
    /// The forwarded copy, because it failed SPF or DMARC.
    Authentication,
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
        Reason::AuthFailure => Refused::Authentication,
        _ if sender_ip::concerns_ip(failure, reason) => {
            Refused::Address(sender_ip.map(str::to_string))
        }
        _ => return None,
    };
    let original = super::forward::original_recipient(failure)?;
    let target = failure.recipient.clone()?;
    let original_domain = sender_ip::base_domain(domain_of(&original)?);
    let sender = bounce_sender_domain(bounce)?;
    if sender_ip::base_domain(sender) == original_domain {
        return None;
    }
    let reporting = sender_ip::reporting_mta(bounce);
    let from_host = bounce.header("From").and_then(domain_of).map(str::to_string);
    let forwarder = [reporting, from_host]
        .into_iter()
        .flatten()
        .find(|host| sender_ip::base_domain(host) == original_domain)?;
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

    /// Builds the note that states whose address was refused. An SPF or
    /// DMARC refusal gets none here, because `forward::auth_note` already
    /// states that the forward caused it.
    pub(super) fn note(&self) -> Option<Note> {
        if matches!(self.refused, Refused::Authentication) {
            return None;
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

    /// Gives the steps to the recipient's side, which runs the forwarding
    /// server. A card on which nobody has to act yet is left as it is.
    pub(super) fn hand_over(&self, explanation: &mut Explanation, permanent: bool) {
        if !matches!(explanation.who_acts, Actor::You | Actor::Admin) {
            return;
        }
        explanation.steps = self.steps();
        explanation.who_acts = Actor::Recipient;
        if permanent {
            explanation.retry = self.retry();
        }
    }

    /// Builds the steps, which fall to the recipient's side.
    fn steps(&self) -> Vec<String> {
        if matches!(self.refused, Refused::Authentication) {
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
            Refused::Authentication => "the forwarding server signs its forwards with ARC",
        };
        format!(
            "Permanent: mail to {} fails the same way until {fixed} or the forward is \
             changed, so send the message again only after that.",
            self.original
        )
    }
}
