//! The first pass of the reason decision: one check per reason, in the
//! order of [`FIRST_PASS`](super::reasons::FIRST_PASS), each weighing the
//! status code, the SMTP command and the text together.

use super::decide::Basis;
use super::reasons;
use super::status;
use crate::reason::Reason;

/// Commands sent before DATA: a reply to one of them cannot be about the
/// message's content, so content filters are ruled out.
const BEFORE_DATA: &[&str] = &["CONN", "EHLO", "HELO", "MAIL", "RCPT"];

/// The block phrase that names no blocked thing ("... was blocked by our
/// filter"), so it may be the message rather than the sending server.
const MESSAGE_BLOCKED: &str = "was blocked by ";

/// The first-pass checks, one per reason.
pub(super) struct Probe<'a> {
    /// The diagnostic text, normalised for the phrase tables.
    pub text: &'a str,
    /// The reason the enhanced status code alone names.
    pub by_status: Option<Reason>,
    pub reply: Option<u16>,
    /// The SMTP command, uppercase, or empty when unknown.
    pub command: &'a str,
    pub status: Option<&'a str>,
    /// True when a reply with no command is read as a reply to RCPT.
    pub assume_rcpt: bool,
}

impl Probe<'_> {
    fn phrase(&self, reason: Reason) -> Option<Basis> {
        reasons::find(reason, self.text).map(Basis::Phrase)
    }

    fn status_is(&self, reason: Reason) -> bool {
        self.by_status == Some(reason)
    }

    /// Status code first, then the text.
    fn status_or_phrase(&self, reason: Reason) -> Option<Basis> {
        if self.status_is(reason) {
            return Some(Basis::Status);
        }
        self.phrase(reason)
    }

    fn before_data(&self) -> bool {
        BEFORE_DATA.contains(&self.command)
    }

    /// Returns what shows `reason` in the first pass, if anything does.
    pub fn first_pass(&self, reason: Reason) -> Option<Basis> {
        match reason {
            Reason::MesgTooBig => {
                if self.status_is(Reason::MesgTooBig) {
                    return Some(Basis::Status);
                }
                // A 5.2.3 is a per-recipient limit, kept apart.
                if self.status_is(Reason::ExceedLimit) {
                    return None;
                }
                self.phrase(reason)
            }
            Reason::Suspend => {
                // 525: "user account disabled" (RFC 4954).
                if self.reply == Some(525) {
                    return Some(Basis::Reply);
                }
                self.phrase(reason)
            }
            Reason::NoRelaying => {
                if matches!(self.command, "CONN" | "EHLO" | "HELO") {
                    return None;
                }
                self.phrase(reason)
            }
            Reason::UserUnknown => self.user_unknown(),
            Reason::Filtered => self.filtered(),
            Reason::ContentError => {
                if self.first_pass(Reason::SpamDetected).is_some() {
                    return None;
                }
                self.status_or_phrase(reason)
            }
            Reason::Rejected => self.rejected(),
            Reason::HostUnknown => {
                if self.status_is(Reason::HostUnknown) {
                    // "5.4.4 Name service error ... Malformed name server
                    // reply" is DNS trouble, not a missing domain. Gmail's
                    // "DNS Error: ... responded with code NXDOMAIN" is DNS
                    // wording around an answer that the domain does not exist.
                    let dns_failure = reasons::NETWORK_ERROR.matches(self.text)
                        && !reasons::NAME_DOES_NOT_EXIST.matches(self.text);
                    return match dns_failure {
                        true => None,
                        false => Some(Basis::Status),
                    };
                }
                // A 4.x.x code means the reporting server treats the DNS
                // answer as transient (Gmail reports some NXDOMAIN answers
                // under 4.0.0), so the DNS error reads as a network problem.
                let temporary = self.status.is_some_and(|s| s.starts_with("4."));
                if temporary && reasons::NETWORK_ERROR.matches(self.text) {
                    return None;
                }
                // Without a code, only the resolver's own wording separates
                // a temporary lookup failure from a missing domain.
                if self.status.is_none() && reasons::DNS_TRY_AGAIN.matches(self.text) {
                    return None;
                }
                self.phrase(reason)
            }
            Reason::SpamDetected => {
                self.status?;
                if self.status_is(reason) {
                    return Some(Basis::Status);
                }
                // "Identified as a spam source" names the sender, so it is a block.
                if self.before_data() || reasons::SPAM_SOURCE.find(self.text).is_some() {
                    return None;
                }
                self.phrase(reason).or_else(|| self.spam_after_data())
            }
            Reason::Blocked => {
                let found = self
                    .status_or_phrase(reason)
                    .or_else(|| self.spam_before_data())
                    .or_else(|| self.refused_in_reply());
                // "Your message was blocked by <filter>: spam score 12" blocks
                // the message, so the spam, content or policy verdict named
                // beside it (a blocked attachment type) is the reason, which
                // the second pass reads.
                let verdict = || {
                    reasons::find(Reason::SpamDetected, self.text).is_some()
                        || reasons::find(Reason::ContentError, self.text).is_some()
                        || reasons::find(Reason::PolicyViolation, self.text).is_some()
                };
                match found == Some(Basis::Phrase(MESSAGE_BLOCKED)) && verdict() {
                    true => None,
                    false => found,
                }
            }
            // Rate words beside words that name the sender blocked ("Too
            // many messages from 203.0.113.5, your IP has been blocked")
            // are the block's cause, so the block check below decides.
            Reason::Speeding => {
                if reasons::find(Reason::Blocked, self.text).is_some() {
                    return None;
                }
                let hit = self.phrase(reason)?;
                // "Slow down" is only advice, so a limit on connections or
                // recipients named beside it is the reason.
                let advice_only = hit == Basis::Phrase("slow down");
                match advice_only && reasons::TOO_MANY_CONN.matches(self.text) {
                    true => None,
                    false => Some(hit),
                }
            }
            Reason::HasMoved | Reason::NotCompliantRfc | Reason::BadReputation => {
                self.phrase(reason)
            }
            _ => self.status_or_phrase(reason),
        }
    }

    /// Finds spam named only as the cause ("rejected due to spam") in a
    /// reply to DATA, where it is a verdict on the message. Words that
    /// name the sending IP as blocked ("Your IP is blocked due to spam")
    /// keep reading as a block, whichever command the reply was to.
    fn spam_after_data(&self) -> Option<Basis> {
        if self.command != "DATA" || reasons::find(Reason::Blocked, self.text).is_some() {
            return None;
        }
        reasons::SPAM_AS_CAUSE.find(self.text).map(Basis::Phrase)
    }

    /// Reads "connection refused by" as a block only inside a receiver's
    /// reply ("554 Connection refused by mx.example.org: ..."). Without a
    /// reply code it is the sending server's report that no server
    /// accepted the connection, which is a network error.
    fn refused_in_reply(&self) -> Option<Basis> {
        const REFUSED: &str = "connection refused by";
        self.reply?;
        self.text.contains(REFUSED).then_some(Basis::Phrase(REFUSED))
    }

    /// Finds spam named only as the cause ("blocked due to spam") in a
    /// reply before DATA. The receiver has not read the message yet, so it
    /// refuses the sender or its IP for spam seen earlier. A spam verdict
    /// phrase ("Spam detected") is left to the spam check.
    fn spam_before_data(&self) -> Option<Basis> {
        if !self.before_data() || reasons::find(Reason::SpamDetected, self.text).is_some() {
            return None;
        }
        reasons::SPAM_AS_CAUSE.find(self.text).map(Basis::Phrase)
    }

    /// Trusts a 5.1.1 unless the text names another cause, which the
    /// later checks then pick up. Without that code, an unknown-user
    /// phrase counts only in reply to RCPT.
    fn user_unknown(&self) -> Option<Basis> {
        // "Sender address rejected: User unknown ..." is about the sender.
        if reasons::SENDER_NAMED.matches(self.text) {
            return None;
        }
        if self.status_is(Reason::UserUnknown) {
            return match self.other_cause_named() {
                true => None,
                false => Some(Basis::Status),
            };
        }
        // A 4.1.1 beside an unknown-user phrase reads as a 5.1.1 does,
        // whatever command the bounce names. The code places the refusal
        // on the recipient's address, so no filter after DATA gave it.
        let temporary_address = self.status.is_some_and(status::is_temporary_address_status);
        if let Some(hit) = self.phrase(Reason::UserUnknown).filter(|_| temporary_address) {
            return (!self.other_cause_named()).then_some(hit);
        }
        if self.command == "RCPT" || self.assume_rcpt {
            return self.phrase(Reason::UserUnknown);
        }
        // A reported lookup failure names the recipient after DATA too.
        // Other unknown-user words there may come from a content filter,
        // which `filtered` decides. After MAIL they are about the sender.
        let named = || reasons::MAILBOX_NAMED_NOT_FOUND.find(self.text);
        match self.command {
            "DATA" => {
                named().or_else(|| reasons::MAILBOX_NOT_FOUND.find(self.text)).map(Basis::Phrase)
            }
            "" => named().map(Basis::Phrase),
            _ => None,
        }
    }

    /// True when the text names a cause other than an unknown address
    /// beside an addressing status code (5.1.1, or a 4.1.1 with an
    /// unknown-user phrase), which the later checks then pick up.
    fn other_cause_named(&self) -> bool {
        let other_cause = [
            &reasons::NO_RELAYING,
            &reasons::BLOCKED,
            &reasons::MAILBOX_FULL,
            &reasons::HAS_MOVED,
            &reasons::NOT_ACCEPT,
            // "550 5.1.1 RCP-P2 Refused due to recipient preferences"
            &reasons::FILTERED,
            // "550 5.1.1 Too many recipients this hour": a rate
            // limit behind a misleading code.
            &reasons::TOO_MANY_CONN,
            &reasons::SPEEDING,
        ];
        // An unknown-user phrase agrees with the 5.1.1, so the
        // rejected-sender table, whose words here do not name the
        // sender (a bare "address rejected"), does not outweigh both.
        // In "<bob@example.net>: address rejected: User unknown" the
        // rejected address is the recipient. Words that name the
        // sender were ruled out before this check.
        let unknown_named = self.phrase(Reason::UserUnknown).is_some();
        let sender_rejected = !unknown_named && reasons::REJECTED.matches(self.text);
        sender_rejected || other_cause.iter().any(|t| t.matches(self.text))
    }

    /// Finds a filter's refusal: a filter phrase, or an unknown-user
    /// phrase in reply to DATA or to no known command. The address passed
    /// RCPT as far as the bounce shows, so a filter refused the message.
    fn filtered(&self) -> Option<Basis> {
        let sender_named = reasons::SENDER_NAMED.matches(self.text);
        let unknown_user = || self.phrase(Reason::UserUnknown).filter(|_| !sender_named);
        let either = || self.phrase(Reason::Filtered).or_else(unknown_user);
        if self.status_is(Reason::Filtered) || matches!(self.command, "DATA" | "") {
            return either();
        }
        if self.before_data() {
            return None;
        }
        self.phrase(Reason::Filtered)
    }

    /// Finds a refused envelope sender. The status code is trusted, and so
    /// are words that name the sender as the rejected address. Other text
    /// is trusted in a reply to MAIL or DATA, or when the status code
    /// states nothing more specific.
    fn rejected(&self) -> Option<Basis> {
        if self.status_is(Reason::Rejected) {
            return Some(Basis::Status);
        }
        if let Some(hit) = reasons::SENDER_NAMED.find(self.text) {
            return Some(Basis::Phrase(hit));
        }
        let vague = matches!(
            self.by_status,
            None | Some(Reason::SecurityError) | Some(Reason::SystemError)
        );
        let applies = self.command == "MAIL"
            || (self.command == "DATA" && !self.status_is(Reason::UserUnknown))
            || vague;
        if applies {
            return self.phrase(Reason::Rejected);
        }
        None
    }
}
