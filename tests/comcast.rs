//! Every Comcast code and reply, in the forms real bounces take: a bare
//! reply line, the text of a Postfix report, and a whole raw bounce with a
//! multipart/report body. Fixtures are anonymised: documentation
//! addresses, example.com senders, real Comcast host names and codes.

use std::fs;
use std::path::PathBuf;

use bounce_explainer::{explain_bytes, Reason, Recipient};

/// What one fixture must produce.
struct Case {
    file: &'static str,
    code: Option<&'static str>,
    entry: &'static str,
    reply: &'static str,
    reason: Reason,
    permanent: bool,
    /// Blocklist ids the code names, in flag order.
    blocklists: &'static [&'static str],
    /// Fragments of link URLs that must be offered.
    links: &'static [&'static str],
    /// The sender IP, when the reply states it.
    sender_ip: Option<&'static str>,
}

const FORM: &str = "postmaster.comcast.net/block-removal-request.html";
const CLOUDMARK: &str = "csi.cloudmark.com/reset-request/?ip=";
const SPAMHAUS: &str = "check.spamhaus.org/results/?query=";
const VALIDITY: &str = "senderscore.org/blocklistlookup";
const PHONE: &str = "tel:+18885654329";

#[rustfmt::skip]
const CASES: &[Case] = &[
    // file, code, entry id, reply, reason, permanent, lists, links, sender IP
    Case { file: "ES000001.txt", code: Some("ES000001"), entry: "comcast/ES000001", reply: "550", reason: Reason::Blocked, permanent: true, blocklists: &[], links: &["mailto:support_biz@cable.comcast.com"], sender_ip: Some("203.0.113.10") },
    Case { file: "ES000010.txt", code: Some("ES000010"), entry: "comcast/ES000010", reply: "554", reason: Reason::Blocked, permanent: true, blocklists: &[], links: &[FORM, PHONE], sender_ip: Some("203.0.113.11") },
    Case { file: "BL000000.eml", code: Some("BL000000"), entry: "comcast/BL000000", reply: "554", reason: Reason::Blocked, permanent: true, blocklists: &[], links: &[FORM], sender_ip: Some("203.0.113.30") },
    Case { file: "BL000001.txt", code: Some("BL000001"), entry: "comcast/BL000001", reply: "554", reason: Reason::Blocked, permanent: true, blocklists: &["spamhaus"], links: &[SPAMHAUS], sender_ip: Some("203.0.113.31") },
    Case { file: "BL000010.eml", code: Some("BL000010"), entry: "comcast/BL000010", reply: "554", reason: Reason::Blocked, permanent: true, blocklists: &["cloudmark"], links: &[CLOUDMARK], sender_ip: Some("203.0.113.25") },
    Case { file: "BL000011.txt", code: Some("BL000011"), entry: "comcast/BL000011", reply: "554", reason: Reason::Blocked, permanent: true, blocklists: &["cloudmark", "spamhaus"], links: &[CLOUDMARK, SPAMHAUS], sender_ip: Some("203.0.113.33") },
    Case { file: "BL000100.txt", code: Some("BL000100"), entry: "comcast/BL000100", reply: "554", reason: Reason::Blocked, permanent: true, blocklists: &["validity"], links: &[VALIDITY], sender_ip: Some("203.0.113.34") },
    Case { file: "BL000101.eml", code: Some("BL000101"), entry: "comcast/BL000101", reply: "554", reason: Reason::Blocked, permanent: true, blocklists: &["validity", "spamhaus"], links: &[VALIDITY, SPAMHAUS], sender_ip: Some("203.0.113.35") },
    Case { file: "BL000110.txt", code: Some("BL000110"), entry: "comcast/BL000110", reply: "554", reason: Reason::Blocked, permanent: true, blocklists: &["validity", "cloudmark"], links: &[VALIDITY, CLOUDMARK], sender_ip: Some("203.0.113.36") },
    Case { file: "BL000111.eml", code: Some("BL000111"), entry: "comcast/BL000111", reply: "554", reason: Reason::Blocked, permanent: true, blocklists: &["validity", "cloudmark", "spamhaus"], links: &[VALIDITY, CLOUDMARK, SPAMHAUS], sender_ip: Some("203.0.113.37") },
    Case { file: "DM000001.txt", code: Some("DM000001"), entry: "comcast/DM000001", reply: "550", reason: Reason::AuthFailure, permanent: true, blocklists: &[], links: &["dmarc.org"], sender_ip: None },
    Case { file: "RL000001.eml", code: Some("RL000001"), entry: "comcast/RL000001", reply: "421", reason: Reason::Speeding, permanent: false, blocklists: &[], links: &["senderscore.org", PHONE], sender_ip: Some("203.0.113.40") },
    Case { file: "RL000002.txt", code: Some("RL000002"), entry: "comcast/RL000002", reply: "421", reason: Reason::Speeding, permanent: false, blocklists: &[], links: &[PHONE], sender_ip: Some("203.0.113.41") },
    Case { file: "RL000003.txt", code: Some("RL000003"), entry: "comcast/RL000003", reply: "421", reason: Reason::Speeding, permanent: false, blocklists: &[], links: &[PHONE], sender_ip: Some("203.0.113.42") },
    Case { file: "RL000010.txt", code: Some("RL000010"), entry: "comcast/RL-other", reply: "451", reason: Reason::Speeding, permanent: false, blocklists: &[], links: &[PHONE], sender_ip: None },
    Case { file: "421-too-many-sessions.txt", code: None, entry: "comcast/421-too-many-sessions", reply: "421", reason: Reason::TooManyConn, permanent: false, blocklists: &[], links: &[], sender_ip: Some("203.0.113.50") },
    Case { file: "421-reverse-dns-failure.txt", code: None, entry: "comcast/421-reverse-dns-failure", reply: "421", reason: Reason::RequirePtr, permanent: false, blocklists: &[], links: &[], sender_ip: Some("203.0.113.51") },
    Case { file: "421-try-again-later.eml", code: None, entry: "comcast/421-try-again-later", reply: "421", reason: Reason::Speeding, permanent: false, blocklists: &[], links: &[], sender_ip: None },
    Case { file: "452-too-many-emails-per-session.txt", code: None, entry: "comcast/452-too-many-emails-per-session", reply: "452", reason: Reason::TooManyConn, permanent: false, blocklists: &[], links: &[], sender_ip: None },
    Case { file: "452-too-many-recipients.txt", code: None, entry: "comcast/452-too-many-recipients", reply: "452", reason: Reason::TooManyConn, permanent: false, blocklists: &[], links: &[], sender_ip: None },
    Case { file: "550-not-our-customer.eml", code: None, entry: "comcast/550-not-our-customer", reply: "550", reason: Reason::UserUnknown, permanent: true, blocklists: &[], links: &[], sender_ip: None },
    Case { file: "550-too-many-invalid-recipients.txt", code: None, entry: "comcast/550-too-many-invalid-recipients", reply: "550", reason: Reason::TooManyConn, permanent: true, blocklists: &[], links: &[], sender_ip: None },
    Case { file: "550-invalid-sender-domain.eml", code: None, entry: "comcast/550-invalid-sender-domain", reply: "550", reason: Reason::Rejected, permanent: true, blocklists: &[], links: &[], sender_ip: None },
    Case { file: "550-account-not-available.txt", code: None, entry: "comcast/550-account-not-available", reply: "550", reason: Reason::Suspend, permanent: true, blocklists: &[], links: &[], sender_ip: None },
    Case { file: "552-message-size-exceeded.eml", code: None, entry: "comcast/552-message-size-exceeded", reply: "552", reason: Reason::MesgTooBig, permanent: true, blocklists: &[], links: &[], sender_ip: None },
    Case { file: "554-ptr-lookup-failure.txt", code: None, entry: "comcast/554-ptr-lookup-failure", reply: "554", reason: Reason::RequirePtr, permanent: true, blocklists: &[], links: &[], sender_ip: Some("203.0.113.55") },
    Case { file: "554-ptr-record-required.txt", code: None, entry: "comcast/554-ptr-lookup-failure", reply: "554", reason: Reason::RequirePtr, permanent: true, blocklists: &[], links: &[], sender_ip: Some("203.0.113.56") },
];

