//! Postmark's bounce records whose `Type` is not a delivery failure with
//! a reply: a challenge, subscription and address-change requests, an
//! automatic reply, a DNS error and an invalid address. Postmark sends
//! them with an empty `Details`, so the card has to come from `Type`.
//! The descriptions are those of Postmark's bounce-type table.

use bounce_explainer::{explain, Actor, Reason, Recipient, Report};

/// Builds Postmark's bounce webhook record for bob@example.net.
fn record(kind: &str, code: u32, description: &str, details: &str) -> String {
    serde_json::json!({
        "RecordType": "Bounce",
        "ID": 44,
        "Type": kind,
        "TypeCode": code,
        "MessageID": "0a1b2c3d-0000-4000-8000-000000000044",
        "Description": description,
        "Details": details,
        "Email": "bob@example.net",
        "From": "alice@example.com",
        "BouncedAt": "2026-12-05T10:11:12Z",
        "Inactive": false,
        "CanActivate": true,
        "Subject": "Invoice",
        "MessageStream": "outbound"
    })
    .to_string()
}

fn only(report: &Report) -> &Recipient {
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    &report.recipients[0]
}

#[test]
fn challenge_verification_held_for_sender() {
    let description = "The bounce is a challenge asking for verification you actually sent \
                       the email. Typcial challenges are made by Spam Arrest, or MailFrontier \
                       Matador.";
    for details in ["", "Please verify your message by opening the link below."] {
        let report = explain(&record("ChallengeVerification", 16384, description, details));
        let card = only(&report);
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
        assert_eq!(card.explanation.entry, "auto-reply/challenge", "{details}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{details}");
        assert!(card.held, "{details}");
        assert!(
            card.explanation.retry.starts_with("Held, not returned"),
            "{}",
            card.explanation.retry
        );
    }
}

#[test]
fn requests_are_not_failures() {
    let cases = [
        ("Unsubscribe", 16, "Unsubscribe or Remove request.", "postmark/unsubscribe"),
        (
            "Subscribe",
            32,
            "Subscribe request from someone wanting to get added to the mailing list.",
            "postmark/subscribe",
        ),
        (
            "AddressChange",
            128,
            "The recipient has requested an address change.",
            "postmark/address-change",
        ),
        (
            "AutoResponder",
            64,
            "Automatic email responder (ex: \"Out of Office\" or \"On Vacation\").",
            "postmark/auto-responder",
        ),
    ];
    for (kind, code, description, entry) in cases {
        let report = explain(&record(kind, code, description, ""));
        let card = only(&report);
        assert_eq!(card.explanation.entry, entry, "{kind}");
        assert_eq!(card.reason, Reason::Vacation, "{kind}");
        assert_eq!(card.action, "vacation", "{kind}");
        assert!(!card.permanent, "{kind}");
        assert!(!card.hard, "{kind}");
        assert!(
            card.explanation.retry.contains("not a delivery failure"),
            "{kind}: {}",
            card.explanation.retry
        );
        assert!(!report.summary.contains("not enough information"), "{kind}: {}", report.summary);
    }
}

#[test]
fn address_requests_name_sender_task() {
    for (kind, code) in [("Unsubscribe", 16), ("AddressChange", 128)] {
        let report = explain(&record(kind, code, "", ""));
        assert_eq!(only(&report).explanation.who_acts, Actor::You, "{kind}");
    }
    let report = explain(&record("AutoResponder", 64, "", ""));
    assert_eq!(only(&report).explanation.who_acts, Actor::Nobody);
}

#[test]
fn bad_email_address_is_yours_to_fix() {
    let report = explain(&record(
        "BadEmailAddress",
        100000,
        "The address is not a valid email address.",
        "",
    ));
    let card = only(&report);
    assert_eq!(card.explanation.entry, "postmark/bad-email-address");
    assert_eq!(card.explanation.who_acts, Actor::You);
    assert_eq!(card.action, "failed");
    assert!(card.permanent);
    assert!(card.hard);
}

