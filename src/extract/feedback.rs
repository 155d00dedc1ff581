//! Abuse feedback reports: ARF (RFC 5965) and Microsoft's JMRP, which
//! returns the complained-about message with an
//! `X-HmXmrOriginalRecipient` header instead of a feedback-report part.

use super::section::{clean_address, ADDRESS};
use super::{dsn, Failure};
use crate::input::Decoded;
use crate::reason::Reason;

/// Builds one failure per recipient a feedback report names, or `None`
/// when the input is not a feedback report.
pub fn parse(decoded: &Decoded) -> Option<Vec<Failure>> {
    if let Some(report) = &decoded.feedback {
        return Some(arf(report, decoded));
    }
    let jmrp = find_field(&decoded.text, "X-HmXmrOriginalRecipient")?;
    Some(vec![failure(Some(clean_address(&jmrp)), "abuse".into())])
}

fn arf(report: &str, decoded: &Decoded) -> Vec<Failure> {
    let fields = dsn::fields(report);
    let kind = fields
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("Feedback-Type"))
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let named = |name: &str| -> Vec<String> {
        fields
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .filter_map(|(_, v)| ADDRESS.find(v).map(|m| clean_address(m.as_str())))
            .collect()
    };
    let mut recipients = named("Original-Rcpt-To");
    if recipients.is_empty() {
        recipients = named("Removal-Recipient");
    }
    if recipients.is_empty() {
        // Without those fields the complaint is about the returned
        // message's addressee.
        let to = decoded.original.as_deref().and_then(|h| find_field(h, "To"));
        recipients.extend(to.and_then(|t| ADDRESS.find(&t).map(|m| clean_address(m.as_str()))));
    }
    if recipients.is_empty() {
        return vec![failure(None, kind)];
    }
    recipients.into_iter().map(|r| failure(Some(r), kind.clone())).collect()
}

fn failure(recipient: Option<String>, kind: String) -> Failure {
    Failure {
        recipient,
        action: Some("feedback".into()),
        diagnostic: kind,
        reason: Some(Reason::Feedback),
        ..Default::default()
    }
}

/// Returns the value of the first `name:` field at the start of a line.
fn find_field(text: &str, name: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (field, value) = line.split_once(':')?;
        field.trim().eq_ignore_ascii_case(name).then(|| value.trim().to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_failure_per_original_rcpt_to() {
        let decoded = Decoded {
            feedback: Some(
                "Feedback-Type: abuse\nOriginal-Rcpt-To: a@example.com\nOriginal-Rcpt-To: b@example.org\n"
                    .into(),
            ),
            ..Default::default()
        };
        let failures = parse(&decoded).unwrap();
        assert_eq!(failures.len(), 2);
        assert_eq!(failures[1].recipient.as_deref(), Some("b@example.org"));
        assert_eq!(failures[0].reason, Some(Reason::Feedback));
    }

    #[test]
    fn jmrp_recipient() {
        let decoded = Decoded {
            text: "From: staff@hotmail.com\n\nX-HmXmrOriginalRecipient: a@example.com\n".into(),
            ..Default::default()
        };
        let failures = parse(&decoded).unwrap();
        assert_eq!(failures[0].recipient.as_deref(), Some("a@example.com"));
    }
}
