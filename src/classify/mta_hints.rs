//! What the MTA family that wrote a bounce implies when the bounce itself
//! leaves it out.

use crate::reason::Reason;

/// MTA families and services whose bounces report, per recipient, the
/// receiver's reply to RCPT without naming the command. Their reports
/// list addresses the receiver refused, so an unknown-user phrase there
/// means the address does not exist rather than that a filter refused
/// the message after DATA.
const RECIPIENT_STAGE: &[&str] = &[
    "domino",
    "exchange2003",
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

/// The command a bounce implies when it names none.
pub fn implied_command(mta: Option<&str>) -> &'static str {
    match mta {
        Some(family) if RECIPIENT_STAGE.contains(&family) => "RCPT",
        _ => "",
    }
}

/// Families whose bounces have one meaning whatever their wording, used
/// when no phrase or code decided. A Google Groups bounce always says
/// the sender may not post to the group, in the group owner's language.
pub fn default_reason(mta: Option<&str>) -> Option<Reason> {
    match mta? {
        "googlegroups" => Some(Reason::Rejected),
        _ => None,
    }
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
    fn default_reason_by_family() {
        assert_eq!(default_reason(Some("googlegroups")), Some(Reason::Rejected));
        assert_eq!(default_reason(Some("postfix")), None);
    }
}
