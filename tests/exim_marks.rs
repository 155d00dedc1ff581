//! Exim is named as the MTA that wrote a bounce only from Exim's own marks:
//! its opening sentence, its X-Failed-Recipients header or the Received
//! line of its own submission (`with local (Exim ...)`). The From header
//! `Mail Delivery System <Mailer-Daemon@...>` is Exim's default, but other
//! MTAs send bounces from that name too, so it names no MTA by itself.

use bounce_explainer::explain;

/// Builds a bounce email with `extra_headers` and `body` below a From
/// header in Exim's default form.
fn bounce(extra_headers: &str, body: &str) -> String {
    format!(
        "From: Mail Delivery System <Mailer-Daemon@host.example.com>\n\
         To: alice@example.org\n\
         Subject: Returned mail\n\
         {extra_headers}\n\
         {body}"
    )
}

/// A report without Exim's wording: the failed address and the reply.
const PLAIN_REPORT: &str = "Your message to bob@example.net could not be delivered.\n\n\
     bob@example.net\n\
     550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n";

#[test]
fn from_header_alone_names_no_mta() {
    let report = explain(&bounce("", PLAIN_REPORT));
    assert_eq!(report.mta, None, "{report:?}");
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.net"));
}

#[test]
fn exim_sentence_names_exim() {
    let body = format!(
        "This message was created automatically by mail delivery software.\n\n{PLAIN_REPORT}"
    );
    let report = explain(&bounce("", &body));
    assert_eq!(report.mta.as_deref(), Some("exim"));
}

#[test]
fn failed_recipients_header_names_exim() {
    let report = explain(&bounce("X-Failed-Recipients: bob@example.net\n", PLAIN_REPORT));
    assert_eq!(report.mta.as_deref(), Some("exim"));
}

#[test]
fn exim_local_received_names_exim() {
    let received = "Received: from mailnull by host.example.com with local (Exim 4.96)\n\
                    \tid 1abcde-000123-AB\n\
                    \tfor alice@example.org; Sat, 05 Dec 2026 10:00:00 +0000\n";
    let report = explain(&bounce(received, PLAIN_REPORT));
    assert_eq!(report.mta.as_deref(), Some("exim"));
}

#[test]
fn relaying_exim_names_no_mta() {
    // An Exim server that received the bounce on its way to the reader
    // did not write it.
    for received in [
        "Received: from mx.example.net ([198.51.100.4]) by host.example.com with esmtp \
         (Exim 4.97)\n\tid 1abcde-000124-CD; Sat, 05 Dec 2026 10:00:01 +0000\n",
        "Received: by host.example.com (Example MTA 2.1) id 4A2B3C; \
         Sat, 05 Dec 2026 10:00:00 +0000\n",
    ] {
        let report = explain(&bounce(received, PLAIN_REPORT));
        assert_eq!(report.mta, None, "{received}");
    }
}