#[test]
fn dns_error_is_temporary() {
    let report = explain(&record("DnsError", 256, "A temporary DNS error.", ""));
    let card = only(&report);
    assert_eq!(card.explanation.entry, "postmark/dns-error");
    assert_eq!(card.reason, Reason::NetworkError);
    assert!(!card.permanent, "{card:#?}");
    assert!(!card.hard);
    assert!(!report.summary.contains("not enough information"), "{}", report.summary);
}

#[test]
fn hard_bounce_details_still_decide() {
    let report = explain(&record(
        "HardBounce",
        1,
        "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
        "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
    ));
    let card = only(&report);
    assert_eq!(card.reason, Reason::UserUnknown);
    assert_eq!(card.reply.as_deref(), Some("550"));
}

#[test]
fn spam_complaint_type_is_feedback() {
    let description = "The subscriber explicitly marked this email as spam.";
    let report = explain(&record("SpamComplaint", 100001, description, ""));
    let card = only(&report);
    assert_eq!(card.reason, Reason::Feedback);
    assert_eq!(card.action, "feedback");
    assert_eq!(card.explanation.entry, "reason/feedback");
    assert!(!card.hard);
}

#[test]
fn open_relay_test_is_no_failure() {
    let description =
        "The NDR is actually a test email message to see if the mail server is an open relay.";
    let report = explain(&record("OpenRelayTest", 1024, description, ""));
    let card = only(&report);
    assert_eq!(card.explanation.entry, "postmark/open-relay-test");
    assert_eq!(card.action, "vacation");
    assert_eq!(card.explanation.who_acts, Actor::Nobody);
    assert!(!card.permanent);
    assert!(!card.hard);
    assert!(
        card.explanation.retry.contains("not a delivery failure"),
        "{}",
        card.explanation.retry
    );
}

#[test]
fn own_side_types_name_their_cause() {
    let cases = [
        (
            "VirusNotification",
            8192,
            "The bounce is actually a virus notification warning about a virus/code infected \
             message.",
            "postmark/virus-notification",
            Reason::VirusDetected,
        ),
        (
            "Unconfirmed",
            100003,
            "The subscriber has not clicked on the confirmation link upon registration or import.",
            "postmark/unconfirmed",
            Reason::Suppressed,
        ),
        (
            "SMTPApiError",
            100007,
            "An error occurred while accepting an email through the SMTP API.",
            "postmark/smtp-api-error",
            Reason::Suppressed,
        ),
        (
            "InboundError",
            100008,
            "Unable to deliver inbound message to destination inbound hook.",
            "postmark/inbound-error",
            Reason::MailerError,
        ),
        (
            "TemplateRenderingFailed",
            100010,
            "An error occurred while attempting to render your template.",
            "postmark/template-rendering-failed",
            Reason::ContentError,
        ),
    ];
    for (kind, code, description, entry, reason) in cases {
        let report = explain(&record(kind, code, description, ""));
        let card = only(&report);
        assert_eq!(card.explanation.entry, entry, "{kind}");
        assert_eq!(card.reason, reason, "{kind}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{kind}");
        assert_eq!(card.action, "failed", "{kind}");
        assert!(card.permanent, "{kind}");
        assert!(!card.hard, "{kind}");
        assert!(!report.summary.contains("not enough information"), "{kind}: {}", report.summary);
    }
}

#[test]
fn own_side_type_outranks_details() {
    // The type, not the receiver-like words in Details, names the cause.
    let report =
        explain(&record("TemplateRenderingFailed", 100010, "", "550 5.7.1 Message rejected"));
    assert_eq!(only(&report).explanation.entry, "postmark/template-rendering-failed");
}

#[test]
fn manually_deactivated_stays_suppressed() {
    let report =
        explain(&record("ManuallyDeactivated", 100002, "The email was manually deactivated.", ""));
    let card = only(&report);
    assert_eq!(card.reason, Reason::Suppressed);
    assert_eq!(card.explanation.entry, "reason/suppressed");
}
