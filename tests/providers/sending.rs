//! Bare reply lines as a user pastes them, for entries about the sending
//! side and for receivers recognised only by a host name in the text.

use bounce_explainer::{explain, Reason};

/// Explains one pasted reply line: reason, provider, entry and code.
fn read(line: &str) -> (Reason, Option<String>, String, Option<String>) {
    let report = explain(line);
    assert_eq!(report.recipients.len(), 1, "recipients in {line}");
    let r = report.recipients.into_iter().next().unwrap();
    (r.reason, r.provider, r.explanation.entry, r.code)
}

#[test]
fn microsoft_outbound_codes() {
    let (reason, provider, entry, code) = read(
        "550 5.4.316 Message expired, connection refused(Socket error code 10061) \
         [BN1NAM02FT021.eop-nam02.prod.protection.outlook.com]",
    );
    assert_eq!(reason, Reason::Expired);
    assert_eq!(provider.as_deref(), Some("microsoft"));
    assert_eq!(entry, "microsoft/connection-refused");
    assert_eq!(code, None, "the status is no provider code");

    let (reason, _, entry, _) = read(
        "550 5.4.312 Message expired, DNS query failed(InfoNoRecords) \
         [BN1NAM02FT021.eop-nam02.prod.protection.outlook.com]",
    );
    assert_eq!(reason, Reason::NetworkError);
    assert_eq!(entry, "microsoft/dns-failed");
}

#[test]
fn microsoft_all_recipients_rejected() {
    let (reason, provider, entry, _) = read(
        "550 5.4.1 All recipient addresses rejected : Access denied \
         [DM6NAM10FT012.eop-nam10.prod.protection.outlook.com]",
    );
    assert_eq!(reason, Reason::Rejected);
    assert_eq!(provider.as_deref(), Some("microsoft"));
    assert_eq!(entry, "microsoft/all-rejected");
}

#[test]
fn microsoft_exchangelabs_host() {
    let (_, provider, _, _) = read(
        "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. \
         [MW4PR04MB7315.namprd04.prod.exchangelabs.com]",
    );
    assert_eq!(provider.as_deref(), Some("microsoft"));
}

#[test]
fn icloud_not_accepting_connections() {
    let (reason, provider, entry, _) =
        read("554 st11p00im-smtpin013.me.com ESMTP not accepting connections");
    assert_eq!(reason, Reason::Blocked);
    assert_eq!(provider.as_deref(), Some("apple"));
    assert_eq!(entry, "apple/not-accepting");
}

#[test]
fn lookalike_host_not_apple() {
    let (_, provider, entry, _) =
        read("550 5.1.1 unknown or illegal alias: user@icloud.example.com");
    assert_eq!(provider, None);
    assert!(!entry.starts_with("apple/"), "{entry}");
}

#[test]
fn amazon_ses_suppression() {
    let (reason, provider, entry, _) = read(
        "550 5.1.1 Amazon SES has suppressed sending to this address because it has a recent \
         history of bouncing as an invalid address. (reporting MTA a1-2.smtp-out.amazonses.com)",
    );
    // SES sent nothing: the address is on the account's suppression list.
    assert_eq!(reason, Reason::Suppressed);
    assert_eq!(provider.as_deref(), Some("amazon"));
    assert_eq!(entry, "amazon/suppressed");
}
