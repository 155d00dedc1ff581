//! Notices and log lines that state a failure in words, without a reply
//! code: each must give a failed recipient and a reason from its wording.

use bounce_explainer::{explain, Reason};

/// The text of Gmail's "Address not found" notice.
const GMAIL_ADDRESS_NOT_FOUND: &str = "** Address not found **

Your message wasn't delivered to rcpt@example.net because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
";

/// The top of a Microsoft 365 NDR, without its technical details.
const MICROSOFT_TOP: &str = "Delivery has failed to these recipients or groups:

rcpt@example.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.
";

const POSTFIX_REFUSED: &str =
    "<rcpt@example.net>: connect to mx.example.net[203.0.113.20]:25: Connection refused\n";

const POSTFIX_HOST_NOT_FOUND: &str =
    "<rcpt@example.net>: Host or domain name not found. Name service error for
    name=example.net type=MX: Host not found
";

fn only_reason(text: &str) -> Reason {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    let recipient = &report.recipients[0];
    assert_eq!(recipient.recipient.as_deref(), Some("rcpt@example.net"));
    assert!(!report.summary.contains("No delivery failure"), "{}", report.summary);
    recipient.reason
}

#[test]
fn gmail_notice_text_user_unknown() {
    assert_eq!(only_reason(GMAIL_ADDRESS_NOT_FOUND), Reason::UserUnknown);
}

#[test]
fn microsoft_ndr_top_user_unknown() {
    assert_eq!(only_reason(MICROSOFT_TOP), Reason::UserUnknown);
}

#[test]
fn postfix_line_connection_refused() {
    assert_eq!(only_reason(POSTFIX_REFUSED), Reason::NetworkError);
}

#[test]
fn postfix_line_host_not_found() {
    assert_eq!(only_reason(POSTFIX_HOST_NOT_FOUND), Reason::HostUnknown);
}

#[test]
fn prose_with_bracketed_address_not_bounce() {
    let report = explain("<jane@example.com>: thanks for the notes, see you at lunch\n");
    assert!(report.recipients.is_empty(), "{report:?}");
}
