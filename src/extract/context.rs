//! Details that the rest of a bounce adds to the failures found in it.
//!
//! They are the period the sending server tried for, the receiver's whole
//! reply from a session transcript, a local delivery program's report, and
//! the DSN type of a Postfix block without a reply code. Recipients that
//! only Exim's and Gmail's `X-Failed-Recipients` header names are added
//! here too.

use super::{has_codes, period, section, transcript, Failure};
use crate::input::Decoded;
use crate::smtp;

/// Puts on each failure the period the sending server tried for, read
/// from its own text first, then from the bounce's text and Subject
/// (Sendmail's `Returned mail: Cannot send message for 4 days`).
pub(super) fn add_tried_for(decoded: &Decoded, section: &str, failures: &mut [Failure]) {
    // The shared text is read once, and only when a failure needs it.
    let mut shared: Option<Option<String>> = None;
    for failure in failures.iter_mut() {
        let own = period::tried_for(&failure.diagnostic)
            .or_else(|| period::tried_for(&failure.mta_trailer));
        failure.tried_for = own.or_else(|| {
            shared
                .get_or_insert_with(|| {
                    period::tried_for(section)
                        .or_else(|| decoded.header("Subject").and_then(period::tried_for))
                })
                .clone()
        });
    }
}

/// Replaces a Sendmail reason line with the receiver's whole reply from
/// the session transcript, when the transcript's reply for this recipient
/// contains the reason line's words and is longer. Sendmail keeps only the
/// first line of a multi-line reply in `(reason: 550 5.7.1 Access
/// denied)`, while the line that names the blocklist comes after it.
pub(super) fn widen_from_transcript(body: &str, failure: &mut Failure) {
    let Some(replies) =
        transcript::replies_for(body, failure.recipient.as_deref(), failure.remote_mta.as_deref())
    else {
        return;
    };
    let codes = smtp::find_codes(&failure.diagnostic);
    let words = failure.diagnostic.trim_start_matches(|c: char| {
        c.is_ascii_digit() || c == '.' || c == '-' || c == ' ' || c == '#'
    });
    let same = codes.reply.is_none() || replies.contains(codes.reply.as_deref().unwrap_or(""));
    if words.len() < 4
        || !same
        || !replies.contains(words)
        || replies.len() <= failure.diagnostic.len()
    {
        return;
    }
    failure.diagnostic = smtp::drop_repeated_codes(&replies);
}

/// Puts a local delivery program's report (`mail.local: unknown user:
/// alice`) before Sendmail's generic line for the recipient, so the
/// classifier reads the cause, and types the failure as X-Unix.
pub(super) fn add_local_report(body: &str, failure: &mut Failure) {
    let Some(recipient) = failure.recipient.as_deref() else {
        return;
    };
    let Some(report) = transcript::local_report_for(body, recipient) else {
        return;
    };
    if !failure.diagnostic.contains(&report) {
        failure.diagnostic = format!("{report} {}", failure.diagnostic);
    }
    // RFC 3464's type for a local delivery program's report.
    failure.diagnostic_type.get_or_insert_with(|| "x-unix".to_string());
}

/// Types a Postfix block without a reply code as X-Postfix, the type
/// Postfix's DSN gives its own text when no receiving server replied: a
/// failed connection, or local(8)'s `unknown user: "ana"`.
pub(super) fn mark_postfix_own(failures: &mut [Failure]) {
    for failure in failures.iter_mut().filter(|f| !has_codes(f) && f.diagnostic_type.is_none()) {
        failure.diagnostic_type = Some("x-postfix".to_string());
    }
}

/// Builds failures from Exim's and Gmail's `X-Failed-Recipients` header
/// when the text names no recipient, keeping any codes found.
pub(super) fn failed_recipients_header(
    decoded: &Decoded,
    found: Vec<Failure>,
    section: &str,
) -> Vec<Failure> {
    let Some(header) = decoded.header("X-Failed-Recipients") else {
        return found;
    };
    let addresses: Vec<String> =
        section::ADDRESS.find_iter(header).map(|m| section::clean_address(m.as_str())).collect();
    if addresses.is_empty() {
        return found;
    }
    let template = found
        .into_iter()
        .next()
        .unwrap_or_else(|| Failure { diagnostic: summary_text(section), ..Default::default() });
    addresses
        .into_iter()
        .map(|recipient| Failure { recipient: Some(recipient), ..template.clone() })
        .collect()
}

/// Joins the report's prose to one line, for a bounce that states its
/// reason only in sentences.
pub(super) fn summary_text(section: &str) -> String {
    let mut out = String::new();
    for line in section.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if out.len() > 1000 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}
