//! Whole raw bounces (multipart/report with a delivery-status part) in
//! tests/fixtures/providers, each read with LF and with CRLF line ends.

use bounce_explainer::{explain_bytes, Reason};
use std::path::Path;

/// Fixture file, provider id, code, reason, entry id, sender IP, one
/// expected link.
const CASES: &[(&str, Option<&str>, Option<&str>, Reason, &str, &str, &str)] = &[
    (
        "gmail-dmarc.eml",
        Some("google"),
        None,
        Reason::AuthFailure,
        "google/dmarc",
        "",
        "https://support.google.com/mail/answer/81126",
    ),
    (
        "outlook-s3150.eml",
        Some("microsoft"),
        Some("S3150"),
        Reason::Blocked,
        "microsoft/network-blocked",
        "203.0.113.15",
        "https://sendersupport.olc.protection.outlook.com/snds/",
    ),
    (
        "googlegroups-no-permission.eml",
        Some("google"),
        None,
        Reason::Rejected,
        "google/group-post-rejected",
        "",
        "https://support.google.com/groups/",
    ),
    (
        "spamhaus-pbl.eml",
        None,
        Some("PBL"),
        Reason::Blocked,
        "spamhaus/pbl",
        "203.0.113.77",
        "https://check.spamhaus.org/results/?query=203.0.113.77",
    ),
];

#[test]
fn raw_bounces_lf_and_crlf() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/providers");
    for &(file, provider, code, reason, entry, ip, link) in CASES {
        let lf = std::fs::read_to_string(dir.join(file)).expect("fixture is readable");
        let crlf = lf.replace('\n', "\r\n");
        for (ending, text) in [("LF", &lf), ("CRLF", &crlf)] {
            let report = explain_bytes(text.as_bytes());
            assert_eq!(report.recipients.len(), 1, "{file} {ending}: recipients");
            let r = &report.recipients[0];
            assert_eq!(r.provider.as_deref(), provider, "{file} {ending}: provider");
            assert_eq!(r.code.as_deref(), code, "{file} {ending}: code");
            assert_eq!(r.reason, reason, "{file} {ending}: reason");
            assert_eq!(r.explanation.entry, entry, "{file} {ending}: entry");
            let expected_ip = (!ip.is_empty()).then_some(ip);
            assert_eq!(r.sender_ip.as_deref(), expected_ip, "{file} {ending}: sender IP");
            assert!(r.links.iter().any(|l| l.url == link), "{file} {ending}: {:?}", r.links);
        }
    }
}
