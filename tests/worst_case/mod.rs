//! Builders and checks shared by the worst-case input tests. A test file
//! that declares `mod worst_case;` uses them.

use bounce_explainer::{Reason, Report};

#[allow(dead_code)] // Not every test file that declares this module uses it.
pub const REPLY: &str = "550 5.1.1 <user@example.org>: Recipient address rejected: User unknown";

/// Builds a multipart/report bounce around a report text, a DSN and the
/// returned message's headers.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn dsn_email(report_text: &str, dsn: &str, original: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mx.example.net\r\n\
         To: sender@example.com\r\n\
         Subject: Undelivered Mail Returned to Sender\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\
         \r\n\
         --b1\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\
         \r\n\
         {report_text}\r\n\
         --b1\r\n\
         Content-Type: message/delivery-status\r\n\
         \r\n\
         Reporting-MTA: dns; mx.example.net\r\n\
         \r\n\
         {dsn}\r\n\
         --b1\r\n\
         Content-Type: text/rfc822-headers\r\n\
         \r\n\
         {original}\r\n\
         --b1--\r\n"
    )
}

#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn dsn_block(recipient: &str) -> String {
    format!(
        "Final-Recipient: rfc822; {recipient}\r\n\
         Action: failed\r\n\
         Status: 5.1.1\r\n\
         Diagnostic-Code: smtp; {REPLY}\r\n"
    )
}

/// What must hold for every Report, whatever the input.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn check(report: &Report) {
    assert!(!report.summary.trim().is_empty(), "empty summary: {report:?}");
    for r in &report.recipients {
        for link in &r.links {
            assert!(
                ["https://", "http://", "mailto:"].iter().any(|s| link.url.starts_with(s)),
                "link not from the tables: {}",
                link.url
            );
        }
    }
    serde_json::to_string(report).expect("report serialises");
}

/// Asserts the one unknown-user failure of REPLY/dsn_block was found.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn assert_user_unknown(report: &Report) {
    check(report);
    let first =
        report.recipients.first().unwrap_or_else(|| panic!("no failure found: {report:#?}"));
    assert_eq!(first.reason, Reason::UserUnknown, "{first:#?}");
    assert_eq!(first.recipient.as_deref(), Some("user@example.org"));
}

/// A small deterministic generator, so binary inputs are the same each run.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as u8
        })
        .collect()
}

/// True when the report says the input was cut at the scan limit.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn says_cut(report: &Report) -> bool {
    report.notes.iter().any(|n| n.message.contains("only its first"))
}
