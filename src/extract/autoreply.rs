//! Auto-replies (RFC 3834): out-of-office and similar replies are not
//! failures, but people paste them as if they were.

use super::section::{clean_address, ADDRESS};
use super::Failure;
use crate::input::Decoded;
use crate::reason::Reason;

/// Subject openings of auto-replies, lowercase, in the languages seen.
const SUBJECTS: &[&str] = &[
    "auto reply",
    "auto-reply",
    "autoreply",
    "automatic reply",
    "auto response",
    "autosvar",
    "out of office",
    "out of the office",
    "away until",
    "away from",
    "on vacation",
    "vacation",
    "abwesenheit",
    "automatische antwort",
    "réponse automatique",
    "respuesta automática",
    "自動応答",
    "不在",
];

/// Builds a vacation failure for the auto-reply's author, or `None` when the
/// input is not an auto-reply. Mail systems that flag their bounces as
/// auto-replied (`Auto-Submitted: auto-replied` from a mailer-daemon)
/// are not auto-replies.
pub fn parse(decoded: &Decoded) -> Option<Failure> {
    let from = decoded.header("From").unwrap_or("").to_lowercase();
    if from.contains("mailer-daemon") || from.contains("postmaster") || from.is_empty() {
        return None;
    }
    let subject = decoded.header("Subject").unwrap_or("").trim().to_lowercase();
    let flagged = decoded
        .header("Auto-Submitted")
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("auto-replied"))
        || decoded.header("X-Autoreply").is_some()
        || decoded.header("X-Autorespond").is_some()
        || decoded.header("Precedence").is_some_and(|v| v.eq_ignore_ascii_case("auto_reply"));
    let worded = SUBJECTS.iter().any(|s| subject.starts_with(s));
    if !flagged && !worded {
        return None;
    }
    let author = ADDRESS.find(&from).map(|m| clean_address(m.as_str()));
    Some(Failure {
        recipient: author,
        action: Some("vacation".into()),
        diagnostic: first_lines(&decoded.body),
        reason: Some(Reason::Vacation),
        ..Default::default()
    })
}

/// Joins the first few non-blank lines of the reply.
fn first_lines(body: &str) -> String {
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(headers: &[(&str, &str)]) -> Decoded {
        Decoded {
            headers: headers.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(),
            body: "I am away.\n".into(),
            ..Default::default()
        }
    }

    #[test]
    fn auto_replies_recognised() {
        let cases = [
            (vec![("From", "a@example.org"), ("Subject", "Automatic reply: hello")], true),
            (vec![("From", "a@example.org"), ("Auto-Submitted", "auto-replied")], true),
            (vec![("From", "mailer-daemon@example.org"), ("Auto-Submitted", "auto-replied")], false),
            (vec![("From", "a@example.org"), ("Subject", "hello")], false),
        ];
        for (headers, expected) in cases {
            assert_eq!(parse(&decoded(&headers)).is_some(), expected, "{headers:?}");
        }
    }
}