fn fixture(name: &str) -> Vec<u8> {
    let path: PathBuf =
        [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "comcast", name].iter().collect();
    fs::read(&path).unwrap_or_else(|e| panic!("failed to read fixture {}: {e}", path.display()))
}

/// Checks one explained recipient against its case. It returns the
/// failures as messages, so one run reports every fixture that is wrong.
fn check(case: &Case, raw: &[u8], got: &Recipient) -> Vec<String> {
    let mut errors = Vec::new();
    let mut expect = |what: &str, ok: bool, detail: String| {
        if !ok {
            errors.push(format!("{}: {what}: {detail}", case.file));
        }
    };
    expect("provider", got.provider.as_deref() == Some("comcast"), format!("{:?}", got.provider));
    expect("code", got.code.as_deref() == case.code, format!("{:?}", got.code));
    expect("entry", got.explanation.entry == case.entry, got.explanation.entry.clone());
    expect("reply", got.reply.as_deref() == Some(case.reply), format!("{:?}", got.reply));
    expect("reason", got.reason == case.reason, format!("{:?}", got.reason));
    expect("permanent", got.permanent == case.permanent, format!("{}", got.permanent));
    expect("blocklists", got.blocklists == case.blocklists, format!("{:?}", got.blocklists));
    expect("steps", got.explanation.steps.len() >= 2, format!("{:?}", got.explanation.steps));

    for fragment in case.links {
        let urls: Vec<&str> = got.links.iter().map(|l| l.url.as_str()).collect();
        expect(
            "link",
            urls.iter().any(|u| u.contains(fragment)),
            format!("{fragment} not in {urls:?}"),
        );
    }

    expect("sender_ip", got.sender_ip.as_deref() == case.sender_ip, format!("{:?}", got.sender_ip));
    if let Some(ip) = case.sender_ip {
        // Links that take the IP carry the one found, never a placeholder.
        for link in &got.links {
            expect("link ip", !link.url.contains("{ip}"), link.url.clone());
            if link.url.contains("?ip=") || link.url.contains("?query=") {
                expect("link ip", link.url.ends_with(ip), link.url.clone());
            }
        }

        let text = String::from_utf8_lossy(raw);
        let source = &got.sender_ip_source;
        let line = source.line.and_then(|n| text.lines().nth(n - 1));
        expect("ip line", line.is_some_and(|l| l.contains(ip)), format!("{:?}", source.line));
        let excerpt = source.excerpt.as_deref().unwrap_or("");
        expect("ip excerpt", excerpt.contains(ip), excerpt.to_string());
    }
    errors
}

