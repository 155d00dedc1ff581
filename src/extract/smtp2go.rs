//! SMTP2GO's webhook events. SMTP2GO names the recipient `rcpt`, where
//! the other services read here use `email` or `recipient`, so an event
//! with `event` and `rcpt` is read as SMTP2GO's.
//!
//! Fields read, from SMTP2GO's webhook reference
//! (<https://developers.smtp2go.com/docs/webhooks-1>, checked 2026-12-05):
//! `event` (`bounce`, `reject`, `spam`, `delivered`; `processed`, `open`,
//! `click`, `unsubscribe` and `resubscribe` report no delivery outcome),
//! `rcpt`, `bounce` (`hard` or `soft`, SMTP2GO's own classification),
//! `host` (the recipient server that bounced the message) and `message`
//! (the error message). A `reject` event is mail SMTP2GO did not send
//! because the address hard-bounced, complained or unsubscribed before
//! (<https://support.smtp2go.com/hc/en-gb/articles/223087967>).
//!
//! The reference lists no field for the address SMTP2GO sent from, and
//! its `auth` can be the IP address that submitted the mail to SMTP2GO,
//! so no sending IP is read.

use super::json::{text, Object};
use super::webhooks::failure;
use super::Failure;
use crate::reason::Reason;

/// True when `object` has SMTP2GO's recipient field.
pub fn is_smtp2go(object: &Object) -> bool {
    text(object, "rcpt").is_some()
}

/// Reads one SMTP2GO event. Returns `None` for an event that reports no
/// delivery outcome and for one without `rcpt`.
pub fn smtp2go(object: &Object, kind: &str) -> Option<Failure> {
    let recipient = text(object, "rcpt")?;
    let action = match kind {
        "bounce" | "reject" => "failed",
        "spam" => "feedback",
        "delivered" => "delivered",
        _ => return None,
    };

    // NOTE: `smtp_response` is not in the reference's field list, so its
    // meaning is unconfirmed. It is read only when `message` is missing.
    let diagnostic = ["message", "smtp_response"]
        .iter()
        .find_map(|name| text(object, name).filter(|t| !t.trim().is_empty()))
        .unwrap_or_default();
    let mut failure = failure(recipient, action, diagnostic, None);

    match kind {
        "reject" => {
            failure.reason = Some(Reason::Suppressed);
            failure.dropped_by_service = true;
        }
        "spam" => failure.reason = Some(Reason::Feedback),
        _ => {}
    }

    failure.soft_bounce = kind == "bounce" && text(object, "bounce") == Some("soft");
    // `host` is `mx.example.net [198.51.100.9]`: the name, then the
    // receiving server's address, which is never the one to quote.
    failure.remote_mta = text(object, "host")
        .and_then(|host| host.split(|c: char| c.is_whitespace() || c == '[').next())
        .filter(|name| !name.is_empty())
        .map(str::to_string);
    Some(failure)
}
