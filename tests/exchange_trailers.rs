//! Exchange and Microsoft 365 write their own lines after the receiver's
//! quoted reply: a dated retry line that quotes the reply again, "The
//! following organization rejected your message", and "Original message
//! headers". The receiver's message ends at the reply, because those lines
//! are the sending server's. Documentation addresses only.

fn diagnostic(text: &str, recipient: &str) -> String {
    let report = bounce_explainer::explain(text);
    let card = report
        .recipients
        .iter()
        .find(|r| r.recipient.as_deref() == Some(recipient))
        .unwrap_or_else(|| panic!("no card for {recipient}: {:#?}", report.recipients));
    card.diagnostic.clone()
}

const HEAD: &str = "Delivery has failed to these recipients or groups:\n\n\
    paul@example.net\n\
    Your message wasn't delivered because the recipient's email provider rejected it.\n\n\
    Diagnostic information for administrators:\n\n\
    Generating server: MW4PR01MB1234.namprd01.prod.outlook.com\n\
    paul@example.net\n";

#[test]
fn exchange_retry_lines_left_out() {
    let reply = "550 5.7.1 Mail from IP 198.51.100.44 was rejected due to listing in Spamhaus SBL.";
    for trailer in [
        format!("12/4/2026 10:00:00 AM - Remote Server at mx.example.net (203.0.113.10) returned '{reply}'\n"),
        format!("2026-12-04 10:00:00Z - Remote Server at mx.example.net (203.0.113.10) returned '{reply}'\n"),
        format!("04/12/2026 22:15:07 - Server at mx.example.net returned '{reply}'\n"),
        "The following organization rejected your message: mx.example.net.\n".to_string(),
        "\nOriginal message headers:\n\nReceived: from EX02.example.com (192.0.2.14) by EX01.example.com\n".to_string(),
    ] {
        let text = format!(
            "{HEAD}Remote Server at mx.example.net (203.0.113.10) returned '{reply} For details see https://www.spamhaus.org/'\n{trailer}"
        );
        let got = diagnostic(&text, "paul@example.net");
        assert_eq!(got, format!("{reply} For details see https://www.spamhaus.org/"), "{text}");
    }
}

/// A reply that goes on over a second line keeps it: only a line in the
/// sending server's form ends the reply.
#[test]
fn wrapped_reply_stays_whole() {
    let text = format!(
        "{HEAD}Remote Server returned '550 5.7.1 Service unavailable; Client host [198.51.100.44] blocked\n\
         using Spamhaus; see https://www.spamhaus.org/query/ip/198.51.100.44'\n"
    );
    let got = diagnostic(&text, "paul@example.net");
    assert!(got.ends_with("query/ip/198.51.100.44"), "{got}");
    assert!(got.contains("blocked using Spamhaus"), "{got}");
}
