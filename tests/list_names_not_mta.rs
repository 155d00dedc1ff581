//! A blocklist's name in a reply names the list the receiver queried,
//! not the software that wrote the bounce nor the receiving provider, so
//! it sets neither the MTA nor the provider. McAfee runs both a list
//! (`cidr.bl.mcafee.com`) and a mail filter.

use bounce_explainer::explain;

#[test]
fn mcafee_zone_sets_no_mta() {
    for text in [
        "550 5.7.1 Service unavailable; client [203.0.113.7] blocked using cidr.bl.mcafee.com\n",
        "554 5.7.1 Rejected: 203.0.113.7 is listed in the McAfee RBL\n",
    ] {
        let report = explain(text);
        assert_eq!(report.mta, None, "{text}");
        assert_eq!(report.recipients.len(), 1, "{text}");
        assert_eq!(report.recipients[0].blocklists, ["mcafee-rbl"], "{text}");
    }
}

#[test]
fn mcafee_zone_sets_no_provider() {
    for text in [
        "550 5.7.1 Service unavailable; client [203.0.113.7] blocked using cidr.bl.mcafee.com\n",
        "554 5.7.1 Rejected: 203.0.113.7 is listed in the McAfee RBL\n",
        "<bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.1 \
         Service unavailable; Client host [203.0.113.7] blocked using cidr.bl.mcafee.com \
         (in reply to RCPT TO command)\n",
    ] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}");
        let recipient = &report.recipients[0];
        assert_eq!(recipient.provider, None, "{text}");
        assert_eq!(recipient.explanation.entry, "mcafee-rbl/listed", "{text}");
        assert_eq!(recipient.blocklists, ["mcafee-rbl"], "{text}");
    }
}

#[test]
fn mcafee_host_still_names_provider() {
    // A reply from McAfee's own filter host names the provider, even when
    // it also names the McAfee list.
    let text = "<bob@example.net>: host mx1.mcafee.com[198.51.100.20] said: 554 5.7.1 \
                Service unavailable; Client host [203.0.113.7] blocked using \
                cidr.bl.mcafee.com (in reply to RCPT TO command)\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    assert_eq!(report.recipients[0].provider.as_deref(), Some("mcafee"));
}

#[test]
fn mcafee_zone_keeps_writer_mta() {
    // Exim wrote this bounce, and the McAfee zone in its reply must not
    // change that.
    let text = "From: Mail Delivery System <Mailer-Daemon@mail.example.org>\n\
                To: alice@example.org\n\
                Subject: Mail delivery failed: returning message to sender\n\
                X-Failed-Recipients: bob@example.net\n\n\
                This message was created automatically by mail delivery software.\n\n\
                A message that you sent could not be delivered to one or more of its\n\
                recipients. This is a permanent error. The following address(es) failed:\n\n  \
                bob@example.net\n    \
                host mx.example.net [198.51.100.20]\n    \
                SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    \
                550 5.7.1 Service unavailable; client [203.0.113.7] blocked using \
                cidr.bl.mcafee.com\n";
    let report = explain(text);
    assert_eq!(report.mta.as_deref(), Some("exim"));
}
