//! A block after a forward at the recipient's side. The recipient's
//! server accepted the message for the address the sender wrote to,
//! forwarded it, and the next hop refused the forwarding server's own
//! address. The address named in the reply is then that server's, so
//! only its operator can have it delisted, and the sender's administrator
//! cannot.
//!
//! The bounce shows this when it was written in the original recipient's
//! domain (its Reporting-MTA, or the domain of its From address, such as
//! `MAILER-DAEMON@mx.example.org` for bob@example.org) and the sender's
//! own address (the bounce's To) is in another domain. An alias that the
//! sender's own server expands has the sender's domain on both sides, and
//! its server's address stays the sender's to fix.

use crate::extract::Failure;
use crate::input::Decoded;
use crate::reason::Reason;
use crate::report::{Actor, Explanation, Note};
use crate::sender_ip;

/// The forward that a block happened after.
pub(super) struct ForwarderBlock {
    /// The address the sender wrote to.
    original: String,
    /// The address the recipient's server forwarded the message to.
    target: String,
    /// The recipient's server that wrote the bounce and forwarded.
    forwarder: String,
    /// The refused address, when the reply states it.
    ip: Option<String>,
}

/// Returns the forward when the failure is a block of the sending
/// address and the bounce was written by the recipient's forwarding server.
pub(super) fn find(
    bounce: &Decoded,
    failure: &Failure,
    reason: Reason,
    sender_ip: Option<&str>,
) -> Option<ForwarderBlock> {
    if reason == Reason::AuthFailure || !sender_ip::concerns_ip(failure, reason) {
        return None;
    }
    let original = super::forward::original_recipient(failure)?;
    let target = failure.recipient.clone()?;
    let original_domain = sender_ip::base_domain(domain_of(&original)?);
    let sender = bounce.header("To").and_then(domain_of)?;
    if sender_ip::base_domain(sender) == original_domain {
        return None;
    }
    // NOTE: base_domain keeps two labels, so under a public suffix of two
    // labels (`co.jp`) two unrelated domains can compare equal here.
    let reporting = sender_ip::reporting_mta(bounce);
    let from_host = bounce.header("From").and_then(domain_of).map(str::to_string);
    let forwarder = [reporting, from_host]
        .into_iter()
        .flatten()
        .find(|host| sender_ip::base_domain(host) == original_domain)?;
    Some(ForwarderBlock { original, target, forwarder, ip: sender_ip.map(str::to_string) })
}

/// Returns the domain of the first mail address in a header value such as
/// `Mail Delivery System <MAILER-DAEMON@mx.example.org>`.
fn domain_of(value: &str) -> Option<&str> {
    let (_, after) = value.split_once('@')?;
    let end = after
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(after.len());
    let domain = after[..end].trim_end_matches('.');
    domain.contains('.').then_some(domain)
}

impl ForwarderBlock {
    /// Returns the refused address as the note and the steps name it.
    fn address(&self) -> String {
        match &self.ip {
            Some(ip) => format!("the forwarding server's address {ip}"),
            None => "the forwarding server's address".to_string(),
        }
    }

    /// Builds the note that states whose address was refused.
    pub(super) fn note(&self) -> Note {
        let ForwarderBlock { original, target, forwarder, .. } = self;
        let address = self.address();
        Note::info(format!(
            "The recipient's server {forwarder} accepted this message for {original} and \
             forwarded it to {target}, and the next hop refused {address}, not your \
             server's. Your mail administrator cannot have that address removed, because it \
             is not theirs: the operator of {forwarder} can."
        ))
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

    /// Writes the retry advice for a permanent failure.
    fn retry(&self) -> String {
        format!(
            "Permanent: mail to {} fails the same way until the forwarding server's address \
             is delisted or the forward is changed, so send the message again only after that.",
            self.original
        )
    }
}
