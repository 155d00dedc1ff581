//! Filtering gateways and sending services.

use super::{check, one, postfix, Case};
use bounce_explainer::Reason;

#[test]
fn gateway_replies() {
    let cases = [
        Case {
            name: "Proofpoint via iCloud",
            rcpt: "user@icloud.com",
            host: "mx01.mail.icloud.com",
            reply: "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.70",
            provider: Some("proofpoint"),
            code: None,
            reason: Reason::Blocked,
            entry: "proofpoint/pdr-blocked",
        },
        Case {
            name: "Mimecast network",
            rcpt: "user@example.co.uk",
            host: "us-smtp-inbound-1.mimecast.com",
            reply: "554 Host network not allowed - \
                    https://community.mimecast.com/docs/DOC-1369#554 [AbCdEf.us222]",
            provider: Some("mimecast"),
            code: None,
            reason: Reason::PolicyViolation,
            entry: "mimecast/network-not-allowed",
        },
        Case {
            name: "Cisco poor reputation",
            rcpt: "user@example.com",
            host: "mx1.hc1234-56.iphmx.com",
            reply: "554 Your access to this mail system has been rejected due to the sending \
                    MTA's poor reputation. If you believe that this failure is in error, please \
                    contact the intended recipient via alternate means.",
            provider: Some("cisco"),
            code: None,
            reason: Reason::Blocked,
            entry: "cisco/poor-reputation",
        },
        Case {
            name: "Trend Micro RBL+",
            rcpt: "user@example.com",
            host: "mx.example.com",
            reply: "550 5.7.1 Service unavailable; Client host [192.0.2.71] blocked using Trend \
                    Micro RBL+. Please see \
                    http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.71",
            provider: Some("trendmicro"),
            code: None,
            reason: Reason::Blocked,
            entry: "trendmicro/ers-blocked",
        },
        Case {
            name: "MessageLabs relay",
            rcpt: "user@example.com",
            host: "mail0.bemta0.messagelabs.com",
            reply: "550-Please turn on SMTP Authentication in your mail client. 550 \
                    mail0.bemta0.messagelabs.com [198.51.100.21]:22222 is not permitted to \
                    relay through this server without authentication.",
            provider: Some("messagelabs"),
            code: None,
            reason: Reason::SecurityError,
            entry: "messagelabs/auth-required",
        },
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn proofpoint_link_has_ip() {
    let r = one(&postfix(
        "user@example.com",
        "mx0a-00112233.pphosted.com",
        "550 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.70",
    ));
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.70"));
    let urls: Vec<&str> = r.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(urls, ["https://ipcheck.proofpoint.com/?ip=192.0.2.70"]);
}

#[test]
fn talos_link_has_ip() {
    let r = one(&postfix(
        "user@example.com",
        "mx1.hc1234-56.iphmx.com",
        "554 Your access to this mail system has been rejected due to the sending MTA's poor \
         reputation. Client host [192.0.2.72]",
    ));
    let urls: Vec<&str> = r.links.iter().map(|l| l.url.as_str()).collect();
    assert!(
        urls.contains(&"https://talosintelligence.com/reputation_center/lookup?search=192.0.2.72"),
        "{urls:?}"
    );
}

/// Mimecast's "policy level block list" is the recipient organisation's
/// Blocked Senders policy, which only the recipient's side can change.
#[test]
fn mimecast_policy_level_block_list() {
    let case = Case {
        name: "Mimecast policy level block list",
        rcpt: "user@example.org",
        host: "us-smtp-inbound-1.mimecast.com",
        reply: "550 Envelope rejected due to policy level block list in force - \
                https://community.mimecast.com/docs/DOC-1369#550",
        provider: Some("mimecast"),
        code: None,
        reason: Reason::Filtered,
        entry: "mimecast/blocked-senders",
    };
    check(&case);
    let r = one(&postfix(case.rcpt, case.host, case.reply));
    assert_eq!(r.explanation.who_acts, bounce_explainer::Actor::Recipient);
}
