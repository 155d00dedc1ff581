//! A refusal that names Cloudmark Sender Intelligence (CSI) leads to
//! Cloudmark's reset request page from the knowledge table, filled with
//! the sender IP. A link in the pasted text is never passed on.
//!
//! `Poor Reputation Sender` alone does not name Cloudmark, because
//! Mimecast's refusals use the same words (`550 csi.mimecast.org Poor
//! Reputation Sender.`).

use bounce_explainer::explain;

const RESET_PAGE: &str = "https://csi.cloudmark.com/reset-request/?ip=";

fn assert_cloudmark_reset(text: &str, ip: &str) {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}");
    let r = &report.recipients[0];
    assert_eq!(r.blocklists, ["cloudmark"], "{text}");
    assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    let urls: Vec<&str> = r.links.iter().map(|l| l.url.as_str()).collect();
    assert!(urls.contains(&format!("{RESET_PAGE}{ip}").as_str()), "{text}: {urls:?}");
    for url in &urls {
        assert!(!url.contains("example"), "{text}: link from the pasted text: {url}");
    }
}

fn assert_no_cloudmark(text: &str) {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}");
    let r = &report.recipients[0];
    assert!(!r.blocklists.iter().any(|b| b == "cloudmark"), "{text}");
    assert!(!r.links.iter().any(|l| l.url.starts_with(RESET_PAGE)), "{text}");
}

#[test]
fn csi_wordings_link_reset_page() {
    assert_cloudmark_reset(
        "550 5.7.1 Rejected: 203.0.113.9 has a poor reputation on CSI\n",
        "203.0.113.9",
    );
    assert_cloudmark_reset(
        "554 mx.example.net 198.51.100.23 has a poor reputation on Cloudmark Sender \
         Intelligence (CSI)\n",
        "198.51.100.23",
    );
    assert_cloudmark_reset(
        "421 4.7.0 cmsmtp 192.0.2.44 is listed on Cloudmark CSI-Global\n",
        "192.0.2.44",
    );
    assert_cloudmark_reset(
        "550 5.7.1 Poor Reputation Sender - [203.0.113.9] - \
         http://csi.cloudmark.com/reset-request/?ip=203.0.113.9\n",
        "203.0.113.9",
    );
}

#[test]
fn pasted_reset_link_is_not_used() {
    // The card's link is the table's page for the quoted IP, not the
    // pasted one under a lookalike host.
    assert_cloudmark_reset(
        "550 5.7.1 Poor Reputation Sender - [203.0.113.9] blocked by Cloudmark; see \
         http://csi.cloudmark.com.evil.example/reset-request/?ip=203.0.113.9\n",
        "203.0.113.9",
    );
}

#[test]
fn shared_wording_names_no_cloudmark() {
    assert_no_cloudmark("550 5.7.1 Poor Reputation Sender - [203.0.113.9]\n");
    assert_no_cloudmark(
        "550 csi.mimecast.org Poor Reputation Sender. - \
         https://community.mimecast.com/docs/DOC-1369#550 [EM-f6hnWN9maa42.us166]\n",
    );
    assert_no_cloudmark("550 5.7.1 Rejected by csi.example.net: poor sender reputation\n");
}
