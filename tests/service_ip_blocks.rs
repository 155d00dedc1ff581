//! A blocklist refusal read from a sending service's event names the
//! service's own sending IP, which the sender's mail administrator does
//! not control. SendGrid and Amazon SES state that they handle listings
//! of their shared addresses, and that the account owner requests removal
//! of a dedicated address, so the card sends the sender to the service.

use bounce_explainer::{explain, Recipient};

/// A SendGrid bounce event whose `ip` field and reply name the sending IP.
const SENDGRID: &str = r#"[{"email":"bob@example.net","timestamp":1733133600,"event":"bounce","ip":"198.51.100.44","reason":"550 5.7.1 Service unavailable; Client host [198.51.100.44] blocked using b.barracudacentral.org","status":"5.7.1","type":"blocked","sg_event_id":"x","sg_message_id":"y","smtp-id":"<a@example.com>"}]"#;

/// An Amazon SES bounce notification whose reply names the sending IP.
const SES: &str = r#"{"notificationType":"Bounce","bounce":{"bounceType":"Transient","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"bob@example.net","action":"failed","status":"5.7.1","diagnosticCode":"smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.10] blocked using b.barracudacentral.org; https://www.barracudacentral.org/reputation?ip=203.0.113.10"}],"timestamp":"2024-12-02T10:00:00.000Z","feedbackId":"x","remoteMtaIp":"192.0.2.25","reportingMTA":"dsn; a8-10.smtp-out.amazonses.com"},"mail":{"timestamp":"2024-12-02T10:00:00.000Z","source":"alice@example.com","sourceIp":"198.51.100.3","messageId":"m","destination":["bob@example.net"]}}"#;

fn only_card(text: &str) -> Recipient {
    let mut report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}: {}", report.summary);
    report.recipients.remove(0)
}

fn steps(card: &Recipient) -> String {
    card.explanation.steps.join(" ")
}

#[test]
fn service_ip_block_names_service() {
    for (text, service, ip) in
        [(SENDGRID, "SendGrid", "198.51.100.44"), (SES, "Amazon SES", "203.0.113.10")]
    {
        let card = only_card(text);
        assert_eq!(card.blocklists, ["barracuda"], "{service}");
        assert_eq!(card.sender_ip.as_deref(), Some(ip), "{service}");
        let steps = steps(&card);
        assert!(steps.contains(&format!("{ip}, is one of {service}'s")), "{service}: {steps}");
        assert!(steps.contains(&format!("{service}'s support")), "{service}: {steps}");
        assert!(steps.contains("dedicated"), "{service}: {steps}");
    }
}

#[test]
fn service_ip_block_skips_admin_request() {
    for text in [SENDGRID, SES] {
        let steps = steps(&only_card(text)).to_ascii_lowercase();
        assert!(!steps.contains("your mail administrator fixes"), "{steps}");
        assert!(!steps.contains("office network"), "{steps}");
    }
}

/// The same reply pasted alone names no service, so the list's own card
/// stays.
#[test]
fn bare_reply_keeps_list_card() {
    let card = only_card(
        "550 5.7.1 Service unavailable; Client host [198.51.100.44] blocked using \
         b.barracudacentral.org",
    );
    let steps = steps(&card);
    assert!(steps.contains("Your mail administrator fixes the cause"), "{steps}");
    assert!(!steps.contains("SendGrid"), "{steps}");
}

/// A closed list is the receiver's to drop, also in a service's event.
#[test]
fn service_event_closed_list_recipient() {
    let text = SENDGRID.replace("b.barracudacentral.org", "bl.spamcannibal.org");
    let card = only_card(&text);
    assert_eq!(card.explanation.entry, "spamcannibal/closed");
    assert!(!steps(&card).contains("SendGrid"), "{}", steps(&card));
}
