//! Hints from the MTA family that wrote a bounce, for what the bounce
//! itself leaves out.

use crate::reason::Reason;

/// MTA families and services whose bounces report, per recipient, the
/// receiver's reply to RCPT without naming the command. Their reports
/// list addresses the receiver refused, so an unknown-user phrase there
/// means the address does not exist rather than that a filter refused
/// the message after DATA.
const RECIPIENT_STAGE: &[&str] = &[
    "domino",
    "gmail",
    "imailserver",
    "mcafee",
    "notes",
    "office365",
    "outlook",
    "powermta",
    "qmail",
    "verizon",
    "yahoo",
];

/// Returns the command a bounce implies when it names none.
pub fn implied_command(mta: Option<&str>) -> &'static str {
    match mta {
        Some(family) if RECIPIENT_STAGE.contains(&family) => "RCPT",
        _ => "",
    }
}

/// Returns the reason for families whose bounces have one meaning
/// whatever their wording, used when no phrase or code decided. A Google
/// Groups bounce always reports that the sender may not post to the
/// group, in the group owner's language.
pub fn default_reason(mta: Option<&str>) -> Option<Reason> {
    match mta? {
        "googlegroups" => Some(Reason::Rejected),
        _ => None,
    }
}

/// Gmail's older bounces end the remote reply with "(state N)", the
/// stage of its SMTP session where the refusal came. The stage is more
/// reliable than the words: a refusal after DATA is a filter on the
/// receiving side whatever it claims, one at EHLO a block. Samples:
/// "550 550 5.1.1 <user@example.org>... User Unknown (state 14)",
/// "554 554 5.7.0 Header error (state 18)".
static GMAIL_STATES: &[(&str, Reason)] = &[
    ("6", Reason::SystemError), // STARTTLS: "Remote server does not support TLS"
    ("8", Reason::SystemError), // AUTH failed with the remote server
    ("9", Reason::SystemError), // AUTH over TLS failed
    ("12", Reason::NoRelaying), // "does not support SMTP Authenticated Relay"
    ("13", Reason::Blocked),    // EHLO
    ("14", Reason::UserUnknown), // RCPT
    ("15", Reason::Filtered),   // DATA
    ("17", Reason::Filtered),   // DATA
    ("18", Reason::Filtered),   // DATA
];

/// Reads the reason from Gmail's "(state N)" marker, for a bounce Gmail
/// wrote. `text` is normalised.
pub fn gmail_state(mta: Option<&str>, text: &str) -> Option<Reason> {
    if mta != Some("gmail") {
        return None;
    }
    let at = text.rfind("(state ")?;
    let rest = &text[at + "(state ".len()..];
    let number = &rest[..rest.find(')')?];
    GMAIL_STATES.iter().find(|(state, _)| *state == number).map(|(_, reason)| *reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn implied_command_by_family() {
        assert_eq!(implied_command(Some("qmail")), "RCPT");
        assert_eq!(implied_command(Some("postfix")), "");
        assert_eq!(implied_command(None), "");
    }

    #[test]
    fn gmail_state_read() {
        let text = "554 554 5.7.0 header error (state 18).";
        assert_eq!(gmail_state(Some("gmail"), text), Some(Reason::Filtered));
        assert_eq!(gmail_state(Some("postfix"), text), None);
        assert_eq!(gmail_state(Some("gmail"), "550 user unknown"), None);
        assert_eq!(gmail_state(Some("gmail"), "500 x (state 99)."), None);
    }

    #[test]
    fn default_reason_by_family() {
        assert_eq!(default_reason(Some("googlegroups")), Some(Reason::Rejected));
        assert_eq!(default_reason(Some("postfix")), None);
    }
}
