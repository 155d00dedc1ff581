//! The pages a card offers: each once, even when the explanation and the
//! blocklist it names both link to the same checker.

use bounce_explainer::explain;

#[test]
fn one_link_per_page() {
    for text in [
        "554 5.7.1 Service unavailable; Sender address [news@example.com] blocked using \
         dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.com",
        "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org",
    ] {
        let report = explain(text);
        let links = &report.recipients[0].links;
        assert!(!links.is_empty(), "{text}");
        for (i, link) in links.iter().enumerate() {
            assert!(
                !links[..i].iter().any(|l| l.label == link.label || l.url == link.url),
                "{text}: {links:?}"
            );
        }
    }
}
