//! Recipient fields of a delivery-status part (RFC 3464) written with
//! RFC 5322 comments or as RFC 6533 `utf-8` addresses: the card names the
//! address alone, decoded.

use bounce_explainer::{explain, Report};

fn fixture(name: &str) -> Report {
    let path = format!("{}/tests/fixtures/dsn/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    explain(&text)
}

fn recipients(report: &Report) -> Vec<&str> {
    report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect()
}

#[test]
fn leading_comment_and_utf8_escape() {
    let report = fixture("folded-comments-utf8.eml");
    let names = recipients(&report);
    assert!(names.contains(&"bob@example.net"), "{names:?}");
    assert!(names.contains(&"müller@example.de"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains('(') || n.contains('\\')), "{names:?}");
}

#[test]
fn trailing_comment_removed() {
    let report = fixture("trailing-comment-quoted-local.eml");
    let names = recipients(&report);
    assert!(names.contains(&"bob@example.net"), "{names:?}");
    assert!(names.contains(&"müller@example.de"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains('(') || n.contains(')')), "{names:?}");
}
