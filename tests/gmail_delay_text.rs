//! Gmail's "Delivery incomplete" notice, copied from the web page without
//! its headers, is a delay notice: Gmail keeps retrying, so the recipient
//! is delayed rather than failed, as it is when the headers come with it.
//! Documentation addresses only.

#[test]
fn gmail_delay_notice_as_text_is_delayed() {
    for (response, recipient) in [
        (
            "The recipient server did not accept our requests to connect. Learn more at \
             https://support.google.com/mail/answer/7720 [mx.example.net. 198.51.100.5: timed out]",
            "bob@example.net",
        ),
        ("DNS Error: DNS server returned answer with no data for example.org", "ann@example.org"),
        (
            "The recipient server did not accept our requests to connect. \
             [mail.example.com. 203.0.113.8: Connection refused]",
            "carl@example.com",
        ),
    ] {
        let text = format!(
            "Delivery incomplete\nThere was a temporary problem delivering your message to {recipient}. \
             Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n\
             The response was:\n{response}\n"
        );
        let report = bounce_explainer::explain(&text);
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
        let found = &report.recipients[0];
        assert_eq!(found.recipient.as_deref(), Some(recipient), "{text}");
        assert_eq!(found.action, "delayed", "{text}");
    }
}
