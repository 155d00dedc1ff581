//! A sending MTA's generic reply that only wraps the remote server's one.
//! Exchange reports a queued message as `400 4.4.7 Message delayed` and an
//! expired one as `550 4.4.7 QUEUE.Expired; message expired`, then quotes
//! the remote server's last reply on a dated line below
//! (`12/5/2026 1:00:00 AM - Remote Server at ... returned '451 4.7.1 ...'`).
//! The remote reply is the one that states the cause.

use super::generic::receiver_text;
use super::paragraph::split_trailer;
use crate::smtp;

/// Words a wrapper's text is made of, lowercase, after its codes: Exchange's
/// `Message delayed`, `QUEUE.Expired; message expired`, and the RFC 3463
/// name of X.4.7, `Delivery time expired`.
/// NOTE: a wrapper worded otherwise is not recognised, so it stays the
/// receiver's message even when a later line quotes the remote reply.
const WRAPPER_WORDS: &[&str] =
    &["message", "delayed", "expired", "queue.expired", "delivery", "time", "has"];

/// Lowercase openings of a sending MTA's own sentence that states why it
/// gave up and then quotes the receiver's reply: Postfix smtp(8)'s "TLS is
/// required, but host %s refused to start TLS: %s" (src/smtp/smtp_proto.c).
/// The reply there only refuses STARTTLS (`454 4.7.0 TLS not available`),
/// so the cause is read from the sentence. So is smtp(8)'s "SASL
/// authentication failed; server %s said: %s", whose reply (`535
/// Authentication failed`) does not show that the sending server, not the
/// sender's mail program, failed to sign in to its relay.
const CAUSE_LEAD_INS: &[&str] =
    &["tls is required, but host ", "sasl authentication failed; server "];

/// Returns the sending MTA's sentence before the receiver's reply in
/// `joined` when it states the cause (see [`CAUSE_LEAD_INS`]).
pub(super) fn cause_before_reply(joined: &str) -> Option<&str> {
    let start = smtp::reply_start(joined)?;
    let before = &joined[..start];
    // ASCII lowercasing keeps every byte offset.
    let lower = before.to_ascii_lowercase();
    let at = CAUSE_LEAD_INS.iter().filter_map(|lead| lower.find(lead)).min()?;
    Some(before[at..].trim_end())
}

/// Puts the sending MTA's sentence that states the cause, if any, before
/// its lines after the reply, unless they contain it already.
pub(super) fn with_cause(cause: Option<&str>, trailer: String) -> String {
    match cause {
        Some(cause) if trailer.contains(cause) => trailer,
        Some(cause) if trailer.is_empty() => cause.to_string(),
        Some(cause) => format!("{cause} {trailer}"),
        None => trailer,
    }
}

/// Splits `text` at the first trailer line into the receiver's message and
/// the sending MTA's own words, each joined to one line. Those are the
/// lines after the reply, opened by the MTA's sentence before the reply
/// when that sentence states the cause.
/// When the reply is only a delay or expiry wrapper and a trailer line
/// quotes a reply that is not, that reply becomes the receiver's message,
/// and the wrapper opens the trailer so that its expiry still counts.
pub(super) fn reply_and_trailer(text: &str) -> (String, String) {
    let (reply, trailer) = split_trailer(text);
    let joined = smtp::join_multiline(reply);
    let diagnostic = smtp::drop_repeated_codes(receiver_text(&joined));
    let own_words = with_cause(cause_before_reply(&joined), smtp::join_multiline(trailer));
    if !is_wrapper(&diagnostic) {
        return (diagnostic, own_words);
    }
    let Some((before, remote, after)) = remote_reply(trailer) else {
        return (diagnostic, own_words);
    };
    let rest = smtp::join_multiline(&format!("{diagnostic}\n{before}{after}"));
    (remote, rest)
}

/// True when a DSN's Diagnostic-Code is only a wrapper and the text part
/// gives the recipient a remote reply that is not, so the text's reply and
/// trailer should stand in for the field. The DSN's codes stay, because
/// they are the sending server's own verdict (still queued, or expired).
pub(super) fn text_reply_replaces(dsn: &str, text: &str) -> bool {
    let coded = smtp::reply_start(text) == Some(0) && smtp::find_codes(text).reply.is_some();
    coded && is_wrapper(dsn) && !is_wrapper(text)
}

/// Finds the first reply in `trailer` that is not itself a wrapper.
/// Returns the trailer's lines before it, the reply's receiver text, and
/// the lines after it.
fn remote_reply(trailer: &str) -> Option<(&str, String, &str)> {
    let mut offset = 0;
    for line in trailer.split_inclusive('\n') {
        if smtp::reply_start(line).is_some() {
            let (quoted, after) = split_trailer(&trailer[offset..]);
            let remote = smtp::drop_repeated_codes(receiver_text(&smtp::join_multiline(quoted)));
            let codes = smtp::find_codes(&remote);
            if codes.reply.is_some() && !is_wrapper(&remote) {
                return Some((&trailer[..offset], remote, after));
            }
        }
        offset += line.len();
    }
    None
}

/// True when `reply` is a reply code with an X.4.7 status ("delivery time
/// expired") followed by nothing but wrapper words.
fn is_wrapper(reply: &str) -> bool {
    let codes = smtp::find_codes(reply);
    let expiry = codes.status.as_deref().is_some_and(|s| s.ends_with(".4.7"));
    if !expiry || codes.reply.is_none() || smtp::reply_start(reply) != Some(0) {
        return false;
    }
    let words = reply
        .split(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | ':'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase())
        .filter(|w| !w.is_empty() && !w.starts_with(|c: char| c.is_ascii_digit()));
    words.into_iter().all(|w| WRAPPER_WORDS.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrappers_recognised() {
        for reply in [
            "400 4.4.7 Message delayed",
            "550 4.4.7 QUEUE.Expired; message expired",
            "550 5.4.7 Message expired",
            "554 5.4.7 Delivery time expired",
        ] {
            assert!(is_wrapper(reply), "{reply}");
        }
    }

    #[test]
    fn specific_replies_not_wrappers() {
        for reply in [
            "451 4.7.1 Client host [203.0.113.30] temporarily blocked",
            "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Unable to connect>",
            "421 4.4.7 Message expired: connection timed out",
            "Message delayed",
            "550 5.1.1 Message expired",
        ] {
            assert!(!is_wrapper(reply), "{reply}");
        }
    }
}
