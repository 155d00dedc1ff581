//! DSN records whose Action and Status fields contradict each other: a
//! recipient marked delayed under a permanent status, or delivered under
//! a failure status. The card keeps the action, and a note states that the two
//! fields disagree, so the reader does not wait on a retry that cannot
//! succeed without knowing it.

use bounce_explainer::{explain, Report};

/// Builds a DSN email with one per-recipient block of `action` and `status`.
fn dsn(action: &str, status: &str, diagnostic: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.com\r\n\
         To: alice@example.com\r\n\
         Subject: Delivery Status Notification\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n\
         --b1\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mail.example.com.\r\n\r\n\
         --b1\r\nContent-Type: message/delivery-status\r\n\r\n\
         Reporting-MTA: dns; mail.example.com\r\n\r\n\
         Final-Recipient: rfc822; bob@example.net\r\n\
         Action: {action}\r\n\
         Status: {status}\r\n\
         Remote-MTA: dns; mx.example.net\r\n\
         Diagnostic-Code: smtp; {diagnostic}\r\n\
         --b1--\r\n"
    )
}

fn notes(report: &Report) -> Vec<&str> {
    report.recipients[0].notes.iter().map(|n| n.message.as_str()).collect()
}

#[test]
fn delayed_with_permanent_status_noted() {
    let report = explain(&dsn("delayed", "5.1.1", "550 5.1.1 User unknown"));
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert_eq!(report.recipients[0].action, "delayed");
    let notes = notes(&report);
    assert!(notes.iter().any(|n| n.contains("delayed") && n.contains("5.1.1")), "{notes:#?}");
}

#[test]
fn delivered_with_failure_status_noted() {
    let report = explain(&dsn("delivered", "5.7.1", "554 5.7.1 Rejected"));
    let notes = notes(&report);
    assert!(notes.iter().any(|n| n.contains("delivered") && n.contains("5.7.1")), "{notes:#?}");
}

#[test]
fn agreeing_fields_not_noted() {
    for (action, status, diagnostic) in [
        ("delayed", "4.2.2", "452 4.2.2 Mailbox full"),
        ("failed", "5.1.1", "550 5.1.1 User unknown"),
        // A final failure after temporary replies keeps their 4.x.x status.
        ("failed", "4.4.7", "421 4.4.2 Connection timed out"),
    ] {
        let report = explain(&dsn(action, status, diagnostic));
        let notes = notes(&report);
        assert!(!notes.iter().any(|n| n.contains("contradict")), "{action} {status}: {notes:#?}");
    }
}