#[test]
fn every_comcast_fixture_explained() {
    let mut errors = Vec::new();
    for case in CASES {
        let raw = fixture(case.file);
        let report = explain_bytes(&raw);
        if report.recipients.len() != 1 {
            errors.push(format!("{}: {} recipients", case.file, report.recipients.len()));
            continue;
        }
        errors.extend(check(case, &raw, &report.recipients[0]));
    }
    assert!(errors.is_empty(), "{} problems:\n{}", errors.len(), errors.join("\n"));
}

#[test]
fn every_fixture_listed() {
    let dir: PathBuf =
        [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "comcast"].iter().collect();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("fixture folder exists")
        .map(|e| e.expect("folder entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for name in &names {
        assert!(CASES.iter().any(|c| c.file == name), "{name} has no case");
    }
}

#[test]
fn crlf_line_ends_same_result() {
    for case in CASES {
        let raw = fixture(case.file);
        let crlf = String::from_utf8_lossy(&raw).replace('\n', "\r\n");
        let report = explain_bytes(crlf.as_bytes());
        assert_eq!(report.recipients.len(), 1, "{}", case.file);
        let got = &report.recipients[0];
        assert_eq!(got.code.as_deref(), case.code, "{}", case.file);
        assert_eq!(got.explanation.entry, case.entry, "{}", case.file);
        assert_eq!(got.sender_ip.as_deref(), case.sender_ip, "{}", case.file);
    }
}

#[test]
fn recipient_address_reported() {
    // Reports that name the recipient must carry it through.
    let raw = fixture("BL000010.eml");
    let report = explain_bytes(&raw);
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@comcast.net"));
    assert_eq!(report.recipients[0].remote_host.as_deref(), Some("mx1.comcast.net"));
}

#[test]
fn other_receiver_not_comcast() {
    let report = bounce_explainer::explain(
        "<bob@example.org>: host mx.example.org[198.51.100.9] said: 421 4.7.0 Try again later",
    );
    assert_eq!(report.recipients.len(), 1);
    assert_ne!(report.recipients[0].provider.as_deref(), Some("comcast"));
    assert!(!report.recipients[0].explanation.entry.starts_with("comcast/"));
}

#[test]
fn remote_mta_alone_identifies_comcast() {
    // Only the DSN's Remote-MTA field names Comcast; the reply text does
    // not, so the reply is recognised through the receiving host.
    let raw = "From: MAILER-DAEMON@mail.example.com\r\n\
        To: alice@example.com\r\n\
        Subject: Delivery Status Notification (Failure)\r\n\
        MIME-Version: 1.0\r\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\
        \r\n\
        --b1\r\n\
        Content-Type: text/plain\r\n\
        \r\n\
        Delivery to the following recipient failed permanently.\r\n\
        \r\n\
        --b1\r\n\
        Content-Type: message/delivery-status\r\n\
        \r\n\
        Reporting-MTA: dns; mail.example.com\r\n\
        \r\n\
        Final-Recipient: rfc822; pat@comcast.net\r\n\
        Action: failed\r\n\
        Status: 5.2.1\r\n\
        Remote-MTA: dns; mx2.comcast.net\r\n\
        Diagnostic-Code: smtp; 550 5.2.1 Account not available\r\n\
        \r\n\
        --b1--\r\n";
    let report = bounce_explainer::explain(raw);
    assert_eq!(report.recipients.len(), 1);
    let got = &report.recipients[0];
    assert_eq!(got.recipient.as_deref(), Some("pat@comcast.net"));
    assert_eq!(got.provider.as_deref(), Some("comcast"));
    assert_eq!(got.explanation.entry, "comcast/550-account-not-available");
    assert_eq!(got.reason, Reason::Suspend);
    assert!(got.permanent);
}

#[test]
fn forged_comcast_host_warned() {
    let report = bounce_explainer::explain(
        "<user@example.com>: host mx1.comcast.net.evil.example[198.51.100.9] said: 554 BL000010 \
         Your IP 203.0.113.25 is blocked https://delist-comcast.example.net/pay?ip=203.0.113.25",
    );
    let recipient = &report.recipients[0];
    assert!(
        recipient.notes.iter().any(|n| n.message.contains("is not Comcast")),
        "{:?}",
        recipient.notes
    );
    assert_eq!(recipient.sender_ip.as_deref(), Some("203.0.113.25"));
    let rule = recipient.sender_ip_source.rule.as_deref().unwrap_or("");
    assert!(!rule.contains("link"), "{rule}");
    for link in &recipient.links {
        assert!(!link.url.contains("delist-comcast.example.net"), "{}", link.url);
    }
}

#[test]
fn real_comcast_host_not_warned() {
    let report = bounce_explainer::explain(
        "<user@example.com>: host mx1.comcast.net[198.51.100.9] said: 554 \
         resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net 203.0.113.5 BL000010 \
         found on one or more DNSBLs",
    );
    let recipient = &report.recipients[0];
    assert!(
        !recipient.notes.iter().any(|n| n.message.contains("claims to come from")),
        "{:?}",
        recipient.notes
    );
}

/// Comcast's BL000000 reply with its host name dropped, as a relay or a
/// log shortens it: the address before "Comcast block for spam" is still
/// the sending server's, the one Comcast's removal form requires.
#[test]
fn block_for_spam_without_host_quotes_ip() {
    let reply = "554 5.7.1 203.0.113.5 Comcast block for spam. Please see \
                 http://postmaster.comcast.net/smtp-error-codes.php#BL000000";
    let postfix = format!(
        "<bob@comcast.net>: host mx1a1.comcast.net[198.51.100.80] said: {reply} \
         (in reply to MAIL FROM command)"
    );
    for text in [reply.to_string(), postfix] {
        let report = bounce_explainer::explain(&text);
        assert_eq!(report.recipients.len(), 1, "{text}");
        let r = &report.recipients[0];
        assert_eq!(r.explanation.entry, "comcast/BL000000", "{text}");
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"), "{text}");
        assert_eq!(r.sender_ip_source.line, Some(1), "{text}");
    }
}
