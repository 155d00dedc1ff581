//! The words a sending program's mail library puts around the receiving
//! server's reply, which are no part of the receiver's reply.
//!
//! PHPMailer's debug output reads `SMTP ERROR: RCPT TO command failed:
//! 550 5.1.1 ... User unknown`, and the error its example scripts print
//! reads `Mailer Error: SMTP Error: The following recipients failed: ...`
//! (PHPMailer's SMTP class and its language file's "recipients_failed"
//! entry). Both labels are also phrases of a failed local delivery
//! program ("command failed: ", "mailer error"). Read as the receiver's
//! words, they would turn an unknown user into a delivery program's fault.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex_lite::Regex;

/// A library's label directly before the reply it wraps: "command failed:"
/// after PHPMailer's "smtp error:" and the command's name, or before a
/// reply code or an enhanced status code, and "mailer error:" before
/// PHPMailer's "smtp error:". The text is normalised (lowercase, single
/// spaces). PHPMailer's repeat of a reply may have lost its codes, because
/// the extract stage drops codes that a text repeats.
static WRAPPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"smtp error: (?:[a-z]+ ){1,3}command failed: ",
        r"|command failed: (?:[245]\d\d[ -]|[245]\.\d{1,3}\.\d{1,3}\b)",
        r"|mailer error: smtp error:",
    ))
    .expect("client wrapper pattern is valid")
});

/// Removes the library's labels from `text` (normalised) and keeps the
/// reply each one wraps, so that only the receiver's words are read.
pub fn without_wrappers(text: &str) -> Cow<'_, str> {
    if !text.contains("command failed: ") && !text.contains("mailer error: ") {
        return Cow::Borrowed(text);
    }
    WRAPPER.replace_all(text, |caps: &regex_lite::Captures| {
        let found = &caps[0];
        if let Some(reply) = found.strip_prefix("command failed: ") {
            reply.to_string()
        } else if found.starts_with("mailer error: ") {
            "smtp error:".to_string()
        } else {
            String::new()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::without_wrappers;

    #[test]
    fn label_before_reply_removed() {
        assert_eq!(
            without_wrappers("x smtp error: rcpt to command failed: 550 5.1.1 user unknown"),
            "x 550 5.1.1 user unknown"
        );
        assert_eq!(
            without_wrappers("smtp error: data end command failed: <bob@example.net>: full"),
            "<bob@example.net>: full"
        );
        assert_eq!(
            without_wrappers("data end command failed: 5.7.1 rejected"),
            "data end 5.7.1 rejected"
        );
        assert_eq!(
            without_wrappers("mailer error: smtp error: the following recipients failed: x"),
            "smtp error: the following recipients failed: x"
        );
    }

    #[test]
    fn program_failure_kept() {
        for text in [
            "pipe to |/usr/bin/filter command failed: exit 75",
            "unknown mailer error 255",
            "mailer error: cannot open /var/mail/carol",
        ] {
            assert_eq!(without_wrappers(text), text);
        }
    }
}
