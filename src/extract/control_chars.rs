//! Addresses and host names that contain control characters.
//!
//! An RFC 2047 encoded word, an RFC 6533 `\x{D}` escape, a JSON string's
//! `\r\n` or a raw control character in the paste can put C0 and C1
//! control characters (U+0000 to U+001F, U+007F to U+009F) into a field
//! value. An address or a host name that contains one is rejected: RFC
//! 5321's grammar (section 4.1.2) allows no C0 control in either, and a C1
//! control is treated the same, because a card or a note could not show
//! it. Otherwise a CR LF in the recipient would reach the note's subject,
//! which a portal may put in a mail header, as a header line of the
//! bounce's choosing (`Bcc: ...`).

use super::Failure;
use crate::input::escape_control_chars;

/// A value that [`Failure::reject_control_chars`] left out, for the card's
/// note: what the value was, and the value with its control characters
/// escaped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedValue {
    /// The field in the report's words: `recipient's address`,
    /// `receiving host`.
    pub field: &'static str,
    /// The value as the bounce gives it, with each control character
    /// written as `⟨U+000D⟩`.
    pub escaped: String,
}

impl Failure {
    /// Rejects the addresses and host names that contain control
    /// characters, recording each in `rejected`. The reply and the other
    /// text keep theirs until the report is built, because the sender-IP
    /// scan reads a control character inside an IP address as a cut.
    pub fn reject_control_chars(&mut self) {
        let fields = [
            (&mut self.recipient, "recipient's address"),
            (&mut self.original_recipient, "address the message was sent to"),
            (&mut self.remote_mta, "receiving host"),
        ];
        for (value, field) in fields {
            if let Some(text) = value.take_if(|text| text.contains(char::is_control)) {
                let escaped = escape_control_chars(&text).into_owned();
                self.rejected.push(RejectedValue { field, escaped });
            }
        }
        self.addressees.retain(|address| !address.contains(char::is_control));
        if self.sending_ip.as_ref().is_some_and(|(ip, _)| ip.contains(char::is_control)) {
            self.sending_ip = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_with_controls_rejected() {
        let mut failure = Failure {
            recipient: Some("victim\r\nBcc: x@evil.example".to_string()),
            original_recipient: Some("o\u{85}@example.org".to_string()),
            remote_mta: Some("mx\nX-Evil: 1.example.net".to_string()),
            addressees: vec!["a@example.org".to_string(), "b\r@example.org".to_string()],
            ..Default::default()
        };
        failure.reject_control_chars();
        assert_eq!(failure.recipient, None);
        assert_eq!(failure.original_recipient, None);
        assert_eq!(failure.remote_mta, None);
        assert_eq!(failure.addressees, ["a@example.org"]);
        let escaped: Vec<&str> = failure.rejected.iter().map(|r| r.escaped.as_str()).collect();
        assert_eq!(
            escaped,
            [
                "victim⟨U+000D⟩⟨U+000A⟩Bcc: x@evil.example",
                "o⟨U+0085⟩@example.org",
                "mx⟨U+000A⟩X-Evil: 1.example.net"
            ]
        );
    }

    #[test]
    fn clean_failure_unchanged() {
        let mut failure = Failure {
            recipient: Some("a@example.org".to_string()),
            remote_mta: Some("mx.example.org".to_string()),
            diagnostic: "550 5.1.1 unknown".to_string(),
            ..Default::default()
        };
        let before = failure.clone();
        failure.reject_control_chars();
        assert_eq!(failure, before);
    }
}
