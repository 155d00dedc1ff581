//! Character references in an HTML-only NDR. A mail client shows
//! `[&#49;92.0.2.10]` as `[192.0.2.10]`, so the card must quote the
//! address the reader sees, never the part after the reference
//! (92.0.2.10, another network's address), and name the recipient whole.

use bounce_explainer::explain_bytes;

/// Builds an HTML-only Outlook-style NDR whose body is `html`.
fn html_ndr(html: &str) -> Vec<u8> {
    format!(
        "From: Microsoft Outlook <postmaster@example.com>\r\n\
         To: alice@example.com\r\n\
         Subject: Undeliverable: Quarterly report\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: text/html; charset=utf-8\r\n\
         \r\n\
         <html><body>{html}</body></html>\r\n"
    )
    .into_bytes()
}

fn block_reply(ip_html: &str) -> String {
    format!(
        "<p><b>Your message to bob@example.net couldn't be delivered.</b></p>\
         <p>Remote server returned '550 5.7.1 Service unavailable; Client host \
         [{ip_html}] blocked using zen.spamhaus.org'</p>"
    )
}

#[test]
fn references_inside_ip_read_whole() {
    for ip_html in [
        "&#49;92.0.2.10",
        "192.0.2.1&#x30;",
        "192&#46;0&#46;2&#46;10",
        "1&#57;2.0.2.10",
        "192.0.2.1&shy;0",
        "192&period;0.2.10",
        "192.0.2.1&ZeroWidthSpace;0",
        "192.0.2.10",
    ] {
        let report = explain_bytes(&html_ndr(&block_reply(ip_html)));
        assert_eq!(report.recipients.len(), 1, "{ip_html}: {:#?}", report.recipients);
        let card = &report.recipients[0];
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{ip_html}");
        assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.10"), "{ip_html}");
    }
}

#[test]
fn reference_inside_address_read_whole() {
    let html = "<p>Your message to &#98;ob@example.net couldn't be delivered.</p>\
                <p>Remote server returned '550 5.1.1 &lt;&#98;ob@example.net&gt;: \
                Recipient address rejected: User unknown'</p>";
    let report = explain_bytes(&html_ndr(html));
    let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, [Some("bob@example.net")]);
}

#[test]
fn escaped_reference_stays_text() {
    // `&amp;#49;` is the text "&#49;" on screen, so no digit joins the IP.
    let report = explain_bytes(&html_ndr(&block_reply("&amp;#49;92.0.2.10")));
    let card = &report.recipients[0];
    assert_ne!(card.sender_ip.as_deref(), Some("192.0.2.10"), "{card:#?}");
}
