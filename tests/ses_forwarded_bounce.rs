//! Amazon SES's bounce email (from MAILER-DAEMON@amazonses.com, with its
//! DSN naming `a8-30.smtp-out.amazonses.com`), forwarded inline by a user
//! from the usual mail programs. With the DSN in the forward, the card
//! keeps the recipient, the reply and the cause. Without it, the card
//! keeps the recipient and names the part where SES put the reply.

use bounce_explainer::{explain, Reason, Report};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/ses_forwarded/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn names_missing_dsn(report: &Report) -> bool {
    report.recipients[0].notes.iter().any(|n| n.message.contains("delivery-status part"))
}

#[test]
fn inline_forwards_keep_reply() {
    for name in ["thunderbird.eml", "gmail.eml", "gmail-html.eml", "outlook.eml", "apple-mail.eml"]
    {
        let report = explain(&fixture(name));
        assert_eq!(report.mta.as_deref(), Some("amazonses"), "{name}");
        assert_eq!(report.recipients.len(), 1, "{name}");
        let r = &report.recipients[0];
        assert_eq!(r.recipient.as_deref(), Some("bob@example.net"), "{name}");
        assert_eq!(r.reply.as_deref(), Some("550"), "{name}");
        assert_eq!(r.status.as_deref(), Some("5.1.1"), "{name}");
        assert_eq!(r.reason, Reason::UserUnknown, "{name}");
        assert_eq!(r.remote_host.as_deref(), Some("mx.example.net"), "{name}");
        assert!(r.diagnostic.contains("User unknown"), "{name}: {}", r.diagnostic);
        assert!(!names_missing_dsn(&report), "{name}: {:?}", r.notes);
    }
}

/// Outlook attaches the DSN part apart from the forwarded text.
#[test]
fn attached_dsn_keeps_reply() {
    let report = explain(&fixture("outlook-dsn-attached.eml"));
    assert_eq!(report.recipients.len(), 1);
    let r = &report.recipients[0];
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(r.status.as_deref(), Some("5.1.1"));
    assert_eq!(r.reason, Reason::UserUnknown);
}

/// A forward of the text part alone names the recipient but no reply,
/// so the card notes that the reply is in the DSN part left out.
#[test]
fn notice_alone_names_missing_dsn() {
    let report = explain(&fixture("outlook-notice-only.eml"));
    assert_eq!(report.mta.as_deref(), Some("amazonses"));
    assert_eq!(report.recipients.len(), 1);
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.net"));
    assert!(names_missing_dsn(&report), "{:?}", report.recipients[0].notes);
}
