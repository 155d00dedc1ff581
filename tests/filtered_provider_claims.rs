//! A filtering service's reply from the host of a provider whose inbound
//! mail it filters is genuine: Proofpoint filters iCloud Mail, so its
//! "Blocked - see ipcheck" reply from an icloud.com host gets no forgery
//! warning. The same reply from a lookalike or unrelated host still does.

use bounce_explainer::report::NoteLevel;
use bounce_explainer::{explain, Recipient};

/// Postfix's line for a Proofpoint block given by `host`.
fn proofpoint_block(host: &str) -> String {
    format!(
        "<bob@icloud.com>: host {host}[198.51.100.20] said: 550 5.7.0 Blocked - see \
         https://ipcheck.proofpoint.com/?ip=192.0.2.81 (in reply to MAIL FROM command)"
    )
}

fn claim_warned(card: &Recipient) -> bool {
    card.notes.iter().any(|n| n.message.contains("claims to come from Proofpoint"))
}

#[test]
fn filtered_provider_host_not_warned() {
    let hosts = ["mx01.mail.icloud.com", "mx02.mail.icloud.com.", "mx6.mail.me.com"];
    for host in hosts {
        let report = explain(&proofpoint_block(host));
        let card = &report.recipients[0];
        assert_eq!(card.explanation.entry, "proofpoint/pdr-blocked", "{host}");
        assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.81"), "{host}");
        assert!(!claim_warned(card), "{host}: {:?}", card.notes);
    }
}

#[test]
fn proofpoint_own_host_not_warned() {
    let report = explain(&proofpoint_block("mx0a-00123456.pphosted.com"));
    assert!(!claim_warned(&report.recipients[0]), "{:?}", report.recipients[0].notes);
}

/// Hosts of providers that Proofpoint does not filter for. A host that no
/// table lists, such as mx.example.net, may run Proofpoint's own server,
/// so it gets no warning.
#[test]
fn unrelated_host_still_warned() {
    let hosts = ["gmail-smtp-in.l.google.com", "mx1.comcast.net", "mta5.am0.yahoodns.net"];
    for host in hosts {
        let report = explain(&proofpoint_block(host));
        let card = &report.recipients[0];
        assert!(claim_warned(card), "{host}: {:?}", card.notes);
    }
}

/// A name that only starts with an iCloud host gets the lookalike warning,
/// which names the domain it really is under.
#[test]
fn lookalike_host_still_warned() {
    let host = "mx01.mail.icloud.com.evil.example";
    let report = explain(&proofpoint_block(host));
    let card = &report.recipients[0];
    let warned = card
        .notes
        .iter()
        .any(|n| n.level == NoteLevel::Warning && n.message.contains("under evil.example"));
    assert!(warned, "{:?}", card.notes);
}
