// Checks shared by the fuzz targets: what must hold for any Report, beyond
// "did not panic".

use bounce_explainer::Report;

pub fn report(report: &Report) {
    assert!(!report.summary.trim().is_empty(), "empty summary");
    for recipient in &report.recipients {
        // Links come from the knowledge tables, never from the input, so
        // each one has a scheme the page may make clickable.
        for link in &recipient.links {
            assert!(
                link.url.starts_with("https://")
                    || link.url.starts_with("http://")
                    || link.url.starts_with("mailto:"),
                "unexpected link {:?}",
                link.url
            );
        }
        if let Some(ip) = &recipient.sender_ip {
            assert!(ip.parse::<std::net::IpAddr>().is_ok(), "sender_ip {ip:?} is not an IP");
        }
    }
    // The WASM binding serialises the same value; it must not fail.
    serde_json::to_string(report).expect("report serialises");
}
