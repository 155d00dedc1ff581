//! Merging a DSN's fields with the human-readable report of the same
//! bounce, recipient by recipient.

use std::collections::HashMap;

use super::{has_codes, transcript, wrapper, Failure};
use crate::smtp;

/// Fills what the DSN fields lack from the human-readable report: the
/// diagnostic, the codes and the remote host, matched by recipient. When
/// the email was `cut_short`, a recipient that the report gives a reply for
/// but the DSN lacks is added after the DSN's own, because a DSN cut short
/// loses its last groups first.
pub(super) fn merge_text(mut failures: Vec<Failure>, from_text: &[Failure], cut_short: bool) -> Vec<Failure> {
    let in_dsn: Vec<String> = failures
        .iter()
        .filter_map(|f| Some(f.recipient.as_deref()?.to_ascii_lowercase()))
        .collect();
    // A text failure with the same reply as a DSN group is that group's
    // recipient under another form of its address (Original-Recipient,
    // a source route), not a recipient the cut lost.
    let same_reply = |text: &Failure| {
        failures
            .iter()
            .any(|f| !f.diagnostic.is_empty() && text.diagnostic.contains(f.diagnostic.as_str()))
    };
    let missing: Vec<Failure> = from_text
        .iter()
        .filter(|t| cut_short && has_codes(t) && !same_reply(t))
        .filter(|t| t.recipient.as_deref().is_some_and(|r| !in_dsn.contains(&r.to_ascii_lowercase())))
        .cloned()
        .collect();
    let by_recipient: HashMap<String, &Failure> = from_text
        .iter()
        .filter_map(|t| Some((t.recipient.as_deref()?.to_ascii_lowercase(), t)))
        .collect();
    for failure in failures.iter_mut() {
        let key = failure.recipient.as_deref().map(str::to_ascii_lowercase);
        let matching = key.and_then(|k| by_recipient.get(&k).copied());
        let single = if from_text.len() == 1 { from_text.first() } else { None };
        let Some(text) = matching.or(single) else {
            continue;
        };
        if wrapper::text_reply_replaces(&failure.diagnostic, &text.diagnostic) {
            failure.diagnostic = text.diagnostic.clone();
            failure.mta_trailer = text.mta_trailer.clone();
        } else if replaces(&failure.diagnostic, &text.diagnostic) {
            // The text's reply is the receiver's own, so its codes come
            // with it.
            failure.diagnostic = text.diagnostic.clone();
            failure.mta_trailer = text.mta_trailer.clone();
            failure.reply = text.reply.clone().or(failure.reply.take());
            failure.status = smtp::prefer_status(text.status.clone(), failure.status.take());
        }
        failure.reply = failure.reply.take().or_else(|| text.reply.clone());
        failure.status = failure.status.take().or_else(|| text.status.clone());
        failure.remote_mta = failure.remote_mta.take().or_else(|| text.remote_mta.clone());
        failure.command = failure.command.take().or_else(|| text.command.clone());
        failure.original_recipient =
            failure.original_recipient.take().or_else(|| text.original_recipient.clone());
    }
    failures.extend(missing);
    failures
}

/// True when the text's diagnostic should replace the DSN's: the DSN has
/// none, or only a cut-off start of the same reply. Text that goes on
/// into another Sendmail session (`... while talking to HOST:`) carries
/// another host's reply, and the recipient's own field wins.
fn replaces(dsn: &str, text: &str) -> bool {
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let (dsn, text) = (squash(dsn), squash(text));
    if dsn.is_empty() {
        return !text.is_empty();
    }
    let has_code = |s: &str| s.bytes().take(3).all(|b| b.is_ascii_digit()) && s.len() > 3;
    if text.len() <= dsn.len() {
        return false;
    }
    let Some(at) = text.find(&dsn) else {
        return !has_code(&dsn) && has_code(&text);
    };
    !transcript::is_session_start(&text[at + dsn.len()..])
}

#[cfg(test)]
mod tests {
    use super::replaces;

    #[test]
    fn text_widens_same_reply() {
        assert!(replaces("550 5.7.1 Blocked", "550 5.7.1 Blocked 550 5.7.1 see https://example.net/why"));
        assert!(replaces("", "550 5.1.1 User unknown"));
        assert!(replaces("Mailbox unavailable", "550 5.1.1 Mailbox unavailable"));
    }

    #[test]
    fn text_from_other_session_kept_out() {
        let dsn = "550 5.1.1 <dan@example.net>... User unknown";
        let text = "550 5.1.1 <dan@example.net>... User unknown ... while talking to \
            mx.example.org.: >>> DATA <<< 554 5.7.1 Client host [203.0.113.9] blocked";
        assert!(!replaces(dsn, text));
    }
}
