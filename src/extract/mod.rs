//! Extract stage: one [`Failure`] per recipient the bounce reports on.
//!
//! Sources are tried from the most to the least structured: an ARF
//! feedback report, RFC 3464 delivery-status fields, the human-readable
//! format of a known MTA, and last bare SMTP reply lines anywhere in the
//! text. The human-readable text often carries the receiver's full reply
//! where the DSN fields have a shortened one, so the two are merged.

mod dsn;
mod generic;

use crate::input::Decoded;
use crate::reason::Reason;

pub use dsn::parse_dsn;

/// What a bounce says about one recipient, before classification.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Failure {
    /// The recipient address.
    pub recipient: Option<String>,
    /// RFC 3464 action (`failed`, `delayed`, `delivered`, ...), lowercase.
    pub action: Option<String>,
    /// Enhanced status code as the bounce states it.
    pub status: Option<String>,
    /// Reply code as the bounce states it.
    pub reply: Option<String>,
    /// The receiving host (Remote-MTA or the host that "said" the reply).
    pub remote_mta: Option<String>,
    /// The SMTP command the reply answered, uppercase (`RCPT`, `DATA`).
    pub command: Option<String>,
    /// The receiver's reply or the bounce's diagnostic, joined to one line.
    pub diagnostic: String,
    /// A reason the format itself decides (a feedback report, an
    /// auto-reply, a queue timeout), overriding text matching.
    pub reason: Option<Reason>,
}

/// The failures found in one input, and the MTA family that wrote them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// MTA family id when recognised.
    pub mta: Option<&'static str>,
    /// One entry per recipient, in the bounce's order.
    pub failures: Vec<Failure>,
}

/// Extracts the failures from a decoded input.
pub fn extract(decoded: &Decoded) -> Extracted {
    if let Some(report) = &decoded.feedback {
        return Extracted { mta: Some("arf"), failures: vec![feedback_failure(report)] };
    }
    let mut failures = decoded.dsn.as_deref().map(parse_dsn).unwrap_or_default();
    let text_failures = generic::scan(&decoded.body);
    if failures.is_empty() {
        failures = text_failures;
    } else {
        merge_text(&mut failures, &text_failures);
    }
    Extracted { mta: None, failures }
}

/// Fills what the DSN fields lack from the human-readable report: the
/// diagnostic, the codes and the remote host, matched by recipient.
fn merge_text(failures: &mut [Failure], from_text: &[Failure]) {
    for failure in failures.iter_mut() {
        let matching = from_text.iter().find(|t| {
            match (&t.recipient, &failure.recipient) {
                (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
                _ => false,
            }
        });
        let Some(text) = matching.or(if from_text.len() == 1 { from_text.first() } else { None })
        else {
            continue;
        };
        if failure.diagnostic.trim().is_empty()
            || text.diagnostic.len() > failure.diagnostic.len() + 8
        {
            failure.diagnostic = text.diagnostic.clone();
        }
        failure.reply = failure.reply.take().or_else(|| text.reply.clone());
        failure.remote_mta = failure.remote_mta.take().or_else(|| text.remote_mta.clone());
        failure.command = failure.command.take().or_else(|| text.command.clone());
    }
}

fn feedback_failure(report: &str) -> Failure {
    let fields = dsn::fields(report);
    let get = |name: &str| {
        fields.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone())
    };
    Failure {
        recipient: get("Original-Rcpt-To").or_else(|| get("Removal-Recipient")),
        action: Some("feedback".into()),
        diagnostic: get("Feedback-Type").unwrap_or_default(),
        reason: Some(Reason::Feedback),
        ..Default::default()
    }
}
